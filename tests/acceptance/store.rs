//! The store: WAL and durability settings, reopening, refusing newer and damaged plans
//! without touching them, and constraint conflicts.

use almanac_core::domain::{BrandDraft, SettingsDraft, WeekStart};
use almanac_core::ops::{brands, settings};
use almanac_core::store::{Store, DATABASE_FILE, SCHEMA_VERSION};
use almanac_core::Error;

fn roads() -> BrandDraft {
    BrandDraft {
        name: "Westmark Roads".into(),
        purpose: String::new(),
        colour: "#c25400".into(),
        reapproval: Default::default(),
    }
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
fn the_store_uses_wal_foreign_keys_and_a_sync_at_every_commit() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    let mode: String = store.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    let fk: i64 = store.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    let synchronous: i64 = store.conn().query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(fk, 1);
    assert_eq!(synchronous, 2, "FULL: an acknowledged change survives a power cut");
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("a newer schema must be refused");
    assert_eq!(err.code(), "conflict");
    assert!(err.to_string().contains("newer version of Almanac"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "not a byte changed");
    assert_eq!(files_in(dir.path()), vec![DATABASE_FILE.to_string()], "no -wal or -shm appeared");
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

fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// Opening `path` must fail as damaged, name the backups, and leave the folder as it was.
fn refused_as_damaged(path: &std::path::Path, why: &str) -> Vec<String> {
    let dir = path.parent().unwrap();
    let (bytes, files) = (std::fs::read(path).unwrap(), files_in(dir));
    match Store::open(path).err() {
        Some(almanac_core::Error::Damaged { message, backups }) => {
            assert!(message.to_string().contains(why) && message.to_string().contains("left as it is"), "{message}");
            assert_eq!(std::fs::read(path).unwrap(), bytes, "not a byte changed");
            assert_eq!(files_in(dir), files, "no -wal or -shm appeared");
            backups
        }
        other => panic!("expected a damaged-plan error, got {other:?}"),
    }
}

#[test]
fn random_bytes_or_a_plan_cut_short_are_refused_as_damaged_untouched_with_the_backups_beside_them() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("Team plans 100% #1?");
    std::fs::create_dir(&dir).unwrap();
    let path = dir.join(DATABASE_FILE);
    let noise: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&path, &noise).unwrap();
    assert!(refused_as_damaged(&path, "not an SQLite database").is_empty());

    std::fs::remove_file(&path).unwrap();
    {
        let mut store = Store::open(&path).unwrap();
        let channel = almanac_tests::add_brand_and_channel(&mut store);
        for day in 1..=28 {
            almanac_tests::add_item(
                &mut store,
                &channel,
                &format!("Post {day} {}", "x".repeat(250)),
                &format!("2027-02-{day:02}"),
            );
        }
    }
    let backup = dir.join(format!("{DATABASE_FILE}.schema-3.20260101T000000.bak"));
    std::fs::copy(&path, &backup).unwrap();
    let whole = std::fs::read(&path).unwrap();
    std::fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let backups = refused_as_damaged(&path, "cut short");
    assert_eq!(backups, vec![backup.display().to_string()], "the backup beside it is offered");

    // A header that is intact but a schema page of noise is damaged too.
    let mut scrambled = whole.clone();
    scrambled[100..4096].copy_from_slice(&noise[100..4096]);
    std::fs::write(&path, &scrambled).unwrap();
    refused_as_damaged(&path, "cannot be opened");
}
