"""An independent reader of Almanac's results workbook, for the interoperability tests.

Reads the .xlsx with openpyxl and prints JSON: the sheet names, and on the Posts sheet
the number of rows, the sum of the impressions column and the type of the first day cell.
"""

import datetime
import json
import sys

import openpyxl


def main(path: str) -> None:
    book = openpyxl.load_workbook(path)
    posts = book["Posts"]
    rows = list(posts.iter_rows(values_only=True))
    header = list(rows[0])
    column = header.index("impressions")
    body = rows[1:]
    first = body[0][0] if body else None
    print(json.dumps({
        "sheets": book.sheetnames,
        "posts": {
            "rows": len(body),
            "impressions": float(sum(r[column] or 0 for r in body)),
            "first_day_type": "datetime" if isinstance(first, datetime.datetime) else type(first).__name__,
        },
    }))


if __name__ == "__main__":
    main(sys.argv[1])
