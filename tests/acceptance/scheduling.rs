//! Scheduling on a whole plan: the year's check, filling gaps within every constraint,
//! crisis pause and resume, coverage rules, and their typed errors.

use almanac_core::domain::KeyDateDraft;
use almanac_core::domain::{
    BlackoutLevel, CoveragePeriod, CoverageRuleDraft, ItemStatus, KeyDateCategory, Schedule, When,
};
use almanac_core::ops::coverage::{self, PlacementChoice};
use almanac_core::ops::findings::{self, CheckCache};
use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::key_dates;
use almanac_core::ops::pause::{self, PauseDraft, ResumeMode};
use almanac_core::ops::{channels, objectives};
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::schedule::findings::FindingKind;
use almanac_core::{Error, Store};
use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;

const YEAR: i32 = 2027;

/// A wall-clock time as the calendar shows it.
fn domain_text(t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

fn now() -> DateTime<Utc> {
    "2027-06-15T09:00:00Z".parse().unwrap()
}

fn agency() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.set_clock(Box::new(now));
    sample::load(&mut store, SampleOptions { profile: Profile::Agency, seed: 1, year: YEAR, today: fixed_today(YEAR) })
        .unwrap();
    store
}

/// A no-posting blackout on `day`; returns its id.
fn blackout(store: &mut Store, day: &str) -> String {
    let created = key_dates::create(
        store,
        &KeyDateDraft {
            name: "Day of mourning".into(),
            starts_on: day.into(),
            ends_on: day.into(),
            category: KeyDateCategory::Blackout,
            blackout_level: Some(BlackoutLevel::NoPosting),
            region: String::new(),
        },
    )
    .unwrap();
    created.id.to_string()
}

fn ids_in_backlog(store: &Store, proposal: &almanac_core::schedule::coverage::fill::FillProposal) -> bool {
    let backlog = items::list_backlog(store, &ItemFilter::default()).unwrap();
    proposal.placements.iter().all(|p| backlog.iter().any(|e| e.item.id == p.item_id))
}

#[test]
fn the_sample_year_checks_with_findings_of_every_team_rule_and_coverage_per_objective() {
    let mut store = agency();
    blackout(&mut store, "2027-06-20");
    let report = findings::check_year(&store, &mut CheckCache::default(), YEAR, now()).unwrap();
    let kinds: Vec<FindingKind> = report.findings.iter().map(|f| f.kind).collect();
    for kind in [
        FindingKind::InBlackout,
        FindingKind::OverDailyLimit,
        FindingKind::UnderMinGap,
        FindingKind::OverCapacity,
        FindingKind::OwnerOnLeave,
        FindingKind::TranslationsApart,
    ] {
        assert!(kinds.contains(&kind), "the sample shows {kind:?}");
    }
    assert!(report.counts.errors > 0, "items on the blackout day are errors");
    assert_eq!(report.coverage.objectives.len(), 8);
    assert!(report.coverage.objectives.iter().all(|o| o.score.is_some_and(|s| (0.0..=100.0).contains(&s))));
    let roads = &report.coverage.objectives.iter().find(|o| o.name == "Keep roads safe").unwrap().rules[0];
    assert_eq!(roads.periods.len(), 365, "a day rule has a period per day");
}

#[test]
fn filling_gaps_breaks_no_constraint_and_is_one_undoable_change() {
    let mut store = agency();
    blackout(&mut store, "2027-06-17");
    let mut cache = CheckCache::default();
    let before = findings::check_year(&store, &mut cache, YEAR, now()).unwrap();
    let proposal = coverage::propose_fill(&store, &mut cache, YEAR, now()).unwrap();
    assert!(!proposal.placements.is_empty(), "the sample has gaps ahead and a backlog");
    assert!(proposal.placements.iter().all(|p| p.local_start.as_str() > "2027-06-15"), "only days still ahead");
    let choices: Vec<PlacementChoice> = proposal
        .placements
        .iter()
        .map(|p| PlacementChoice {
            item_id: p.item_id.to_string(),
            when: if p.local_start.contains('T') {
                When::At { local: p.local_start.clone() }
            } else {
                When::AllDay { date: p.local_start.clone() }
            },
            objective_id: p.adds_objective.then(|| p.objective_id.to_string()),
        })
        .collect();
    // A blackout declared after the proposal, over one of its days: the stale proposal
    // is refused whole, and nothing is written.
    let first_day = proposal.placements[0].local_start[..10].to_string();
    let late = blackout(&mut store, &first_day);
    let err = coverage::apply_fill(&mut store, &mut cache, &choices, now()).unwrap_err();
    assert!(matches!(&err, Error::Conflict { message } if message.to_string().contains("changed since")), "{err:?}");
    assert!(ids_in_backlog(&store, &proposal), "nothing was placed");
    key_dates::delete(&mut store, &late).unwrap();

    let placed = coverage::apply_fill(&mut store, &mut cache, &choices, now()).unwrap();
    assert_eq!(placed, proposal.placements.len());
    let after = findings::check_year(&store, &mut cache, YEAR, now()).unwrap();
    let ids: Vec<_> = proposal.placements.iter().map(|p| p.item_id).collect();
    for f in &after.findings {
        let involves_placed = f.item_ids.iter().any(|i| ids.contains(i));
        let constraint = matches!(
            f.kind,
            FindingKind::InBlackout
                | FindingKind::OverDailyLimit
                | FindingKind::UnderMinGap
                | FindingKind::OwnerOnLeave
        );
        assert!(
            !(involves_placed && constraint && !before.findings.contains(f)),
            "fill broke a constraint: {}",
            f.message
        );
    }
    let score = |r: &findings::CheckReport| r.coverage.objectives.iter().filter_map(|o| o.score).sum::<f64>();
    assert!(score(&after) > score(&before), "coverage went up");
    // One change: one undo puts every item back in the backlog.
    store.undo().unwrap();
    let backlog = items::list_backlog(&store, &ItemFilter::default()).unwrap();
    assert!(ids.iter().all(|id| backlog.iter().any(|e| e.item.id == *id)));
    // An item no longer in the backlog is refused, and nothing is written.
    store.redo().unwrap();
    let err = coverage::apply_fill(&mut store, &mut cache, &choices[..1], now()).unwrap_err();
    assert_eq!(err.code(), "conflict");
}

