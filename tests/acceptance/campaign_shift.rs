//! Moving and resizing a campaign's window: its items move with it, the dry run's findings
//! are the Checks view's, and skipped clock times are reported.

use almanac_core::domain::KeyDateDraft;
use almanac_core::domain::{BlackoutLevel, CampaignDraft, ItemStatus, KeyDateCategory, When};
use almanac_core::ops::campaign_shift::{self, CampaignWindow, ShiftPreview};
use almanac_core::ops::findings::CheckCache;
use almanac_core::ops::key_dates;
use almanac_core::ops::{campaigns, items};
use almanac_core::schedule::findings::{FindingKind, Severity};
use almanac_core::Store;
use almanac_tests::{add_item, campaign_draft, create_item, english, english_of, item_draft, on, plan_with_channel};

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
    create_item(store, &draft).item.id.to_string()
}

/// The shift run dry: what it would do, changing nothing.
fn dry_run(store: &mut Store, id: &str, w: &CampaignWindow) -> almanac_core::Result<ShiftPreview> {
    campaign_shift::shift(store, &mut CheckCache::default(), id, w, now(), true)
}

fn apply(store: &mut Store, id: &str, w: &CampaignWindow) -> almanac_core::Result<ShiftPreview> {
    campaign_shift::shift(store, &mut CheckCache::default(), id, w, now(), false)
}

/// Before every item of the tests, so nothing is in the past.
fn now() -> chrono::DateTime<chrono::Utc> {
    "2027-01-04T08:00:00Z".parse().unwrap()
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

    let preview = dry_run(&mut store, &id, &window("2027-05-08", "2027-06-07")).unwrap();
    assert_eq!(preview.days, 7);
    let mut moved: Vec<_> = preview.moves.iter().map(|m| (m.title.as_str(), m.to.as_deref())).collect();
    moved.sort();
    assert_eq!(moved, vec![("Launch", Some("2027-05-10")), ("Reel", Some("2027-05-17T09:00:00"))]);
    assert_eq!(start_of(&store, &day).as_deref(), Some("2027-05-03"), "a preview changes nothing");

    apply(&mut store, &id, &window("2027-05-08", "2027-06-07")).unwrap();
    assert_eq!(start_of(&store, &day).as_deref(), Some("2027-05-10"));
    assert_eq!(start_of(&store, &timed).as_deref(), Some("2027-05-17T09:00:00"));
    assert_eq!(start_of(&store, &done).as_deref(), Some("2027-05-01"), "published items stay where they went out");
    assert_eq!(start_of(&store, &other).as_deref(), Some("2027-05-03"));
    assert_eq!(campaigns::get(&store, &id).unwrap().start_date.to_string(), "2027-05-08");

    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Move campaign “Cone Zone”"));
    assert_eq!(start_of(&store, &day).as_deref(), Some("2027-05-03"));
    assert_eq!(start_of(&store, &timed).as_deref(), Some("2027-05-10T09:00:00"));
    assert_eq!(campaigns::get(&store, &id).unwrap().start_date.to_string(), "2027-05-01");
}

#[test]
fn resizing_a_campaign_moves_no_item() {
    let (mut store, channel) = plan_with_channel();
    let id = campaign(&mut store, &channel);
    let item = in_campaign(&mut store, &channel, &id, "Launch", on("2027-05-03"), ItemStatus::Approved);
    let preview = apply(&mut store, &id, &window("2027-05-01", "2027-06-15")).unwrap();
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
    let preview = dry_run(&mut store, &id, &window("2027-05-08", "2027-06-07")).unwrap();
    let blackout = preview.findings.iter().find(|f| f.kind == FindingKind::InBlackout);
    assert!(
        blackout.is_some_and(|f| f.severity == Severity::Error && english(&f.message).contains("Pre-election period")),
        "{:?}",
        preview.findings
    );
    let over = preview.findings.iter().find(|f| f.kind == FindingKind::OverDailyLimit);
    assert!(
        over.is_some_and(|f| f.day.map(|d| d.to_string()).as_deref() == Some("2027-05-10")),
        "{:?}",
        preview.findings
    );
    let calm = dry_run(&mut store, &id, &window("2027-05-15", "2027-06-14")).unwrap();
    let kinds: Vec<FindingKind> = calm.findings.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, [FindingKind::BackToReview], "the approved launch would need approving again");
}

