//! The results of a year or a quarter: the headline numbers, each platform's, each
//! objective against its target (outputs: items planned and delivered; outtakes: its
//! metric week by week; outcomes noted by hand), each campaign's, and the best and
//! weakest items. One computation for the view, the page, the workbook and the JSON.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::domain::{
    metric_key, sum_metrics, validate, Campaign, ContentItem, GcsLevel, ItemStatus, MetricKind, MetricValue, Objective,
    Outcome, OutcomeKind, Platform, PostResult,
};
use crate::error::{Error, Result};
use crate::store::records::{campaigns, channels, items, results};
use crate::store::Store;
use crate::Sentence;
use crate::{objectives, settings};

/// How many items the best and the weakest lists hold.
const RANKED: usize = 5;

/// A year, or one quarter of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ResultsPeriod {
    /// The year.
    pub year: i32,
    /// The quarter, 1 to 4; none: the whole year.
    pub quarter: Option<u8>,
}

impl ResultsPeriod {
    /// Its first and last day.
    pub fn days(&self) -> Result<(NaiveDate, NaiveDate)> {
        validate::year("year", self.year)?;
        let (first, months) = match self.quarter {
            None => (1, 12),
            Some(q @ 1..=4) => (u32::from(q) * 3 - 2, 3),
            Some(_) => return Err(Error::validation("quarter", Sentence::new("error-quarter"))),
        };
        let from = NaiveDate::from_ymd_opt(self.year, first, 1).expect("a valid month");
        let to = from.checked_add_months(chrono::Months::new(months)).expect("a valid year") - Duration::days(1);
        Ok((from, to))
    }

    /// `2026` or `2026 Q2`.
    pub fn name(&self) -> String {
        self.quarter.map_or(self.year.to_string(), |q| format!("{} Q{q}", self.year))
    }
}

/// One platform's numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlatformResult {
    /// The platform.
    pub platform: Platform,
    /// How many posts reported.
    pub posts: u32,
    /// Its totals by metric.
    pub totals: Vec<MetricValue>,
}

/// A week's number of an objective's metric against the week's share of the target.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WeekPoint {
    /// The week's Monday.
    pub week: NaiveDate,
    /// The metric's number in that week.
    pub value: f64,
    /// The target for a week, if the objective has one.
    pub target: Option<f64>,
}

/// One reading of a level metric (a survey's share, a score), on its day.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Reading {
    /// The day it was read.
    pub day: NaiveDate,
    /// What it read.
    pub value: f64,
}

/// An outcome or lesson with what it is about, by name.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NoteLine {
    /// The note.
    pub outcome: Outcome,
    /// The objective's or campaign's name.
    pub about: String,
}

/// An objective against its target.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveResult {
    /// The objective's id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Its colour.
    pub colour: String,
    /// Its evaluation level.
    pub level: GcsLevel,
    /// Its metric, as written on the objective.
    pub metric: String,
    /// Where it stood before.
    pub baseline: Option<f64>,
    /// What kind of number its metric is.
    pub kind: MetricKind,
    /// The target for the period: a count's per-period target, pro rata; a level's as set.
    pub target: Option<f64>,
    /// Where the metric stands for the period: a count's sum of its items' results and
    /// the outcomes noted; a level's latest reading (its baseline, else 0, before any).
    pub achieved: f64,
    /// Items dated in the period that serve it (itself or through their campaign).
    pub planned: u32,
    /// Of those, the published.
    pub delivered: u32,
    /// A count's numbers week by week (none for a level).
    pub weeks: Vec<WeekPoint>,
    /// A level's readings in the period, by day (none for a count).
    pub readings: Vec<Reading>,
    /// The outcomes and lessons noted against it.
    pub notes: Vec<NoteLine>,
}

/// A campaign's results.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CampaignResult {
    /// The campaign's id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Its colour.
    pub colour: String,
    /// Whether it is a flagship campaign.
    pub flagship: bool,
    /// Its items dated in the period.
    pub planned: u32,
    /// Of those, the published.
    pub delivered: u32,
    /// Its items' results by metric.
    pub totals: Vec<MetricValue>,
}

