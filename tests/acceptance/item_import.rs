//! Content items imported from a planning grid: the spreadsheet export of a week of the
//! agency plan (XLSX, and CSV in two locales) imports back into the plan it came from
//! row for row; a second import adds nothing; a planning grid with its own headers, in
//! ODS, is mapped and matched by name; bad rows are listed with their line and reason and
//! nothing is written; the import is one undoable change; a dry run writes nothing.

use std::path::Path;

use almanac_core::domain::ItemStatus;
use almanac_core::error::Error;
use almanac_core::export::grid::{self, GridFormat, GridRow};
use almanac_core::export::words::Words;
use almanac_core::export::Selection;
use almanac_core::import::items::{self, ItemField};
use almanac_core::ops::{items as item_ops, settings};
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::Store;
use almanac_tests::spreadsheets::{ods, ods_row};
use almanac_tests::{english, english_of, set_locale};

fn week() -> Selection {
    Selection { from: Some("2027-03-08".into()), to: Some("2027-03-14".into()), ..Selection::default() }
}

fn agency(locale: &str) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    sample::load(&mut store, SampleOptions { profile: Profile::Agency, seed: 1, year: 2027, today: fixed_today(2027) })
        .unwrap();
    set_locale(&mut store, locale);
    store
}

/// Deletes the week's items, as if the plan had never had them.
fn empty_the_week(store: &mut Store) {
    let tz = settings::get(store).unwrap().tz();
    for item in week().items(store, tz).unwrap() {
        item_ops::delete(store, &item.id.to_string()).unwrap();
    }
    assert!(grid::rows(store, &week()).unwrap().is_empty());
}

fn sorted(mut rows: Vec<GridRow>) -> Vec<(String, Option<String>, Vec<String>)> {
    let mut out: Vec<_> = rows
        .drain(..)
        .map(|r| (r.date.to_string(), r.time.map(|t| t.format("%H:%M").to_string()), r.text.to_vec()))
        .collect();
    out.sort();
    out
}

/// The rows as an import brings them back: an approved, scheduled or published item in review,
/// since only an approver approves (the statuses named in the plan's language, as the rows have them).
fn for_review(mut rows: Vec<GridRow>, words: &Words) -> Vec<GridRow> {
    let approvers =
        [ItemStatus::Approved, ItemStatus::Scheduled, ItemStatus::Published].map(|s| words.value("item-status", &s));
    for row in &mut rows {
        if approvers.contains(&row.text[4]) {
            row.text[4] = words.value("item-status", &ItemStatus::InReview);
        }
    }
    rows
}

#[test]
fn the_spreadsheet_export_imports_back_row_for_row_and_a_second_time_adds_nothing() {
    // In every language Almanac prints in: a Dutch or Arabic team's export comes back too.
    for (locale, file) in [
        ("en-GB", "week.xlsx"),
        ("en-GB", "week.csv"),
        ("fr-FR", "week.csv"),
        ("en-US", "week.csv"),
        ("nl-NL", "week.xlsx"),
        ("es-ES", "week.csv"),
        ("ar-EG", "week.xlsx"),
    ] {
        let words = Words::for_locale(locale);
        let mut store = agency(locale);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(file);
        let format = GridFormat::from_path(&path).unwrap();
        grid::export(&store, &week(), format, &path).unwrap();
        let before = grid::rows(&store, &week()).unwrap();
        assert!(before.len() > 100, "a busy week: {}", before.len());
        empty_the_week(&mut store);

        let preview = items::import(&mut store, &path, None, true).unwrap();
        let unmapped: Vec<&String> =
            preview.headers.iter().zip(&preview.mapping.columns).filter(|(_, f)| f.is_none()).map(|(h, _)| h).collect();
        let hashtags = words.text("grid-export-column-hashtags");
        assert_eq!(unmapped, [&hashtags], "{locale} {file}: every column but the campaign's hashtags is read");
        assert_eq!((preview.valid, preview.invalid, preview.skipped), (before.len() as u32, 0, 0), "{locale} {file}");
        let added = items::import(&mut store, &path, Some(&preview.mapping), false).map(|p| p.valid).unwrap();
        assert_eq!(added, before.len() as u32);
        assert_eq!(
            sorted(grid::rows(&store, &week()).unwrap()),
            sorted(for_review(before.clone(), &words)),
            "{locale} {file}: the same rows, neutralised text restored, what was approved back for review"
        );

        let again = items::import(&mut store, &path, None, true).unwrap();
        assert_eq!((again.valid, again.skipped), (0, before.len() as u32), "every row is in the plan already");
        let version = store.version().unwrap();
        let err = items::import(&mut store, &path, Some(&again.mapping), false).map(|p| p.valid).unwrap_err();
        assert!(err.to_string().contains("in the plan already"), "{err}");
        assert_eq!(store.version().unwrap(), version, "nothing written");
    }
}

