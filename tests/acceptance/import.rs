//! Importing a partner directory from CSV and XLSX: a good file, a file with bad rows
//! (nothing imported), formula-looking cells kept as text, missing columns, too many rows,
//! and files in the encodings Excel on Windows saves.

use almanac_tests::{english, english_of};
use std::path::{Path, PathBuf};

use almanac_core::import::partners::{self, PartnerField};
use almanac_core::ops::partners::{self as directory, PartnerFilter};
use almanac_core::{Error, Store};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn count(store: &Store) -> usize {
    directory::list(store, &PartnerFilter::default()).unwrap().len()
}

const GOOD: &str = "\u{feff}Organisation;Short name;Time zone;Twitter;Tags;Contact;E-mail\n\
Gendarmerie nationale;GN;Europe/Paris;@Gendarmerie;police, France;Claire Martin;claire@example.fr\n\
\n\
Polícia Federal;PF;America/Sao_Paulo;@policiafederal;police;;\n";

#[test]
fn a_good_csv_is_previewed_with_its_suggested_mapping_and_imported_as_one_undoable_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "partners.csv", GOOD);
    let mut store = Store::open_in_memory().unwrap();
    let preview = partners::import(&mut store, &path, None, true).unwrap();
    assert_eq!(preview.headers.len(), 7, "semicolons detected, the byte-order mark dropped");
    assert_eq!(preview.mapping.columns[2], Some(PartnerField::TimeZone));
    assert_eq!((preview.valid, preview.invalid), (2, 0), "the blank line is skipped");
    assert_eq!(preview.rows[1].line, 4, "lines are counted as in the file");

    assert_eq!(partners::import(&mut store, &path, Some(&preview.mapping), false).map(|p| p.valid).unwrap(), 2);
    let gn = directory::list(&store, &PartnerFilter { search: "gendarmerie".into(), tag: None }).unwrap();
    assert_eq!(gn[0].tags, vec!["police", "France"]);
    assert_eq!(gn[0].contacts[0].email, "claire@example.fr");
    assert_eq!(gn[0].handles[0].handle, "@Gendarmerie");
    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Import 2 partners from partners.csv"));
    assert_eq!(count(&store), 0);
}

#[test]
fn one_bad_row_imports_nothing_and_each_bad_row_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "Name,Time zone,Email\n\
               Politie,Europe/Amsterdam,\n\
               Polizei,Europe/Frankfurt,\n\
               politie,Europe/Amsterdam,\n\
               Garda,Europe/Dublin,not-an-address\n";
    let path = write(dir.path(), "partners.csv", csv);
    let mut store = Store::open_in_memory().unwrap();
    let preview = partners::import(&mut store, &path, None, true).unwrap();
    assert_eq!((preview.valid, preview.invalid), (1, 3));
    let errors: Vec<(u32, String)> =
        preview.rows.iter().filter_map(|r| r.error.as_ref().map(|e| (r.line, english(e)))).collect();
    assert!(errors[0].0 == 3 && errors[0].1.contains("Europe/Frankfurt"), "{errors:?}");
    assert!(errors[1].0 == 4 && errors[1].1.contains("already"), "a duplicate within the file: {errors:?}");
    assert!(errors[2].0 == 5 && errors[2].1.contains("e-mail"), "{errors:?}");
    let err = partners::import(&mut store, &path, Some(&preview.mapping), false).map(|p| p.valid).unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, message } if field == "rows" && message.to_string().contains("3 row(s)")),
        "{err:?}"
    );
    assert_eq!(count(&store), 0, "nothing was imported");
}

#[test]
fn an_xlsx_with_formula_looking_text_keeps_it_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partners.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (col, h) in ["Name", "Time zone", "Notes", "Founded"].iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "=HYPERLINK(\"http://evil.example\")").unwrap();
    sheet.write_string(1, 1, "Europe/Berlin").unwrap();
    sheet.write_string(1, 2, "+49 30 1234").unwrap();
    sheet.write_number(1, 3, 1951.0).unwrap();
    book.save(&path).unwrap();

    let mut store = Store::open_in_memory().unwrap();
    let preview = partners::import(&mut store, &path, None, true).unwrap();
    assert_eq!(preview.valid, 1, "{:?}", preview.rows);
    partners::import(&mut store, &path, Some(&preview.mapping), false).map(|p| p.valid).unwrap();
    let all = directory::list(&store, &PartnerFilter::default()).unwrap();
    assert_eq!(all[0].name, "=HYPERLINK(\"http://evil.example\")", "kept as the text it is, never evaluated");
    assert_eq!(all[0].notes, "+49 30 1234");
}

