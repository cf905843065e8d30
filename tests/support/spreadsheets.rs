//! Spreadsheet files made byte by byte: well-formed XLS (BIFF8), ODS and zip archives,
//! and the hostile ones a reader must refuse (a sheet that claims a huge span in a few
//! bytes, an archive that inflates far past its size). The import tests and the fuzzer's
//! seed corpus are built from these.

use std::io::Write;

/// One BIFF record: type, length, data.
fn record(out: &mut Vec<u8>, typ: u16, data: &[u8]) {
    out.extend_from_slice(&typ.to_le_bytes());
    out.extend_from_slice(&(data.len() as u16).to_le_bytes());
    out.extend_from_slice(data);
}

fn bof(kind: u16) -> Vec<u8> {
    let mut d = vec![0x00, 0x06];
    d.extend_from_slice(&kind.to_le_bytes());
    d.extend_from_slice(&[0; 12]);
    d
}

/// A cell of an XLS sheet: text or a number.
pub enum XlsCell<'a> {
    Text(u16, u16, &'a str),
    Number(u16, u16, f64),
}

/// A one-sheet BIFF8 workbook; `dimensions` is the (first row, last row + 1, first
/// column, last column + 1) its DIMENSIONS record claims.
pub fn xls(cells: &[XlsCell], dimensions: (u32, u32, u16, u16)) -> Vec<u8> {
    let mut sheet = Vec::new();
    record(&mut sheet, 0x0809, &bof(0x0010));
    let mut dims = Vec::new();
    dims.extend_from_slice(&dimensions.0.to_le_bytes());
    dims.extend_from_slice(&dimensions.1.to_le_bytes());
    dims.extend_from_slice(&dimensions.2.to_le_bytes());
    dims.extend_from_slice(&dimensions.3.to_le_bytes());
    dims.extend_from_slice(&[0, 0]);
    record(&mut sheet, 0x0200, &dims);
    for cell in cells {
        let mut d = Vec::new();
        match cell {
            XlsCell::Text(row, col, text) => {
                d.extend_from_slice(&row.to_le_bytes());
                d.extend_from_slice(&col.to_le_bytes());
                d.extend_from_slice(&[0, 0]);
                let utf16: Vec<u16> = text.encode_utf16().collect();
                d.extend_from_slice(&(utf16.len() as u16).to_le_bytes());
                d.push(1);
                utf16.iter().for_each(|u| d.extend_from_slice(&u.to_le_bytes()));
                record(&mut sheet, 0x0204, &d);
            }
            XlsCell::Number(row, col, n) => {
                d.extend_from_slice(&row.to_le_bytes());
                d.extend_from_slice(&col.to_le_bytes());
                d.extend_from_slice(&[0, 0]);
                d.extend_from_slice(&n.to_le_bytes());
                record(&mut sheet, 0x0203, &d);
            }
        }
    }
    record(&mut sheet, 0x000A, &[]);

    let mut globals = Vec::new();
    record(&mut globals, 0x0809, &bof(0x0005));
    record(&mut globals, 0x0042, &1200u16.to_le_bytes()); // CODEPAGE: UTF-16
    let name = "Sheet1";
    // After this BOUNDSHEET record (header, position, flags and name) and the EOF record.
    let sheet_at = (globals.len() + (4 + 4 + 4 + name.len()) + 4) as u32;
    let mut bs = Vec::new();
    bs.extend_from_slice(&sheet_at.to_le_bytes());
    bs.extend_from_slice(&[0, 0, name.len() as u8, 0]);
    bs.extend_from_slice(name.as_bytes());
    record(&mut globals, 0x0085, &bs);
    record(&mut globals, 0x000A, &[]);
    globals.extend_from_slice(&sheet);

    let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).expect("compound file");
    file.create_stream("/Workbook").and_then(|mut s| s.write_all(&globals)).expect("workbook stream");
    file.flush().expect("flush");
    file.into_inner().into_inner()
}

/// A zip archive of `(name, bytes)` entries, deflated.
pub fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(bytes.len() > u32::MAX as usize / 2);
        out.start_file(*name, options).expect("zip entry");
        out.write_all(bytes).expect("zip write");
    }
    out.finish().expect("zip").into_inner()
}

/// An ODS workbook of one table, from the XML of its rows.
pub fn ods(rows_xml: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1">{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip(&[
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

/// ODS row XML of text cells.
pub fn ods_row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|c| format!(r#"<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>"#))
        .collect();
    format!("<table:table-row>{cells}</table:table-row>")
}
