//! Spreadsheet import: a CSV or XLSX/XLS/ODS file read as a table of text cells, then
//! mapped column by column onto the plan's fields, previewed with an error per bad
//! row, and applied in one transaction only when every row is good.
//!
//! Files come from outside (a partner's spreadsheet, an e-mail attachment), so every
//! reader is bounded before it allocates: the file's size, the bytes its archive
//! inflates to, the sheet's span, the rows, the columns and each cell's length. A file
//! over a limit is refused with a validation error naming the limit.

#![warn(missing_docs)]

use almanac_model::{domain, error};
use almanac_ops as ops;
use almanac_store as store;

pub mod calendar;
mod delimited;
mod guard;
pub mod items;
pub mod mapped;
pub mod partners;
pub mod plan_json;
pub mod results;
mod sheet;

use std::path::Path;

use crate::error::{Error, Result};
use almanac_model::Sentence;

/// The most data rows one import takes: a directory, not a data dump.
pub const MAX_ROWS: usize = 10_000;
/// The largest file read, in bytes (20 MiB).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// The most columns a row may have.
pub const MAX_COLUMNS: usize = 256;
/// The longest cell, in characters (Excel's own limit).
pub const MAX_CELL_CHARS: usize = 32_767;
/// The most cells a sheet may span (rows × columns between its first and last filled
/// cell, over all sheets of a workbook): what a spreadsheet reader may allocate.
pub const MAX_SHEET_CELLS: u64 = 2_000_000;
/// The most bytes an XLSX or ODS archive may inflate to (100 MiB).
pub const MAX_INFLATED_BYTES: u64 = 100 * 1024 * 1024;

/// The file extensions [`read_table`] reads.
pub const EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"];

/// A sheet as text: the header row, then the data rows (blank rows dropped).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The header row.
    pub headers: Vec<String>,
    /// Each row with its line number in the file (the header is line 1).
    pub rows: Vec<(u32, Vec<String>)>,
}

impl Table {
    /// From `(line number, cells)` pairs in order, the first being the header.
    fn from_lines(lines: impl Iterator<Item = Result<(u32, Vec<String>)>>) -> Result<Table> {
        let mut headers: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for line in lines {
            let (number, cells) = line?;
            check_row(number, &cells)?;
            let cells: Vec<String> = cells.into_iter().map(|c| c.trim().to_string()).collect();
            if headers.is_none() {
                headers = Some(cells);
                continue;
            }
            if cells.iter().all(String::is_empty) {
                continue;
            }
            if rows.len() == MAX_ROWS {
                return Err(too_large(Sentence::new("error-files-too-many-rows").with("max", MAX_ROWS)));
            }
            rows.push((number, cells));
        }
        let headers = headers
            .filter(|h| h.iter().any(|c| !c.is_empty()))
            .ok_or_else(|| Error::validation("file", Sentence::new("error-file-empty")))?;
        Ok(Table { headers, rows })
    }
}

/// A row over the column or cell-length limits is refused, naming where.
fn check_row(line: u32, cells: &[String]) -> Result<()> {
    if cells.len() > MAX_COLUMNS {
        return Err(too_large(
            Sentence::new("error-files-too-many-columns")
                .with("line", line)
                .with("count", cells.len())
                .with("max", MAX_COLUMNS),
        ));
    }
    match cells.iter().position(|c| c.len() > MAX_CELL_CHARS && c.chars().count() > MAX_CELL_CHARS) {
        Some(col) => Err(too_large(
            Sentence::new("error-files-cell-too-long")
                .with("line", line)
                .with("column", col + 1)
                .with("max", MAX_CELL_CHARS),
        )),
        None => Ok(()),
    }
}

/// The bytes of the file at `path`, refused (before it is read) when over `max` bytes.
pub(crate) fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>> {
    let cannot = |e: std::io::Error| unreadable(path, e);
    let size = std::fs::metadata(path).map_err(cannot)?.len();
    if size > max {
        return Err(too_large(Sentence::new("error-files-too-big").with("size", size >> 20).with("max", max >> 20)));
    }
    std::fs::read(path).map_err(cannot)
}

/// The error for a file over one of the limits above.
fn too_large(message: Sentence) -> Error {
    Error::validation("file", message)
}

/// Reads `path` by its extension: `.csv`/`.tsv`/`.txt` as delimited text (UTF-8, with or
/// without a byte-order mark; comma, semicolon or tab), `.xlsx`/`.xls`/`.ods` as its first sheet.
pub fn read_table(path: &Path) -> Result<Table> {
    read_sheet(path, None)
}

/// [`read_table`], reading the workbook's sheet named `prefer` when it has one.
pub(crate) fn read_sheet(path: &Path, prefer: Option<&str>) -> Result<Table> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    let read = match ext.as_str() {
        "csv" | "tsv" | "txt" => |p: &Path, _: Option<&str>| delimited::read(p),
        "xlsx" | "xlsm" => sheet::read_xlsx,
        "xls" => sheet::read_xls,
        "ods" => sheet::read_ods,
        _ => return Err(Error::validation("file", Sentence::new("error-choose-sheet-file"))),
    };
    let size = std::fs::metadata(path).map_err(|e| unreadable(path, e))?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(
            Sentence::new("error-files-too-big")
                .with("size", size.div_ceil(1024 * 1024))
                .with("max", MAX_FILE_BYTES / (1024 * 1024)),
        ));
    }
    // A reader's panic on a damaged file becomes an error here, never a crash of the app.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(path, prefer)))
        .unwrap_or_else(|_| Err(damaged(path, "error-files-damaged")))
}

/// The file at `path` cannot be read, for the reason `e` the system or a reader gave.
fn unreadable(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::validation(
        "file",
        Sentence::new("error-files-cannot-read").with("path", path.display().to_string()).with("reason", e.to_string()),
    )
}

/// The file at `path` cannot be read, as message `id` (which names the path) says why.
fn damaged(path: &Path, id: &str) -> Error {
    Error::validation("file", Sentence::new(id).with("path", path.display().to_string()))
}