type Entry = (String, ItemStatus, Option<String>);

fn week(store: &Store) -> Vec<Entry> {
    let q = WindowQuery { from: "2027-06-16".into(), to: "2027-06-24".into(), filter: ItemFilter::default() };
    items::list_window(store, &q)
        .unwrap()
        .into_iter()
        .map(|e| (e.item.id.to_string(), e.item.status, e.local_start))
        .collect()
}

#[test]
fn a_pause_holds_the_window_and_resume_restores_or_reflows_keeping_order() {
    let mut store = agency();
    let before = week(&store);
    let draft = PauseDraft {
        reason: "Major incident".into(),
        from: "2027-06-16T00:00".into(),
        to: "2027-06-23T00:00".into(),
        channel_ids: vec![],
    };
    let paused = pause::pause(&mut store, &draft, now()).unwrap();
    assert!(!paused.held.is_empty());
    assert_eq!(pause::active(&store).unwrap().map(|p| p.id), Some(paused.id));
    let held = week(&store);
    for (id, status, _) in &held {
        let was = before.iter().find(|b| b.0 == *id).unwrap().1;
        let expect = if paused.held.iter().any(|h| h.item_id.to_string() == *id) { ItemStatus::OnHold } else { was };
        assert_eq!(*status, expect);
    }
    assert!(matches!(pause::pause(&mut store, &draft, now()), Err(Error::Conflict { .. })), "one pause at a time");

    // Resume as planned: every status back, nothing moved.
    pause::resume(&mut store, &paused.id.to_string(), ResumeMode::Restore, now()).unwrap();
    assert_eq!(week(&store), before);
    assert_eq!(pause::active(&store).unwrap(), None);

    // Undo the resume and resume again, re-flowing: held items move a week on, in order.
    store.undo().unwrap();
    assert!(pause::active(&store).unwrap().is_some(), "undo brings the pause back");
    pause::resume(&mut store, &paused.id.to_string(), ResumeMode::Reflow, now()).unwrap();
    for h in &paused.held {
        let item = items::get(&store, &h.item_id.to_string()).unwrap();
        let was = before.iter().find(|b| b.0 == h.item_id.to_string()).unwrap();
        assert_eq!(item.item.status, h.status);
        let was_day = was.2.as_deref().unwrap()[..10].parse::<chrono::NaiveDate>().unwrap();
        assert_eq!(item.item.schedule.local_date(London), Some(was_day + chrono::Days::new(7)), "a week later");
        if let (Schedule::At { .. }, Some(start)) = (item.item.schedule, &item.local_start) {
            assert_eq!(&start[11..16], &was.2.as_deref().unwrap()[11..16], "same wall-clock time");
        }
    }
}

#[test]
fn resuming_a_three_hour_pause_after_it_moves_timed_items_three_hours_not_a_day() {
    let mut store = agency();
    let draft = PauseDraft {
        reason: "Incident".into(),
        from: "2027-06-16T09:00".into(),
        to: "2027-06-16T12:00".into(),
        channel_ids: vec![],
    };
    let before: Vec<Entry> = week(&store);
    let paused = pause::pause(&mut store, &draft, now()).unwrap();
    assert!(!paused.held.is_empty(), "the sample has items that morning");
    pause::resume(&mut store, &paused.id.to_string(), ResumeMode::Reflow, now()).unwrap();
    for h in &paused.held {
        let was = before.iter().find(|b| b.0 == h.item_id.to_string()).unwrap().2.clone().unwrap();
        let was: chrono::NaiveDateTime = was.parse().unwrap();
        let now_at = items::get(&store, &h.item_id.to_string()).unwrap().local_start.unwrap();
        let expected = domain_text(was + chrono::Duration::hours(3));
        assert_eq!(now_at, expected, "three hours later, the same day");
    }
}

