//! Moves as the calendar and the planning grid make them: a day and a row (channel,
//! campaign or owner) in one undoable change, the answer a view redraws from without
//! asking again, and bad targets refused with nothing written.

use almanac_core::domain::{ContentItem, MoveTo, Reassign, When};
use almanac_core::ops::findings::{self, CheckCache};
use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::moves;
use almanac_core::ops::{campaigns, channels, members};
use almanac_core::schedule::findings::FindingKind;
use almanac_core::{Error, Store};
use almanac_tests::{add_brand_and_channel, add_item, campaign_draft, english_of, item_draft, on, plan_with_channel};
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    "2027-01-01T09:00:00Z".parse().unwrap()
}

fn to(date: &str, reassign: Option<Reassign>) -> MoveTo {
    MoveTo { when: on(date), reassign }
}

fn load(store: &Store, id: &str) -> ContentItem {
    items::get(store, id).unwrap().item
}

fn window(store: &Store, from: &str, until: &str) -> Vec<items::CalendarEntry> {
    let query = WindowQuery { from: from.into(), to: until.into(), filter: ItemFilter::default() };
    items::list_window(store, &query).unwrap()
}

#[test]
fn a_grid_drop_changes_the_day_and_the_channel_in_one_undoable_change() {
    let (mut store, instagram) = plan_with_channel();
    let second = add_brand_and_channel(&mut store);
    let id = add_item(&mut store, &instagram, "Cone Zone reel", "2027-03-01");
    let version = store.version().unwrap();

    let reassign = Some(Reassign::Channel { id: second.clone() });
    let outcome =
        moves::move_item(&mut store, &mut CheckCache::default(), &id, &to("2027-03-04", reassign), now(), false)
            .unwrap();

    let moved = load(&store, &id);
    assert_eq!(moved.channel_id.to_string(), second);
    assert_eq!(moved.schedule.local_date(chrono_tz::UTC).unwrap().to_string(), "2027-03-04");
    assert_eq!(store.version().unwrap(), version + 1, "one journal row for the day and the channel");
    assert_eq!(outcome.version, version + 1, "the answer names the journal position the change event carries");
    assert_eq!(english_of(outcome.history.undo_label.clone()).as_deref(), Some("Move “Cone Zone reel”"));
    // The item as drawn is the entry the calendar's window lists for it.
    let listed = window(&store, "2027-03-01", "2027-03-08").into_iter().find(|e| e.item.id == moved.id).unwrap();
    assert_eq!(outcome.entry, listed);

    store.undo().unwrap();
    let back = load(&store, &id);
    assert_eq!(
        (back.channel_id.to_string(), back.schedule.local_start(chrono_tz::UTC)),
        (instagram, Some("2027-03-01".into()))
    );
}

#[test]
fn campaign_and_owner_rows_reassign_or_clear_them() {
    let (mut store, channel) = plan_with_channel();
    let campaign =
        campaigns::create(&mut store, &campaign_draft("Shift into Winter", "2027-01-01", "2027-12-31")).unwrap();
    let member = members::create(
        &mut store,
        &almanac_core::domain::MemberDraft {
            name: "Sam Okafor".into(),
            role: "Social media officer".into(),
            email: String::new(),
            capacity_weekly: Some(10),
            leave: vec![],
            approves: vec![],
        },
    )
    .unwrap();
    let id = add_item(&mut store, &channel, "Winter tyres", "2027-02-01");
    let mut cache = CheckCache::default();

    let into = Some(Reassign::Campaign { id: Some(campaign.id.to_string()) });
    moves::move_item(&mut store, &mut cache, &id, &to("2027-02-02", into), now(), false).unwrap();
    assert_eq!(load(&store, &id).campaign_id, Some(campaign.id));
    let owner = Some(Reassign::Owner { id: Some(member.id.to_string()) });
    let outcome = moves::move_item(&mut store, &mut cache, &id, &to("2027-02-02", owner), now(), false).unwrap();
    assert_eq!(load(&store, &id).owner_id, Some(member.id));
    assert_eq!(outcome.entry.item.owner_id, Some(member.id));

    moves::move_item(
        &mut store,
        &mut cache,
        &id,
        &to("2027-02-03", Some(Reassign::Campaign { id: None })),
        now(),
        false,
    )
    .unwrap();
    moves::move_item(&mut store, &mut cache, &id, &to("2027-02-03", Some(Reassign::Owner { id: None })), now(), false)
        .unwrap();
    let item = load(&store, &id);
    assert_eq!((item.campaign_id, item.owner_id), (None, None));
}

