//! Recurring series against a reference: generated RRULEs expanded by Almanac and by
//! Python's `recurring-ical-events`, which must agree occurrence by occurrence (on the
//! plan's wall clock, across daylight-saving changes); and series edited one occurrence,
//! this and following, or all at once.

use std::collections::BTreeMap;
use std::process::Command;

use almanac_core::domain::series::SeriesStart;
use almanac_core::domain::{ItemStatus, Schedule, When};
use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::series::{self, SeriesDraft, SeriesScope};
use almanac_core::schedule::series::expand;
use almanac_core::{Error, Store};
use almanac_tests::{item_draft, plan_with_channel, set_zone};
use chrono::Datelike;
use chrono_tz::Tz;

/// A small deterministic generator, so the cases are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

const ZONES: [&str; 4] = ["Europe/Paris", "America/Vancouver", "Europe/London", "Australia/Sydney"];
const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// A rule, its start (`2027-03-01T09:00` or a date) and its zone.
fn cases() -> Vec<(String, String, &'static str)> {
    let mut g = Lcg(20271);
    let mut out = Vec::new();
    for n in 0..80 {
        let zone = ZONES[g.next(4) as usize];
        let day = format!("2027-{:02}-{:02}", 1 + g.next(12), 1 + g.next(28));
        let start = match g.next(5) {
            0 => day.clone(),
            1 => format!("{day}T00:15"),
            2 => format!("{day}T16:30"),
            3 => format!("{day}T23:30"),
            _ => format!("{day}T09:00"),
        };
        let interval = 1 + g.next(3);
        // Rules synchronised with their start, as the editor builds them (RFC 5545 leaves an
        // unsynchronised start undefined, and expanders differ there).
        let date: chrono::NaiveDate = day.parse().unwrap();
        let weekday = DAYS[date.weekday().num_days_from_monday() as usize];
        let mut rule = match n % 4 {
            0 => format!("FREQ=DAILY;INTERVAL={interval}"),
            1 => {
                let other = DAYS[g.next(7) as usize];
                let by = if other == weekday { weekday.to_string() } else { format!("{weekday},{other}") };
                format!("FREQ=WEEKLY;INTERVAL={interval};BYDAY={by}")
            }
            2 if g.next(2) == 0 => format!("FREQ=MONTHLY;BYMONTHDAY={}", date.day()),
            2 => format!("FREQ=MONTHLY;BYDAY={}{weekday}", (date.day() - 1) / 7 + 1),
            _ => "FREQ=YEARLY".to_string(),
        };
        if g.next(3) == 0 {
            // A daily rule ends within about a year, so no case passes the 500 occurrences a series may have.
            let year = if n % 4 == 0 { 28 } else { 28 + g.next(3) };
            rule.push_str(&format!(";UNTIL=20{year}{:02}01T000000Z", 1 + g.next(if n % 4 == 0 { 4 } else { 12 })));
        } else {
            rule.push_str(&format!(";COUNT={}", 1 + g.next(30)));
        }
        out.push((rule, start, zone));
    }
    out
}

fn ics_start(start: &str, zone: &str) -> String {
    let compact: String = start.chars().filter(|c| c.is_ascii_digit()).collect();
    if start.len() == 10 {
        format!("DTSTART;VALUE=DATE:{compact}")
    } else {
        format!("DTSTART;TZID={zone}:{}T{}00", &compact[..8], &compact[8..])
    }
}

#[test]
#[ignore = "needs Python with recurring-ical-events (ALMANAC_PYTHON); run by the test script"]
fn generated_rules_expand_as_the_reference_expander_does() {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Almanac tests//EN\r\n");
    let mut ours: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (n, (rule, start, zone)) in cases().iter().enumerate() {
        let uid = format!("case-{n}");
        let tz: Tz = zone.parse().unwrap();
        let expanded = match expand(rule, SeriesStart::parse("when", start).unwrap(), tz, &[]) {
            Ok(o) => o.into_iter().map(|o| o.recurrence_id).collect(),
            Err(e) => panic!("{uid} {rule} from {start} in {zone}: {e}"),
        };
        ours.insert(uid.clone(), expanded);
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20270101T000000Z\r\n{}\r\nRRULE:{rule}\r\nSUMMARY:{uid}\r\nEND:VEVENT\r\n",
            ics_start(start, zone)
        ));
    }
    ics.push_str("END:VCALENDAR\r\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cases.ics");
    std::fs::write(&path, ics).unwrap();
    let python = std::env::var("ALMANAC_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = almanac_tests::repo().join("tests/recurrence/expand.py");
    let out = Command::new(&python).arg(script).arg(&path).output().expect("Python runs (set ALMANAC_PYTHON)");
    assert!(out.status.success(), "the reference expander failed: {}", String::from_utf8_lossy(&out.stderr));
    let theirs: BTreeMap<String, Vec<String>> = serde_json::from_slice(&out.stdout).expect("JSON from the reference");
    let cases = cases();
    for (uid, expected) in &theirs {
        let n: usize = uid.trim_start_matches("case-").parse().unwrap();
        assert_eq!(ours.get(uid), Some(expected), "{uid}: {:?}", cases[n]);
    }
    assert_eq!(theirs.len(), ours.len(), "every case expanded by both");
}

