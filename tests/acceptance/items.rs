//! Content items through the store: the plan-zone day they fall on, filters, moves between
//! the backlog, a day and a time, and bad input refused with nothing written.

use almanac_core::domain::{CampaignDraft, CampaignStatus, ItemStatus, Schedule, SettingsDraft, WeekStart, When};
use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::{campaigns, settings};
use almanac_core::Error;
use almanac_tests::{campaign_draft, create_item, item_draft, on, plan_with_channel};

fn window(from: &str, to: &str) -> WindowQuery {
    WindowQuery { from: from.into(), to: to.into(), filter: ItemFilter::default() }
}

fn set_zone(store: &mut almanac_core::Store, zone: &str) {
    let draft = SettingsDraft {
        organisation: "Westmark Police".into(),
        time_zone: zone.into(),
        week_start: WeekStart::Monday,
        locale: "en-GB".into(),
        year_start_month: 1,
        confirm_days: 7,
    };
    settings::update(store, &draft).unwrap();
}

#[test]
fn items_are_listed_by_the_plan_zone_day_they_fall_on() {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "Europe/London");
    let late =
        items::create(&mut store, &item_draft(&channel, "Late post", When::At { local: "2027-07-31T23:30".into() }))
            .unwrap();
    let early =
        items::create(&mut store, &item_draft(&channel, "Early post", When::At { local: "2027-08-01T00:30".into() }))
            .unwrap();
    let all_day = items::create(&mut store, &item_draft(&channel, "Newsletter", on("2027-08-01"))).unwrap();
    // 23:30 London on 31 July is 22:30 UTC: still July in the plan's zone.
    assert_eq!(late.item.schedule, Schedule::At { utc: "2027-07-31T22:30:00Z".parse().unwrap() });
    let mut august: Vec<_> = items::list_window(&store, &window("2027-08-01", "2027-09-01"))
        .unwrap()
        .into_iter()
        .map(|c| c.item.id)
        .collect();
    august.sort();
    let mut expected = vec![all_day.item.id, early.item.id];
    expected.sort();
    assert_eq!(august, expected);
    let july: Vec<_> = items::list_window(&store, &window("2027-07-01", "2027-08-01"))
        .unwrap()
        .into_iter()
        .map(|c| c.item.id)
        .collect();
    assert_eq!(july, vec![late.item.id]);
    assert_eq!(early.local_start.as_deref(), Some("2027-08-01T00:30:00"));
    assert_eq!(early.channel_label, "Instagram @westmarkpolice");
}

#[test]
fn filters_narrow_the_window() {
    let (mut store, channel) = plan_with_channel();
    let campaign = campaigns::create(
        &mut store,
        &CampaignDraft {
            hashtags: vec!["ConeZone".into()],
            channel_ids: vec![channel.clone()],
            ..campaign_draft("Cone Zone", "2027-05-01", "2027-05-31")
        },
    )
    .unwrap();
    let mut in_campaign = item_draft(&channel, "Launch", on("2027-05-03"));
    in_campaign.campaign_id = Some(campaign.id.to_string());
    in_campaign.status = ItemStatus::Approved;
    let launched = create_item(&mut store, &in_campaign);
    items::create(&mut store, &item_draft(&channel, "Other", on("2027-05-04"))).unwrap();
    let mut query = window("2027-05-01", "2027-06-01");
    query.filter.campaign_ids = vec![campaign.id.to_string()];
    let found = items::list_window(&store, &query).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].item.id, launched.item.id);
    assert_eq!(found[0].campaign_name.as_deref(), Some("Cone Zone"));
    query.filter = ItemFilter { statuses: vec![ItemStatus::Draft], ..ItemFilter::default() };
    assert_eq!(items::list_window(&store, &query).unwrap()[0].item.title, "Other");
}

#[test]
fn bad_items_are_refused_with_the_field_named_and_nothing_written() {
    let (mut store, channel) = plan_with_channel();
    let cases = vec![
        (item_draft(&channel, "   ", on("2027-01-01")), "title"),
        (item_draft(&channel, &"x".repeat(301), on("2027-01-01")), "title"),
        (item_draft("0190f0f0-0000-7000-8000-000000000000", "Post", on("2027-01-01")), "channelId"),
        (item_draft("not-an-id", "Post", on("2027-01-01")), "channelId"),
        (item_draft(&channel, "Post", on("2027-13-01")), "when"),
        (item_draft(&channel, "Post", When::At { local: "tomorrow 9am".into() }), "when"),
    ];
    let mut long_copy = item_draft(&channel, "Post", on("2027-01-01"));
    long_copy.copy = "y".repeat(20_001);
    for (draft, field) in cases.into_iter().chain([(long_copy, "copy")]) {
        let err = items::create(&mut store, &draft).unwrap_err();
        assert!(matches!(&err, Error::Validation { field: f, .. } if f == field), "expected {field}, got {err:?}");
    }
    assert!(items::list_backlog(&store, &ItemFilter::default()).unwrap().is_empty());
    assert!(items::list_window(&store, &window("2026-12-01", "2027-02-01")).unwrap().is_empty());
}