/// An item and its number of the ranking metric.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemResult {
    /// The item's id.
    pub item_id: Uuid,
    /// Its title.
    pub title: String,
    /// Its channel's handle.
    pub channel: String,
    /// The day it went out.
    pub day: Option<NaiveDate>,
    /// Its number.
    pub value: f64,
}

/// The results of a period.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ResultsReport {
    /// The period.
    pub period: ResultsPeriod,
    /// `2026` or `2026 Q2`.
    pub name: String,
    /// The organisation.
    pub organisation: String,
    /// Its first day.
    pub from: NaiveDate,
    /// Its last day.
    pub to: NaiveDate,
    /// Every number reported in the period, by metric.
    pub totals: Vec<MetricValue>,
    /// How many posts reported.
    pub posts: u32,
    /// By platform.
    pub platforms: Vec<PlatformResult>,
    /// Each objective against its target.
    pub objectives: Vec<ObjectiveResult>,
    /// Each campaign with items in the period, flagships first.
    pub campaigns: Vec<CampaignResult>,
    /// The metric the items are ranked by.
    pub ranked_by: String,
    /// The best items.
    pub best: Vec<ItemResult>,
    /// The weakest items.
    pub weakest: Vec<ItemResult>,
    /// The lessons noted in the period.
    pub lessons: Vec<NoteLine>,
}

/// The results of `period`.
pub fn report(store: &Store, period: ResultsPeriod) -> Result<ResultsReport> {
    let (from, to) = period.days()?;
    let settings = settings::get(store)?;
    let tz = settings.tz();
    let conn = store.conn();
    let reported = results::between(conn, &from.to_string(), &to.to_string())?;
    let notes = results::outcomes_between(conn, &from.to_string(), &to.to_string())?;
    let dated = items::dated_between(conn, (from, to + Duration::days(1)), tz, &Default::default())?;
    let mut items: HashMap<Uuid, ContentItem> = dated.iter().map(|i| (i.id, i.clone())).collect();
    // Results can be for an item dated just before the period (a post's later days).
    for id in reported.iter().filter_map(|r| r.item_id).filter(|id| !items.contains_key(id)).collect::<HashSet<_>>() {
        if let Some(item) = <ContentItem as crate::store::records::Record>::load(conn, id)? {
            items.insert(id, item);
        }
    }
    let campaigns: Vec<Campaign> = campaigns::all(conn)?;
    let objectives = objectives::list(store)?;
    let serves = Serves::new(&campaigns);
    let planned: Vec<&ContentItem> = dated.iter().filter(|i| i.status != ItemStatus::Cancelled).collect();
    let names = names(&objectives, &campaigns);
    let note_line = |o: &Outcome| NoteLine {
        about: o.objective_id.or(o.campaign_id).and_then(|id| names.get(&id).cloned()).unwrap_or_default(),
        outcome: o.clone(),
    };
    let ranked_by =
        if reported.iter().any(|r| r.metrics.contains_key("engagements")) { "engagements" } else { "impressions" };
    let handles: HashMap<Uuid, String> = channels::in_order(conn)?.into_iter().map(|c| (c.id, c.handle)).collect();
    let (best, weakest) = ranked(&handles, &reported, &items, ranked_by, tz);
    Ok(ResultsReport {
        period,
        name: period.name(),
        organisation: settings.organisation.clone(),
        from,
        to,
        totals: totals(reported.iter()),
        posts: reported.iter().map(|r| (r.platform, &r.post)).collect::<HashSet<_>>().len() as u32,
        platforms: platforms(&reported),
        objectives: objectives
            .iter()
            .map(|o| {
                let own = |item: &ContentItem| serves.objective(item, o.id);
                let mine: Vec<NoteLine> =
                    notes.iter().filter(|n| n.objective_id == Some(o.id)).map(note_line).collect();
                objective_result(o, (from, to), &planned, &reported, &items, &own, mine)
            })
            .collect(),
        campaigns: campaign_results(&campaigns, &planned, &reported, &items),
        ranked_by: ranked_by.into(),
        best,
        weakest,
        lessons: notes.iter().filter(|n| n.kind == OutcomeKind::Lesson).map(note_line).collect(),
    })
}

