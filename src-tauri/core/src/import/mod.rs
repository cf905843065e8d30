//! Spreadsheet import: a CSV or XLSX/ODS file read as a table of text cells, then
//! mapped column by column onto the plan's fields, previewed with an error per bad
//! row, and applied in one transaction only when every row is good.

pub mod partners;

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};

use crate::error::{Error, Result};

/// The most rows one import takes: a directory, not a data dump.
pub const MAX_ROWS: usize = 10_000;

/// A sheet as text: the header row, then the data rows (blank rows dropped).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    /// Each row with its line number in the file (the header is line 1).
    pub rows: Vec<(u32, Vec<String>)>,
}

impl Table {
    /// From `(line number, cells)` pairs, the first being the header.
    fn from_lines(lines: impl Iterator<Item = Result<(u32, Vec<String>)>>) -> Result<Table> {
        let mut headers: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for line in lines {
            let (number, cells) = line?;
            let cells: Vec<String> = cells.into_iter().map(|c| c.trim().to_string()).collect();
            if headers.is_none() {
                headers = Some(cells);
                continue;
            }
            if cells.iter().all(String::is_empty) {
                continue;
            }
            if rows.len() == MAX_ROWS {
                return Err(Error::validation(
                    "file",
                    format!("has more than {MAX_ROWS} rows; split it and import the parts one by one"),
                ));
            }
            rows.push((number, cells));
        }
        let headers = headers
            .filter(|h| h.iter().any(|c| !c.is_empty()))
            .ok_or_else(|| Error::validation("file", "is empty: the first row should name the columns"))?;
        Ok(Table { headers, rows })
    }
}

/// Reads `path` by its extension: `.csv`/`.tsv`/`.txt` as delimited text (UTF-8, with or
/// without a byte-order mark; comma, semicolon or tab), `.xlsx`/`.xls`/`.ods` as its first sheet.
pub fn read_table(path: &Path) -> Result<Table> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "tsv" | "txt" => read_delimited(path),
        "xlsx" | "xlsm" | "xls" | "ods" => read_sheet(path),
        _ => Err(Error::validation("file", "choose a .csv, .xlsx or .ods file")),
    }
}

fn unreadable(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::validation("file", format!("cannot read {}: {e}", path.display()))
}

fn read_delimited(path: &Path) -> Result<Table> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, e))?;
    let text =
        std::str::from_utf8(&bytes).map_err(|_| unreadable(path, "it is not UTF-8 text (save it as CSV UTF-8)"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t'].into_iter().max_by_key(|d| first.matches(*d as char).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    Table::from_lines(reader.records().map(|r| {
        let rec = r.map_err(|e| unreadable(path, e))?;
        // The line where the record starts, blank lines counted (csv's own count skips them).
        // The reader's position may sit on blank lines it then skipped: step over them too.
        let mut byte = rec.position().map_or(0, |p| p.byte() as usize);
        byte += text.get(byte..).map_or(0, |rest| rest.len() - rest.trim_start_matches(['\r', '\n']).len());
        let line = text.get(..byte).map_or(0, |before| before.matches('\n').count()) as u32 + 1;
        Ok((line, rec.iter().map(str::to_string).collect()))
    }))
}

fn read_sheet(path: &Path) -> Result<Table> {
    let mut book = open_workbook_auto(path).map_err(|e| unreadable(path, e))?;
    let first = book.sheet_names().first().cloned().ok_or_else(|| unreadable(path, "it has no sheet"))?;
    let range = book.worksheet_range(&first).map_err(|e| unreadable(path, e))?;
    Table::from_lines(range.rows().enumerate().map(|(i, row)| Ok((i as u32 + 1, row.iter().map(cell_text).collect()))))
}

/// A cell as the team sees it. Formulas are not evaluated: a cell holds its value, and
/// text that looks like a formula stays text.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// An Excel serial date (days since 1899-12-30) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date");
    epoch
        .checked_add_days(chrono::Days::new(serial.max(0.0).floor() as u64))
        .map_or_else(|| serial.to_string(), |d| d.to_string())
}
