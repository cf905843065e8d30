//! Comments with @mentions on items, campaigns and collaborations, and the decision log of
//! a campaign and of the plan year, exported as CSV for the records.

use almanac_core::domain::{LoggedDecisionDraft, Subject};
use almanac_core::export::decision_log;
use almanac_core::ops::{approvals, campaigns, comments};
use almanac_tests::{add_item, add_member, campaign_draft, english_of, plan_with_channel};
use chrono::{DateTime, Utc};
use uuid::Uuid;

fn now() -> DateTime<Utc> {
    "2027-04-01T09:00:00Z".parse().unwrap()
}

#[test]
fn a_comment_names_its_author_finds_its_mentions_and_only_its_author_deletes_it() {
    let (mut store, channel) = plan_with_channel();
    let aisha = add_member(&mut store, "Aisha Rahman", vec![]).parse::<Uuid>().unwrap();
    let tom = add_member(&mut store, "Tom Price", vec![]).parse::<Uuid>().unwrap();
    let item: Uuid = add_item(&mut store, &channel, "Open day", "2027-05-01").parse().unwrap();
    approvals::set_laptop_user(&mut store, Some(&tom.to_string())).unwrap();
    let subject = Subject::Item { id: item };
    let first = comments::add(&mut store, subject, "@Aisha Rahman can you check the wording?").unwrap();
    assert_eq!((first.author.as_str(), first.mentions.clone()), ("Tom Price", vec![aisha]));
    comments::add(&mut store, subject, "Done, see the copy").unwrap();
    let listed: Vec<String> = comments::list(&store, subject).unwrap().into_iter().map(|c| c.text).collect();
    assert_eq!(listed, ["@Aisha Rahman can you check the wording?", "Done, see the copy"]);
    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Comment on “Open day”"));
    assert_eq!(comments::list(&store, subject).unwrap().len(), 1);

    approvals::set_laptop_user(&mut store, Some(&aisha.to_string())).unwrap();
    let err = comments::delete(&mut store, &first.id.to_string()).unwrap_err();
    assert_eq!(err.code(), "conflict", "not hers to delete");
    let blank = comments::add(&mut store, subject, "   ").unwrap_err();
    assert_eq!(blank.code(), "validation");
    let nowhere = comments::add(&mut store, Subject::Campaign { id: Uuid::now_v7() }, "Hello").unwrap_err();
    assert_eq!(nowhere.code(), "validation", "a campaign that is not in the plan");
}

#[test]
fn the_decision_log_keeps_a_campaigns_and_the_years_decisions_and_exports_them() {
    let (mut store, channel) = plan_with_channel();
    let item: Uuid = add_item(&mut store, &channel, "Launch video", "2027-05-03").parse().unwrap();
    let campaign = campaigns::create(&mut store, &campaign_draft("Cone Zone", "2027-05-01", "2027-05-31")).unwrap();
    let draft = |campaign_id: Option<String>, decision: &str, concerns: Vec<Subject>| LoggedDecisionDraft {
        year: 2027,
        campaign_id,
        decision: decision.into(),
        rationale: "=Pre-election guidance: nothing new after 15 April".into(),
        decided_by: "Aisha Rahman".into(),
        decided_on: "2027-03-20".into(),
        concerns,
    };
    comments::log_decision(&mut store, &draft(None, "No new campaigns in the pre-election period", vec![]), now())
        .unwrap();
    let concerns = vec![Subject::Item { id: item }];
    let ours = draft(Some(campaign.id.to_string()), "Launch after the elections", concerns);
    comments::log_decision(&mut store, &ours, now()).unwrap();
    assert_eq!(comments::decisions(&store, 2027, None).unwrap().len(), 2);
    let of_campaign = comments::decisions(&store, 2027, Some(&campaign.id.to_string())).unwrap();
    assert_eq!(of_campaign.len(), 1);
    assert_eq!(of_campaign[0].decision, "Launch after the elections");

    let gone = draft(None, "About something gone", vec![Subject::Item { id: Uuid::now_v7() }]);
    assert_eq!(comments::log_decision(&mut store, &gone, now()).unwrap_err().code(), "validation");

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("decisions.csv");
    assert_eq!(decision_log::export(&store, 2027, &out).unwrap(), 2);
    let bytes = std::fs::read(&out).unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[1][1], "Launch after the elections");
    assert_eq!(&rows[1][2], "'=Pre-election guidance: nothing new after 15 April", "a formula is shown as text");
    assert_eq!((&rows[1][4], &rows[1][5]), ("Cone Zone", "Launch video"));
    assert!(decision_log::export(&store, 2027, &dir.path().join("decisions.txt")).is_err());
}