fn write_ods(dir: &Path, rows: &[&[&str]]) -> std::path::PathBuf {
    let path = dir.join("grid.ods");
    let xml: String = rows.iter().map(|r| ods_row(r)).collect();
    std::fs::write(&path, ods(&xml)).unwrap();
    path
}

#[test]
fn a_teams_own_grid_is_mapped_from_its_headers_matched_by_name_and_undone_in_one_step() {
    let mut store = agency("en-US");
    let dir = tempfile::tempdir().unwrap();
    let path = write_ods(
        dir.path(),
        &[
            &["Publish date", "Account", "Caption", "Stage", "Type", "Theme", "Remarks"],
            &["12/24/2027 5:30 PM", "Instagram @westmarkpolice", "Stay safe tonight 🎄", "approved", "reel", "", "x"],
            &["12/26/2027", "instagram: @westmarkpolice", "Boxing Day roads", "In review", "", "", ""],
            &["", "INSTAGRAM @WESTMARKPOLICE", "An idea for spring", "idea", "", "", ""],
        ],
    );
    let preview = items::import(&mut store, &path, None, true).unwrap();
    use ItemField::*;
    assert_eq!(
        preview.mapping.columns,
        vec![Some(Date), Some(Channel), Some(Copy), Some(Status), Some(Format), Some(Campaign), None]
    );
    assert_eq!((preview.valid, preview.invalid), (3, 0), "{:?}", preview.rows);
    assert_eq!(
        read(&preview.rows[0].cells),
        [
            "2027-12-24",
            "17:30",
            "Instagram @westmarkpolice",
            "Stay safe tonight 🎄",
            "In review (the file says Approved: an approver approves in Approvals)"
        ],
        "an import approves nothing"
    );
    assert_eq!(read(&preview.rows[2].cells)[..2], ["Backlog", ""], "the day as read, not as written");
    assert_eq!(preview.rows[2].cells[0].id, "imports-items-backlog", "the catalogue's word, in the reader's language");

    let version = store.version().unwrap();
    assert_eq!(
        items::import(&mut store, &path, Some(&preview.mapping), true).map(|p| p.valid).unwrap(),
        3,
        "a dry run counts"
    );
    assert_eq!(store.version().unwrap(), version, "and writes nothing");

    assert_eq!(items::import(&mut store, &path, Some(&preview.mapping), false).map(|p| p.valid).unwrap(), 3);
    let christmas =
        Selection { from: Some("2027-12-24".into()), to: Some("2027-12-26".into()), ..Selection::default() };
    let rows = grid::rows(&store, &christmas).unwrap();
    let eve = rows.iter().find(|r| r.text[6] == "Stay safe tonight 🎄").expect("imported");
    assert_eq!(eve.time.map(|t| t.to_string()), Some("17:30:00".into()), "12-hour time on the plan's clock");
    assert_eq!((eve.text[3].as_str(), eve.text[4].as_str()), ("Reel", "In review"));
    let boxing = rows.iter().find(|r| r.text[6] == "Boxing Day roads").expect("imported");
    assert_eq!(
        (boxing.date.to_string(), boxing.time, boxing.text[4].as_str()),
        ("2027-12-26".into(), None, "In review")
    );
    let backlog = item_ops::list_backlog(&store, &Default::default()).unwrap();
    assert!(backlog.iter().any(|e| e.item.title == "An idea for spring"), "no date: the ideas backlog");

    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Import 3 items from grid.ods"));
    assert!(!grid::rows(&store, &christmas).unwrap().iter().any(|r| r.text[6] == "Boxing Day roads"));
}

