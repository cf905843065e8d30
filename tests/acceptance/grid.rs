//! The grid as spreadsheets, read back by independent readers: openpyxl (Excel's
//! format: real dates, text never a formula, frozen header, filter), Python's csv module
//! and calamine in process; formula-like free text is neutralised in CSV, and the CSV's
//! delimiter follows the plan's locale.

use std::process::Command;

use almanac_core::domain::{ItemStatus, When};
use almanac_core::export::grid::{self, GridFormat, COLUMNS};
use almanac_core::export::words::Words;
use almanac_core::export::Selection;
use almanac_core::ops::{campaigns, items};
use almanac_core::Store;
use almanac_tests::{campaign_draft, create_item, item_draft, plan_with_channel, set_zone};
use calamine::{open_workbook, Data, Reader, Xlsx};

const HOSTILE: [&str; 6] = [
    "=HYPERLINK(\"http://evil.example\",\"x\")",
    "+44 cmd",
    "-20% off",
    "@SUM(A1)",
    "\tTabbed",
    "Plain, \"quoted\"; text",
];

fn plan(locale: &str) -> Store {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "America/Vancouver", locale);
    let mut draft = campaign_draft("Bikes", "2027-03-01", "2027-03-31");
    draft.hashtags = vec!["BikeSafe".into(), "#Westmark".into()];
    let campaign = campaigns::create(&mut store, &draft).unwrap().id.to_string();
    for (n, title) in HOSTILE.iter().enumerate() {
        let mut item = item_draft(&channel, title, When::AllDay { date: format!("2027-03-{:02}", n + 1) });
        item.copy = format!("{title}\nMore at https://westmark.example/bikes. 🚲 مرحبا");
        item.campaign_id = Some(campaign.clone());
        items::create(&mut store, &item).unwrap();
    }
    let mut timed = item_draft(&channel, "Evening live", When::At { local: "2027-03-10T19:45".into() });
    timed.status = ItemStatus::Approved;
    create_item(&mut store, &timed);
    store
}

