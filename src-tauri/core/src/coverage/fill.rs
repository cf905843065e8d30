//! Filling coverage gaps: backlog items that serve the objective (or are evergreen)
//! placed into the days that need them, within every constraint: never in a blackout,
//! never on the owner's leave, never over the channel's daily limit or under its
//! minimum gap, at the channel's preferred posting slots, and never in the past.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{is_weekday, rule_coverage, CoverageRule};
use crate::domain::item::local_to_utc;
use crate::domain::{iso, Schedule};
use crate::findings::facts::{Facts, PlanItem};

/// One backlog item proposed for a gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Placement {
    pub item_id: Uuid,
    pub title: String,
    pub channel_id: Uuid,
    /// The objective whose gap it fills; an evergreen item is given it when applied.
    pub objective_id: Uuid,
    pub adds_objective: bool,
    /// Plan-zone wall clock, `2027-03-31T09:30`, or a date for an all-day item.
    pub local_start: String,
    pub rule_id: Uuid,
    /// The first day of the period it fills.
    pub period_start: NaiveDate,
}

/// A gap that no backlog item could fill.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OpenGap {
    pub rule_id: Uuid,
    pub objective_id: Uuid,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub missing: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FillProposal {
    pub placements: Vec<Placement>,
    pub open_gaps: Vec<OpenGap>,
}

/// Where the plan already has items: per (channel, day), how many and at what times.
struct Load {
    count: HashMap<(Uuid, NaiveDate), u32>,
    times: HashMap<(Uuid, NaiveDate), Vec<DateTime<Utc>>>,
}

impl Load {
    fn of(facts: &Facts) -> Load {
        let mut load = Load { count: HashMap::new(), times: HashMap::new() };
        for item in facts.items.values().filter(|i| i.counts()) {
            if let Some(day) = item.day {
                load.add(item.channel_id, day, item.schedule);
            }
        }
        load
    }

    fn add(&mut self, channel: Uuid, day: NaiveDate, schedule: Schedule) {
        *self.count.entry((channel, day)).or_default() += 1;
        if let Schedule::At { utc } = schedule {
            self.times.entry((channel, day)).or_default().push(utc);
        }
    }
}

/// Proposes backlog items for the gaps of `rules` in `year` that are still ahead.
pub fn propose(facts: &Facts, rules: &[CoverageRule], year: i32) -> FillProposal {
    let mut load = Load::of(facts);
    let mut used: HashSet<Uuid> = HashSet::new();
    let mut backlog: Vec<&PlanItem> =
        facts.items.values().filter(|i| i.schedule == Schedule::Unscheduled && i.counts()).collect();
    backlog.sort_by_key(|i| i.id);
    let tomorrow = facts.today.succ_opt().unwrap_or(facts.today);
    let mut proposal = FillProposal { placements: vec![], open_gaps: vec![] };
    for rule in rules {
        for period in rule_coverage(facts, rule, year).periods {
            let from = period.start.max(tomorrow);
            if period.end < from || period.missing() == 0 {
                continue;
            }
            let mut missing = period.missing();
            while missing > 0 {
                let Some(placement) = place_one(facts, rule, from, period.end, &backlog, &used, &mut load) else {
                    break;
                };
                used.insert(placement.item_id);
                proposal.placements.push(Placement { period_start: period.start, ..placement });
                missing -= 1;
            }
            if missing > 0 {
                proposal.open_gaps.push(OpenGap {
                    rule_id: rule.id,
                    objective_id: rule.objective_id,
                    start: period.start,
                    end: period.end,
                    missing,
                });
            }
        }
    }
    proposal.placements.sort_by(|a, b| (&a.local_start, a.item_id).cmp(&(&b.local_start, b.item_id)));
    proposal
}

/// The best candidate for one missing item of a period, at its best day and slot.
fn place_one(
    facts: &Facts,
    rule: &CoverageRule,
    from: NaiveDate,
    to: NaiveDate,
    backlog: &[&PlanItem],
    used: &HashSet<Uuid>,
    load: &mut Load,
) -> Option<Placement> {
    // Items that serve the objective first, then evergreen ones.
    let candidates = backlog
        .iter()
        .filter(|i| !used.contains(&i.id) && rule.channel_id.is_none_or(|c| c == i.channel_id))
        .filter(|i| i.objective_ids.contains(&rule.objective_id))
        .chain(backlog.iter().filter(|i| {
            !used.contains(&i.id)
                && rule.channel_id.is_none_or(|c| c == i.channel_id)
                && i.evergreen
                && !i.objective_ids.contains(&rule.objective_id)
        }));
    for item in candidates {
        let Some(channel) = facts.channels.get(&item.channel_id) else { continue };
        if !channel.active {
            continue;
        }
        // The quietest allowed day of the period first, so a week's items spread out.
        let mut days: Vec<NaiveDate> = from
            .iter_days()
            .take_while(|d| *d <= to)
            .filter(|d| !rule.weekdays_only || is_weekday(*d))
            .filter(|d| day_allowed(facts, item, *d))
            .filter(|d| {
                channel.max_per_day.is_none_or(|max| load.count.get(&(item.channel_id, *d)).copied().unwrap_or(0) < max)
            })
            .collect();
        days.sort_by_key(|d| (load.count.get(&(item.channel_id, *d)).copied().unwrap_or(0), *d));
        for day in days {
            let Some((schedule, local_start)) = slot(facts, item, day, load) else { continue };
            load.add(item.channel_id, day, schedule);
            return Some(Placement {
                item_id: item.id,
                title: item.title.clone(),
                channel_id: item.channel_id,
                objective_id: rule.objective_id,
                adds_objective: !item.objective_ids.contains(&rule.objective_id),
                local_start,
                rule_id: rule.id,
                period_start: from,
            });
        }
    }
    None
}

/// Not in any blackout, not on the owner's leave.
fn day_allowed(facts: &Facts, item: &PlanItem, day: NaiveDate) -> bool {
    let in_blackout = facts.blackouts.iter().any(|b| b.starts_on <= day && day <= b.ends_on);
    let on_leave =
        item.owner_id.and_then(|o| facts.members.get(&o)).is_some_and(|m| m.leave.iter().any(|l| l.covers(day)));
    !in_blackout && !on_leave
}

/// The first posting slot of the day that keeps the channel's minimum gap and is still
/// ahead; a channel without slots gets an all-day item.
fn slot(facts: &Facts, item: &PlanItem, day: NaiveDate, load: &Load) -> Option<(Schedule, String)> {
    let channel = facts.channels.get(&item.channel_id)?;
    if channel.posting_slots.is_empty() {
        return Some((Schedule::AllDay { date: day }, iso::date_text(day)));
    }
    let gap = Duration::minutes(i64::from(channel.min_gap_minutes.unwrap_or(0)));
    let near: Vec<DateTime<Utc>> = [day.pred_opt(), Some(day), day.succ_opt()]
        .into_iter()
        .flatten()
        .flat_map(|d| load.times.get(&(item.channel_id, d)).cloned().unwrap_or_default())
        .collect();
    for text in &channel.posting_slots {
        let Ok(time) = NaiveTime::parse_from_str(text, "%H:%M") else { continue };
        let Ok(utc) = local_to_utc(day.and_time(time), facts.tz) else { continue };
        if utc <= facts.now || near.iter().any(|t| (*t - utc).abs() < gap) {
            continue;
        }
        return Some((Schedule::At { utc }, format!("{}T{text}", iso::date_text(day))));
    }
    None
}