#[test]
fn bad_rows_are_listed_with_line_and_reason_and_nothing_is_imported() {
    let mut store = agency("en-GB");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("grid.csv");
    std::fs::write(
        &path,
        "Date,Time,Channel,Campaign,Status,Owner,Title,Objectives\n\
         2027-05-03,09:00,Instagram @westmarkpolice,,,,Good row,\n\
         2027-05-03,09:00,Myspace @nobody,,,,Unknown channel,\n\
         31/02/2027,,Instagram @westmarkpolice,,,,Bad date,\n\
         2027-05-03,25:00,Instagram @westmarkpolice,,,,Bad time,\n\
         ,10:00,Instagram @westmarkpolice,,,,Time without day,\n\
         2027-05-03,,Instagram @westmarkpolice,No such campaign,,,Bad campaign,\n\
         2027-05-03,,Instagram @westmarkpolice,,Maybe,,Bad status,\n\
         2027-05-03,,Instagram @westmarkpolice,,,Nobody Atall,Bad owner,\n\
         2027-05-03,,Instagram @westmarkpolice,,,,Bad objective,World peace\n\
         2027-05-03,,X,,,,Ambiguous channel,\n\
         2027-05-03,,Instagram @westmarkpolice,,,,,\n",
    )
    .unwrap();
    let preview = items::import(&mut store, &path, None, true).unwrap();
    let errors: Vec<(u32, String)> =
        preview.rows.iter().filter_map(|r| r.error.as_ref().map(|e| (r.line, english(e)))).collect();
    let expect = [
        (3, "no channel named “Myspace @nobody”"),
        (4, "“31/02/2027” is not a date"),
        (5, "“25:00” is not a time"),
        (6, "a time without a date"),
        (7, "no campaign named “No such campaign”"),
        (8, "“Maybe” is not a status"),
        (9, "no member named “Nobody Atall”"),
        (10, "no objective named “World peace”"),
        (11, "“X” names"),
        (12, "no title and no copy"),
    ];
    assert_eq!(errors.len(), expect.len(), "{errors:?}");
    for ((line, error), (want_line, words)) in errors.iter().zip(expect) {
        assert_eq!(*line, want_line);
        assert!(error.contains(words), "line {line}: {error} should say {words}");
    }
    assert_eq!(preview.valid, 1);
    let version = store.version().unwrap();
    let err = items::import(&mut store, &path, Some(&preview.mapping), false).map(|p| p.valid).unwrap_err();
    assert!(matches!(&err, Error::Validation { field, .. } if field == "rows"), "{err}");
    assert!(err.to_string().contains("10 row(s) have errors") && err.to_string().contains("line 3"), "{err}");
    assert_eq!(store.version().unwrap(), version, "nothing written");

    let mut no_channel = preview.mapping.clone();
    no_channel.columns[2] = None;
    let err = items::import(&mut store, &path, Some(&no_channel), true).unwrap_err();
    assert!(err.to_string().contains("no column is mapped to Channel"), "{err}");
}

/// A preview's cells as British English reads them.
fn read(cells: &[almanac_core::Sentence]) -> Vec<String> {
    cells.iter().map(ToString::to_string).collect()
}
