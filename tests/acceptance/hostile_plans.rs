//! Plan files from elsewhere, made hostile from a sound backup in a few lines of SQL as
//! any SQLite tool would: triggers on insert, update and delete, a view, an extra table,
//! an extra column, an index on an expression, a generated column, a status that is not
//! a status, a date that is not a date, JSON that is not the plan's, a reference to a row
//! that is not there, a time zone or colour that is not one, a campaign ending before it
//! starts, a series rule that does not parse or never ends, a CHECK that fails every write,
//! a 2 GB sparse file, a link to the file, a log of another database beside the copy. Each
//! is refused with its reason named, the current plan keeps every byte, and an ordinary
//! change afterwards keeps every item. A sound backup restores to exactly the plan it came
//! from, and a copy with its own log with the log's changes; a plan on disk given a trigger
//! behind Almanac's back is refused on opening, and a connection never runs one.

use std::path::Path;

use almanac_core::export::plan_json;
use almanac_core::store::restore::{restore, BadRows, RestoreOptions};
use almanac_core::store::DATABASE_FILE;
use almanac_core::{Error, Store};
use almanac_tests::{add_brand_and_channel, add_item, campaign_draft, english};
use chrono::{DateTime, Utc};

const REFUSE: RestoreOptions = RestoreOptions { bad_rows: BadRows::Refuse, large: false };
const SET_ASIDE: RestoreOptions = RestoreOptions { bad_rows: BadRows::SetAside, large: false };

fn at() -> DateTime<Utc> {
    "2027-03-05T10:00:00Z".parse().unwrap()
}

/// A plan on disk with a campaign and three items; its channel.
fn plan_on_disk(dir: &Path) -> (Store, String) {
    let mut store = Store::open_dir(dir).unwrap();
    let channel = add_brand_and_channel(&mut store);
    almanac_core::ops::campaigns::create(&mut store, &campaign_draft("Cone Zone", "2027-05-01", "2027-05-31")).unwrap();
    for title in ["Bike marking", "Winter tyres", "Open day"] {
        add_item(&mut store, &channel, title, "2027-03-01");
    }
    (store, channel)
}

fn item_count(store: &Store) -> u32 {
    store.conn().query_row("SELECT count(*) FROM content_item", [], |r| r.get(0)).unwrap()
}

/// The whole plan as its JSON export has it (the export's own time aside).
fn exported(store: &Store) -> serde_json::Value {
    let mut doc = serde_json::to_value(plan_json::document(store, at()).unwrap()).unwrap();
    doc.as_object_mut().unwrap().remove("exported");
    doc
}

/// A plan on disk and a sound backup of it in a folder of its own.
fn plan_and_backup() -> (tempfile::TempDir, tempfile::TempDir, std::path::PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (store, _) = plan_on_disk(data.path());
    let good = files.path().join("good.almanac");
    store.back_up_to(&good).unwrap();
    (data, files, good)
}

