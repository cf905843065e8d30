//! The plan of a year: read empty, saved, undone, refused out of range, and an old plan
//! backed up before its upgrade.

use almanac_core::domain::PlanYearDraft;
use almanac_core::ops::plan_year;
use almanac_core::store::{Store, DATABASE_FILE, SCHEMA_VERSION};
use almanac_core::Error;
use almanac_tests::english_of;

fn draft(year: i32) -> PlanYearDraft {
    PlanYearDraft {
        year,
        title: "Safer together".into(),
        core_messages: vec!["We are here for you".into()],
        priorities: vec!["Road safety".into(), "Recruitment".into()],
        flagship_projects: vec!["#IdentifyMe".into()],
    }
}

#[test]
fn a_year_without_a_plan_reads_as_empty_and_saving_creates_it() {
    let mut store = Store::open_in_memory().unwrap();
    let empty = plan_year::get(&store, 2027).unwrap();
    assert!(empty.id.is_nil() && empty.title.is_empty() && empty.core_messages.is_empty());
    let saved = plan_year::save(&mut store, &draft(2027)).unwrap();
    assert_eq!(plan_year::get(&store, 2027).unwrap(), saved);
    assert!(plan_year::get(&store, 2028).unwrap().id.is_nil(), "each year has its own plan");
}

#[test]
fn editing_a_plan_year_is_undoable() {
    let mut store = Store::open_in_memory().unwrap();
    plan_year::save(&mut store, &draft(2027)).unwrap();
    let mut changed = draft(2027);
    changed.title = "Closer to the community".into();
    plan_year::save(&mut store, &changed).unwrap();
    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Edit the 2027 plan"));
    assert_eq!(plan_year::get(&store, 2027).unwrap().title, "Safer together");
    store.undo().unwrap();
    assert!(plan_year::get(&store, 2027).unwrap().id.is_nil(), "undoing the first save removes the plan");
}

#[test]
fn a_year_out_of_range_is_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let err = plan_year::save(&mut store, &draft(3027)).unwrap_err();
    assert!(matches!(err, Error::Validation { field, .. } if field == "year"));
}

#[test]
fn a_version_1_plan_is_backed_up_then_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../../src-tauri/store/src/migrations/0001_initial.sql")).unwrap();
        conn.execute(
            "INSERT INTO brand (id, name, colour) VALUES ('0190f0f0-0000-7000-8000-000000000009', 'Roads', '#c25400')",
            [],
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let version: u32 = store.conn().pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    plan_year::save(&mut store, &draft(2027)).unwrap();
    assert_eq!(almanac_core::ops::brands::list(&store).unwrap()[0].name, "Roads", "the data came through");
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.contains(".schema-1.") && n.ends_with(".bak"))
        .collect();
    assert_eq!(backups.len(), 1, "one backup of the version 1 file: {backups:?}");
    let backup = rusqlite::Connection::open(dir.path().join(&backups[0])).unwrap();
    let old_version: u32 = backup.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(old_version, 1, "the backup is the file as it was");
}
