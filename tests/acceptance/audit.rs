//! The audit trail of a period: every item dated in it, the moment (and person) that first
//! planned it for its day, every later change with the approvers' decisions, in order;
//! the CSV neutralises formulas and the PDF (read by poppler) has 40 items a page.

use almanac_core::domain::{ApprovalScope, Decision, When};
use almanac_core::export::audit;
use almanac_core::export::words::Words;
use almanac_core::ops::approvals::{self, DecisionDraft};
use almanac_core::ops::audit::{trail, AuditQuery};
use almanac_core::Store;
use almanac_tests::{add_item, add_member, on, pdf_facts, plan_with_channel};
use chrono::{DateTime, Utc};

fn at(t: &str) -> DateTime<Utc> {
    t.parse().unwrap()
}

fn period() -> AuditQuery {
    AuditQuery { from: "2027-04-15".into(), to: "2027-05-06".into() }
}

/// A store whose clock reads `t` for the next changes.
fn clock(store: &mut Store, t: &str) {
    let fixed = at(t);
    store.set_clock(Box::new(move || fixed));
}

#[test]
fn an_item_moved_into_a_pre_election_period_shows_when_and_by_whom_it_was_planned_there() {
    let (mut store, channel) = plan_with_channel();
    store.set_actor("Sam");
    clock(&mut store, "2027-03-01T09:00:00Z");
    let moved = add_item(&mut store, &channel, "Bike marking", "2027-06-01");
    let planned = add_item(&mut store, &channel, "=HYPERLINK(\"http://evil\")", "2027-04-20");
    add_item(&mut store, &channel, "After the period", "2027-05-07");
    clock(&mut store, "2027-04-10T10:30:00Z");
    almanac_tests::move_to(&mut store, &moved, &on("2027-05-01")).unwrap();
    store.set_actor("Ann");
    clock(&mut store, "2027-04-11T08:00:00Z");
    let head = add_member(&mut store, "Aisha Rahman", vec![ApprovalScope::Everything]);
    approvals::set_laptop_user(&mut store, Some(&head.to_string())).unwrap();
    approvals::submit(&mut store, std::slice::from_ref(&moved)).unwrap();
    clock(&mut store, "2027-04-12T08:00:00Z");
    let ok = DecisionDraft { item_ids: vec![moved.clone()], decision: Decision::Approved, comment: String::new() };
    approvals::decide(&mut store, &ok).unwrap();
    almanac_tests::move_to(&mut store, &planned, &When::At { local: "2027-04-20T09:30".into() }).unwrap();

    let t = trail(&store, &period(), at("2027-04-13T00:00:00Z")).unwrap();
    let titles: Vec<&str> = t.entries.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["=HYPERLINK(\"http://evil\")", "Bike marking"], "the period's items, in the order they go out");
    let bike = &t.entries[1];
    let first = bike.first_planned.as_ref().unwrap();
    assert_eq!(
        (first.at.as_str(), first.by.as_str()),
        ("2027-04-10 10:30", "Sam"),
        "moved in on 10 April, not created then"
    );
    let english = Words::for_locale("en-GB");
    assert_eq!(audit::change_text(&english, &first.change), "Moved from 1 June 2027 to 1 May 2027");
    let later: Vec<(&str, String)> =
        bike.later.iter().map(|c| (c.by.as_str(), audit::change_text(&english, &c.change))).collect();
    assert_eq!(
        later,
        [
            ("Ann", "Status Draft → In review".to_owned()),
            ("Ann", "Status In review → Approved".to_owned()),
            ("Aisha Rahman", "Approved".to_owned())
        ]
    );
    // Moving within its day keeps the day's first plan: the creation on 1 March.
    let evil = &t.entries[0];
    assert_eq!(evil.first_planned.as_ref().unwrap().at, "2027-03-01 09:00");
    assert_eq!(audit::change_text(&english, &evil.later[0].change), "Moved from 20 April 2027 to 20 April 2027, 09:30");
    // A Dutch records officer reads the same change in Dutch, with Dutch dates.
    let dutch = audit::change_text(&Words::for_locale("nl-NL"), &evil.later[0].change);
    assert!(dutch.contains("20 april 2027") && !dutch.contains("Moved"), "{dutch}");

    let csv = audit::csv(&t, &english, b',').unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2 + 4, "the first plan and each later change, one row each");
    assert_eq!(&rows[0][0], "'=HYPERLINK(\"http://evil\")", "a formula is shown as text");
    assert!(rows[2][7].starts_with("First planned for this date: Moved"));
    assert_eq!(&rows[2][8], moved.as_str());
}

#[test]
fn the_pdf_has_forty_items_a_page_headed_by_the_plan_and_period_and_a_bad_period_writes_nothing() {
    let (mut store, channel) = plan_with_channel();
    for n in 0..85 {
        add_item(&mut store, &channel, &format!("Item {n:02}"), &format!("2027-04-{:02}", 15 + n % 15));
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("audit.pdf");
    let written = audit::export(&store, &period(), at("2027-04-13T00:00:00Z"), &out).unwrap();
    assert_eq!(written.items, 85);
    let facts = pdf_facts(&out);
    assert_eq!(facts.pages, 3, "85 items: 40, 40 and 5");
    assert!(facts.text.contains("Audit trail"));
    assert!(facts.text.contains("15 April 2027 to 6 May 2027"));
    assert!(facts.text.contains("Page 3 of 3"));
    assert!(facts.fonts.iter().all(|(_, embedded)| *embedded));

    let backwards = AuditQuery { from: "2027-05-06".into(), to: "2027-04-15".into() };
    let bad = dir.path().join("bad.pdf");
    assert_eq!(audit::export(&store, &backwards, Utc::now(), &bad).unwrap_err().code(), "validation");
    let wrong = dir.path().join("audit.txt");
    assert_eq!(audit::export(&store, &period(), Utc::now(), &wrong).unwrap_err().code(), "validation");
    assert!(!bad.exists() && !wrong.exists());
}
