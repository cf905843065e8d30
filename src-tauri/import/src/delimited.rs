//! Delimited text (CSV, TSV) in the encodings spreadsheets save it in, the delimiter
//! guessed from the header line, and each record numbered by its line in the file.

use std::borrow::Cow;
use std::path::Path;

use encoding_rs::{Encoding, WINDOWS_1252};

use super::{unreadable, Table};
use crate::error::Result;

pub(super) fn read(path: &Path) -> Result<Table> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, e))?;
    let text = decoded(&bytes);
    let text = text.as_ref();
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

/// The file's text: UTF-8 or UTF-16 by their byte-order mark (Excel's "CSV UTF-8" and
/// "Unicode Text"), UTF-8 without one, and otherwise Windows-1252, which Excel on Windows
/// saves "CSV (Comma delimited)" in. A wrong guess shows in the preview's names, before
/// anything is written.
fn decoded(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0,
    }
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

    #[test]
    fn text_is_read_in_the_encodings_excel_saves() {
        let utf8 = "Name;Ville\nPréfecture;Évry\n";
        let cp1252: Vec<u8> = b"Name;Ville\nPr\xe9fecture;\xc9vry\n".to_vec();
        let utf16le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(utf8.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let utf16be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(utf8.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let bom8: Vec<u8> = b"\xEF\xBB\xBF".iter().chain(utf8.as_bytes()).copied().collect();
        for (what, bytes) in [
            ("UTF-8", utf8.as_bytes().to_vec()),
            ("UTF-8, BOM", bom8),
            ("Windows-1252", cp1252),
            ("UTF-16LE", utf16le),
            ("UTF-16BE", utf16be),
        ] {
            assert_eq!(decoded(&bytes), utf8, "{what}");
        }
        assert_eq!(decoded(b"\x80 \x93quoted\x94"), "€ “quoted”", "Windows-1252's own characters, not Latin-1's");
    }
}
