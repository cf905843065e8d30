use almanac_core::ops::items::{self, ItemFilter};
use almanac_core::store::Store;
use almanac_tests::{add_item, item_draft, on, plan_with_channel};

fn date_of(store: &Store, id: &str) -> Option<String> {
    items::get(store, id).unwrap().local_start
}

#[test]
fn every_write_appends_a_change_with_before_and_after() {
    let (mut store, channel) = plan_with_channel();
    let item = items::create(&mut store, &item_draft(&channel, "Post", on("2027-01-05"))).unwrap();
    let id = item.item.id.to_string();
    items::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
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
    items::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
    items::move_to(&mut store, &id, &on("2027-01-07")).unwrap();
    assert_eq!(store.history().unwrap().undo_label.as_deref(), Some("Move “Post”"));

    assert_eq!(store.undo().unwrap().as_deref(), Some("Move “Post”"));
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
    items::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
    store.undo().unwrap();
    items::move_to(&mut store, &id, &on("2027-02-01")).unwrap();
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
        items::move_to(&mut store, &id, &on("2027-01-09")).unwrap();
        id
    };
    let mut store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.undo().unwrap().as_deref(), Some("Move “Post”"));
    assert_eq!(date_of(&store, &id).as_deref(), Some("2027-01-05"));
}

#[test]
fn undo_itself_is_journaled_for_the_audit_trail() {
    let (mut store, channel) = plan_with_channel();
    let id = add_item(&mut store, &channel, "Post", "2027-01-05");
    items::move_to(&mut store, &id, &on("2027-01-06")).unwrap();
    store.undo().unwrap();
    let label: String =
        store.conn().query_row("SELECT label FROM change_batch ORDER BY seq DESC LIMIT 1", [], |r| r.get(0)).unwrap();
    assert_eq!(label, "Undo: Move “Post”");
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
