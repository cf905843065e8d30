//! A colleague's changes as an open window receives them: items alone come drawn in the
//! change (their rows and the badges they changed), the year's checkers catching up on
//! the days the items touch, across New Year too, and holding then what checkers built
//! afresh hold; anything else (a campaign, a deleted item) is redrawn by asking again.

use almanac_core::ops::arrived::arrived;
use almanac_core::ops::findings::{findings_between, CheckCache};
use almanac_core::schedule::findings::Finding;
use almanac_core::store::sync::apply;
use almanac_core::team::server::{Message, Pulled};
use almanac_core::Store;
use almanac_tests::{add_item, campaign_draft, plan_with_channel};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use uuid::Uuid;

fn now() -> DateTime<Utc> {
    "2026-12-20T09:00:00Z".parse().unwrap()
}

/// A plan whose channel takes four posts a day, with five on 30 December, known to the
/// sync as a team's laptop knows its rows; their ids.
fn crowded_day() -> (Store, Vec<String>) {
    let (mut store, channel) = plan_with_channel();
    let ids = (0..5).map(|n| add_item(&mut store, &channel, &format!("Post {n}"), "2026-12-30")).collect();
    store.stage_whole_plan().unwrap();
    (store, ids)
}

/// The findings a calendar window across New Year shows.
fn window(store: &Store, cache: &mut CheckCache) -> Vec<Finding> {
    findings_between(store, cache, "2026-12-28", "2027-01-11", now()).unwrap()
}

/// A colleague's change of one field, as the sync pulls it.
fn from_colleague(store: &mut Store, entity: &str, row: &str, field: &str, value: Value) {
    let device = Uuid::now_v7();
    let hlc = format!("{}-0000-{:016x}", Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ"), device.as_u64_pair().1);
    let message = Message {
        entity: entity.into(),
        row_id: Uuid::parse_str(row).unwrap(),
        field: field.into(),
        value,
        hlc,
        device,
        base: 0,
    };
    let seq = almanac_core::store::sync::standing(store.conn()).unwrap().pulled + 1;
    apply(store, &[Pulled { seq, member: "cal".into(), received_at: Utc::now(), message }], seq).unwrap();
}

fn moved_to(store: &mut Store, id: &str, date: &str) {
    from_colleague(store, "contentItem", id, "schedule", json!({ "kind": "allDay", "date": date }));
}

#[test]
fn a_colleagues_moves_come_drawn_and_the_checkers_catch_up_as_if_built_afresh() {
    let (mut store, ids) = crowded_day();
    let mut cache = CheckCache::default();
    let crowded = window(&store, &mut cache);
    assert!(crowded.iter().any(|f| f.item_ids.len() == 5), "five posts on a day that takes four: {crowded:?}");
    let built = cache.built();
    assert_eq!(built, 2, "a checker for each year of the window");

    // One post moved into the new year: 2026's checker lets it go, 2027's takes it.
    let since = store.version().unwrap();
    moved_to(&mut store, &ids[0], "2027-01-04");
    let drawn = arrived(&store, &mut cache, since).unwrap().expect("items alone: drawn from the change");
    assert_eq!(drawn.entries.len(), 1);
    assert_eq!(drawn.entries[0].item.id.to_string(), ids[0]);
    assert_eq!(drawn.entries[0].local_start.as_deref(), Some("2027-01-04"));
    for id in &ids[1..] {
        let badge = drawn.badges.iter().find(|b| b.item_id.to_string() == *id).expect("the four left have new badges");
        assert!(badge.findings.is_empty(), "four on the day: nothing to find any more: {badge:?}");
    }
    assert_eq!(window(&store, &mut cache), window(&store, &mut CheckCache::default()), "as if built afresh");
    assert_eq!(cache.built(), built, "caught up, not rebuilt");

    // And back onto the crowded day: the finding returns, on every post of the day.
    let since = store.version().unwrap();
    moved_to(&mut store, &ids[0], "2026-12-30");
    let drawn = arrived(&store, &mut cache, since).unwrap().expect("drawn from the change");
    for id in &ids {
        let badge =
            drawn.badges.iter().find(|b| b.item_id.to_string() == *id).expect("a badge for each post of the day");
        assert_eq!(badge.findings.len(), 1, "{badge:?}");
    }
    assert_eq!(window(&store, &mut cache), crowded);
    assert_eq!(cache.built(), built);
}

#[test]
fn a_change_to_something_else_or_a_deleted_item_is_redrawn_by_asking_again() {
    let (mut store, ids) = crowded_day();
    let mut cache = CheckCache::default();
    window(&store, &mut cache);
    let built = cache.built();

    // Nothing changed: nothing to draw, the checkers stay.
    let since = store.version().unwrap();
    let nothing = arrived(&store, &mut cache, since).unwrap().expect("nothing to draw");
    assert!(nothing.entries.is_empty() && nothing.badges.is_empty());

    // A campaign made meanwhile: the window asks again, the checkers are built anew.
    almanac_core::ops::campaigns::create(&mut store, &campaign_draft("Winter", "2027-01-01", "2027-01-31")).unwrap();
    assert!(arrived(&store, &mut cache, since).unwrap().is_none(), "a campaign is not drawn from the change");
    window(&store, &mut cache);
    assert_eq!(cache.built(), built + 2);

    // A post the colleague deleted: asked again as well.
    let since = store.version().unwrap();
    from_colleague(&mut store, "contentItem", &ids[1], "_deleted", json!(true));
    assert!(arrived(&store, &mut cache, since).unwrap().is_none(), "a deletion is redrawn by asking again");
    assert!(window(&store, &mut cache).iter().all(|f| f.item_ids.len() < 5), "the day holds four now");
}
