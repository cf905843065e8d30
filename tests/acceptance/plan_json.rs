//! The whole-plan JSON document: the agency sample plan exported, imported into an empty
//! data folder and exported again is the same document, row for row; documents that are
//! not plans, from a newer Almanac, or whose records do not fit together, and imports into
//! a plan that has content, are refused and change nothing.

use almanac_tests::english_of;
use std::path::Path;

use almanac_core::domain::{LoggedDecisionDraft, Subject};
use almanac_core::export::plan_json::{self, FORMAT, VERSION};
use almanac_core::import::plan_json as plan_import;
use almanac_core::ops::comments;
use almanac_core::sample::{self, Profile, SampleOptions};
use almanac_core::{Error, Store};
use chrono::NaiveDate;

fn now() -> chrono::DateTime<chrono::Utc> {
    "2027-06-01T12:00:00Z".parse().unwrap()
}

fn row_counts(store: &Store) -> Vec<(String, u32)> {
    let conn = store.conn();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('change', 'change_batch') ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let n = conn.query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0)).unwrap();
            (t, n)
        })
        .collect()
}

#[test]
fn the_agency_plan_goes_out_as_json_and_comes_back_into_an_empty_plan_row_for_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut source = Store::open_dir(&dir.path().join("source")).unwrap();
    let today = NaiveDate::from_ymd_opt(2027, 6, 1).unwrap();
    sample::load(&mut source, SampleOptions { profile: Profile::Agency, seed: 1, year: 2027, today }).unwrap();
    // A comment with a mention and a logged decision travel too.
    let member = almanac_core::ops::members::list(&source).unwrap()[0].name.clone();
    let item = plan_json::document(&source, now()).unwrap().items[0].id;
    let comment = comments::add(&mut source, Subject::Item { id: item }, &format!("@{member} please check the copy"));
    assert_eq!(comment.unwrap().mentions.len(), 1);
    let decision = LoggedDecisionDraft {
        year: 2027,
        campaign_id: None,
        decision: "No posts on polling day".into(),
        rationale: "Purdah".into(),
        decided_by: member,
        decided_on: "2027-05-02".into(),
        concerns: vec![Subject::Item { id: item }],
    };
    comments::log_decision(&mut source, &decision, now()).unwrap();
    let file = dir.path().join("plan.json");
    let written = plan_json::export(&source, now(), &file).unwrap();
    assert!(written > 12_000, "{written}");
    let doc = plan_json::document(&source, now()).unwrap();
    assert_eq!((doc.comments.len(), doc.decisions.len()), (1, 1));

    let mut copy = Store::open_dir(&dir.path().join("copy")).unwrap();
    assert_eq!(plan_import::apply(&mut copy, &file).unwrap(), written);
    assert_eq!(plan_json::document(&copy, now()).unwrap(), plan_json::document(&source, now()).unwrap());
    assert_eq!(row_counts(&copy), row_counts(&source), "every table, row for row");
    assert_eq!(english_of(copy.history().unwrap().undo_label).as_deref(), Some("Import the whole plan from plan.json"));

    let again = plan_import::apply(&mut copy, &file).unwrap_err();
    assert!(matches!(again, Error::Conflict { .. }) && again.to_string().contains("not empty"), "{again}");
}

/// Writes `doc` as a file and imports it into a fresh plan, which must stay empty.
fn refused(dir: &Path, name: &str, doc: &serde_json::Value) -> Error {
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, serde_json::to_vec(doc).unwrap()).unwrap();
    let mut store = Store::open_dir(&dir.join(name)).unwrap();
    let before = row_counts(&store);
    let e = plan_import::apply(&mut store, &file).unwrap_err();
    assert_eq!(row_counts(&store), before, "{name}: nothing imported");
    assert!(store.history().unwrap().undo_label.is_none(), "{name}: nothing journaled");
    e
}

#[test]
fn documents_that_are_not_plans_or_do_not_fit_together_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut source = Store::open_in_memory().unwrap();
    almanac_tests::add_brand_and_channel(&mut source);
    let good = serde_json::to_value(plan_json::document(&source, now()).unwrap()).unwrap();
    assert_eq!((good["format"].as_str(), good["version"].as_u64()), (Some(FORMAT), Some(u64::from(VERSION))));

    let mut other = good.clone();
    other["format"] = "something-else".into();
    assert!(refused(dir.path(), "other", &other).to_string().contains("not an Almanac plan document"));

    let mut newer = good.clone();
    newer["version"] = (VERSION + 1).into();
    newer["somethingNew"] = true.into();
    assert!(matches!(refused(dir.path(), "newer", &newer), Error::Conflict { .. }));

    let mut orphan = good.clone();
    orphan["brands"] = serde_json::json!([]);
    let e = refused(dir.path(), "orphan", &orphan);
    assert!(e.to_string().contains("do not fit together"), "a channel without its brand: {e}");

    let mut wrong = good.clone();
    wrong["channels"][0]["platform"] = "carrierPigeon".into();
    assert!(refused(dir.path(), "wrong", &wrong).to_string().contains("does not hold a plan"));

    let text = dir.path().join("text.json");
    std::fs::write(&text, "BEGIN:VCALENDAR").unwrap();
    let mut store = Store::open_dir(&dir.path().join("text")).unwrap();
    assert!(plan_import::apply(&mut store, &text).unwrap_err().to_string().contains("is not JSON"));
}