#[test]
fn moving_between_backlog_day_and_time() {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "Europe/Paris");
    let idea = items::create(&mut store, &item_draft(&channel, "Idea", When::Unscheduled)).unwrap();
    assert_eq!(items::list_backlog(&store, &ItemFilter::default()).unwrap().len(), 1);
    let id = idea.item.id.to_string();
    let moved = almanac_tests::move_to(&mut store, &id, &When::At { local: "2027-03-28T09:00".into() }).unwrap();
    assert_eq!(
        moved.item.schedule,
        Schedule::At { utc: "2027-03-28T07:00:00Z".parse().unwrap() },
        "Paris is UTC+2 after the clocks change"
    );
    assert!(items::list_backlog(&store, &ItemFilter::default()).unwrap().is_empty());
    let moved = almanac_tests::move_to(&mut store, &id, &on("2027-03-29")).unwrap();
    assert_eq!(moved.local_start.as_deref(), Some("2027-03-29"));
    almanac_tests::move_to(&mut store, &id, &When::Unscheduled).unwrap();
    assert_eq!(items::list_backlog(&store, &ItemFilter::default()).unwrap()[0].item.id, idea.item.id);
    let err = almanac_tests::move_to(&mut store, &id, &When::At { local: "2027-03-28T02:30".into() }).unwrap_err();
    assert!(err.to_string().contains("does not exist"), "a skipped hour is refused: {err}");
}

#[test]
fn a_missing_item_is_not_found() {
    let (mut store, _) = plan_with_channel();
    let err =
        almanac_tests::move_to(&mut store, "0190f0f0-0000-7000-8000-000000000000", &on("2027-01-01")).unwrap_err();
    assert_eq!(err.code(), "notFound");
}

#[test]
fn a_window_ending_before_it_starts_is_refused() {
    let (store, _) = plan_with_channel();
    let err = items::list_window(&store, &window("2027-02-01", "2027-01-01")).unwrap_err();
    assert!(matches!(err, Error::Validation { field, .. } if field == "to"));
}

#[test]
fn deleting_a_campaign_keeps_its_items() {
    let (mut store, channel) = plan_with_channel();
    let campaign = campaigns::create(
        &mut store,
        &CampaignDraft {
            status: CampaignStatus::Idea,
            colour: "#1d4ed8".into(),
            ..campaign_draft("Scam Aware", "2027-01-01", "2027-01-31")
        },
    )
    .unwrap();
    let mut draft = item_draft(&channel, "Scam card", on("2027-01-10"));
    draft.campaign_id = Some(campaign.id.to_string());
    let item = items::create(&mut store, &draft).unwrap();
    campaigns::delete(&mut store, &campaign.id.to_string()).unwrap();
    let after = items::get(&store, &item.item.id.to_string()).unwrap();
    assert_eq!(after.item.campaign_id, None);
    store.undo().unwrap();
    let restored = items::get(&store, &item.item.id.to_string()).unwrap();
    assert_eq!(restored.item.campaign_id, Some(campaign.id), "undo restores the campaign and the link");
}

/// The day `days` from today on the plan's wall clock (London), as an item's date.
fn days_from_today(days: i64) -> String {
    let today = chrono::Utc::now().with_timezone(&chrono_tz::Europe::London).date_naive();
    (today + chrono::Duration::days(days)).to_string()
}

#[test]
fn a_search_finds_items_by_every_word_of_their_title_coming_ones_first() {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "Europe/London");
    let mut add =
        |title: &str, when: When| items::create(&mut store, &item_draft(&channel, title, when)).unwrap().item.id;
    let past = add("Marking your bike: how it went", on(&days_from_today(-10)));
    let later = add("Bike marking day, the reminder", on(&days_from_today(9)));
    let soon = add("Bike marking day", on(&days_from_today(2)));
    let undated = add("Bike marking, an idea", When::Unscheduled);
    add("École : le vélo marqué", on(&days_from_today(4)));
    add("Road safety week", on(&days_from_today(1)));
    for n in 0..12 {
        add(&format!("Weekly tip {n}"), on(&days_from_today(n)));
    }

    let found = |words: &str| -> Vec<String> {
        items::find(&store, words).unwrap().into_iter().map(|e| e.item.title.to_string()).collect()
    };
    let ids: Vec<_> = items::find(&store, "  MARK bike ").unwrap().into_iter().map(|e| e.item.id).collect();
    assert_eq!(ids, [soon, later, past, undated], "every word in any case and order; coming, past, then undated");
    assert_eq!(found("école VÉLO"), ["École : le vélo marqué"], "case folds in every script");
    assert_eq!(found("weekly tip").len(), items::FOUND_AT_MOST, "a handful, not the whole plan");
    assert_eq!(found("weekly tip")[0], "Weekly tip 0", "today's comes first");
    assert!(found("   ").is_empty(), "no words find nothing");
    assert!(found("parade").is_empty());

    let err = items::find(&store, &"x".repeat(301)).unwrap_err();
    assert!(matches!(err, Error::Validation { field, .. } if field == "words"));
}
