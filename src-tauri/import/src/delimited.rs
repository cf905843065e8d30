//! Delimited text (CSV, TSV): UTF-8 with or without a byte-order mark, the delimiter
//! guessed from the header line, and each record numbered by its line in the file.

use std::path::Path;

use super::{unreadable, Table};
use crate::error::Result;

pub(super) fn read(path: &Path) -> Result<Table> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, e))?;
    let text =
        std::str::from_utf8(&bytes).map_err(|_| unreadable(path, "it is not UTF-8 text (save it as CSV UTF-8)"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t'].into_iter().max_by_key(|d| first.matches(*d as char).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut lines = LineCounter { text, byte: 0, line: 1 };
    Table::from_lines(reader.records().map(move |r| {
        let rec = r.map_err(|e| unreadable(path, e))?;
        let line = lines.line_at(rec.position().map_or(0, |p| p.byte() as usize));
        Ok((line, rec.iter().map(str::to_string).collect()))
    }))
}

/// Line numbers of increasing byte offsets, blank lines counted (csv's own count skips
/// them), in one pass over the text.
struct LineCounter<'a> {
    text: &'a str,
    byte: usize,
    line: u32,
}

impl LineCounter<'_> {
    fn line_at(&mut self, byte: usize) -> u32 {
        // The reader's position may sit on blank lines it then skipped: step over them too.
        let rest = self.text.get(byte..).unwrap_or_default();
        let start = byte + rest.len() - rest.trim_start_matches(['\r', '\n']).len();
        if let Some(between) = self.text.get(self.byte..start) {
            self.line += between.bytes().filter(|b| *b == b'\n').count() as u32;
            self.byte = start;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_with_blank_lines_and_line_breaks_inside_quotes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.csv");
        std::fs::write(&path, "Name,Notes\n\nA,\"two\nlines\"\r\n\r\nB,x\n").unwrap();
        let table = read(&path).unwrap();
        let lines: Vec<u32> = table.rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, vec![3, 6], "{table:?}");
    }
}
