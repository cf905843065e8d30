use almanac_core::domain::{BrandDraft, SettingsDraft, WeekStart};
use almanac_core::ops::{brands, settings};
use almanac_core::store::{Store, DATABASE_FILE, SCHEMA_VERSION};
use almanac_core::Error;

fn roads() -> BrandDraft {
    BrandDraft { name: "Westmark Roads".into(), purpose: String::new(), colour: "#c25400".into() }
}

#[test]
fn a_plan_survives_closing_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = Store::open_dir(dir.path()).unwrap();
        brands::create(&mut store, &roads()).unwrap().id
    };
    let store = Store::open_dir(dir.path()).unwrap();
    let ids: Vec<_> = brands::list(&store).unwrap().iter().map(|b| b.id).collect();
    assert_eq!(ids, vec![id], "the brand written before closing is there after");
    assert!(dir.path().join(DATABASE_FILE).exists());
}

#[test]
fn the_store_uses_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    let mode: String = store.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    let fk: i64 = store.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(fk, 1);
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    }
    let err = Store::open(&path).err().expect("a newer schema must be refused");
    assert_eq!(err.code(), "conflict");
    assert!(err.to_string().contains("newer version of Almanac"), "{err}");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION + 1);
    let tables: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 0, "nothing was created in the refused file");
}

#[test]
fn settings_refuse_an_unknown_time_zone_and_change_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let before = settings::get(&store).unwrap();
    let draft = SettingsDraft {
        organisation: "Westmark".into(),
        time_zone: "Europe/Atlantis".into(),
        week_start: WeekStart::Monday,
        locale: "en-GB".into(),
        year_start_month: 1,
        confirm_days: 7,
    };
    let err = settings::update(&mut store, &draft).unwrap_err();
    assert!(matches!(&err, Error::Validation { field, .. } if field == "timeZone"), "{err:?}");
    assert_eq!(settings::get(&store).unwrap(), before);
    assert_eq!(store.history().unwrap().undo_label, None, "a refused change leaves no journal entry");
}

#[test]
fn a_committed_change_survives_a_writer_that_never_closes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(dir.path()).unwrap();
    let brand = brands::create(&mut store, &roads()).unwrap();
    // Never closed, as after a kill: no checkpoint, no clean shutdown of the WAL.
    std::mem::forget(store);
    let reopened = Store::open_dir(dir.path()).unwrap();
    assert_eq!(brands::list(&reopened).unwrap()[0].id, brand.id);
}

#[test]
fn deleting_a_brand_that_owns_channels_is_a_conflict() {
    let (mut store, _channel) = almanac_tests::plan_with_channel();
    let brand = brands::list(&store).unwrap().remove(0);
    let err = brands::delete(&mut store, &brand.id.to_string()).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert_eq!(brands::list(&store).unwrap().len(), 1);
}
