//! Workbooks (XLSX, XLS, ODS) read through calamine as text cells. XLSX is streamed
//! cell by cell into a sparse table; XLS and ODS are parsed whole by calamine, so their
//! span is measured first (see `guard`) and nothing larger is handed to it.

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{open_workbook, Data, Ods, Reader, Xls, Xlsx};

use super::{damaged, guard, too_large, unreadable, Table, MAX_COLUMNS, MAX_ROWS, MAX_SHEET_CELLS};
use crate::error::Result;
use almanac_model::Sentence;

/// The sheet named `prefer` (in any case) if the workbook has one, else its first.
fn pick(path: &Path, names: Vec<String>, prefer: Option<&str>) -> Result<String> {
    let wanted = prefer.and_then(|p| names.iter().find(|n| n.trim().eq_ignore_ascii_case(p)));
    wanted.or(names.first()).cloned().ok_or_else(|| damaged(path, "error-files-no-sheet"))
}

pub(super) fn read_xlsx(path: &Path, prefer: Option<&str>) -> Result<Table> {
    guard::inflated_size(path)?;
    {
        let mut book: Xlsx<_> = open_workbook(path).map_err(|e| unreadable(path, e))?;
        let first = pick(path, book.sheet_names(), prefer)?;
        let mut reader = book.worksheet_cells_reader(&first).map_err(|e| unreadable(path, e))?;
        let mut cells = SparseSheet::default();
        while let Some(cell) = reader.next_cell().map_err(|e| unreadable(path, e))? {
            let (row, col) = cell.get_position();
            cells.put(row, col, cell_text(&Data::from(cell.get_value().clone())))?;
        }
        cells.into_table()
    }
}

pub(super) fn read_xls(path: &Path, prefer: Option<&str>) -> Result<Table> {
    guard::xls_span(path)?;
    let book: Xls<_> = open_workbook(path).map_err(|e| unreadable(path, e))?;
    whole_sheet(path, book, prefer)
}

pub(super) fn read_ods(path: &Path, prefer: Option<&str>) -> Result<Table> {
    guard::inflated_size(path)?;
    guard::ods_span(path)?;
    let book: Ods<_> = open_workbook(path).map_err(|e| unreadable(path, e))?;
    whole_sheet(path, book, prefer)
}

/// One sheet of a workbook calamine has parsed whole, with absolute line numbers.
fn whole_sheet<R: std::io::Read + std::io::Seek, B: Reader<R>>(
    path: &Path,
    mut book: B,
    prefer: Option<&str>,
) -> Result<Table>
where
    B::Error: std::fmt::Display,
{
    let first = pick(path, book.sheet_names(), prefer)?;
    let range = book.worksheet_range(&first).map_err(|e| unreadable(path, e))?;
    let (top, left) = range.start().unwrap_or_default();
    let mut cells = SparseSheet::default();
    for (row, col, value) in range.used_cells() {
        cells.put(top + row as u32, left + col as u32, cell_text(value))?;
    }
    cells.into_table()
}

/// Filled cells by row, bounded as they arrive.
#[derive(Default)]
struct SparseSheet {
    rows: BTreeMap<u32, Vec<(u32, String)>>,
    cells: u64,
}

impl SparseSheet {
    fn put(&mut self, row: u32, col: u32, text: String) -> Result<()> {
        if text.trim().is_empty() {
            return Ok(());
        }
        if col as usize >= MAX_COLUMNS {
            return Err(too_large(
                Sentence::new("error-files-cell-past-columns").with("column", col as u64 + 1).with("max", MAX_COLUMNS),
            ));
        }
        self.cells += 1;
        if self.cells > MAX_SHEET_CELLS {
            return Err(too_large(Sentence::new("error-files-too-many-cells").with("max", MAX_SHEET_CELLS)));
        }
        self.rows.entry(row).or_default().push((col, text));
        // The header and MAX_ROWS data rows, and a row more to tell the user it is too long.
        if self.rows.len() > MAX_ROWS + 2 {
            self.rows.pop_last();
        }
        Ok(())
    }

    fn into_table(self) -> Result<Table> {
        let left = self.rows.values().flatten().map(|(c, _)| *c).min().unwrap_or(0);
        Table::from_lines(self.rows.into_iter().map(|(row, cells)| {
            let width = cells.iter().map(|(c, _)| (c - left) as usize + 1).max().unwrap_or(0);
            let mut line = vec![String::new(); width];
            for (col, text) in cells {
                line[(col - left) as usize] = text;
            }
            Ok((row + 1, line))
        }))
    }
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

/// An Excel serial date (days since 1899-12-30, the time of day as the fraction) as
/// `YYYY-MM-DD`, `HH:MM` for a time alone (a serial under one day), or both.
fn excel_date(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..3e6).contains(&serial) {
        return serial.to_string();
    }
    // To the nearest second: Excel stores 09:30 as 0.395833…, which floors to 09:29:59.
    let seconds = (serial * 86_400.0).round() as i64;
    let (days, second) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400) as u32);
    let time = chrono::NaiveTime::from_num_seconds_from_midnight_opt(second, 0).unwrap_or_default();
    let time = if second % 60 == 0 { time.format("%H:%M").to_string() } else { time.format("%H:%M:%S").to_string() };
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date");
    let date = epoch.checked_add_days(chrono::Days::new(days as u64)).map(|d| d.to_string());
    match (days, second, date) {
        (0, _, _) => time,
        (_, 0, Some(date)) => date,
        (_, _, Some(date)) => format!("{date} {time}"),
        (_, _, None) => serial.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::excel_date;

    #[test]
    fn serial_dates_times_and_both_read_as_people_write_them() {
        assert_eq!(excel_date(46_477.0), "2027-03-31");
        assert_eq!(excel_date(9.5 / 24.0), "09:30", "a time alone, rounded to the second");
        assert_eq!(excel_date(46_477.0 + 9.5 / 24.0), "2027-03-31 09:30");
        assert_eq!(excel_date(46_477.0 + (9.0 * 3600.0 + 5.0) / 86_400.0), "2027-03-31 09:00:05");
        assert_eq!(excel_date(f64::NAN), "NaN");
    }
}