/// A copy of `good` changed by `sql`, run as a plain SQLite tool would.
fn hostile(dir: &Path, good: &Path, name: &str, sql: &str) -> std::path::PathBuf {
    let path = dir.join(format!("{name}.almanac"));
    std::fs::copy(good, &path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(sql).unwrap_or_else(|e| panic!("{name}: {e}"));
    path
}

/// SQL giving the copy a series with `rule` (its template an item of the plan as the
/// journal wrote it), written past Almanac as an SQLite tool would.
fn series_with_rule(rule: &str) -> String {
    format!(
        "INSERT INTO series (id, rrule, dtstart, exceptions, template)
         SELECT '01900000-0000-7000-8000-0000000000aa', '{rule}', '2027-03-01', '[]', after
         FROM change WHERE entity = 'contentItem' AND after IS NOT NULL LIMIT 1;"
    )
}

#[test]
fn files_almanac_would_not_have_written_are_refused_and_the_plan_keeps_every_byte() {
    let (data, files, good) = plan_and_backup();
    let plan = data.path().join(DATABASE_FILE);
    let bytes = std::fs::read(&plan).unwrap();
    let wipe = "BEGIN DELETE FROM content_item; END";
    let cases = [
        (
            "triggers",
            format!(
                "CREATE TRIGGER a AFTER INSERT ON content_item {wipe}; CREATE TRIGGER b AFTER UPDATE ON campaign {wipe};
                 CREATE TRIGGER c AFTER DELETE ON change {wipe};"
            ),
            "3 triggers",
        ),
        ("a view", "CREATE VIEW everything AS SELECT * FROM content_item;".into(), "1 view"),
        ("a table", "CREATE TABLE payload (x);".into(), "1 table"),
        ("a column", "ALTER TABLE content_item ADD COLUMN extra TEXT;".into(), "the table “content_item” defined otherwise"),
        ("an expression index", "CREATE INDEX by_lower ON content_item (lower(title));".into(), "1 index"),
        (
            "a generated column",
            "ALTER TABLE campaign ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL;".into(),
            "the table “campaign” defined otherwise",
        ),
        ("a bad status", "UPDATE content_item SET status = 'hacked' WHERE rowid = 1;".into(), "hacked"),
        ("a bad date", "UPDATE campaign SET start_date = '2027-02-31', end_date = '2027-02-31';".into(), "2027-02-31"),
        ("bad JSON", "UPDATE content_item SET objective_ids = '{not json' WHERE rowid = 2;".into(), "content_item"),
        (
            "a campaign ending before it starts",
            "PRAGMA ignore_check_constraints = ON; UPDATE campaign SET start_date = '2027-06-01';".into(),
            "ends before the campaign starts",
        ),
        ("a time zone that is not one", "UPDATE settings SET time_zone = 'Mars/Olympus';".into(), "Mars/Olympus"),
        ("a colour that is not one", "UPDATE channel SET colour = 'red; }';".into(), "is not a colour"),
        ("a series rule that does not parse", series_with_rule("FREQ=SOMETIMES;COUNT=3"), "rrule"),
        ("a series that never ends", series_with_rule("FREQ=WEEKLY"), "never ends"),
        (
            "a missing row",
            "PRAGMA foreign_keys = OFF; UPDATE content_item SET channel_id = '01900000-0000-7000-8000-00000000dead' WHERE rowid = 3;"
                .into(),
            "names a channel that is not in the plan",
        ),
    ];
    // A table remade with a CHECK that fails every write.
    let key_dates: String = rusqlite::Connection::open(&good)
        .unwrap()
        .query_row("SELECT sql FROM sqlite_schema WHERE name = 'key_date'", [], |r| r.get(0))
        .unwrap();
    let remade = key_dates.replacen("CREATE TABLE key_date", "CREATE TABLE key_date_new", 1);
    let remade = format!("{}, CHECK (0))", remade.trim_end().strip_suffix(')').unwrap());
    let failing = format!(
        "{remade}; INSERT INTO key_date_new SELECT * FROM key_date; DROP TABLE key_date;
         ALTER TABLE key_date_new RENAME TO key_date;"
    );
    let cases: Vec<(&str, String, &str)> =
        cases.into_iter().chain([("a failing check", failing, "the table “key_date” defined otherwise")]).collect();
    for (name, sql, reason) in &cases {
        let file = hostile(files.path(), &good, name, sql);
        let e = restore(data.path(), &file, at(), REFUSE).expect_err(name);
        assert!(matches!(e, Error::Validation { .. }), "{name}: {e:?}");
        assert!(e.to_string().contains(reason), "{name}: {e}");
        assert_eq!(std::fs::read(&plan).unwrap(), bytes, "{name}: the plan keeps every byte");
    }
    // Far larger than any plan: refused by its size, unless that is said to be intended;
    // and then, nothing in it, refused from its first bytes without a byte copied.
    let huge = files.path().join("huge.almanac");
    std::fs::File::create(&huge).unwrap().set_len(2 << 30).unwrap();
    match restore(data.path(), &huge, at(), REFUSE).unwrap_err() {
        Error::Validation { field, message } => {
            assert_eq!(field, "large", "the one refusal a person may overrule");
            assert!(message.to_string().contains("2.1 GB, far larger than any plan"), "{message}");
        }
        e => panic!("{e:?}"),
    }
    let e = restore(data.path(), &huge, at(), RestoreOptions { large: true, ..REFUSE }).unwrap_err();
    assert!(e.to_string().contains("not an Almanac plan"), "{e}");
    assert_eq!(std::fs::read(&plan).unwrap(), bytes);
    assert_eq!(std::fs::read_dir(data.path()).unwrap().count(), 1, "only the plan: nothing staged is left");
    let link = files.path().join("link.almanac");
    std::os::unix::fs::symlink(&good, &link).unwrap();
    let e = restore(data.path(), &link, at(), REFUSE).unwrap_err();
    assert!(e.to_string().contains("a link to another file"), "{e}");
    assert_eq!(std::fs::read(&plan).unwrap(), bytes);

    // The same series with a rule that parses and ends is a plan's own: restored.
    let sound = hostile(files.path(), &good, "a sound series", &series_with_rule("FREQ=WEEKLY;COUNT=3"));
    restore(data.path(), &sound, at(), REFUSE).unwrap();

    // An ordinary change afterwards keeps every item.
    let mut store = Store::open_dir(data.path()).unwrap();
    assert!(almanac_core::ops::series::get(&store, "01900000-0000-7000-8000-0000000000aa").is_ok());
    let before = item_count(&store);
    let channel_id: String = store.conn().query_row("SELECT id FROM channel", [], |r| r.get(0)).unwrap();
    add_item(&mut store, &channel_id, "After the refusals", "2027-03-02");
    assert_eq!(item_count(&store), before + 1);
}

#[test]
fn a_sound_backup_restores_to_exactly_the_plan_it_came_from() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (mut store, channel) = plan_on_disk(data.path());
    let good = files.path().join("good.almanac");
    store.back_up_to(&good).unwrap();
    let then = exported(&store);
    add_item(&mut store, &channel, "After the backup", "2027-03-02");
    drop(store);
    restore(data.path(), &good, at(), REFUSE).unwrap();
    assert_eq!(exported(&Store::open_dir(data.path()).unwrap()), then);
}