#[test]
fn bad_pauses_and_coverage_rules_are_typed_errors_that_change_nothing() {
    let mut store = agency();
    let history = store.history().unwrap();
    let bad = PauseDraft {
        reason: "x".into(),
        from: "2027-06-20T00:00".into(),
        to: "2027-06-19T00:00".into(),
        channel_ids: vec![],
    };
    assert!(matches!(pause::pause(&mut store, &bad, now()), Err(Error::Validation { field, .. }) if field == "to"));
    let no_reason = PauseDraft { reason: " ".into(), ..bad.clone() };
    assert!(
        matches!(pause::pause(&mut store, &no_reason, now()), Err(Error::Validation { field, .. }) if field == "reason")
    );

    let objective = objectives::list(&store).unwrap()[0].id.to_string();
    let channel = channels::list(&store).unwrap().into_iter().find(|c| c.max_per_day.is_some()).unwrap();
    let rule = |min_items, period| CoverageRuleDraft {
        objective_id: objective.clone(),
        channel_id: Some(channel.id.to_string()),
        min_items,
        period,
        weekdays_only: false,
    };
    let zero = coverage::create(&mut store, &rule(0, CoveragePeriod::Week));
    assert!(matches!(zero, Err(Error::Validation { field, .. }) if field == "minItems"));
    let max = channel.max_per_day.unwrap();
    let too_many = coverage::create(&mut store, &rule(max + 1, CoveragePeriod::Day));
    assert!(matches!(too_many, Err(Error::Validation { field, .. }) if field == "minItems"));
    assert_eq!(store.history().unwrap(), history, "nothing was written");
    assert!(coverage::create(&mut store, &rule(max, CoveragePeriod::Day)).is_ok());
}

#[test]
fn journal_entries_written_before_the_scheduling_fields_still_undo() {
    let (mut store, channel) = almanac_tests::plan_with_channel();
    let id = almanac_tests::add_item(&mut store, &channel, "Old post", "2027-03-01");
    almanac_tests::move_to(&mut store, &id, &When::AllDay { date: "2027-03-02".into() }).unwrap();
    // As an older Almanac wrote them: no owner, translation, evergreen or series fields.
    let strip = |json: &str| -> String {
        let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
        for key in ["ownerId", "translationGroup", "evergreen", "seriesId", "recurrenceId", "detached"] {
            v.as_object_mut().unwrap().remove(key);
        }
        v.to_string()
    };
    let rows: Vec<(i64, String, String)> = store
        .conn()
        .prepare("SELECT seq, before, after FROM change WHERE entity = 'contentItem' AND before IS NOT NULL")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for (seq, before, after) in rows {
        store
            .conn()
            .execute(
                "UPDATE change SET before = ?1, after = ?2 WHERE seq = ?3",
                rusqlite::params![strip(&before), strip(&after), seq],
            )
            .unwrap();
    }
    store.undo().unwrap();
    let item = items::get(&store, &id).unwrap().item;
    assert_eq!(item.schedule, Schedule::AllDay { date: "2027-03-01".parse().unwrap() });
    assert!(!item.evergreen && item.series_id.is_none());
}

#[test]
fn a_calendar_window_across_new_year_has_the_findings_of_both_years() {
    let (mut store, channel) = almanac_tests::plan_with_channel();
    key_dates::create(
        &mut store,
        &KeyDateDraft {
            name: "Holiday blackout".into(),
            starts_on: "2026-12-29".into(),
            ends_on: "2027-01-08".into(),
            category: KeyDateCategory::Blackout,
            blackout_level: Some(BlackoutLevel::NoPosting),
            region: String::new(),
        },
    )
    .unwrap();
    let december = almanac_tests::add_item(&mut store, &channel, "Year in review", "2026-12-30");
    let new_year = almanac_tests::add_item(&mut store, &channel, "New year, new you", "2027-01-01");
    let january = almanac_tests::add_item(&mut store, &channel, "Back to school", "2027-01-06");
    let early = "2026-12-01T08:00:00Z".parse().unwrap();
    let mut cache = CheckCache::default();
    let windows = [
        // The week of 28 December to 3 January.
        ("2026-12-28", "2027-01-04", vec![&december, &new_year]),
        // The December month view runs into January; the January one starts in December.
        ("2026-11-30", "2027-01-11", vec![&december, &new_year, &january]),
        ("2026-12-28", "2027-02-08", vec![&december, &new_year, &january]),
    ];
    for (from, to, expected) in windows {
        let found = findings::findings_between(&store, &mut cache, from, to, early).unwrap();
        let mut items: Vec<&String> = Vec::new();
        for f in found.iter().filter(|f| f.kind == FindingKind::InBlackout) {
            for id in &f.item_ids {
                if let Some(known) = [&december, &new_year, &january].into_iter().find(|k| **k == id.to_string()) {
                    items.push(known);
                }
            }
        }
        items.sort();
        let mut expected = expected;
        expected.sort();
        assert_eq!(items, expected, "{from}–{to}: each finding of the window, once");
    }
}