fn plan() -> (Store, String) {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "Europe/Paris", "fr-FR");
    (store, channel)
}

fn poll(channel: &str) -> SeriesDraft {
    let mut item = item_draft(channel, "Friday poll", When::At { local: "2027-03-12T09:00".into() });
    item.status = ItemStatus::Scheduled;
    SeriesDraft { item, rrule: "FREQ=WEEKLY;BYDAY=FR;COUNT=6".into() }
}

/// The series' occurrences: (local start, title).
fn shown(store: &Store) -> Vec<(String, String)> {
    let q = WindowQuery { from: "2027-03-01".into(), to: "2027-05-01".into(), filter: ItemFilter::default() };
    items::list_window(store, &q)
        .unwrap()
        .into_iter()
        .map(|e| (e.local_start.unwrap()[..16].to_string(), e.item.title))
        .collect()
}

fn id_at(store: &Store, start: &str) -> String {
    let q = WindowQuery { from: "2027-03-01".into(), to: "2027-05-01".into(), filter: ItemFilter::default() };
    let e = items::list_window(store, &q)
        .unwrap()
        .into_iter()
        .find(|e| e.local_start.as_deref().unwrap().starts_with(start));
    e.unwrap().item.id.to_string()
}

#[test]
fn a_weekly_series_keeps_nine_oclock_and_edits_one_the_following_or_all() {
    let (mut store, channel) = plan();
    let made = series::create(&mut store, &poll(&channel)).unwrap();
    assert_eq!(made.occurrences, 6);
    let starts: Vec<String> = shown(&store).into_iter().map(|s| s.0).collect();
    assert_eq!(
        starts,
        [
            "2027-03-12T09:00",
            "2027-03-19T09:00",
            "2027-03-26T09:00",
            "2027-04-02T09:00",
            "2027-04-09T09:00",
            "2027-04-16T09:00"
        ]
    );
    let april = items::get(&store, &id_at(&store, "2027-04-02")).unwrap();
    assert_eq!(
        april.item.schedule,
        Schedule::At { utc: "2027-04-02T07:00:00Z".parse().unwrap() },
        "09:00 in summer time"
    );

    // One occurrence: renamed and moved to Thursday; it keeps that when the rest change.
    let one = id_at(&store, "2027-03-19");
    let mut draft = poll(&channel).item;
    draft.title = "Friday poll: results".into();
    draft.when = When::At { local: "2027-03-18T09:00".into() };
    series::edit(&mut store, &one, &draft, SeriesScope::One).unwrap();

    // This and following, from 2 April: an hour later, renamed. The series splits there.
    let from = id_at(&store, "2027-04-02");
    let mut later = poll(&channel).item;
    later.title = "Friday poll (spring)".into();
    later.when = When::At { local: "2027-04-02T10:00".into() };
    series::edit(&mut store, &from, &later, SeriesScope::Following).unwrap();
    assert_eq!(
        shown(&store),
        [
            ("2027-03-12T09:00".into(), "Friday poll".into()),
            ("2027-03-18T09:00".into(), "Friday poll: results".into()),
            ("2027-03-26T09:00".into(), "Friday poll".into()),
            ("2027-04-02T10:00".into(), "Friday poll (spring)".into()),
            ("2027-04-09T10:00".into(), "Friday poll (spring)".into()),
            ("2027-04-16T10:00".into(), "Friday poll (spring)".into()),
        ]
    );
    let first_part = items::get(&store, &id_at(&store, "2027-03-12")).unwrap().item.series_id.unwrap();
    let second_part = items::get(&store, &from).unwrap().item.series_id.unwrap();
    assert_ne!(first_part, second_part, "two series now");
    assert_eq!(series::get(&store, &first_part.to_string()).unwrap().series.rrule, "FREQ=WEEKLY;BYDAY=FR;COUNT=3");

    // All (of the first part): renamed; the detached Thursday keeps its own edits.
    let mut all = poll(&channel).item;
    all.title = "Weekly poll".into();
    let target = id_at(&store, "2027-03-12");
    series::edit(&mut store, &target, &all, SeriesScope::All).unwrap();
    let titles: Vec<String> = shown(&store).into_iter().map(|s| s.1).collect();
    assert_eq!(titles[..3], ["Weekly poll", "Friday poll: results", "Weekly poll"]);

    // Each edit is one change.
    store.undo().unwrap();
    store.undo().unwrap();
    let titles: Vec<String> = shown(&store).into_iter().map(|s| s.1).collect();
    assert_eq!(
        titles,
        ["Friday poll", "Friday poll: results", "Friday poll", "Friday poll", "Friday poll", "Friday poll"]
    );
}

