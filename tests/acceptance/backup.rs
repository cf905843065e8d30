//! Backups of a plan on disk: a copy taken while another connection has the plan open,
//! restored in the plan's place with the plan as it was snapshotted first; files that are
//! not sound Almanac plans (random bytes, another SQLite database, a newer schema, a copy
//! cut short) refused with every byte of the plan kept; the daily snapshot taken once a
//! day and the snapshots thinned to 7 daily and 4 weekly; a snapshot before an import.

use std::path::Path;

use almanac_core::import::partners;
use almanac_core::store::backup::{self, Occasion, SNAPSHOT_DIR};
use almanac_core::store::restore::{restore, RestoreOptions};
use almanac_core::store::DATABASE_FILE;
use almanac_core::{Error, Store};
use almanac_tests::{add_brand_and_channel, add_item};
use chrono::{DateTime, Duration, Utc};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// A plan on disk with a channel and `n` items.
fn plan_on_disk(dir: &Path, n: usize) -> Store {
    let mut store = Store::open_dir(dir).unwrap();
    let channel = add_brand_and_channel(&mut store);
    for i in 0..n {
        add_item(&mut store, &channel, &format!("Item {i}"), "2027-03-01");
    }
    store
}

fn items(path: &Path) -> u32 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT count(*) FROM content_item", [], |r| r.get(0)).unwrap()
}

fn snapshot_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join(SNAPSHOT_DIR))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_copy_taken_while_the_plan_is_open_restores_in_its_place_after_a_snapshot() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut app = plan_on_disk(data.path(), 3);
    // The command line backs up while the app holds the plan open.
    let cli = Store::open_existing_dir(data.path()).unwrap();
    let copy = out.path().join("plan.almanac");
    cli.back_up_to(&copy).unwrap();
    assert_eq!(items(&copy), 3);
    backup::check_integrity(&copy).unwrap();
    assert!(!Path::new(&format!("{}-wal", copy.display())).exists(), "the copy is one file");

    // Later changes, then the copy goes back in place.
    let channel = add_brand_and_channel(&mut app);
    add_item(&mut app, &channel, "After the backup", "2027-03-02");
    drop((app, cli));
    let restored = restore(data.path(), &copy, at("2027-03-05T10:00:00Z"), RestoreOptions::default()).unwrap();
    let before = std::path::PathBuf::from(restored.before.expect("a snapshot"));
    assert_eq!(items(&data.path().join(DATABASE_FILE)), 3, "the plan is the copy");
    assert_eq!(items(&before), 4, "the plan as it was is in the snapshot");
    assert!(before.starts_with(data.path().join(SNAPSHOT_DIR)));
    assert!(Store::open_existing_dir(data.path()).is_ok(), "the restored plan opens");
}

#[test]
fn a_file_that_is_not_a_sound_almanac_plan_is_refused_and_the_plan_is_kept_byte_for_byte() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let store = plan_on_disk(data.path(), 2);
    let good = files.path().join("good.almanac");
    store.back_up_to(&good).unwrap();
    drop(store);
    let plan = data.path().join(DATABASE_FILE);
    let bytes = std::fs::read(&plan).unwrap();

    let random = files.path().join("random.almanac");
    std::fs::write(&random, (0..9000u32).map(|i| (i * 7919 % 251) as u8).collect::<Vec<_>>()).unwrap();
    let other = files.path().join("other.sqlite3");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE notes (x); INSERT INTO notes VALUES (1);")
        .unwrap();
    let newer = files.path().join("newer.almanac");
    std::fs::copy(&good, &newer).unwrap();
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let cut = files.path().join("cut.almanac");
    let whole = std::fs::read(&good).unwrap();
    std::fs::write(&cut, &whole[..whole.len() / 2]).unwrap();
    let missing = files.path().join("missing.almanac");

    for (file, expected) in [
        (&random, "not an Almanac plan"),
        (&other, "not an Almanac plan"),
        (&newer, "newer version"),
        (&cut, "cut short"),
        (&missing, "is not a file"),
    ] {
        let e = restore(data.path(), file, at("2027-03-05T10:00:00Z"), RestoreOptions::default()).unwrap_err();
        assert!(e.to_string().contains(expected), "{}: {e}", file.display());
        if file == &newer {
            assert!(matches!(e, Error::Conflict { .. }), "a newer plan is a conflict: update Almanac");
        }
        assert_eq!(std::fs::read(&plan).unwrap(), bytes, "{}: the plan is untouched", file.display());
    }
    assert!(snapshot_files(data.path()).is_empty(), "a refused restore takes no snapshot");
}

#[test]
fn the_first_start_of_a_day_snapshots_and_old_snapshots_thin_to_seven_days_and_four_weeks() {
    let data = tempfile::tempdir().unwrap();
    let store = plan_on_disk(data.path(), 1);
    let day = at("2027-03-01T08:00:00Z");
    assert!(backup::snapshot_daily(&store, day).unwrap().is_some());
    assert!(backup::snapshot_daily(&store, day + Duration::hours(6)).unwrap().is_none(), "once a day");
    for d in 1..60 {
        backup::snapshot_daily(&store, day + Duration::days(d)).unwrap();
    }
    let names = snapshot_files(data.path());
    assert_eq!(names.len(), 7 + 4, "{names:#?}");
    assert_eq!(names.last().unwrap(), "almanac-20270429T080000-daily.sqlite3");
    for name in &names {
        backup::check_integrity(&data.path().join(SNAPSHOT_DIR).join(name)).unwrap();
    }
    assert!(
        backup::snapshot(&Store::open_in_memory().unwrap(), Occasion::Daily, day).unwrap().is_none(),
        "no file, no snapshot"
    );
}

#[test]
fn an_import_snapshots_the_plan_before_it_changes_it() {
    let data = tempfile::tempdir().unwrap();
    let mut store = plan_on_disk(data.path(), 1);
    let csv = data.path().join("partners.csv");
    std::fs::write(&csv, "Name,Time zone\nCity of Westmark,Europe/London\n").unwrap();
    let preview = partners::import(&mut store, &csv, None, true).unwrap();
    partners::import(&mut store, &csv, Some(&preview.mapping), false).map(|p| p.valid).unwrap();
    let names = snapshot_files(data.path());
    assert_eq!(names.len(), 1);
    assert!(names[0].ends_with("-before-import.sqlite3"), "{names:?}");
    let snapshot = data.path().join(SNAPSHOT_DIR).join(&names[0]);
    let partners_then: u32 = rusqlite::Connection::open(&snapshot)
        .unwrap()
        .query_row("SELECT count(*) FROM partner", [], |r| r.get(0))
        .unwrap();
    assert_eq!(partners_then, 0, "the snapshot is the plan before the import");
}