#[test]
fn a_drop_on_a_row_that_does_not_exist_is_refused_and_writes_nothing() {
    let (mut store, channel) = plan_with_channel();
    let id = add_item(&mut store, &channel, "Safer streets", "2027-04-01");
    let before = load(&store, &id);
    let version = store.version().unwrap();
    let missing = "0190f0f0-0000-7000-8000-000000000000".to_string();
    let cases = [
        (Reassign::Channel { id: missing.clone() }, "channelId"),
        (Reassign::Channel { id: "not an id".into() }, "channelId"),
        (Reassign::Campaign { id: Some(missing.clone()) }, "campaignId"),
        (Reassign::Owner { id: Some(missing) }, "ownerId"),
    ];
    for (reassign, field) in cases {
        for dry_run in [true, false] {
            let err = moves::move_item(
                &mut store,
                &mut CheckCache::default(),
                &id,
                &to("2027-04-02", Some(reassign.clone())),
                now(),
                dry_run,
            )
            .unwrap_err();
            assert!(matches!(&err, Error::Validation { field: f, .. } if f == field), "{reassign:?}: {err:?}");
        }
    }
    // A bad day is refused before the row is looked at.
    let bad_day = MoveTo { when: When::AllDay { date: "2027-02-30".into() }, reassign: None };
    assert!(moves::move_item(&mut store, &mut CheckCache::default(), &id, &bad_day, now(), false).is_err());
    assert_eq!(store.version().unwrap(), version);
    assert_eq!(load(&store, &id), before);
}

#[test]
fn the_answer_carries_the_badges_the_move_changed_on_the_day_it_left_and_the_day_it_entered() {
    let (mut store, channel) = plan_with_channel();
    let limit = channels::list(&store).unwrap()[0].max_per_day.unwrap() as usize;
    // A full day: as many items as the channel allows, and one more a day later.
    let full: Vec<String> =
        (0..limit).map(|n| add_item(&mut store, &channel, &format!("Full {n}"), "2027-05-03")).collect();
    let extra = add_item(&mut store, &channel, "One too many", "2027-05-04");
    let mut cache = CheckCache::default();
    findings::check_year(&store, &mut cache, 2027, now()).unwrap();

    // A dry run answers the same findings and writes nothing.
    let version = store.version().unwrap();
    let preview = moves::move_item(&mut store, &mut cache, &extra, &to("2027-05-03", None), now(), true).unwrap();
    assert_eq!(store.version().unwrap(), version);
    assert!(preview.badges.is_empty());

    let over = moves::move_item(&mut store, &mut cache, &extra, &to("2027-05-03", None), now(), false).unwrap();
    assert_eq!(
        over.created.iter().map(|f| f.kind).collect::<Vec<_>>(),
        preview.created.iter().map(|f| f.kind).collect::<Vec<_>>()
    );
    assert!(over.created.iter().any(|f| f.kind == FindingKind::OverDailyLimit));
    assert_eq!(over.badges[0].item_id.to_string(), extra, "the moved item's badge comes first");
    for id in full.iter().chain([&extra]) {
        let badge = over.badges.iter().find(|b| b.item_id.to_string() == *id).expect("every item of the full day");
        assert!(badge.findings.iter().any(|f| f.kind == FindingKind::OverDailyLimit), "{id}");
    }

    // Moving it away clears the badges of the day it left.
    let away = moves::move_item(&mut store, &mut cache, &extra, &to("2027-05-10", None), now(), false).unwrap();
    assert!(away.created.is_empty());
    for id in &full {
        let badge = away.badges.iter().find(|b| b.item_id.to_string() == *id).expect("the day it left is redrawn");
        assert!(badge.findings.is_empty(), "{id} is no longer over the limit");
    }
    // What the badges say is what a fresh check of the year says.
    let fresh =
        findings::findings_between(&store, &mut CheckCache::default(), "2027-05-01", "2027-06-01", now()).unwrap();
    assert!(fresh.iter().all(|f| f.kind != FindingKind::OverDailyLimit));
}

#[test]
fn the_editor_draft_of_an_item_survives_a_move_unchanged_but_for_where_it_went() {
    let (mut store, channel) = plan_with_channel();
    let mut draft = item_draft(&channel, "Fraud awareness", on("2027-06-01"));
    draft.copy = "Never share a code, even with us.".into();
    let id = items::create(&mut store, &draft).unwrap().item.id.to_string();
    let before = load(&store, &id);
    let at = MoveTo { when: When::At { local: "2027-06-02T08:15".into() }, reassign: None };
    moves::move_item(&mut store, &mut CheckCache::default(), &id, &at, now(), false).unwrap();
    let after = load(&store, &id);
    assert_eq!(ContentItem { schedule: before.schedule, ..after.clone() }, before);
    assert_eq!(after.schedule.local_start(chrono_tz::UTC).as_deref(), Some("2027-06-02T08:15:00"));
}
