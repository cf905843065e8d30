use almanac_core::domain::{BlackoutLevel, CampaignDraft, ItemStatus, KeyDateCategory, When};
use almanac_core::ops::campaign_shift::{self, CampaignWindow, ShiftWarning};
use almanac_core::ops::key_dates::{self, KeyDateDraft};
use almanac_core::ops::{campaigns, items};
use almanac_core::Store;
use almanac_tests::{add_item, campaign_draft, item_draft, on, plan_with_channel};

/// A campaign over May 2027 on the test channel; returns its id.
fn campaign(store: &mut Store, channel: &str) -> String {
    let draft = CampaignDraft {
        hashtags: vec!["ConeZone".into()],
        flagship: true,
        channel_ids: vec![channel.into()],
        ..campaign_draft("Cone Zone", "2027-05-01", "2027-05-31")
    };
    campaigns::create(store, &draft).unwrap().id.to_string()
}

fn in_campaign(
    store: &mut Store,
    channel: &str,
    campaign: &str,
    title: &str,
    when: When,
    status: ItemStatus,
) -> String {
    let mut draft = item_draft(channel, title, when);
    draft.campaign_id = Some(campaign.into());
    draft.status = status;
    items::create(store, &draft).unwrap().item.id.to_string()
}

fn window(start: &str, end: &str) -> CampaignWindow {
    CampaignWindow { start_date: start.into(), end_date: end.into() }
}

fn start_of(store: &Store, id: &str) -> Option<String> {
    items::get(store, id).unwrap().local_start
}

#[test]
fn moving_a_campaign_moves_its_items_by_the_same_days_as_one_undoable_change() {
    let (mut store, channel) = plan_with_channel();
    let id = campaign(&mut store, &channel);
    let day = in_campaign(&mut store, &channel, &id, "Launch", on("2027-05-03"), ItemStatus::Approved);
    let timed = in_campaign(
        &mut store,
        &channel,
        &id,
        "Reel",
        When::At { local: "2027-05-10T09:00".into() },
        ItemStatus::Draft,
    );
    let done = in_campaign(&mut store, &channel, &id, "Teaser", on("2027-05-01"), ItemStatus::Published);
    let other = add_item(&mut store, &channel, "Not in the campaign", "2027-05-03");

    let preview = campaign_shift::preview(&store, &id, &window("2027-05-08", "2027-06-07")).unwrap();
    assert_eq!(preview.days, 7);
    let mut moved: Vec<_> = preview.moves.iter().map(|m| (m.title.as_str(), m.to.as_deref())).collect();
    moved.sort();
    assert_eq!(moved, vec![("Launch", Some("2027-05-10")), ("Reel", Some("2027-05-17T09:00:00"))]);
    assert_eq!(start_of(&store, &day).as_deref(), Some("2027-05-03"), "a preview changes nothing");

    campaign_shift::apply(&mut store, &id, &window("2027-05-08", "2027-06-07")).unwrap();
    assert_eq!(start_of(&store, &day).as_deref(), Some("2027-05-10"));
    assert_eq!(start_of(&store, &timed).as_deref(), Some("2027-05-17T09:00:00"));
    assert_eq!(start_of(&store, &done).as_deref(), Some("2027-05-01"), "published items stay where they went out");
    assert_eq!(start_of(&store, &other).as_deref(), Some("2027-05-03"));
    assert_eq!(campaigns::get(&store, &id).unwrap().start_date.to_string(), "2027-05-08");

    assert_eq!(store.undo().unwrap().as_deref(), Some("Move campaign “Cone Zone”"));
    assert_eq!(start_of(&store, &day).as_deref(), Some("2027-05-03"));
    assert_eq!(start_of(&store, &timed).as_deref(), Some("2027-05-10T09:00:00"));
    assert_eq!(campaigns::get(&store, &id).unwrap().start_date.to_string(), "2027-05-01");
}