fn python(args: &[&std::path::Path], extra: &[&str]) -> serde_json::Value {
    let python = std::env::var("ALMANAC_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = almanac_tests::repo().join("tests/interop/read_grid.py");
    let out = Command::new(python).arg(script).args(args).args(extra).output().expect("Python runs");
    assert!(out.status.success(), "the reader refused the file: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Almanac's rows as text, dates and times as the readers print them.
fn expected(store: &Store, locale: &str, neutralise: bool) -> Vec<Vec<String>> {
    let mut out = vec![grid::headers(&Words::for_locale(locale))];
    for row in grid::rows(store, &Selection::default()).unwrap() {
        let mut cells = vec![row.date.to_string(), row.time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default()];
        cells.extend(row.text.iter().map(|t| if neutralise { grid::neutralised(t).into_owned() } else { t.clone() }));
        out.push(cells);
    }
    out
}

#[test]
#[ignore = "needs Python with openpyxl (ALMANAC_PYTHON); run by the test script"]
fn interop_openpyxl_reads_the_workbook_with_real_dates_and_text_never_a_formula() {
    let store = plan("en-GB");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    let written = grid::export(&store, &Selection::default(), GridFormat::Xlsx, &path).unwrap();
    assert_eq!(written.rows, 7);
    let read = python(&[&path], &[]);
    assert_eq!(read["sheet"], "Plan");
    assert_eq!(read["freeze"], "A2", "the header row stays in view");
    assert_eq!(read["filter"], "A1:M8", "filters on every column");
    let rows: Vec<Vec<String>> = serde_json::from_value(read["rows"].clone()).unwrap();
    assert_eq!(rows, expected(&store, "en-GB", false), "every cell as Almanac has it, hostile text as text");
    let types: Vec<Vec<String>> = serde_json::from_value(read["types"].clone()).unwrap();
    for (r, row) in types.iter().enumerate().skip(1) {
        assert_eq!(row[0], "d/date", "row {r}: the date is a date");
        assert!(row.iter().all(|t| t != "f"), "row {r}: no formula: {row:?}");
    }
    let evening = rows.iter().position(|r| r[8] == "Evening live").unwrap();
    assert_eq!((rows[evening][1].as_str(), types[evening][1].as_str()), ("19:45", "d/date"), "a real time, local");
    assert_eq!(rows[1][11], "#BikeSafe #Westmark");
    assert_eq!(rows[1][12], "https://westmark.example/bikes");
}

#[test]
#[ignore = "needs Python (ALMANAC_PYTHON); run by the test script"]
fn interop_python_reads_the_csv_with_its_locale_delimiter_and_formulas_neutralised() {
    for (locale, delimiter) in [("en-GB", ","), ("fr-FR", ";"), ("nl-NL", ";"), ("ar-EG", ",")] {
        let store = plan(locale);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.csv");
        grid::export(&store, &Selection::default(), GridFormat::Csv, &path).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte-order mark");
        let read = python(&[&path], &[delimiter]);
        let rows: Vec<Vec<String>> = serde_json::from_value(read["rows"].clone()).unwrap();
        assert_eq!(rows, expected(&store, locale, true), "{locale}");
        let titles: Vec<&str> = rows.iter().skip(1).map(|r| r[8].as_str()).collect();
        assert!(titles.contains(&"'=HYPERLINK(\"http://evil.example\",\"x\")"), "{titles:?}");
        assert!(titles.contains(&"'-20% off") && titles.contains(&"'@SUM(A1)") && titles.contains(&"'+44 cmd"));
        assert!(titles.contains(&"Plain, \"quoted\"; text"), "quoting keeps the text whole");
    }
}

#[test]
fn calamine_reads_the_workbook_back_cell_for_cell() {
    let store = plan("en-GB");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    grid::export(&store, &Selection::default(), GridFormat::Xlsx, &path).unwrap();
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let range = book.worksheet_range("Plan").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 8);
    assert!(matches!(rows[1][0], Data::DateTime(_)), "{:?}", rows[1][0]);
    let expected = expected(&store, "en-GB", false);
    for (r, row) in rows.iter().enumerate().skip(1) {
        for c in 2..COLUMNS.len() {
            let text = match &row[c] {
                Data::String(s) => s.clone(),
                Data::Empty => String::new(),
                other => panic!("row {r} column {c}: {other:?}"),
            };
            assert_eq!(text, expected[r][c], "row {r} column {}", COLUMNS[c]);
        }
    }
}

#[test]
fn a_file_that_is_neither_xlsx_nor_csv_is_refused_and_nothing_is_written() {
    let e = GridFormat::from_path(std::path::Path::new("plan.pdf")).unwrap_err();
    assert!(e.to_string().contains(".xlsx or .csv"), "{e}");
    let store = plan("en-GB");
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/plan.csv");
    assert!(grid::export(&store, &Selection::default(), GridFormat::Csv, &missing).is_err());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_dutch_plans_workbook_is_in_dutch_and_its_figures_stay_figures() {
    let store = plan("nl-NL");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    grid::export(&store, &Selection::default(), GridFormat::Xlsx, &path).unwrap();
    let words = Words::for_locale("nl-NL");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let sheet = words.text("grid-export-sheet");
    let range = book.worksheet_range(&sheet).unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(header, grid::headers(&words));
    let english = grid::headers(&Words::for_locale("en-GB"));
    assert_eq!(english[0], "Date");
    assert_ne!(header[COLUMNS.len() - 4], english[COLUMNS.len() - 4], "the copy's header is Dutch");
    let statuses: Vec<String> = range.rows().skip(1).map(|r| r[6].to_string()).collect();
    let approved = words.value("item-status", &ItemStatus::Approved);
    assert_ne!(approved, "Approved");
    assert!(statuses.contains(&approved), "the approved item's status in Dutch: {statuses:?}");
    assert!(matches!(range.rows().nth(1).unwrap()[0], Data::DateTime(_)), "dates are still dates");
}