#[test]
fn missing_columns_unknown_formats_and_huge_files_are_refused_before_anything_is_read_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let no_zone = write(dir.path(), "a.csv", "Name,Country\nPolitie,NL\n");
    let err = partners::import(&mut store, &no_zone, None, true).unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, message } if field == "mapping" && message.to_string().contains("Time zone")),
        "{err:?}"
    );
    let pdf = write(dir.path(), "a.pdf", "%PDF");
    assert!(
        matches!(partners::import(&mut store, &pdf, None, true), Err(Error::Validation { field, .. }) if field == "file")
    );
    let empty = write(dir.path(), "b.csv", "");
    assert!(
        matches!(partners::import(&mut store, &empty, None, true), Err(Error::Validation { field, .. }) if field == "file")
    );
    let mut big = String::from("Name,Time zone\n");
    for i in 0..100_000 {
        big.push_str(&format!("Partner {i},Europe/Paris\n"));
    }
    let huge = write(dir.path(), "huge.csv", &big);
    let err = partners::import(&mut store, &huge, None, true).unwrap_err();
    assert!(err.to_string().contains("more than 10000 rows"), "{err}");
}

#[test]
fn a_partner_list_saved_by_excel_on_windows_imports_with_its_accents() {
    let dir = tempfile::tempdir().unwrap();
    // "CSV (Comma delimited)": Windows-1252, written byte by byte (é = E9, ç = E7, ü = FC).
    let cp1252 = write_bytes(
        dir.path(),
        "partenaires.csv",
        b"Organisation,Time zone,Tags\r\nPr\xe9fecture de police,Europe/Paris,s\xe9curit\xe9\r\nPolice cantonale fran\xe7aise,Europe/Zurich,Z\xfcrich\r\n",
    );
    // "Unicode Text": UTF-16 little-endian with its byte-order mark, tab-delimited.
    let text = "Organisation\tTime zone\r\nPolicía Nacional\tEurope/Madrid\r\nشرطة دبي\tAsia/Dubai\r\n";
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let utf16 = write_bytes(dir.path(), "partners.txt", &utf16);
    let mut store = Store::open_in_memory().unwrap();

    let preview = partners::import(&mut store, &cp1252, None, true).unwrap();
    assert_eq!(
        preview.rows[0].cells[0].to_string(),
        "Préfecture de police",
        "the names as read, before anything is written"
    );
    assert_eq!(preview.rows[1].cells[0].to_string(), "Police cantonale française");
    let preview = partners::import(&mut store, &utf16, None, true).unwrap();
    assert_eq!(preview.headers, ["Organisation", "Time zone"], "tabs found, the byte-order mark dropped");
    assert_eq!(preview.rows[1].cells[0].to_string(), "شرطة دبي");

    partners::import(&mut store, &cp1252, None, false).unwrap();
    partners::import(&mut store, &utf16, None, false).unwrap();
    let mut names: Vec<String> =
        directory::list(&store, &PartnerFilter::default()).unwrap().into_iter().map(|p| p.name).collect();
    names.sort();
    assert_eq!(names, ["Police cantonale française", "Policía Nacional", "Préfecture de police", "شرطة دبي"]);
    let zurich = directory::list(&store, &PartnerFilter { search: "cantonale".into(), tag: None }).unwrap();
    assert_eq!(zurich[0].tags, ["Zürich"], "every column read in the file's encoding");
}

fn write_bytes(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The preview's error, which must be a validation error on `file` whose message has `words`.
fn refused(store: &mut Store, path: &Path, words: &str) {
    match partners::import(store, path, None, true) {
        Err(Error::Validation { field, message }) => {
            assert_eq!(field, "file", "{message}");
            assert!(message.to_string().contains(words), "“{message}” should say “{words}”");
        }
        other => panic!("{} should be refused with “{words}”, got {other:?}", path.display()),
    }
}

#[test]
fn a_tiny_xlsx_claiming_a_cell_in_the_last_column_and_row_is_refused_without_allocating_the_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Name").unwrap();
    sheet.write_string(1_048_575, 16_383, "XFD1048576").unwrap();
    book.save(&path).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 8_000, "a few kilobytes");
    let mut store = Store::open_in_memory().unwrap();
    refused(&mut store, &path, "at most 256 columns");

    // Far-apart rows in the readable columns are fine: the sheet is read sparsely.
    let path = dir.path().join("sparse.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Name").unwrap();
    sheet.write_string(0, 1, "Time zone").unwrap();
    sheet.write_string(1_048_575, 0, "Garda").unwrap();
    sheet.write_string(1_048_575, 1, "Europe/Dublin").unwrap();
    book.save(&path).unwrap();
    let preview = partners::import(&mut store, &path, None, true).unwrap();
    assert_eq!((preview.valid, preview.rows[0].line), (1, 1_048_576));
}

