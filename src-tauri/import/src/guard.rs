//! Measures a workbook before a reader that allocates its whole span is given it: how
//! far a zip archive inflates (XLSX, ODS), and how many cells the sheets of an XLS or
//! ODS file span. A few bytes can claim a sheet from A1 to XFD1048576; the reader
//! would allocate every cell between, so such a file is refused here.

use std::io::Read;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use super::{damaged, too_large, unreadable, MAX_INFLATED_BYTES, MAX_SHEET_CELLS};
use crate::error::Result;
use almanac_model::Sentence;

/// Refuses a zip archive whose entries inflate past [`MAX_INFLATED_BYTES`], counted as
/// they inflate (the sizes an archive declares can lie).
pub(super) fn inflated_size(path: &Path) -> Result<()> {
    let mut zip = open_zip(path)?;
    let mut left = MAX_INFLATED_BYTES;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(|e| unreadable(path, e))?;
        let read = std::io::copy(&mut entry.take(left + 1), &mut std::io::sink()).map_err(|e| unreadable(path, e))?;
        left = left.checked_sub(read).ok_or_else(inflates_too_far)?;
    }
    Ok(())
}

fn inflates_too_far() -> crate::Error {
    too_large(Sentence::new("error-files-unpacks-too-far").with("max", MAX_INFLATED_BYTES / (1024 * 1024)))
}

fn open_zip(path: &Path) -> Result<zip::ZipArchive<std::fs::File>> {
    let file = std::fs::File::open(path).map_err(|e| unreadable(path, e))?;
    zip::ZipArchive::new(file).map_err(|e| unreadable(path, e))
}

fn spans_too_much() -> crate::Error {
    too_large(Sentence::new("error-files-spans-too-much").with("max", MAX_SHEET_CELLS))
}

/// The cells a sheet spans, as a running bounding box.
#[derive(Default, Clone, Copy)]
struct Span {
    rows: Option<(u64, u64)>,
    cols: Option<(u64, u64)>,
}

impl Span {
    fn add(&mut self, row: u64, first_col: u64, last_col: u64) {
        let grow = |b: Option<(u64, u64)>, lo: u64, hi: u64| Some(b.map_or((lo, hi), |(a, z)| (a.min(lo), z.max(hi))));
        self.rows = grow(self.rows, row, row);
        self.cols = grow(self.cols, first_col, last_col);
    }

    fn cells(&self) -> u64 {
        match (self.rows, self.cols) {
            (Some((r0, r1)), Some((c0, c1))) => (r1 - r0 + 1).saturating_mul(c1 - c0 + 1),
            _ => 0,
        }
    }
}

/// Every sheet of an XLS workbook, measured as calamine will read it: the cells of
/// each sheet's records, and the room its DIMENSIONS record asks to reserve.
pub(super) fn xls_span(path: &Path) -> Result<()> {
    let mut cfb = cfb::open(path).map_err(|e| unreadable(path, e))?;
    let name = if cfb.is_stream("/Workbook") { "/Workbook" } else { "/Book" };
    let mut stream = Vec::new();
    cfb.open_stream(name).and_then(|mut s| s.read_to_end(&mut stream)).map_err(|e| unreadable(path, e))?;
    let sheets: Vec<usize> = records(&stream, 0)
        .take_while(|(typ, _)| *typ != 0x000A)
        .filter(|(typ, data)| *typ == 0x0085 && data.len() >= 4)
        .map(|(_, data)| u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize)
        .collect();
    let mut total = 0u64;
    for start in if sheets.is_empty() { vec![0] } else { sheets } {
        total = total.saturating_add(xls_sheet_cells(&stream, start)?);
        if total > MAX_SHEET_CELLS {
            return Err(spans_too_much());
        }
    }
    Ok(())
}

/// BIFF records from `start`: (type, data), until the stream ends or a record is cut.
fn records(stream: &[u8], start: usize) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = start;
    std::iter::from_fn(move || {
        let head = stream.get(at..at + 4)?;
        let typ = u16::from_le_bytes([head[0], head[1]]);
        let len = u16::from_le_bytes([head[2], head[3]]) as usize;
        let data = stream.get(at + 4..at + 4 + len)?;
        at += 4 + len;
        Some((typ, data))
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u64> {
    data.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as u64)
}

fn u32_at(data: &[u8], at: usize) -> Option<u64> {
    data.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64)
}

