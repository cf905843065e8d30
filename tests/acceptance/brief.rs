//! The partner briefing pack: one A4 page with each partner's time on their own clock,
//! and the same text for an e-mail.

use almanac_core::domain::{CollaborationDraft, CollaborationKind, CollaborationPartnerDraft, PartnerStatus};
use almanac_core::export::brief;
use almanac_core::ops::collaborations::{self, TrackerQuery};
use almanac_core::ops::partners;
use almanac_core::Store;
use almanac_i18n::{Catalogue, Language};
use almanac_tests::{pdf_facts, set_locale};
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    "2027-06-15T08:00:00Z".parse().unwrap()
}

fn agency() -> Store {
    almanac_tests::agency_2027()
}

fn collaboration_titled(store: &Store, prefix: &str) -> String {
    let rows = collaborations::tracker(store, &TrackerQuery { within_days: None }, now()).unwrap();
    rows.iter().find(|r| r.collaboration.title.starts_with(prefix)).unwrap().collaboration.id.to_string()
}

#[test]
fn a_relay_brief_is_one_a4_page_with_each_partners_slot_on_their_clock() {
    let store = agency();
    let id = collaboration_titled(&store, "Mottos thread relay");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.pdf");
    brief::export(&store, &id, now(), &out).unwrap();
    let facts = pdf_facts(&out);
    assert_eq!(facts.pages, 1);
    assert!((facts.width - 595.28).abs() < 1.0 && (facts.height - 841.89).abs() < 1.0, "A4 portrait");
    assert!(facts.fonts.iter().all(|(_, embedded)| *embedded));
    // Section headings print in capitals.
    let lower = facts.text.to_lowercase();
    for text in ["Mottos thread relay", "Relay order", "Westmark Police", "#PoliceCooperation", "Vertical video"] {
        assert!(lower.contains(&text.to_lowercase()), "“{text}” is in the brief:\n{}", facts.text);
    }
    let b = brief::brief(&store, &id, now()).unwrap();
    assert!(b.relay && !b.partners.is_empty());
    for p in &b.partners {
        assert!(facts.text.contains(&p.name.chars().take(12).collect::<String>()), "{} is listed", p.name);
    }
    assert!(b.email.contains("Relay order (your time)") && b.email.contains("1. "), "{}", b.email);
}

#[test]
fn a_broadcast_to_more_partners_than_a_page_holds_counts_the_rest() {
    let mut store = agency();
    let everyone: Vec<CollaborationPartnerDraft> = partners::list(&store, &Default::default())
        .unwrap()
        .iter()
        .map(|p| CollaborationPartnerDraft {
            partner_id: p.id.to_string(),
            role: String::new(),
            status: PartnerStatus::Invited,
            slot: String::new(),
        })
        .collect();
    let n = everyone.len();
    let draft = CollaborationDraft {
        title: "Everyone: Day of Police Cooperation".into(),
        kind: CollaborationKind::GroupBroadcast,
        campaign_id: None,
        go_live: "2027-09-07T09:00".into(),
        asset_due: String::new(),
        approval_due: String::new(),
        key_message: "Cooperation ".repeat(200),
        hashtags: vec![],
        asset_specs: String::new(),
        notes: String::new(),
        item_ids: vec![],
        partners: everyone,
    };
    let c = collaborations::create(&mut store, &draft, now()).unwrap();
    let pdf = brief::render(&store, &c.id.to_string(), now()).unwrap().pdf;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.pdf");
    std::fs::write(&out, pdf).unwrap();
    let facts = pdf_facts(&out);
    assert_eq!(facts.pages, 1);
    assert!(facts.text.contains(&format!("+{} more partners", n - 28)), "{}", facts.text);
    let b = brief::brief(&store, &c.id.to_string(), now()).unwrap();
    assert_eq!(b.email.lines().filter(|l| l.starts_with("- ")).count(), n, "the e-mail lists every partner");
}

#[test]
fn an_unknown_collaboration_is_not_found_and_nothing_is_written() {
    let store = agency();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.pdf");
    let err = brief::export(&store, "0190f0f0-0000-7000-8000-00000000dead", now(), &out).unwrap_err();
    assert_eq!(err.code(), "notFound");
    assert!(!out.exists());
}

#[test]
fn a_dutch_plans_brief_and_its_email_speak_dutch_with_dutch_dates() {
    let mut store = agency();
    set_locale(&mut store, "nl-NL");
    let id = collaboration_titled(&store, "Mottos thread relay");
    let b = brief::brief(&store, &id, now()).unwrap();
    let dutch = Catalogue::of(Language::Nl);
    assert_eq!(b.kind, dutch.text("collaboration-kind-thread-relay"));
    assert_eq!(b.printed, "15 juni 2027");
    // The zone's offset is one argument, so a right-to-left language cannot split "UTC" from it.
    assert!(b.go_live.contains("Europe/London (UTC+01:00)"), "{}", b.go_live);
    assert!(b.email.contains(&dutch.text("brief-email-relay-order")), "{}", b.email);
    for english in ["Goes live", "Relay order", "Key message", "Thread relay"] {
        assert!(!b.email.contains(english), "no English “{english}” in the Dutch e-mail:\n{}", b.email);
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.pdf");
    brief::export(&store, &id, now(), &out).unwrap();
    let facts = pdf_facts(&out);
    assert_eq!(facts.pages, 1);
    // Section headings print in capitals.
    let text = facts.text.to_lowercase();
    for id in ["brief-goes-live", "brief-column-partner", "brief-column-their-time"] {
        let words = dutch.text(id).to_lowercase();
        assert!(text.contains(&words), "“{words}” is on the Dutch page:\n{}", facts.text);
    }
    assert!(text.contains("15 juni 2027") && !text.contains("goes live"), "{}", facts.text);
}