#[test]
fn an_xls_whose_dimensions_or_cells_span_millions_of_cells_is_refused_and_a_plain_one_is_read() {
    use almanac_tests::spreadsheets::{xls, XlsCell::*};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let header = [Text(0, 0, "Name"), Text(0, 1, "Time zone"), Text(1, 0, "Politie"), Text(1, 1, "Europe/Amsterdam")];

    let good = write_bytes(dir.path(), "good.xls", &xls(&header, (0, 2, 0, 2)));
    let preview = partners::import(&mut store, &good, None, true).unwrap();
    assert_eq!((preview.valid, preview.rows[0].cells[0].to_string().as_str()), (1, "Politie"), "{preview:?}");

    let reserves = write_bytes(dir.path(), "dims.xls", &xls(&header, (0, 1_048_576, 0, 256)));
    refused(&mut store, &reserves, "spans more than");
    let backwards = write_bytes(dir.path(), "backwards.xls", &xls(&header, (70_000, 5, 0, 2)));
    refused(&mut store, &backwards, "spans more than");
    let far = [Text(0, 0, "Name"), Number(65_535, 255, 1.0)];
    let spread = write_bytes(dir.path(), "far.xls", &xls(&far, (0, 1, 0, 1)));
    refused(&mut store, &spread, "spans more than");
}

#[test]
fn an_ods_repeating_a_filled_row_a_million_times_is_refused_and_a_plain_one_is_read() {
    use almanac_tests::spreadsheets::{ods, ods_row};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    // LibreOffice ends a sheet with empty repeated rows and columns: those do not count.
    let trailer = r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#;
    let rows = format!("{}{}{trailer}", ods_row(&["Name", "Time zone"]), ods_row(&["Polizei", "Europe/Berlin"]));
    let good = write_bytes(dir.path(), "good.ods", &ods(&rows));
    let preview = partners::import(&mut store, &good, None, true).unwrap();
    assert_eq!((preview.valid, preview.rows[0].line), (1, 2), "{preview:?}");

    let bomb = format!(
        r#"{}<table:table-row table:number-rows-repeated="1048575"><table:table-cell office:value-type="string" table:number-columns-repeated="1024"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        ods_row(&["Name", "Time zone"])
    );
    let bomb = write_bytes(dir.path(), "bomb.ods", &ods(&bomb));
    assert!(std::fs::metadata(&bomb).unwrap().len() < 2_000);
    refused(&mut store, &bomb, "spans more than");
}

#[test]
fn an_archive_inflating_past_the_limit_a_huge_file_a_huge_cell_and_too_many_columns_are_refused() {
    use almanac_tests::spreadsheets::zip;
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let zeros = vec![b'0'; 120 * 1024 * 1024];
    let inflating = write_bytes(dir.path(), "bomb.xlsx", &zip(&[("xl/sharedStrings.xml", &zeros)]));
    assert!(std::fs::metadata(&inflating).unwrap().len() < 1024 * 1024, "a small file");
    refused(&mut store, &inflating, "unpacks to more than 100 MB");

    let big = write_bytes(dir.path(), "big.csv", &vec![b'a'; 21 * 1024 * 1024]);
    refused(&mut store, &big, "at most 20 MB");

    let cell = format!("Name,Time zone\nPolitie,{}\n", "é".repeat(40_000));
    let long = write(dir.path(), "long.csv", &cell);
    refused(&mut store, &long, "line 2, column 2 holds more than 32767 characters");

    let wide = write(dir.path(), "wide.csv", &format!("Name,Time zone{}\n", ",x".repeat(300)));
    refused(&mut store, &wide, "line 1 has 302 columns");
}

#[test]
fn an_ods_cut_short_inside_its_sheet_is_refused_at_once_instead_of_hanging_the_reader() {
    use almanac_tests::spreadsheets::{ods_row, zip};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    // Found by the fuzzer: content.xml ending inside the table made calamine loop forever.
    let cut = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Sheet1">{}ument-content>"#,
        ods_row(&["Name", "Time zone"])
    );
    let file = zip(&[("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", cut.as_bytes())]);
    let path = write_bytes(dir.path(), "cut.ods", &file);
    refused(&mut store, &path, "cut short");
}