#[test]
fn a_trigger_slipped_into_the_plan_on_disk_is_refused_on_opening_and_never_runs() {
    let data = tempfile::tempdir().unwrap();
    let (store, channel) = plan_on_disk(data.path());
    // Behind Almanac's back, through its own connection: even then nothing runs.
    store
        .conn()
        .execute_batch("CREATE TRIGGER wipe AFTER INSERT ON content_item BEGIN DELETE FROM content_item; END;")
        .unwrap();
    let mut store = store;
    add_item(&mut store, &channel, "Fourth", "2027-03-02");
    assert_eq!(item_count(&store), 4, "the trigger did not run");
    drop(store);
    match Store::open_dir(data.path()) {
        Err(Error::Damaged { message, .. }) => assert!(message.to_string().contains("1 trigger"), "{message}"),
        Err(e) => panic!("refused otherwise: {e}"),
        Ok(_) => panic!("a plan with a trigger was opened"),
    }
}

#[test]
fn one_unreadable_row_on_disk_costs_only_itself_and_plan_health_names_it() {
    use almanac_core::export::{grid, Selection};
    use almanac_core::ops::findings::{check_year, CheckCache};
    use almanac_core::ops::{health, items};
    let data = tempfile::tempdir().unwrap();
    let (store, _) = plan_on_disk(data.path());
    assert!(health::unreadable_rows(&store).unwrap().is_empty(), "a sound plan reads whole");
    drop(store);
    // A hand edit in an SQLite tool, the app closed.
    let hacked: String = {
        let conn = rusqlite::Connection::open(data.path().join(DATABASE_FILE)).unwrap();
        conn.execute("UPDATE content_item SET status = 'hacked' WHERE title = 'Winter tyres'", []).unwrap();
        conn.query_row("SELECT id FROM content_item WHERE title = 'Winter tyres'", [], |r| r.get(0)).unwrap()
    };
    let store = Store::open_dir(data.path()).unwrap();
    let window = items::WindowQuery { from: "2027-03-01".into(), to: "2027-04-01".into(), filter: Default::default() };
    let titles: Vec<String> = items::list_window(&store, &window).unwrap().into_iter().map(|e| e.item.title).collect();
    assert_eq!(titles.len(), 2, "the other items show: {titles:?}");
    assert!(!titles.contains(&"Winter tyres".to_string()));
    assert_eq!(grid::rows(&store, &Selection::default()).unwrap().len(), 2, "exports leave it out too");
    assert_eq!(plan_json::document(&store, at()).unwrap().items.len(), 2);
    check_year(&store, &mut CheckCache::default(), 2027, at()).unwrap();
    let named: Vec<String> = health::unreadable_rows(&store).unwrap().iter().map(english).collect();
    assert_eq!(named.len(), 1, "{named:?}");
    assert!(named[0].contains(&hacked) && named[0].contains("status") && named[0].contains("hacked"), "{named:?}");
}