#[test]
fn the_preview_asks_the_findings_rules_so_cancelled_items_and_blackout_levels_count_as_in_the_checks_view() {
    let (mut store, channel) = plan_with_channel();
    let id = campaign(&mut store, &channel);
    in_campaign(&mut store, &channel, &id, "Launch", on("2027-05-03"), ItemStatus::Approved);
    // Three items and a cancelled one already on the 10th: with the launch, four of four.
    for n in 0..3 {
        add_item(&mut store, &channel, &format!("Already there {n}"), "2027-05-10");
    }
    let cancelled = add_item(&mut store, &channel, "Cancelled", "2027-05-10");
    let mut draft = item_draft(&channel, "Cancelled", on("2027-05-10"));
    draft.status = ItemStatus::Cancelled;
    items::update(&mut store, &cancelled, &draft).unwrap();
    let restricted = KeyDateDraft {
        name: "Restricted week".into(),
        starts_on: "2027-05-08".into(),
        ends_on: "2027-05-12".into(),
        category: KeyDateCategory::Blackout,
        blackout_level: Some(BlackoutLevel::Restricted),
        region: String::new(),
    };
    key_dates::create(&mut store, &restricted).unwrap();

    let preview = dry_run(&mut store, &id, &window("2027-05-08", "2027-06-07")).unwrap();
    assert!(
        !preview.findings.iter().any(|f| f.kind == FindingKind::OverDailyLimit),
        "a cancelled item takes no slot: {:?}",
        preview.findings
    );
    let blackout = preview.findings.iter().find(|f| f.kind == FindingKind::InBlackout).expect("the blackout is found");
    assert_eq!(blackout.severity, Severity::Warning, "a restricted period warns, it does not forbid");

    // What the preview said is what the Checks view then lists.
    let applied = apply(&mut store, &id, &window("2027-05-08", "2027-06-07")).unwrap();
    let report = almanac_core::ops::findings::check_year(&store, &mut CheckCache::default(), 2027, now()).unwrap();
    // Bar the one finding of the change itself: the launch was approved and goes back to review.
    for f in applied.findings.iter().filter(|f| f.kind != FindingKind::BackToReview) {
        assert!(report.findings.contains(f), "{f:?} is in the Checks view");
    }
    assert!(applied.findings.iter().any(|f| f.kind == FindingKind::BackToReview));
}

#[test]
fn a_shift_onto_a_time_the_clocks_skip_says_so_in_the_preview() {
    let (mut store, channel) = plan_with_channel();
    let s = almanac_core::ops::settings::get(&store).unwrap();
    let draft = almanac_core::domain::SettingsDraft {
        organisation: s.organisation.clone(),
        time_zone: "Europe/London".into(),
        week_start: s.week_start,
        locale: s.locale.clone(),
        year_start_month: s.year_start_month,
        confirm_days: s.confirm_days,
    };
    almanac_core::ops::settings::update(&mut store, &draft).unwrap();
    let id =
        campaigns::create(&mut store, &campaign_draft("Clocks", "2027-03-01", "2027-03-31")).unwrap().id.to_string();
    let night = in_campaign(
        &mut store,
        &channel,
        &id,
        "Night post",
        When::At { local: "2027-03-21T01:30".into() },
        ItemStatus::Draft,
    );
    let preview = dry_run(&mut store, &id, &window("2027-03-08", "2027-04-07")).unwrap();
    assert_eq!(preview.skipped.len(), 1, "{:?}", preview.skipped);
    assert_eq!(preview.skipped[0].asked, "2027-03-28T01:30:00");
    assert_eq!(preview.skipped[0].lands.as_deref(), Some("2027-03-28T02:30:00"));
    apply(&mut store, &id, &window("2027-03-08", "2027-04-07")).unwrap();
    assert_eq!(start_of(&store, &night).as_deref(), Some("2027-03-28T02:30:00"), "where the preview said");
}

#[test]
fn a_window_ending_before_it_starts_is_refused_and_nothing_moves() {
    let (mut store, channel) = plan_with_channel();
    let id = campaign(&mut store, &channel);
    let item = in_campaign(&mut store, &channel, &id, "Launch", on("2027-05-03"), ItemStatus::Approved);
    let err = apply(&mut store, &id, &window("2027-06-01", "2027-05-01")).unwrap_err();
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