/// One sheet's substream: the larger of its cells' span and its DIMENSIONS reservation.
fn xls_sheet_cells(stream: &[u8], start: usize) -> Result<u64> {
    let mut span = Span::default();
    let mut reserved = 0u64;
    let mut depth = 0usize;
    let mut seen_bof = false;
    for (typ, data) in records(stream, start) {
        match typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x000A if depth == 0 => break,
            0x000A => depth -= 1,
            _ if depth > 0 => {}
            0x0200 => reserved = reserved.max(dimensions(data).ok_or_else(spans_too_much)?),
            // MULRK and MULBLANK: a row and a run of columns.
            0x00BD | 0x00BE => {
                let (Some(row), Some(first), Some(last)) =
                    (u16_at(data, 0), u16_at(data, 2), data.len().checked_sub(2).and_then(|at| u16_at(data, at)))
                else {
                    continue;
                };
                if last < first {
                    return Err(spans_too_much());
                }
                span.add(row, first, last);
            }
            // Number, label, rich string, bool/error, RK, shared-string label, formula.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                if let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) {
                    span.add(row, col, col);
                }
            }
            _ => {}
        }
        if span.cells().max(reserved) > MAX_SHEET_CELLS {
            return Err(spans_too_much());
        }
    }
    Ok(span.cells().max(reserved))
}

/// The cells a DIMENSIONS record reserves, read as calamine reads it; none when its
/// bounds run backwards.
fn dimensions(data: &[u8]) -> Option<u64> {
    let (first_row, last_row, mut first_col, last_col) = match data.len() {
        10 => (u16_at(data, 0)?, u16_at(data, 2)?, u16_at(data, 4)?, u16_at(data, 6)?),
        14 | 16 => (u32_at(data, 0)?, u32_at(data, 4)?, u16_at(data, 8)?, u16_at(data, 10)?),
        _ => return Some(0),
    };
    if first_col > 0xFF || last_col < first_col {
        first_col = 0;
    }
    if last_row == 0 || last_col == 0 {
        return Some(1);
    }
    let rows = (last_row - 1).checked_sub(first_row)? + 1;
    let cols = (last_col - 1).checked_sub(first_col)? + 1;
    Some(rows.saturating_mul(cols))
}

/// Every table of an ODS workbook: the rows and columns its filled cells reach, with
/// their repeat counts expanded (empty repeats at the end of a row or table do not count).
pub(super) fn ods_span(path: &Path) -> Result<()> {
    let mut zip = open_zip(path)?;
    let content = zip.by_name("content.xml").map_err(|e| unreadable(path, e))?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(content.take(MAX_INFLATED_BYTES)));
    let mut buf = Vec::new();
    let mut total = 0u64;
    let mut table = OdsTable::default();
    // Open elements: a document that ends inside one is cut short (calamine would loop on it).
    let mut depth = 0usize;
    loop {
        let event = xml.read_event_into(&mut buf).map_err(|e| unreadable(path, e))?;
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof if depth > 0 => return Err(damaged(path, "error-files-sheet-cut-short")),
            _ => {}
        }
        match event {
            Event::Start(e) => table.open(&e, false),
            Event::Empty(e) => table.open(&e, true),
            Event::End(e) => match e.local_name().into_inner() {
                "table" => {
                    total = total.saturating_add(std::mem::take(&mut table).span.cells());
                }
                "table-row" => table.end_row(),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        if total.saturating_add(table.span.cells()) > MAX_SHEET_CELLS {
            return Err(spans_too_much());
        }
        buf.clear();
    }
    Ok(())
}

#[derive(Default)]
struct OdsTable {
    span: Span,
    row: u64,
    row_repeat: u64,
    col: u64,
}

impl OdsTable {
    fn open(&mut self, e: &BytesStart, empty: bool) {
        match e.local_name().into_inner() {
            "table-row" => {
                self.row_repeat = repeat(e, "table:number-rows-repeated");
                self.col = 0;
                if empty {
                    self.end_row();
                }
            }
            "table-cell" | "covered-table-cell" => {
                let n = repeat(e, "table:number-columns-repeated");
                let filled = !empty || e.try_get_attribute("office:value-type").ok().flatten().is_some();
                if filled {
                    let last_row = self.row.saturating_add(self.row_repeat.max(1) - 1);
                    self.span.add(self.row, self.col, self.col.saturating_add(n - 1));
                    self.span.add(last_row, self.col, self.col);
                }
                self.col = self.col.saturating_add(n);
            }
            _ => {}
        }
    }

    fn end_row(&mut self) {
        self.row = self.row.saturating_add(self.row_repeat.max(1));
        self.row_repeat = 1;
    }
}

fn repeat(e: &BytesStart, name: &str) -> u64 {
    e.try_get_attribute(name).ok().flatten().and_then(|a| a.value.trim().parse::<u64>().ok()).unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dimensions_are_read_as_calamine_reads_them() {
        let mut d = Vec::new();
        for v in [0u32, 1_048_576] {
            d.extend_from_slice(&v.to_le_bytes());
        }
        d.extend_from_slice(&[0, 0, 0, 1, 0, 0]);
        assert_eq!(dimensions(&d), Some(1_048_576 * 256));
        let backwards: Vec<u8> = [10u16, 5, 0, 2, 0].iter().flat_map(|v| v.to_le_bytes()).collect();
        assert_eq!(dimensions(&backwards), None);
    }
}
