//! Settings → Plan health's repair on a plan on disk damaged behind Almanac's back (a hand
//! edit in an SQLite tool): the unreadable rows, with every row naming them, move aside in
//! one change of the journal, the plan reads whole again, nothing of it is sent to the
//! team, and undo puts every row back byte for byte (redo moves them again).

use almanac_core::domain::{ChannelDraft, Platform};
use almanac_core::ops::{channels, health};
use almanac_core::store::DATABASE_FILE;
use almanac_core::Store;
use almanac_tests::{add_brand_and_channel, add_item, english, english_of};

/// Every row of the plan's own tables, with its place, as SQLite holds it (the journal's
/// and the sync's tables aside): what "byte for byte" is compared on.
fn rows(store: &Store) -> Vec<String> {
    let conn = store.conn();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'
             AND name NOT LIKE 'change%' AND name NOT LIKE 'sync%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let sql = format!("SELECT quote(rowid), * FROM \"{table}\" ORDER BY rowid");
        let mut stmt = match conn.prepare(&sql) {
            Ok(stmt) => stmt,
            Err(_) => continue, // a table without rowid holds no row of the plan
        };
        let n = stmt.column_count();
        let found = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .unwrap();
        out.extend(found.map(Result::unwrap));
    }
    out
}

#[test]
fn unreadable_rows_move_aside_with_the_rows_naming_them_and_undo_puts_every_byte_back() {
    let data = tempfile::tempdir().unwrap();
    let (other_channel, kept) = {
        let mut store = Store::open_dir(data.path()).unwrap();
        let channel = add_brand_and_channel(&mut store);
        for title in ["Bike marking", "Winter tyres"] {
            add_item(&mut store, &channel, title, "2027-03-01");
        }
        (channel, "Open day")
    };
    // A second channel of the brand, whose item stays sound.
    let sound = {
        let mut store = Store::open_dir(data.path()).unwrap();
        let brand: String = store.conn().query_row("SELECT id FROM brand", [], |r| r.get(0)).unwrap();
        let draft = ChannelDraft {
            brand_id: brand,
            platform: Platform::Facebook,
            handle: "Westmark Police".into(),
            purpose: String::new(),
            colour: "#1877f2".into(),
            active: true,
            max_per_day: None,
            min_gap_minutes: None,
            posting_slots: vec![],
        };
        let channel = channels::create(&mut store, &draft).unwrap().id.to_string();
        add_item(&mut store, &channel, kept, "2027-03-02");
        channel
    };
    // A hand edit, the app closed: the first channel's platform is not a platform, and a
    // text column holds bytes that are not UTF-8.
    {
        let conn = rusqlite::Connection::open(data.path().join(DATABASE_FILE)).unwrap();
        conn.execute(
            "UPDATE channel SET platform = 'myspace', handle = CAST(x'ff00fe' AS TEXT) WHERE id = ?1",
            [&other_channel],
        )
        .unwrap();
    }
    let mut store = Store::open_dir(data.path()).unwrap();
    store.set_actor("Priya");
    let damaged = rows(&store);
    let named: Vec<String> = health::unreadable_rows(&store).unwrap().iter().map(english).collect();
    assert_eq!(named.len(), 1, "{named:?}");
    assert!(named[0].contains(&other_channel) && named[0].contains("myspace"), "{named:?}");

    let moved = health::repair(&mut store).unwrap();
    assert_eq!(moved, 3, "the channel and the two items naming it");
    assert!(health::unreadable_rows(&store).unwrap().is_empty(), "the plan reads whole");
    let titles: Vec<String> = store
        .conn()
        .prepare("SELECT title FROM content_item")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(titles, [kept]);
    let local: u32 = store
        .conn()
        .query_row("SELECT count(*) FROM change WHERE entity = 'setAside' AND hlc IS NULL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(local, 3, "journaled, without a team clock: never sent to the team");
    let history = store.history().unwrap();
    assert_eq!(english_of(history.undo_label.clone()).as_deref(), Some("Set aside the rows Almanac could not read"));

    assert!(store.undo().unwrap().is_some());
    assert_eq!(rows(&store), damaged, "undo puts every row back as it stood, byte for byte");
    assert_eq!(health::unreadable_rows(&store).unwrap().len(), 1);
    assert!(store.redo().unwrap().is_some());
    assert!(health::unreadable_rows(&store).unwrap().is_empty());
    // The plan works on: the sound channel takes a new item.
    add_item(&mut store, &sound, "After the repair", "2027-03-04");
    drop(store);
    let store = Store::open_dir(data.path()).unwrap();
    assert!(health::unreadable_rows(&store).unwrap().is_empty(), "and opens whole again");
}

#[test]
fn an_undo_that_needs_an_unreadable_row_is_refused_with_the_way_out_named() {
    let data = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(data.path()).unwrap();
    store.set_actor("Priya");
    let channel = add_brand_and_channel(&mut store);
    let id = add_item(&mut store, &channel, "Winter tyres", "2027-03-01");
    store.conn().execute("UPDATE content_item SET status = 'hacked' WHERE id = ?1", [&id]).unwrap();
    let before = rows(&store);
    let e = store.undo().unwrap_err();
    assert!(e.to_string().contains("Plan health"), "{e}");
    assert_eq!(rows(&store), before, "nothing changed");
}
