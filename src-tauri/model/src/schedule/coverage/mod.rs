//! Objective coverage: for each coverage rule, per period of the year, the items
//! required and planned, the gaps, and a score; [`fill`] proposes backlog items for
//! the gaps.

pub mod fill;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use crate::domain::{CoveragePeriod, CoverageRule, Objective};
use crate::schedule::facts::{week_of, Facts, PlanItem};
use crate::sentence::{Sentence, SentenceArg};

/// One period of a rule: its days (both ends included), what it needs and what it has.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PeriodCoverage {
    /// Its first day.
    pub start: NaiveDate,
    /// Its last day.
    pub end: NaiveDate,
    /// How many items it needs.
    pub required: u32,
    /// How many it has.
    pub planned: u32,
}

impl PeriodCoverage {
    /// How many it still needs.
    pub fn missing(&self) -> u32 {
        self.required.saturating_sub(self.planned)
    }
}

/// A rule's coverage over a year.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RuleCoverage {
    /// The rule.
    pub rule: CoverageRule,
    /// "At least 1 a day on X @westmarkpolice, weekdays", for a person.
    pub label: Sentence,
    /// Its periods in the year, in order.
    pub periods: Vec<PeriodCoverage>,
    /// The share of required items planned (each period counted up to what it needs), 0–100.
    pub score: f64,
    /// Periods short of what they need.
    pub gaps: u32,
}

/// An objective's coverage: each of its rules'.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveCoverage {
    /// The objective's id.
    pub objective_id: Uuid,
    /// Its name.
    pub name: String,
    /// Its colour.
    pub colour: String,
    /// The mean of its rules' scores; none without a rule.
    pub score: Option<f64>,
    /// Its rules' coverage.
    pub rules: Vec<RuleCoverage>,
}

/// Every objective's coverage over a year.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageReport {
    /// The year.
    pub year: i32,
    /// The objectives, each with its rules.
    pub objectives: Vec<ObjectiveCoverage>,
}

/// The coverage of every objective in `year`, from the facts (which must span the year).
pub fn report(facts: &Facts, objectives: &[Objective], rules: &[CoverageRule], year: i32) -> CoverageReport {
    let objectives = objectives
        .iter()
        .map(|o| {
            let rules: Vec<RuleCoverage> =
                rules.iter().filter(|r| r.objective_id == o.id).map(|r| rule_coverage(facts, r, year)).collect();
            let score = (!rules.is_empty()).then(|| rules.iter().map(|r| r.score).sum::<f64>() / rules.len() as f64);
            ObjectiveCoverage { objective_id: o.id, name: o.name.clone(), colour: o.colour.clone(), score, rules }
        })
        .collect();
    CoverageReport { year, objectives }
}

/// A rule's periods in `year`, each with what it needs and has.
pub fn rule_coverage(facts: &Facts, rule: &CoverageRule, year: i32) -> RuleCoverage {
    let mut periods = periods(rule, year, facts.week_start);
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let day_period = day_to_period(&periods, first);
    for item in facts.items.values().filter(|i| serves(rule, i)) {
        let Some(day) = item.day else { continue };
        let Some(offset) = usize::try_from((day - first).num_days()).ok() else { continue };
        if let Some(&Some(p)) = day_period.get(offset) {
            periods[p].planned += 1;
        }
    }
    let required: u32 = periods.iter().map(|p| p.required).sum();
    let met: u32 = periods.iter().map(|p| p.planned.min(p.required)).sum();
    let score = if required == 0 { 100.0 } else { (f64::from(met) * 1000.0 / f64::from(required)).round() / 10.0 };
    let gaps = periods.iter().filter(|p| p.missing() > 0).count() as u32;
    let label = label(rule, facts);
    RuleCoverage { rule: rule.clone(), label, periods, score, gaps }
}

/// Whether an item counts for a rule (its day aside).
pub fn serves(rule: &CoverageRule, item: &PlanItem) -> bool {
    item.counts() && serves_with(rule, &item.objective_ids, item.channel_id, item.day)
}

/// Whether an item of these objectives, on this channel and day, counts for a rule (its
/// status aside).
pub fn serves_with(rule: &CoverageRule, objective_ids: &[Uuid], channel_id: Uuid, day: Option<NaiveDate>) -> bool {
    objective_ids.contains(&rule.objective_id)
        && rule.channel_id.is_none_or(|c| c == channel_id)
        && (!rule.weekdays_only || day.is_some_and(is_weekday))
}

/// Monday to Friday.
pub fn is_weekday(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The rule for a person: "At least 1 a day on X @westmarkpolice, weekdays".
fn label(rule: &CoverageRule, facts: &Facts) -> Sentence {
    let period = match rule.period {
        CoveragePeriod::Day => "day",
        CoveragePeriod::Week => "week",
        CoveragePeriod::Month => "month",
    };
    let on: SentenceArg = match rule.channel_id {
        Some(c) => facts
            .channels
            .get(&c)
            .map_or_else(|| Sentence::new("coverage-rule-removed-channel").into(), |c| c.label.clone().into()),
        None => Sentence::new("coverage-rule-any-channel").into(),
    };
    Sentence::new("coverage-rule")
        .with("count", rule.min_items)
        .with("period", period)
        .with("channel", on)
        .with("weekdays", if rule.weekdays_only { "yes" } else { "no" })
}

/// The rule's periods in the year (clipped to it), each needing `min_items`; a
/// weekdays-only day rule has no weekend periods.
fn periods(rule: &CoverageRule, year: i32, week_start: Weekday) -> Vec<PeriodCoverage> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
    let period = |start: NaiveDate, end: NaiveDate| PeriodCoverage {
        start: start.max(first),
        end: end.min(last),
        required: rule.min_items,
        planned: 0,
    };
    let mut out = Vec::new();
    match rule.period {
        CoveragePeriod::Day => out.extend(
            first
                .iter_days()
                .take_while(|d| *d <= last)
                .filter(|d| !rule.weekdays_only || is_weekday(*d))
                .map(|d| period(d, d)),
        ),
        CoveragePeriod::Week => {
            let mut start = week_of(first, week_start);
            while start <= last {
                let end = start + Days::new(6);
                out.push(period(start, end));
                start = start + Days::new(7);
            }
        }
        CoveragePeriod::Month => {
            for m in 1..=12 {
                let start = NaiveDate::from_ymd_opt(year, m, 1).unwrap_or(first);
                let end =
                    start.checked_add_months(chrono::Months::new(1)).map_or(last, |n| n.pred_opt().unwrap_or(last));
                out.push(period(start, end));
            }
        }
    }
    out
}

/// For each day of the year (from `first`), the period holding it.
fn day_to_period(periods: &[PeriodCoverage], first: NaiveDate) -> Vec<Option<usize>> {
    let mut map = vec![None; 366];
    for (i, p) in periods.iter().enumerate() {
        for d in p.start.iter_days().take_while(|d| *d <= p.end) {
            if let Ok(offset) = usize::try_from((d - first).num_days()) {
                if let Some(slot) = map.get_mut(offset) {
                    *slot = Some(i);
                }
            }
        }
    }
    map
}