#[test]
fn a_copy_with_bad_rows_restores_what_is_sound_when_asked_with_each_bad_row_in_a_report() {
    let (data, files, good) = plan_and_backup();
    let damaged = hostile(
        files.path(),
        &good,
        "damaged",
        "PRAGMA foreign_keys = OFF;
         UPDATE content_item SET status = 'hacked' WHERE title = 'Winter tyres';
         INSERT INTO item_objective (item_id, objective_id, position)
             SELECT id, '01900000-0000-7000-8000-00000000beef', 0 FROM content_item WHERE title = 'Open day';",
    );
    let restored = restore(data.path(), &damaged, at(), SET_ASIDE).unwrap();
    assert_eq!(restored.set_aside, 2, "the unreadable item and the link to a missing objective");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(restored.report.unwrap()).unwrap()).unwrap();
    let report = report.as_array().unwrap();
    assert!(
        report.iter().any(|r| r["table"] == "content_item"
            && r["row"]["title"] == "Winter tyres"
            && r["row"]["status"] == "hacked"),
        "{report:?}"
    );
    assert!(report.iter().any(|r| r["table"] == "item_objective"), "{report:?}");
    let store = Store::open_dir(data.path()).unwrap();
    let titles: Vec<String> = plan_json::document(&store, at()).unwrap().items.into_iter().map(|i| i.title).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(almanac_core::ops::health::unreadable_rows(&store).unwrap().is_empty(), "what was restored reads whole");
}

/// A copy of the plan on disk with its write-ahead log, as a data folder copied while
/// Almanac had it open: the last item is only in the log.
fn copy_with_log(dir: &Path, files: &Path) -> std::path::PathBuf {
    let (mut store, channel) = plan_on_disk(dir);
    store.conn().pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    store.conn().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    add_item(&mut store, &channel, "Only in the log", "2027-03-03");
    let copy = files.join("open-plan.almanac");
    for suffix in ["", "-wal"] {
        std::fs::copy(format!("{}{suffix}", dir.join(DATABASE_FILE).display()), format!("{}{suffix}", copy.display()))
            .unwrap();
    }
    assert!(std::fs::metadata(format!("{}-wal", copy.display())).unwrap().len() > 0);
    copy
}

#[test]
fn a_copy_restores_with_its_own_log_and_is_refused_with_another_databases() {
    let (data, files, _) = plan_and_backup();
    let open = tempfile::tempdir().unwrap();
    let copy = copy_with_log(open.path(), files.path());
    let log = std::path::PathBuf::from(format!("{}-wal", copy.display()));
    let own_log = std::fs::read(&log).unwrap();
    let plan = data.path().join(DATABASE_FILE);
    let bytes = std::fs::read(&plan).unwrap();

    // A log of another database, with pages of another size: refused, the plan as it was.
    let other = files.path().join("other.sqlite3");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute_batch(
        "PRAGMA page_size = 1024; PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
                        CREATE TABLE t (x); INSERT INTO t VALUES (1);",
    )
    .unwrap();
    std::fs::copy(format!("{}-wal", other.display()), &log).unwrap();
    drop(conn);
    let e = restore(data.path(), &copy, at(), REFUSE).unwrap_err();
    assert!(e.to_string().contains("belongs to another database (its pages are 1024 bytes"), "{e}");
    // A log whose header was tampered with.
    let mut tampered = own_log.clone();
    tampered[12] ^= 0xff;
    std::fs::write(&log, &tampered).unwrap();
    let e = restore(data.path(), &copy, at(), REFUSE).unwrap_err();
    assert!(e.to_string().contains("its header fails its checksum"), "{e}");
    // Not a log at all.
    std::fs::write(&log, b"not a log, but a file that happens to sit beside the copy").unwrap();
    let e = restore(data.path(), &copy, at(), REFUSE).unwrap_err();
    assert!(e.to_string().contains("it is not an SQLite log"), "{e}");
    assert_eq!(std::fs::read(&plan).unwrap(), bytes, "the plan keeps every byte");

    // Its own log: restored with the log's changes, as one file.
    std::fs::write(&log, &own_log).unwrap();
    restore(data.path(), &copy, at(), REFUSE).unwrap();
    assert_eq!(std::fs::read(&log).unwrap(), own_log, "the copy and its log are left as they were");
    let store = Store::open_dir(data.path()).unwrap();
    let titles: Vec<String> = plan_json::document(&store, at()).unwrap().items.into_iter().map(|i| i.title).collect();
    assert!(titles.contains(&"Only in the log".to_string()), "{titles:?}");
    assert_eq!(titles.len(), 4);
}