/// Which items serve which objectives: their own, and their campaign's.
struct Serves {
    campaign_objectives: HashMap<Uuid, Vec<Uuid>>,
}

impl Serves {
    fn new(campaigns: &[Campaign]) -> Serves {
        Serves { campaign_objectives: campaigns.iter().map(|c| (c.id, c.objective_ids.clone())).collect() }
    }

    fn objective(&self, item: &ContentItem, objective: Uuid) -> bool {
        item.objective_ids.contains(&objective)
            || item.campaign_id.and_then(|c| self.campaign_objectives.get(&c)).is_some_and(|o| o.contains(&objective))
    }
}

fn names(objectives: &[Objective], campaigns: &[Campaign]) -> HashMap<Uuid, String> {
    let o = objectives.iter().map(|o| (o.id, o.name.clone()));
    o.chain(campaigns.iter().map(|c| (c.id, c.name.clone()))).collect()
}

/// The sums of `rows` by metric.
fn totals<'a>(rows: impl Iterator<Item = &'a PostResult>) -> Vec<MetricValue> {
    sum_metrics(rows.map(|r| &r.metrics))
}

fn platforms(reported: &[PostResult]) -> Vec<PlatformResult> {
    let mut by: BTreeMap<String, Vec<&PostResult>> = BTreeMap::new();
    for r in reported {
        by.entry(crate::domain::enum_name(&r.platform)).or_default().push(r);
    }
    by.into_values()
        .map(|rows| PlatformResult {
            platform: rows[0].platform,
            posts: rows.iter().map(|r| &r.post).collect::<HashSet<_>>().len() as u32,
            totals: totals(rows.into_iter()),
        })
        .collect()
}

fn objective_result(
    objective: &Objective,
    (from, to): (NaiveDate, NaiveDate),
    planned: &[&ContentItem],
    reported: &[PostResult],
    items: &HashMap<Uuid, ContentItem>,
    serves: &dyn Fn(&ContentItem) -> bool,
    notes: Vec<NoteLine>,
) -> ObjectiveResult {
    let metric = metric_key(&objective.kpi_metric);
    let mine: Vec<&&ContentItem> = planned.iter().filter(|i| serves(i)).collect();
    let counted: Vec<&PostResult> =
        reported.iter().filter(|r| r.item_id.and_then(|i| items.get(&i)).is_some_and(serves)).collect();
    let level = objective.kpi_kind == MetricKind::Level;
    // A post that did not report the metric adds nothing to a count, and is no reading of a level.
    let measured: Vec<(NaiveDate, f64)> = counted
        .iter()
        .filter_map(|r| r.metrics.get(&metric).map(|v| (r.day, *v)))
        .chain(
            notes
                .iter()
                .map(|n| &n.outcome)
                .filter(|n| n.kind == OutcomeKind::Outcome && n.metric == metric)
                .filter_map(|n| n.value.map(|v| (n.day, v))),
        )
        .collect();
    let mut readings: Vec<Reading> =
        if level { measured.iter().map(|(day, value)| Reading { day: *day, value: *value }).collect() } else { vec![] };
    // By day, the order they were reported in kept within a day (the last is the latest).
    readings.sort_by_key(|r| r.day);
    let achieved = if level {
        readings.last().map(|r| r.value).or(objective.baseline).unwrap_or(0.0)
    } else {
        // Folded from +0: an empty f64 sum is -0, which would print as "-0".
        measured.iter().fold(0.0, |sum, (_, v)| sum + v)
    };
    ObjectiveResult {
        id: objective.id,
        name: objective.name.clone(),
        colour: objective.colour.clone(),
        level: objective.level,
        metric: objective.kpi_metric.clone(),
        baseline: objective.baseline,
        kind: objective.kpi_kind,
        target: objective.target_for((to - from).num_days() + 1),
        achieved,
        planned: mine.len() as u32,
        delivered: mine.iter().filter(|i| i.status == ItemStatus::Published).count() as u32,
        weeks: if level { vec![] } else { weekly(objective, (from, to), &measured) },
        readings,
        notes,
    }
}

