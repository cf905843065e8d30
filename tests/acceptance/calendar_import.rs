//! Public calendars imported as key dates and blackout periods: a government bank-holiday
//! feed, an Outlook export with a Windows zone name, a repeating meeting with an excluded
//! date and a folded line, an election timetable; a second import adds nothing; files
//! that are not calendars are refused and change nothing.

use std::path::{Path, PathBuf};

use almanac_core::domain::{BlackoutLevel, KeyDateCategory};
use almanac_core::import::calendar::{self, CalendarImportKind, CalendarImportOptions};
use almanac_core::ops::key_dates;
use almanac_core::Store;
use almanac_tests::{english, set_zone};
use chrono::NaiveDate;

fn fixture(name: &str) -> PathBuf {
    almanac_tests::repo().join("tests/fixtures/ics").join(name)
}

fn plan(dir: &Path) -> Store {
    let mut store = Store::open_dir(dir).unwrap();
    set_zone(&mut store, "Europe/London", "en-GB");
    store
}

fn options(kind: CalendarImportKind) -> CalendarImportOptions {
    CalendarImportOptions {
        kind,
        category: KeyDateCategory::Holiday,
        level: BlackoutLevel::Restricted,
        region: "England and Wales".into(),
        from: Some("2027-01-01".into()),
        to: Some("2027-12-31".into()),
    }
}

fn spans(preview: &calendar::CalendarPreview) -> Vec<(String, String, String)> {
    preview.rows.iter().map(|r| (r.starts_on.clone(), r.ends_on.clone(), r.name.clone())).collect()
}

fn year(store: &Store) -> Vec<almanac_core::domain::KeyDate> {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    key_dates::list(store, d("2027-01-01"), d("2027-12-31")).unwrap()
}

fn s(a: &str, b: &str, c: &str) -> (String, String, String) {
    (a.into(), b.into(), c.into())
}

#[test]
fn a_bank_holiday_feed_becomes_key_dates_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = plan(dir.path());
    let file = fixture("bank-holidays.ics");
    let opts = options(CalendarImportKind::KeyDates);
    let preview = calendar::import(&mut store, &file, &opts, true).unwrap();
    assert_eq!(preview.source, "England and Wales bank holidays");
    assert_eq!(
        spans(&preview),
        [
            s("2027-01-01", "2027-01-01", "New Year’s Day"),
            s("2027-03-26", "2027-03-26", "Good Friday"),
            s("2027-03-29", "2027-03-29", "Easter Monday"),
            s("2027-12-27", "2027-12-27", "Christmas Day"),
        ],
        "the 2015 holiday is outside the window"
    );
    assert_eq!(year(&store).len(), 0, "a preview writes nothing");
    assert_eq!(calendar::import(&mut store, &file, &opts, false).map(|p| p.added).unwrap(), 4);
    let added = year(&store);
    assert_eq!(added.len(), 4);
    assert!(added.iter().all(|k| k.category == KeyDateCategory::Holiday
        && k.region == "England and Wales"
        && k.source == "England and Wales bank holidays"));

    let again = calendar::import(&mut store, &file, &opts, true).unwrap();
    assert_eq!((again.added, again.rows.iter().all(|r| r.duplicate)), (0, true), "already in the plan");
    assert_eq!(calendar::import(&mut store, &file, &opts, false).map(|p| p.added).unwrap(), 0);
    store.undo().unwrap();
    assert_eq!(year(&store).len(), 0, "the import is one undoable change");
}

#[test]
fn an_outlook_calendar_with_a_windows_zone_a_repeating_meeting_and_an_excluded_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = plan(dir.path());
    let mut opts = options(CalendarImportKind::KeyDates);
    opts.category = KeyDateCategory::Internal;
    let preview = calendar::import(&mut store, &fixture("council-outlook.ics"), &opts, true).unwrap();
    assert_eq!(preview.source, "Westmark Council meetings");
    assert_eq!(
        spans(&preview),
        [
            s("2027-01-12", "2027-01-12", "Full council meeting"),
            s("2027-02-09", "2027-02-09", "Full council meeting"),
            s("2027-03-09", "2027-03-09", "Full council meeting"),
            s("2027-05-11", "2027-05-11", "Full council meeting"),
            s("2027-06-08", "2027-06-08", "Full council meeting"),
            s("2027-07-12", "2027-07-13", "Late licensing committee (runs past midnight)"),
        ],
        "the second Tuesday at 19:00 “GMT Standard Time”, April excluded; the folded title whole"
    );
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
}

#[test]
fn an_election_timetable_becomes_blackout_periods_of_the_level_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = plan(dir.path());
    let opts = options(CalendarImportKind::Blackouts);
    assert_eq!(calendar::import(&mut store, &fixture("election.ics"), &opts, false).map(|p| p.added).unwrap(), 2);
    let periods = year(&store);
    let pre = periods.iter().find(|k| k.name.starts_with("Pre-election")).unwrap();
    assert_eq!((pre.starts_on.to_string(), pre.ends_on.to_string()), ("2027-03-29".into(), "2027-05-06".into()));
    assert!(periods
        .iter()
        .all(|k| k.category == KeyDateCategory::Blackout && k.blackout_level == Some(BlackoutLevel::Restricted)));
    let snapshots = std::fs::read_dir(dir.path().join("snapshots")).unwrap().count();
    assert_eq!(snapshots, 1, "the plan was snapshotted before the import");
}

#[test]
fn a_rule_that_never_ends_is_read_within_the_window_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = plan(dir.path());
    let file = dir.path().join("forever.ics");
    std::fs::write(
        &file,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20270101T000000Z\r\n\
         DTSTART;VALUE=DATE:19900101\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Every day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let preview = calendar::import(&mut store, &file, &options(CalendarImportKind::KeyDates), true).unwrap();
    assert_eq!(preview.rows.len(), 365, "every day of 2027 and no other");
    assert!(preview.problems.iter().any(|p| english(p).contains("go on past")), "{:?}", preview.problems);
}

#[test]
fn files_that_are_not_calendars_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = plan(dir.path());
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("plan.pdf.ics", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(), "not an iCalendar file"),
        ("empty.ics", Vec::new(), "not an iCalendar file"),
        (
            "todo.ics",
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n".to_vec(),
            "holds no events",
        ),
        ("huge.ics", vec![b'A'; 11 * 1024 * 1024], "at most 10 MB"),
    ];
    for (name, bytes, expected) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let e = calendar::import(&mut store, &file, &options(CalendarImportKind::KeyDates), false)
            .map(|p| p.added)
            .unwrap_err();
        assert!(e.to_string().contains(expected), "{name}: {e}");
    }
    assert!(year(&store).is_empty());
    assert!(!dir.path().join("snapshots").exists(), "a refused file takes no snapshot");
}
