//! The journal: every write with its before and after, undo and redo, and two writers on
//! one plan file.

use almanac_core::export::words::Words;
use almanac_core::ops::items::{self, ItemFilter};
use almanac_core::store::Store;
use almanac_core::Sentence;
use almanac_tests::{add_item, english, english_of, item_draft, on, plan_with_channel};

fn date_of(store: &Store, id: &str) -> Option<String> {
    items::get(store, id).unwrap().local_start
}

#[test]
fn every_write_appends_a_change_with_before_and_after() {
    let (mut store, channel) = plan_with_channel();
    let item = items::create(&mut store, &item_draft(&channel, "Post", on("2027-01-05"))).unwrap();
    let id = item.item.id.to_string();
    almanac_tests::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
    let (entity, before, after): (String, String, String) = store
        .conn()
        .query_row("SELECT entity, before, after FROM change ORDER BY seq DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(entity, "contentItem");
    assert!(before.contains("2027-01-05") && after.contains("2027-01-06"), "{before} → {after}");
}

#[test]
fn undo_and_redo_walk_the_history_in_order() {
    let (mut store, channel) = plan_with_channel();
    let id = add_item(&mut store, &channel, "Post", "2027-01-05");
    almanac_tests::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
    almanac_tests::move_to(&mut store, &id, &on("2027-01-07")).unwrap();
    assert_eq!(english_of(store.history().unwrap().undo_label).as_deref(), Some("Move “Post”"));

    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Move “Post”"));
    assert_eq!(date_of(&store, &id).as_deref(), Some("2027-01-06"));
    store.undo().unwrap();
    assert_eq!(date_of(&store, &id).as_deref(), Some("2027-01-05"));
    store.redo().unwrap();
    assert_eq!(date_of(&store, &id).as_deref(), Some("2027-01-06"));
    store.redo().unwrap();
    assert_eq!(date_of(&store, &id).as_deref(), Some("2027-01-07"));
    assert_eq!(store.redo().unwrap(), None, "nothing left to redo");
}

#[test]
fn a_new_action_after_undo_ends_the_redo_stack() {
    let (mut store, channel) = plan_with_channel();
    let id = add_item(&mut store, &channel, "Post", "2027-01-05");
    almanac_tests::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
    store.undo().unwrap();
    almanac_tests::move_to(&mut store, &id, &on("2027-02-01")).unwrap();
    assert_eq!(store.history().unwrap().redo_label, None);
    assert_eq!(store.redo().unwrap(), None);
    assert_eq!(date_of(&store, &id).as_deref(), Some("2027-02-01"));
}

#[test]
fn undo_of_a_create_deletes_and_redo_brings_it_back() {
    let (mut store, channel) = plan_with_channel();
    let id = items::create(&mut store, &item_draft(&channel, "Idea", almanac_core::domain::When::Unscheduled))
        .unwrap()
        .item
        .id;
    store.undo().unwrap();
    assert!(items::list_backlog(&store, &ItemFilter::default()).unwrap().is_empty());
    store.redo().unwrap();
    assert_eq!(items::list_backlog(&store, &ItemFilter::default()).unwrap()[0].item.id, id);
}

#[test]
fn the_history_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = Store::open_dir(dir.path()).unwrap();
        let brand = almanac_core::ops::brands::create(
            &mut store,
            &almanac_core::domain::BrandDraft {
                name: "Westmark".into(),
                purpose: String::new(),
                colour: "#123456".into(),
                reapproval: Default::default(),
            },
        )
        .unwrap();
        let channel = almanac_core::ops::channels::create(
            &mut store,
            &almanac_core::domain::ChannelDraft {
                brand_id: brand.id.to_string(),
                platform: almanac_core::domain::Platform::X,
                handle: "@Westmark".into(),
                purpose: String::new(),
                colour: "#000000".into(),
                active: true,
                max_per_day: None,
                min_gap_minutes: None,
                posting_slots: vec![],
            },
        )
        .unwrap();
        let id = items::create(&mut store, &item_draft(&channel.id.to_string(), "Post", on("2027-01-05")))
            .unwrap()
            .item
            .id
            .to_string();
        almanac_tests::move_to(&mut store, &id, &on("2027-01-09")).unwrap();
        id
    };
    let mut store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Move “Post”"));
    assert_eq!(date_of(&store, &id).as_deref(), Some("2027-01-05"));
}