#[test]
fn resizing_a_campaign_moves_no_item() {
    let (mut store, channel) = plan_with_channel();
    let id = campaign(&mut store, &channel);
    let item = in_campaign(&mut store, &channel, &id, "Launch", on("2027-05-03"), ItemStatus::Approved);
    let preview = campaign_shift::apply(&mut store, &id, &window("2027-05-01", "2027-06-15")).unwrap();
    assert_eq!((preview.days, preview.moves.len()), (0, 0));
    assert_eq!(start_of(&store, &item).as_deref(), Some("2027-05-03"));
    assert_eq!(campaigns::get(&store, &id).unwrap().end_date.to_string(), "2027-06-15");
}

#[test]
fn the_preview_names_items_landing_in_a_blackout_and_channels_over_their_limit() {
    let (mut store, channel) = plan_with_channel();
    let id = campaign(&mut store, &channel);
    in_campaign(&mut store, &channel, &id, "Launch", on("2027-05-03"), ItemStatus::Approved);
    let blackout = KeyDateDraft {
        name: "Pre-election period".into(),
        starts_on: "2027-05-08".into(),
        ends_on: "2027-05-12".into(),
        category: KeyDateCategory::Blackout,
        blackout_level: Some(BlackoutLevel::NoPosting),
        region: "Westmark".into(),
    };
    key_dates::create(&mut store, &blackout).unwrap();
    for n in 0..4 {
        add_item(&mut store, &channel, &format!("Already there {n}"), "2027-05-10");
    }
    let preview = campaign_shift::preview(&store, &id, &window("2027-05-08", "2027-06-07")).unwrap();
    assert!(
        preview.warnings.iter().any(|w| matches!(w, ShiftWarning::Blackout { title, blackout, .. }
            if title == "Launch" && blackout == "Pre-election period")),
        "{:?}",
        preview.warnings
    );
    assert!(
        preview.warnings.iter().any(|w| matches!(w, ShiftWarning::OverDailyLimit { planned: 5, limit: 4, day, .. }
            if day.to_string() == "2027-05-10")),
        "{:?}",
        preview.warnings
    );
    let calm = campaign_shift::preview(&store, &id, &window("2027-05-15", "2027-06-14")).unwrap();
    assert!(calm.warnings.is_empty(), "{:?}", calm.warnings);
}

#[test]
fn a_window_ending_before_it_starts_is_refused_and_nothing_moves() {
    let (mut store, channel) = plan_with_channel();
    let id = campaign(&mut store, &channel);
    let item = in_campaign(&mut store, &channel, &id, "Launch", on("2027-05-03"), ItemStatus::Approved);
    let err = campaign_shift::apply(&mut store, &id, &window("2027-06-01", "2027-05-01")).unwrap_err();
    assert!(matches!(err, almanac_core::Error::Validation { field, .. } if field == "endDate"));
    assert_eq!(start_of(&store, &item).as_deref(), Some("2027-05-03"));
}

#[test]
fn a_blackout_needs_a_level_and_an_end_after_its_start() {
    let mut store = Store::open_in_memory().unwrap();
    let mut draft = KeyDateDraft {
        name: "Purdah".into(),
        starts_on: "2027-04-14".into(),
        ends_on: "2027-05-06".into(),
        category: KeyDateCategory::Blackout,
        blackout_level: None,
        region: String::new(),
    };
    let err = key_dates::create(&mut store, &draft).unwrap_err();
    assert!(matches!(err, almanac_core::Error::Validation { field, .. } if field == "blackoutLevel"));
    draft.blackout_level = Some(BlackoutLevel::Restricted);
    draft.ends_on = "2027-04-01".into();
    let err = key_dates::create(&mut store, &draft).unwrap_err();
    assert!(matches!(err, almanac_core::Error::Validation { field, .. } if field == "endsOn"));
    draft.ends_on = "2027-05-06".into();
    key_dates::create(&mut store, &draft).unwrap();
    let may = key_dates::list(&store, "2027-05-01".parse().unwrap(), "2027-05-31".parse().unwrap()).unwrap();
    assert_eq!(may.iter().map(|k| k.name.as_str()).collect::<Vec<_>>(), vec!["Purdah"]);
}
