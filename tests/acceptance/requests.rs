//! Requests from other departments: the objective their words fit, the coverage gap and
//! the findings of the wanted day, then one undoable decision: accepted into a draft item
//! that keeps the requester's words, or declined or parked with a reason.

use almanac_core::domain::{
    BlackoutLevel, CoveragePeriod, CoverageRuleDraft, ItemStatus, KeyDateCategory, KeyDateDraft, ObjectiveDraft,
    RequestDecision, RequestDraft, Schedule,
};
use almanac_core::ops::findings::CheckCache;
use almanac_core::ops::{coverage, items, key_dates, objectives, requests};
use almanac_core::schedule::findings::FindingKind;
use almanac_core::Store;
use almanac_tests::{english_of, plan_with_channel};
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    "2027-04-01T09:00:00Z".parse().unwrap()
}

fn objective(store: &mut Store, name: &str, description: &str) -> String {
    let draft = ObjectiveDraft {
        name: name.into(),
        description: description.into(),
        colour: "#1f4e9c".into(),
        kpi_metric: String::new(),
        kpi_target: None,
        kpi_period: String::new(),
        baseline: None,
        level: Default::default(),
        kpi_kind: Default::default(),
    };
    objectives::create(store, &draft).unwrap().id.to_string()
}

fn draft(channel: &str) -> RequestDraft {
    RequestDraft {
        title: "Cycle safety week".into(),
        text: "Could you share our advice for cyclists on the county's roads? =1+1".into(),
        requester: "Priya Shah".into(),
        department: "Highways".into(),
        contact: "priya@westmark.example".into(),
        audience: "Commuters who cycle".into(),
        received_on: "2027-03-29".into(),
        wanted_on: "2027-05-04".into(),
        channel_id: Some(channel.into()),
        objective_id: None,
    }
}

/// A plan with two objectives, a weekly rule for road safety, and a blackout on 4 May.
fn plan() -> (Store, String, String) {
    let (mut store, channel) = plan_with_channel();
    let roads = objective(&mut store, "Keep roads safe", "Fewer people killed or seriously injured on the roads");
    objective(&mut store, "Recruit officers", "Fill 300 officer posts");
    let rule = CoverageRuleDraft {
        objective_id: roads.clone(),
        channel_id: None,
        min_items: 2,
        period: CoveragePeriod::Week,
        weekdays_only: false,
    };
    coverage::create(&mut store, &rule).unwrap();
    let blackout = KeyDateDraft {
        name: "Local elections".into(),
        starts_on: "2027-05-04".into(),
        ends_on: "2027-05-04".into(),
        category: KeyDateCategory::Blackout,
        blackout_level: Some(BlackoutLevel::Restricted),
        region: String::new(),
    };
    key_dates::create(&mut store, &blackout).unwrap();
    (store, channel, roads)
}

#[test]
fn a_request_is_weighed_by_its_words_its_days_gap_and_its_findings_without_changing_anything() {
    let (store, channel, roads) = plan();
    let before = store.version().unwrap();
    let weighed = requests::assess(&store, &mut CheckCache::default(), &draft(&channel), now()).unwrap();
    assert_eq!(weighed.fits.len(), 1, "{:?}", weighed.fits);
    assert_eq!((weighed.fits[0].objective_id.to_string(), weighed.fits[0].words.clone()), (roads, vec!["road".into()]));
    assert_eq!(weighed.gaps.len(), 1, "the week of 4 May has none of its two items");
    assert_eq!((weighed.gaps[0].planned, weighed.gaps[0].required), (0, 2));
    assert!(weighed.findings.iter().any(|f| f.kind == FindingKind::InBlackout), "{:?}", weighed.findings);
    assert_eq!(store.version().unwrap(), before, "weighing writes nothing");
    let mut no_day = draft(&channel);
    no_day.wanted_on = "2027-03-01".into();
    let err = requests::assess(&store, &mut CheckCache::default(), &no_day, now()).unwrap_err();
    assert_eq!(err.code(), "validation", "wanted before it came in");
}

#[test]
fn accepting_makes_a_draft_item_with_the_requesters_words_in_one_undoable_change() {
    let (mut store, channel, roads) = plan();
    let mut d = draft(&channel);
    d.objective_id = Some(roads.clone());
    let request = requests::create(&mut store, &d, now()).unwrap();
    let accepted = requests::accept(&mut store, &request.id.to_string(), false, now()).unwrap();
    assert_eq!(accepted.decision, RequestDecision::Accepted);
    let item = items::get(&store, &accepted.item_id.unwrap().to_string()).unwrap().item;
    assert_eq!(
        (item.title.as_str(), item.status, item.schedule),
        ("Cycle safety week", ItemStatus::Draft, Schedule::Unscheduled)
    );
    assert_eq!(item.objective_ids.iter().map(|o| o.to_string()).collect::<Vec<_>>(), [roads]);
    assert!(item.notes.starts_with("Requested by Priya Shah (Highways, priya@westmark.example) on 2027-03-29"));
    assert!(item.notes.ends_with("county's roads? =1+1"), "their words, as written: {}", item.notes);
    let list = requests::list(&store, now()).unwrap();
    assert_eq!((list.fitting, list.rows[0].age_days), (1, 3), "decided on 1 April, three days after it came in");
    assert_eq!(list.rows[0].item_title.as_deref(), Some("Cycle safety week"));

    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Accept request “Cycle safety week”"));
    assert!(items::get(&store, &item.id.to_string()).is_err(), "the item goes with the undo");
    assert_eq!(requests::list(&store, now()).unwrap().rows[0].request.decision, RequestDecision::Open);
    let dated = requests::accept(&mut store, &request.id.to_string(), true, now()).unwrap();
    let item = items::get(&store, &dated.item_id.unwrap().to_string()).unwrap().item;
    assert_eq!(item.schedule, Schedule::AllDay { date: "2027-05-04".parse().unwrap() });
}

#[test]
fn declining_or_parking_needs_a_reason_and_a_decided_request_is_not_decided_again() {
    let (mut store, channel, _) = plan();
    let mut d = draft(&channel);
    d.channel_id = None;
    let id = requests::create(&mut store, &d, now()).unwrap().id.to_string();
    assert_eq!(requests::accept(&mut store, &id, false, now()).unwrap_err().code(), "validation", "no channel");
    let blank = requests::set_aside(&mut store, &id, RequestDecision::Declined, " ", now()).unwrap_err();
    assert_eq!(blank.code(), "validation");
    let parked = requests::set_aside(&mut store, &id, RequestDecision::Parked, "After the elections", now()).unwrap();
    assert_eq!((parked.decision, parked.reason.as_str()), (RequestDecision::Parked, "After the elections"));
    requests::set_aside(&mut store, &id, RequestDecision::Declined, "Not ours to say", now()).unwrap();
    let again = requests::set_aside(&mut store, &id, RequestDecision::Parked, "Later", now()).unwrap_err();
    assert_eq!(again.code(), "conflict");
    let list = requests::list(&store, now()).unwrap();
    assert_eq!(list.fitting, 0, "no objective chosen");
}
