"""An independent reader of Almanac's spreadsheet exports, for the interoperability tests.

Reads an .xlsx with openpyxl (what Excel's format promises: cell types, number formats,
frozen panes, the filter) or a .csv with Python's csv module (sniffing nothing: the
delimiter is given), and prints JSON: the rows as text (dates as YYYY-MM-DD, times as
HH:MM) and, for a workbook, each cell's type and the sheet's settings.
"""

import csv
import datetime
import json
import sys

import openpyxl


def xlsx(path: str) -> dict:
    book = openpyxl.load_workbook(path)
    sheet = book.active
    rows, types = [], []
    for row in sheet.iter_rows():
        texts, kinds = [], []
        for cell in row:
            value = cell.value
            if isinstance(value, datetime.datetime):
                text = value.strftime("%Y-%m-%d") if cell.column == 1 else value.strftime("%H:%M")
            elif isinstance(value, datetime.time):
                text = value.strftime("%H:%M")
            else:
                text = "" if value is None else str(value)
            texts.append(text)
            kinds.append(cell.data_type + ("/date" if cell.is_date else ""))
        rows.append(texts)
        types.append(kinds)
    return {
        "sheet": sheet.title,
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "rows": rows,
        "types": types,
    }


def delimited(path: str, delimiter: str) -> dict:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {"rows": [row for row in csv.reader(f, delimiter=delimiter)]}


if __name__ == "__main__":
    path = sys.argv[1]
    result = xlsx(path) if path.endswith(".xlsx") else delimited(path, sys.argv[2])
    print(json.dumps(result, ensure_ascii=False))