/// A count's numbers summed week by week (Monday to Sunday), every week of the period
/// shown, with the week's share of the target.
fn weekly(objective: &Objective, (from, to): (NaiveDate, NaiveDate), measured: &[(NaiveDate, f64)]) -> Vec<WeekPoint> {
    let monday = |d: NaiveDate| d - Duration::days(d.weekday().num_days_from_monday().into());
    let mut weeks: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    let mut week = monday(from);
    while week <= to {
        weeks.insert(week, 0.0);
        week += Duration::days(7);
    }
    for (day, value) in measured {
        *weeks.entry(monday(*day)).or_default() += value;
    }
    weeks.into_iter().map(|(week, value)| WeekPoint { week, value, target: objective.target_for(7) }).collect()
}

fn campaign_results(
    campaigns: &[Campaign],
    planned: &[&ContentItem],
    reported: &[PostResult],
    items: &HashMap<Uuid, ContentItem>,
) -> Vec<CampaignResult> {
    let mut out: Vec<CampaignResult> = campaigns
        .iter()
        .filter_map(|c| {
            let mine: Vec<&&ContentItem> = planned.iter().filter(|i| i.campaign_id == Some(c.id)).collect();
            if mine.is_empty() {
                return None;
            }
            let rows = reported
                .iter()
                .filter(|r| r.item_id.and_then(|i| items.get(&i)).is_some_and(|i| i.campaign_id == Some(c.id)));
            Some(CampaignResult {
                id: c.id,
                name: c.name.clone(),
                colour: c.colour.clone(),
                flagship: c.flagship,
                planned: mine.len() as u32,
                delivered: mine.iter().filter(|i| i.status == ItemStatus::Published).count() as u32,
                totals: totals(rows),
            })
        })
        .collect();
    let reach = |c: &CampaignResult| c.totals.iter().find(|t| t.metric == "impressions").map_or(0.0, |t| t.value);
    out.sort_by(|a, b| b.flagship.cmp(&a.flagship).then(reach(b).total_cmp(&reach(a))).then(a.name.cmp(&b.name)));
    out
}

/// The best and the weakest items by `metric`, each item's days summed.
fn ranked(
    handles: &HashMap<Uuid, String>,
    reported: &[PostResult],
    items: &HashMap<Uuid, ContentItem>,
    metric: &str,
    tz: chrono_tz::Tz,
) -> (Vec<ItemResult>, Vec<ItemResult>) {
    let mut by_item: HashMap<Uuid, f64> = HashMap::new();
    for r in reported {
        if let Some(item) = r.item_id.filter(|i| items.contains_key(i)) {
            *by_item.entry(item).or_default() += r.get(metric);
        }
    }
    let mut all: Vec<ItemResult> = by_item
        .into_iter()
        .map(|(id, value)| {
            let item = &items[&id];
            ItemResult {
                item_id: id,
                title: item.title.clone(),
                channel: handles.get(&item.channel_id).cloned().unwrap_or_default(),
                day: item.schedule.local_date(tz),
                value,
            }
        })
        .collect();
    all.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.title.cmp(&b.title)));
    let best: Vec<ItemResult> = all.iter().take(RANKED).cloned().collect();
    let weakest: Vec<ItemResult> = all.iter().skip(RANKED).rev().take(RANKED).cloned().collect();
    (best, weakest)
}
