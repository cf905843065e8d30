//! The calendar export read by independent readers: Python's `icalendar` with
//! `recurring-ical-events` expands the file, and its occurrences must equal Almanac's
//! items event for event (start on the plan's wall clock, title, copy, categories,
//! status), across daylight-saving changes, series with deleted and edited occurrences,
//! filters and windows, and text that needs escaping and folding.

use std::process::Command;

use almanac_core::domain::{ItemStatus, When};
use almanac_core::export::ics::{self, IcsOptions};
use almanac_core::export::Selection;
use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::series::{self, SeriesDraft, SeriesScope};
use almanac_core::ops::{campaigns, channels};
use almanac_core::Store;
use almanac_tests::{campaign_draft, create_item, item_draft, plan_with_channel, set_zone};
use serde::Deserialize;

const ZONE: &str = "Europe/Paris";

/// Text that needs escaping (commas, semicolons, backslashes, line breaks), folding (long
/// lines of multi-byte characters), emoji and right-to-left scripts, and a stray control
/// character that RFC 5545 does not allow (dropped).
const HOSTILE_TITLE: &str = "Roads, bikes; \\back\\slash \"quoted\" 👮‍♀️ שלום עולם مرحبا";
const HOSTILE_COPY: &str = "Line one,\r\nline two; with a bell\u{7}\nאבטחה בדרכים 🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲🚲 ✔ السلامة على الطرق أولاً";

/// One occurrence as a reader shows it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
struct Shown {
    start: String,
    uid: String,
    summary: String,
    description: String,
    categories: Vec<String>,
    status: String,
}

/// A plan in Paris with a campaign, dated items with hostile text and times on both
/// daylight-saving changes, a timed weekly series with one occurrence edited and one
/// deleted, and an all-day daily series.
fn plan() -> (Store, String, String) {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, ZONE, "fr-FR");
    let campaign =
        campaigns::create(&mut store, &campaign_draft("Spring, roads; \"safe\"", "2027-03-01", "2027-04-30"))
            .unwrap()
            .id
            .to_string();
    let mut hostile = item_draft(&channel, HOSTILE_TITLE, When::AllDay { date: "2027-03-10".into() });
    hostile.copy = HOSTILE_COPY.into();
    hostile.campaign_id = Some(campaign.clone());
    hostile.status = ItemStatus::Approved;
    create_item(&mut store, &hostile);
    for (title, local) in [
        ("Before spring forward", "2027-03-27T23:30"),
        ("After spring forward", "2027-03-28T04:00"),
        ("In the autumn's repeated hour", "2027-10-31T02:30"),
        ("Midnight", "2027-06-01T00:00"),
    ] {
        items::create(&mut store, &item_draft(&channel, title, When::At { local: local.into() })).unwrap();
    }
    let mut cancelled = item_draft(&channel, "Called off", When::AllDay { date: "2027-05-02".into() });
    cancelled.status = ItemStatus::Cancelled;
    items::create(&mut store, &cancelled).unwrap();

    let mut poll = item_draft(&channel, "Friday poll", When::At { local: "2027-03-12T09:00".into() });
    poll.status = ItemStatus::Scheduled;
    poll.campaign_id = Some(campaign.clone());
    series::create(&mut store, &SeriesDraft { item: poll.clone(), rrule: "FREQ=WEEKLY;BYDAY=FR;COUNT=8".into() })
        .unwrap();
    let edited = id_at(&store, "2027-03-19T09:00");
    let mut moved = poll.clone();
    moved.title = "Friday poll: the results, in full".into();
    moved.when = When::At { local: "2027-03-18T17:45".into() };
    series::edit(&mut store, &edited, &moved, SeriesScope::One).unwrap();
    let gone = id_at(&store, "2027-04-09T09:00");
    series::delete(&mut store, &gone, SeriesScope::One).unwrap();

    let tip = item_draft(&channel, "Daily tip", When::AllDay { date: "2027-10-29".into() });
    series::create(&mut store, &SeriesDraft { item: tip, rrule: "FREQ=DAILY;UNTIL=20271102".into() }).unwrap();
    (store, channel, campaign)
}

fn every(store: &Store) -> Vec<items::CalendarEntry> {
    let q = WindowQuery { from: "2027-01-01".into(), to: "2028-01-01".into(), filter: ItemFilter::default() };
    items::list_window(store, &q).unwrap()
}