#[test]
fn deleting_one_occurrence_the_following_or_the_series() {
    let (mut store, channel) = plan();
    let made = series::create(&mut store, &poll(&channel)).unwrap();
    let target = id_at(&store, "2027-03-19");
    series::delete(&mut store, &target, SeriesScope::One).unwrap();
    let s = series::get(&store, &made.series.id.to_string()).unwrap();
    assert_eq!((s.occurrences, s.series.exceptions.clone()), (5, vec!["2027-03-19T09:00".to_string()]));
    let target = id_at(&store, "2027-04-09");
    series::delete(&mut store, &target, SeriesScope::Following).unwrap();
    assert_eq!(shown(&store).len(), 3);
    assert_eq!(series::get(&store, &made.series.id.to_string()).unwrap().series.rrule, "FREQ=WEEKLY;BYDAY=FR;COUNT=4");
    let target = id_at(&store, "2027-03-12");
    series::delete(&mut store, &target, SeriesScope::All).unwrap();
    assert!(shown(&store).is_empty());
    assert!(matches!(series::get(&store, &made.series.id.to_string()), Err(Error::NotFound { .. })));
    store.undo().unwrap();
    assert_eq!(shown(&store).len(), 3, "undo brings the series back");
}

#[test]
fn a_bad_rule_is_a_typed_error_that_writes_nothing() {
    let (mut store, channel) = plan();
    let history = store.history().unwrap();
    for rule in
        ["FREQ=WEEKLY;BYDAY=FR", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31;COUNT=2", "FREQ=DAILY;COUNT=1000", "NOT A RULE"]
    {
        let draft = SeriesDraft { rrule: rule.into(), ..poll(&channel) };
        let err = series::create(&mut store, &draft).unwrap_err();
        assert!(matches!(&err, Error::Validation { field, .. } if field == "rrule"), "{rule}: {err}");
    }
    let unscheduled = SeriesDraft { item: item_draft(&channel, "Poll", When::Unscheduled), ..poll(&channel) };
    assert!(
        matches!(series::create(&mut store, &unscheduled), Err(Error::Validation { field, .. }) if field == "when")
    );
    assert_eq!(store.history().unwrap(), history);
    assert!(shown(&store).is_empty());
}

#[test]
fn after_a_split_an_occurrence_edited_on_its_own_goes_with_its_part_and_survives_deleting_the_first() {
    let (mut store, channel) = plan();
    series::create(&mut store, &poll(&channel)).unwrap();
    let own = id_at(&store, "2027-04-09");
    let mut easter = poll(&channel).item;
    easter.title = "Friday poll: Easter".into();
    easter.when = When::At { local: "2027-04-09T09:00".into() };
    series::edit(&mut store, &own, &easter, SeriesScope::One).unwrap();

    let from = id_at(&store, "2027-04-02");
    let mut later = poll(&channel).item;
    later.title = "Friday poll (spring)".into();
    later.when = When::At { local: "2027-04-02T10:00".into() };
    series::edit(&mut store, &from, &later, SeriesScope::Following).unwrap();
    let second_part = items::get(&store, &from).unwrap().item.series_id;
    let kept = items::get(&store, &own).unwrap().item;
    assert_eq!(kept.series_id, second_part, "the Easter poll comes after the split: it belongs to the second part");
    assert_eq!((kept.title.as_str(), kept.detached), ("Friday poll: Easter", true), "with its own edits");

    // Deleting every occurrence of the first part leaves the second part whole.
    let first = id_at(&store, "2027-03-12");
    series::delete(&mut store, &first, SeriesScope::All).unwrap();
    let titles: Vec<String> = shown(&store).into_iter().map(|s| s.1).collect();
    assert_eq!(titles, ["Friday poll (spring)", "Friday poll: Easter", "Friday poll (spring)"]);
}