#[test]
fn the_history_names_a_change_in_each_readers_language_and_an_older_entry_as_it_was_written() {
    let (mut store, channel) = plan_with_channel();
    let id = add_item(&mut store, &channel, "Post", "2027-01-05");
    almanac_tests::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
    let moved = store.history().unwrap().undo_label.unwrap();
    assert_eq!(english(&moved), "Move “Post”");
    assert_eq!(moved.in_words(&Words::for_locale("nl-NL")), "“Post” verplaatsen");
    assert_eq!(moved.in_words(&Words::for_locale("fr-FR")), "Déplacer «\u{202f}Post\u{202f}»");
    // Undo's own entry holds the move, each put into the reader's words.
    store.undo().unwrap();
    let undo: String =
        store.conn().query_row("SELECT label FROM change_batch ORDER BY seq DESC LIMIT 1", [], |r| r.get(0)).unwrap();
    assert_eq!(Sentence::from_stored(&undo).in_words(&Words::for_locale("es-ES")), "Deshacer: Mover «Post»");
    // An entry written before names were kept as data (an older version, or a colleague's
    // laptop that has not updated) is offered as it was written.
    store.redo().unwrap();
    store
        .conn()
        .execute("UPDATE change_batch SET label = 'Move “Post”' WHERE seq = (SELECT max(seq) FROM change_batch WHERE kind = 'do')", [])
        .unwrap();
    let old = store.history().unwrap().undo_label.unwrap();
    assert_eq!(old.in_words(&Words::for_locale("nl-NL")), "Move “Post”");
}

#[test]
fn undo_itself_is_journaled_for_the_audit_trail() {
    let (mut store, channel) = plan_with_channel();
    let id = add_item(&mut store, &channel, "Post", "2027-01-05");
    almanac_tests::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
    store.undo().unwrap();
    let label: String =
        store.conn().query_row("SELECT label FROM change_batch ORDER BY seq DESC LIMIT 1", [], |r| r.get(0)).unwrap();
    assert_eq!(english(&Sentence::from_stored(&label)), "Undo: Move “Post”");
    let changes: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM change c JOIN change_batch b ON b.seq = c.batch_seq WHERE b.kind = 'undo'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(changes, 1);
}

/// The app and the command line on one plan file: two stores, two connections.
fn two_writers() -> (tempfile::TempDir, Store, Store, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = Store::open_dir(dir.path()).unwrap();
    let channel = almanac_tests::add_brand_and_channel(&mut app);
    let id = add_item(&mut app, &channel, "Post", "2027-01-05");
    let mut cli = Store::open_dir(dir.path()).unwrap();
    cli.set_actor(format!("{} (command line)", app.actor()));
    (dir, app, cli, id)
}

#[test]
fn a_write_based_on_a_stale_read_is_refused_and_the_other_writers_change_kept() {
    let (_dir, mut app, mut cli, id) = two_writers();
    let seen = items::get(&app, &id).unwrap().item;
    almanac_tests::move_to(&mut cli, &id, &on("2027-02-01")).unwrap();

    let retitled = almanac_core::domain::ContentItem { title: "Post, retitled".into(), ..seen.clone() };
    let err = app.write(&Sentence::titled("history-edit-item", "Post"), |b| b.update(&seen, &retitled)).unwrap_err();
    assert!(
        matches!(&err, almanac_core::Error::Conflict { message } if message.to_string().contains("changed elsewhere")),
        "{err:?}"
    );
    let now = items::get(&app, &id).unwrap();
    assert_eq!(now.local_start.as_deref(), Some("2027-02-01"), "the command line's move stands");
    assert_eq!(now.item.title, "Post");
    let err = app.write(&Sentence::titled("history-delete-item", "Post"), |b| b.delete(&seen)).unwrap_err();
    assert!(matches!(err, almanac_core::Error::Conflict { .. }), "a stale delete is refused too: {err:?}");
}

#[test]
fn undo_refuses_when_someone_else_changed_the_row_since() {
    let (_dir, mut app, mut cli, id) = two_writers();
    almanac_tests::move_to(&mut app, &id, &on("2027-01-09")).unwrap();
    let mut draft = item_draft("", "Post", on("2027-01-09"));
    let current = items::get(&cli, &id).unwrap();
    draft.channel_id = current.item.channel_id.to_string();
    draft.title = "Post (from the command line)".into();
    items::update(&mut cli, &id, &draft).unwrap();
    let journal_rows =
        |s: &Store| -> i64 { s.conn().query_row("SELECT count(*) FROM change", [], |r| r.get(0)).unwrap() };
    let before = journal_rows(&app);

    let err = app.undo().unwrap_err();
    assert!(
        matches!(&err, almanac_core::Error::Conflict { message } if message.to_string().contains("changed elsewhere")),
        "{err:?}"
    );
    assert_eq!(journal_rows(&app), before, "a refused undo writes nothing");
    let now = items::get(&app, &id).unwrap();
    assert_eq!(
        (now.item.title.as_str(), now.local_start.as_deref()),
        ("Post (from the command line)", Some("2027-01-09"))
    );
    // Undo of the command line's own change still works, and then the app's.
    assert!(cli.undo().unwrap().is_some());
    assert_eq!(english_of(app.undo().unwrap()).as_deref(), Some("Move “Post”"));
    assert_eq!(items::get(&app, &id).unwrap().local_start.as_deref(), Some("2027-01-05"));
}