fn id_at(store: &Store, start: &str) -> String {
    let found = every(store).into_iter().find(|e| e.local_start.as_deref().is_some_and(|s| s.starts_with(start)));
    found.unwrap_or_else(|| panic!("an item at {start}")).item.id.to_string()
}

/// What a reader should show for the plan's items that `keep` keeps: Almanac's own view.
fn expected(store: &Store, keep: impl Fn(&items::CalendarEntry) -> bool) -> Vec<Shown> {
    let labels: std::collections::HashMap<_, _> =
        channels::list(store).unwrap().iter().map(|c| (c.id, channels::label(c))).collect();
    let mut out: Vec<Shown> = every(store)
        .into_iter()
        .filter(keep)
        .map(|e| {
            let start = e.local_start.unwrap();
            let item = items::get(store, &e.item.id.to_string()).unwrap().item;
            let mut categories = vec![labels[&item.channel_id].clone()];
            if let Some(c) = item.campaign_id {
                categories.push(campaigns::get(store, &c.to_string()).unwrap().name);
            }
            categories.push(item.status.label().to_string());
            Shown {
                start: start[..start.len().min(16)].to_string(),
                uid: item.series_id.unwrap_or(item.id).to_string(),
                summary: item.title.clone(),
                description: clean(&item.copy),
                categories,
                status: match item.status {
                    ItemStatus::Cancelled => "CANCELLED",
                    ItemStatus::Approved | ItemStatus::Scheduled | ItemStatus::Published => "CONFIRMED",
                    _ => "TENTATIVE",
                }
                .into(),
            }
        })
        .collect();
    out.sort();
    out
}

/// Text as RFC 5545 carries it: LF line breaks, no control characters but tab.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n").chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect()
}

/// The file read and expanded by Python's icalendar and recurring-ical-events.
fn read_by_python(text: &str) -> Vec<Shown> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ics");
    std::fs::write(&path, text).unwrap();
    let python = std::env::var("ALMANAC_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = almanac_tests::repo().join("tests/interop/ics_events.py");
    let out = Command::new(&python).arg(script).arg(&path).arg(ZONE).output().expect("Python runs (ALMANAC_PYTHON)");
    assert!(out.status.success(), "the reader refused the file: {}", String::from_utf8_lossy(&out.stderr));
    let mut shown: Vec<Shown> = serde_json::from_slice(&out.stdout).expect("JSON from the reader");
    shown.sort();
    shown
}

fn now() -> chrono::DateTime<chrono::Utc> {
    "2027-01-15T10:00:00Z".parse().unwrap()
}

#[test]
#[ignore = "needs Python with icalendar and recurring-ical-events (ALMANAC_PYTHON); run by the test script"]
fn interop_python_expands_the_calendar_into_almanacs_items_event_for_event() {
    let (store, _, _) = plan();
    let file = ics::calendar(&store, &IcsOptions::default(), now()).unwrap();
    let theirs = read_by_python(&file.text);
    let ours = expected(&store, |_| true);
    assert_eq!(ours.len(), 5 + 1 + 7 + 5, "the plan holds what the test made");
    assert_eq!(theirs, ours);
    assert!(theirs.iter().any(|s| s.summary == clean(HOSTILE_TITLE) && s.description == clean(HOSTILE_COPY)));
}

#[test]
#[ignore = "needs Python with icalendar and recurring-ical-events (ALMANAC_PYTHON); run by the test script"]
fn interop_a_filtered_window_leaves_out_what_it_does_not_keep_even_inside_a_series() {
    let (store, _, campaign) = plan();
    let selection = Selection {
        from: Some("2027-03-15".into()),
        to: Some("2027-04-20".into()),
        filter: ItemFilter { campaign_ids: vec![campaign.clone()], ..ItemFilter::default() },
    };
    let options = IcsOptions { selection, ..IcsOptions::default() };
    let file = ics::calendar(&store, &options, now()).unwrap();
    let theirs = read_by_python(&file.text);
    let ours = expected(&store, |e| {
        let day = &e.local_start.as_deref().unwrap()[..10];
        ("2027-03-15"..="2027-04-20").contains(&day)
            && e.item.campaign_id.map(|c| c.to_string()) == Some(campaign.clone())
    });
    assert_eq!(ours.len(), 4, "the edited Thursday and three Fridays (9 April was deleted)");
    assert_eq!(theirs, ours);
}

