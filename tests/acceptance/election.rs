//! An election called at short notice on the sample plan: the proposal run dry writes
//! nothing; applied, its holds, cancellations and exemptions are what the database then
//! holds, nothing but the kept goes out in the period, the decision log says who decided,
//! and one undo restores every row.

use std::collections::HashSet;

use almanac_core::domain::{BlackoutLevel, ContentItem, ItemStatus, KeyDateCategory};
use almanac_core::export::plan_json;
use almanac_core::ops::election::{self, ElectionDraft, ElectionReplan, ItemChoice};
use almanac_core::ops::findings::CheckCache;
use almanac_core::ops::{channels, comments, settings};
use almanac_core::schedule::election::{Exemption, Verdict};
use almanac_core::store::records::items as item_rows;
use almanac_core::Store;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

fn now() -> DateTime<Utc> {
    "2027-04-20T08:00:00Z".parse().unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The sample's agency year as its team sees it on 20 April, May still to come.
fn agency_in_april() -> Store {
    use almanac_core::sample::{self, Profile, SampleOptions};
    let mut store = Store::open_in_memory().unwrap();
    let options = SampleOptions { profile: Profile::Agency, seed: 1, year: 2027, today: day("2027-04-20") };
    sample::load(&mut store, options).unwrap();
    store
}

/// Mid-May: a pre-election period of two weeks and a day.
fn may_election(store: &Store) -> ElectionDraft {
    let roads = channels::list(store).unwrap().into_iter().find(|c| c.handle.to_lowercase().contains("roads"));
    ElectionDraft {
        name: "General election 2027".into(),
        from: "2027-05-12".into(),
        to: "2027-05-26".into(),
        level: Some(BlackoutLevel::Restricted),
        decided_by: "Head of Communications".into(),
        exempt_channel_ids: roads.into_iter().map(|c| c.id.to_string()).collect(),
        ..ElectionDraft::default()
    }
}

fn lines(replan: &ElectionReplan) -> impl Iterator<Item = &almanac_core::ops::election::ReplanLine> {
    replan.groups.iter().flat_map(|g| g.lines.iter())
}

fn ids_with(replan: &ElectionReplan, verdict: impl Fn(Verdict) -> bool) -> HashSet<Uuid> {
    lines(replan).filter(|l| verdict(l.verdict)).map(|l| l.item_id).collect()
}

fn item(store: &Store, id: Uuid) -> ContentItem {
    use almanac_core::store::records::Record;
    ContentItem::load(store.conn(), id).unwrap().unwrap()
}

/// Items still to go out on a day of the period.
fn going_out_in_may(store: &Store) -> HashSet<Uuid> {
    let tz = settings::get(store).unwrap().tz();
    item_rows::plan_items(store.conn(), day("2027-05-12"), day("2027-05-27"), tz)
        .unwrap()
        .into_values()
        .filter(|i| i.pending() && i.day.is_some_and(|d| day("2027-05-12") <= d && d <= day("2027-05-26")))
        .map(|i| i.id)
        .collect()
}

#[test]
fn an_election_mid_may_holds_cancels_and_keeps_what_the_database_then_holds_and_one_undo_restores_it() {
    let mut store = agency_in_april();
    let mut cache = CheckCache::default();
    let draft = may_election(&store);
    let before = plan_json::document(&store, now()).unwrap();
    let in_period = going_out_in_may(&store);
    assert!(in_period.len() > 100, "the sample plans hundreds of items in a fortnight: {}", in_period.len());

    let proposal = election::replan(&mut store, &mut cache, &draft, now(), true).unwrap();
    assert_eq!(plan_json::document(&store, now()).unwrap(), before, "a dry run writes nothing");
    let proposed: HashSet<Uuid> = lines(&proposal).map(|l| l.item_id).collect();
    assert_eq!(proposed, in_period, "every item going out in the period has its line");
    let c = proposal.counts;
    assert_eq!((c.held + c.cancelled + c.kept) as usize, in_period.len());
    assert!(c.held > 0 && c.kept > 0, "{c:?}");

    // One held line is kept by hand, for public safety: the proposal follows the choice.
    let chosen = *ids_with(&proposal, |v| v == Verdict::Hold).iter().next().unwrap();
    let keep = Verdict::Keep { exemption: Exemption::PublicSafety };
    let draft = ElectionDraft { choices: vec![ItemChoice { item_id: chosen.to_string(), verdict: keep }], ..draft };
    let applied = election::replan(&mut store, &mut cache, &draft, now(), false).unwrap();
    assert_eq!(applied.counts.held, c.held - 1);
    assert_eq!(applied.counts.kept, c.kept + 1);

    let (held, cancelled, kept) = (
        ids_with(&applied, |v| v == Verdict::Hold),
        ids_with(&applied, |v| v == Verdict::Cancel),
        ids_with(&applied, |v| matches!(v, Verdict::Keep { .. })),
    );
    assert!(kept.contains(&chosen));
    let tz = settings::get(&store).unwrap().tz();
    for l in lines(&applied) {
        let now_item = item(&store, l.item_id);
        let was = before.items.iter().find(|i| i.id == l.item_id).unwrap();
        match l.verdict {
            Verdict::Hold => {
                let (from, to) = (was.schedule.local_date(tz).unwrap(), now_item.schedule.local_date(tz).unwrap());
                assert!(to > day("2027-05-26"), "{} held to {to}", l.title);
                assert_eq!((to - from).num_days() % 7, 0, "{} keeps its weekday", l.title);
                assert_eq!(now_item.schedule.local_start(tz), l.to, "lands where the line said");
                let times = |s: Option<String>| s.map(|s| s.get(11..).unwrap_or_default().to_owned());
                assert_eq!(
                    times(was.schedule.local_start(tz)),
                    times(now_item.schedule.local_start(tz)),
                    "and its time"
                );
            }
            Verdict::Cancel => assert_eq!(now_item.status, ItemStatus::Cancelled),
            Verdict::Keep { .. } => assert_eq!(&now_item, was, "a kept item is untouched"),
        }
    }
    assert_eq!(going_out_in_may(&store), kept, "nothing goes out in the period but the kept");
    assert_eq!(
        item_rows::with_status(store.conn(), ItemStatus::Cancelled).unwrap().len(),
        before.items.iter().filter(|i| i.status == ItemStatus::Cancelled).count() + cancelled.len()
    );
    assert_eq!(held.len() as u32, applied.counts.held);

    // The blackout is in the key dates, and the decision log says who decided what.
    let blackouts: Vec<_> = almanac_core::ops::key_dates::list(&store, day("2027-05-01"), day("2027-05-31"))
        .unwrap()
        .into_iter()
        .filter(|k| k.category == KeyDateCategory::Blackout && k.name == "General election 2027")
        .collect();
    assert_eq!(blackouts.len(), 1);
    assert_eq!((blackouts[0].starts_on, blackouts[0].ends_on), (day("2027-05-12"), day("2027-05-26")));
    let decisions = comments::decisions(&store, 2027, None).unwrap();
    let about = |ids: &HashSet<Uuid>| {
        decisions
            .iter()
            .filter(|d| d.decided_by == "Head of Communications")
            .flat_map(|d| d.concerns.iter())
            .filter(|s| matches!(s, almanac_core::domain::comment::Subject::Item { id } if ids.contains(id)))
            .count()
    };
    assert_eq!(about(&held), held.len(), "every hold is in the log");
    assert_eq!(about(&kept), kept.len(), "every exemption is in the log");
    let by_hand = decisions
        .iter()
        .find(|d| d.concerns.contains(&almanac_core::domain::comment::Subject::Item { id: chosen }))
        .unwrap();
    assert!(by_hand.decision.contains("public safety"), "{}", by_hand.decision);

    // The audit trail of the period marks the kept item with its exemption and who decided.
    let query = almanac_core::ops::audit::AuditQuery { from: "2027-05-12".into(), to: "2027-05-26".into() };
    let trail = almanac_core::ops::audit::trail(&store, &query, now()).unwrap();
    let entry = trail.entries.iter().find(|e| e.item_id == chosen).expect("the kept item is in the period's trail");
    let marked = entry.later.iter().find(|c| c.by == "Head of Communications").expect("its exemption, by who decided");
    let said = match &marked.action {
        almanac_core::ops::audit::AuditAction::Named(s) => almanac_tests::english(s),
        other => panic!("{other:?}"),
    };
    assert!(said.contains("General election 2027") && said.contains("public safety"), "{said}");

    // One undo restores every row.
    store.undo().unwrap().expect("the election is one change");
    assert_eq!(plan_json::document(&store, now()).unwrap(), before, "every row as it was");
    assert!(comments::decisions(&store, 2027, None).unwrap().iter().all(|d| d.decided_by != "Head of Communications"));
}

#[test]
fn a_collaboration_going_live_in_the_period_moves_with_the_words_for_its_partners() {
    let mut store = agency_in_april();
    let mut cache = CheckCache::default();
    let tz = settings::get(&store).unwrap().tz();
    let collaboration = almanac_core::ops::collaborations::list(&store)
        .unwrap()
        .into_iter()
        .find(|c| c.go_live.is_some() && !c.partners.is_empty())
        .expect("a dated collaboration with partners");
    let live = collaboration.go_live.unwrap().with_timezone(&tz).date_naive();
    let draft = ElectionDraft {
        name: "By-election".into(),
        from: (live - chrono::Days::new(3)).to_string(),
        to: (live + chrono::Days::new(3)).to_string(),
        level: Some(BlackoutLevel::NoPosting),
        ..ElectionDraft::default()
    };
    let proposal = election::replan(&mut store, &mut cache, &draft, now(), true).unwrap();
    let notice = proposal.partners.iter().find(|n| n.collaboration_id == collaboration.id).expect("its notice");
    assert_eq!(notice.partners.len(), collaboration.partners.len());
    let briefing = almanac_tests::english(&notice.briefing);
    assert!(briefing.contains(&collaboration.title) && briefing.contains("By-election"), "{briefing}");
    if let Some(to) = &notice.to {
        assert!(briefing.contains(&to.replace('T', " ")[..16]), "{briefing}");
        election::replan(&mut store, &mut cache, &draft, now(), false).unwrap();
        let moved = almanac_core::ops::collaborations::get(&store, &collaboration.id.to_string()).unwrap();
        let day = moved.go_live.unwrap().with_timezone(&tz).date_naive();
        assert_eq!((day - live).num_days() % 7, 0);
        assert!(day > live + chrono::Days::new(3));
    }
}

#[test]
fn a_period_that_ends_before_it_starts_or_an_unknown_channel_is_refused_and_nothing_is_written() {
    let mut store = agency_in_april();
    let mut cache = CheckCache::default();
    let before = plan_json::document(&store, now()).unwrap();
    let backwards = ElectionDraft { from: "2027-05-26".into(), to: "2027-05-12".into(), ..may_election(&store) };
    let e = election::replan(&mut store, &mut cache, &backwards, now(), false).unwrap_err();
    assert!(matches!(e, almanac_core::Error::Validation { ref field, .. } if field == "endsOn"), "{e:?}");
    let unknown = ElectionDraft { exempt_channel_ids: vec![Uuid::now_v7().to_string()], ..may_election(&store) };
    let e = election::replan(&mut store, &mut cache, &unknown, now(), false).unwrap_err();
    assert!(matches!(e, almanac_core::Error::Validation { ref field, .. } if field == "exemptChannelIds"), "{e:?}");
    let no_level = ElectionDraft { level: None, ..may_election(&store) };
    assert!(election::replan(&mut store, &mut cache, &no_level, now(), false).is_err());
    assert_eq!(plan_json::document(&store, now()).unwrap(), before);
}