#[test]
#[ignore = "needs Python with icalendar and recurring-ical-events (ALMANAC_PYTHON); run by the test script"]
fn interop_campaigns_and_key_dates_are_all_day_spans_with_an_exclusive_end() {
    let (store, _, _) = plan();
    let options = IcsOptions { campaigns: true, key_dates: true, ..IcsOptions::default() };
    let file = ics::calendar(&store, &options, now()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ics");
    std::fs::write(&path, &file.text).unwrap();
    let python = std::env::var("ALMANAC_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = almanac_tests::repo().join("tests/interop/ics_events.py");
    let out = Command::new(&python).arg(script).arg(&path).arg(ZONE).output().unwrap();
    let events: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let spring = events.iter().find(|e| e["summary"] == "Spring, roads; \"safe\"").expect("the campaign");
    assert_eq!((spring["start"].as_str(), spring["end"].as_str()), (Some("2027-03-01"), Some("2027-05-01")));
    assert_eq!(spring["categories"], serde_json::json!(["Campagne"]), "filed in the plan's language (French)");
}

#[test]
fn uids_stay_and_a_later_change_raises_the_rows_sequence_and_stamp() {
    let (mut store, channel, _) = plan();
    let before = ics::calendar(&store, &IcsOptions::default(), now()).unwrap();
    let id = id_at(&store, "2027-06-01T00:00");
    let (seq, stamp) = revision_of(&before.text, &id).unwrap();
    // An hour after the plan was written (whenever this test runs), a change to one item.
    let written: chrono::DateTime<chrono::Utc> =
        chrono::NaiveDateTime::parse_from_str(&stamp, "%Y%m%dT%H%M%SZ").unwrap().and_utc();
    let later = written + chrono::Duration::hours(1);
    store.set_clock(Box::new(move || later));
    let mut draft = item_draft(&channel, "Midnight, renamed", When::At { local: "2027-06-02T00:00".into() });
    draft.status = ItemStatus::Draft;
    items::update(&mut store, &id, &draft).unwrap();
    let after = ics::calendar(&store, &IcsOptions::default(), now()).unwrap();
    assert_eq!(before.events, after.events);
    let (seq_after, stamp_after) = revision_of(&after.text, &id).unwrap();
    assert_eq!(seq_after, seq + 3600, "SEQUENCE counts the seconds the row moved on");
    assert_eq!(stamp_after, later.format("%Y%m%dT%H%M%SZ").to_string(), "DTSTAMP: when it last changed");
    let other = id_at(&store, "2027-03-27T23:30");
    assert_eq!(revision_of(&before.text, &other), revision_of(&after.text, &other), "the others unchanged");
    let uids = |text: &str| text.lines().filter(|l| l.starts_with("UID:")).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(uids(&before.text), uids(&after.text), "the same UIDs, in the same order");
}

#[test]
fn lines_are_folded_within_75_octets_and_end_in_crlf() {
    let (store, _, _) = plan();
    let file = ics::calendar(&store, &IcsOptions::default(), now()).unwrap();
    assert!(file.text.ends_with("END:VCALENDAR\r\n"));
    for line in file.text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    assert!(file.text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"), "the zone is described");
}

#[test]
fn a_window_that_ends_before_it_starts_is_refused() {
    let (store, _, _) = plan();
    let backwards =
        Selection { from: Some("2027-05-01".into()), to: Some("2027-04-01".into()), ..Selection::default() };
    let options = IcsOptions { selection: backwards, ..IcsOptions::default() };
    let e = ics::calendar(&store, &options, now()).unwrap_err();
    assert!(e.to_string().contains("before the first day"), "{e}");
    let bad = IcsOptions {
        selection: Selection { from: Some("2027-13-01".into()), ..Selection::default() },
        ..IcsOptions::default()
    };
    assert!(ics::calendar(&store, &bad, now()).is_err());
}

/// The SEQUENCE and DTSTAMP of the event with `uid`.
fn revision_of(text: &str, uid: &str) -> Option<(u32, String)> {
    almanac_tests::ics_revision(text, uid)
}
