//! Filling coverage gaps: backlog items that serve the objective (or are evergreen)
//! placed into the days that need them, within every constraint: never in a blackout,
//! never on the owner's leave or over their weekly capacity, never over the channel's
//! daily limit or under its minimum gap, at the channel's preferred posting slots, and never in the past.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{is_weekday, rule_coverage, CoverageRule, PeriodCoverage};
use crate::domain::timing::local_to_utc;
use crate::domain::{iso, Schedule};
use crate::schedule::facts::{Facts, PlanItem};

/// The findings a placement must never create: the constraints the fill keeps. Applying
/// a proposal asks the checker again, so one the plan has outgrown is refused.
pub const KEPT_CONSTRAINTS: &[crate::schedule::findings::FindingKind] = {
    use crate::schedule::findings::FindingKind::*;
    &[InBlackout, OwnerOnLeave, OverCapacity, OutsideCampaign, OverDailyLimit, UnderMinGap, PastNotPublished]
};

/// One backlog item proposed for a gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Placement {
    /// The backlog item.
    pub item_id: Uuid,
    /// Its title.
    pub title: String,
    /// Its channel.
    pub channel_id: Uuid,
    /// The objective whose gap it fills; an evergreen item is given it when applied.
    pub objective_id: Uuid,
    /// It takes on the objective when applied (an evergreen item serving none).
    pub adds_objective: bool,
    /// Plan-zone wall clock, `2027-03-31T09:30`, or a date for an all-day item.
    pub local_start: String,
    /// The rule whose gap it fills.
    pub rule_id: Uuid,
    /// The first day of the period it fills.
    pub period_start: NaiveDate,
}

/// A gap that no backlog item could fill.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OpenGap {
    /// The rule.
    pub rule_id: Uuid,
    /// Its objective.
    pub objective_id: Uuid,
    /// The period's first day.
    pub start: NaiveDate,
    /// The period's last day.
    pub end: NaiveDate,
    /// How many items it still needs.
    pub missing: u32,
}

/// What filling the gaps of a year would do: backlog items placed, and the gaps left open.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FillProposal {
    /// The items placed.
    pub placements: Vec<Placement>,
    /// The gaps no item could fill.
    pub open_gaps: Vec<OpenGap>,
}

/// Where the plan already has items: per (channel, day), how many and at what times, and
/// per (owner, week), how many.
struct Load {
    count: HashMap<(Uuid, NaiveDate), u32>,
    times: HashMap<(Uuid, NaiveDate), Vec<DateTime<Utc>>>,
    owner_week: HashMap<(Uuid, NaiveDate), u32>,
}

impl Load {
    fn of(facts: &Facts) -> Load {
        let mut load = Load { count: HashMap::new(), times: HashMap::new(), owner_week: HashMap::new() };
        for item in facts.items.values().filter(|i| i.counts()) {
            if let Some(day) = item.day {
                load.add(facts, item, day, item.schedule);
            }
        }
        load
    }

    fn add(&mut self, facts: &Facts, item: &PlanItem, day: NaiveDate, schedule: Schedule) {
        *self.count.entry((item.channel_id, day)).or_default() += 1;
        if let Schedule::At { utc } = schedule {
            self.times.entry((item.channel_id, day)).or_default().push(utc);
        }
        if let Some(owner) = item.owner_id {
            *self.owner_week.entry((owner, facts.week_of(day))).or_default() += 1;
        }
    }

    /// The item's owner can take one more item in the week of `day`.
    fn owner_has_room(&self, facts: &Facts, item: &PlanItem, day: NaiveDate) -> bool {
        let Some(owner) = item.owner_id else { return true };
        let Some(capacity) = facts.members.get(&owner).and_then(|m| m.capacity_weekly) else { return true };
        self.owner_week.get(&(owner, facts.week_of(day))).copied().unwrap_or(0) < capacity
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
        for period in &rule_coverage(facts, rule, year).periods {
            let from = period.start.max(tomorrow);
            if period.end < from || period.missing() == 0 {
                continue;
            }
            let mut missing = period.missing();
            while missing > 0 {
                let Some(placement) = place_one(facts, rule, period, from, &backlog, &used, &mut load) else {
                    break;
                };
                used.insert(placement.item_id);
                proposal.placements.push(placement);
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

/// The best candidate for one missing item of a period (from `from`, the first day still
/// ahead), at its best day and slot.
fn place_one(
    facts: &Facts,
    rule: &CoverageRule,
    period: &PeriodCoverage,
    from: NaiveDate,
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
            .take_while(|d| *d <= period.end)
            .filter(|d| !rule.weekdays_only || is_weekday(*d))
            .filter(|d| day_allowed(facts, item, *d))
            .filter(|d| {
                channel.max_per_day.is_none_or(|max| load.count.get(&(item.channel_id, *d)).copied().unwrap_or(0) < max)
            })
            .filter(|d| load.owner_has_room(facts, item, *d))
            .collect();
        days.sort_by_key(|d| (load.count.get(&(item.channel_id, *d)).copied().unwrap_or(0), *d));
        for day in days {
            let Some((schedule, local_start)) = slot(facts, item, day, load) else { continue };
            load.add(facts, item, day, schedule);
            return Some(Placement {
                item_id: item.id,
                title: item.title.clone(),
                channel_id: item.channel_id,
                objective_id: rule.objective_id,
                adds_objective: !item.objective_ids.contains(&rule.objective_id),
                local_start,
                rule_id: rule.id,
                period_start: period.start,
            });
        }
    }
    None
}

/// Not in any blackout, not on the owner's leave, inside the item's campaign.
fn day_allowed(facts: &Facts, item: &PlanItem, day: NaiveDate) -> bool {
    let in_blackout = facts.blackouts.iter().any(|b| b.starts_on <= day && day <= b.ends_on);
    let campaign = item.campaign_id.and_then(|c| facts.campaigns.get(&c));
    if campaign.is_some_and(|c| day < c.start_date || day > c.end_date) {
        return false;
    }
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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use chrono::Weekday;
    use chrono_tz::Europe::London;

    use super::*;
    use crate::domain::{BlackoutLevel, CoveragePeriod, ItemStatus, KeyDate, KeyDateCategory, Leave, Member, Platform};
    use crate::schedule::facts::ChannelFacts;

    const CHANNEL: Uuid = Uuid::from_u128(1);
    const OBJECTIVE: Uuid = Uuid::from_u128(2);
    const OWNER: Uuid = Uuid::from_u128(3);

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn idea(n: u128) -> PlanItem {
        PlanItem {
            id: Uuid::from_u128(100 + n),
            title: format!("Idea {n}"),
            channel_id: CHANNEL,
            campaign_id: None,
            owner_id: Some(OWNER),
            status: ItemStatus::Idea,
            schedule: Schedule::Unscheduled,
            day: None,
            objective_ids: vec![OBJECTIVE],
            translation_group: None,
            language: String::new(),
            evergreen: false,
            copy: String::new(),
        }
    }

    /// Monday 1 March 2027, 06:00: a week that needs one item a day, a no-posting day on
    /// Wednesday, the owner away on Thursday and able to take four items a week.
    fn facts(ideas: u128) -> Facts {
        let channel = ChannelFacts {
            label: "X".into(),
            platform: Platform::X,
            max_per_day: Some(1),
            min_gap_minutes: Some(60),
            posting_slots: vec!["09:00".into()],
            active: true,
        };
        let owner = Member {
            id: OWNER,
            name: "Tom".into(),
            role: String::new(),
            email: String::new(),
            capacity_weekly: Some(4),
            leave: vec![Leave { starts_on: day("2027-03-04"), ends_on: day("2027-03-04") }],
            approves: vec![],
        };
        Facts {
            tz: London,
            now: "2027-02-28T06:00:00Z".parse().unwrap(),
            today: day("2027-02-28"),
            week_start: Weekday::Mon,
            confirm_days: 7,
            from: day("2027-01-01"),
            to: day("2028-01-01"),
            channels: HashMap::from([(CHANNEL, channel)]),
            campaigns: HashMap::new(),
            members: HashMap::from([(OWNER, owner)]),
            blackouts: vec![KeyDate {
                id: Uuid::from_u128(9),
                name: "Funeral".into(),
                starts_on: day("2027-03-03"),
                ends_on: day("2027-03-03"),
                category: KeyDateCategory::Blackout,
                blackout_level: Some(BlackoutLevel::NoPosting),
                region: String::new(),
                source: String::new(),
            }],
            collaborations: vec![],
            partners: vec![],
            items: (0..ideas).map(|n| (idea(n).id, idea(n))).collect(),
        }
    }

    #[test]
    fn fill_keeps_blackouts_leave_capacity_and_the_daily_limit() {
        let rule = CoverageRule {
            id: Uuid::from_u128(7),
            objective_id: OBJECTIVE,
            channel_id: Some(CHANNEL),
            min_items: 1,
            period: CoveragePeriod::Day,
            weekdays_only: true,
        };
        let proposal = propose(&facts(20), &[rule], 2027);
        let first_week: Vec<&str> =
            proposal.placements.iter().map(|p| p.local_start.as_str()).filter(|s| s < &"2027-03-08").collect();
        // Mon, Tue, Fri (Wed is a blackout, Thu the owner's leave) and the owner's fourth
        // item would fit, but no weekday is left: three that week.
        assert_eq!(first_week, ["2027-03-01T09:00", "2027-03-02T09:00", "2027-03-05T09:00"]);
        let weekly: HashMap<NaiveDate, usize> = proposal.placements.iter().fold(HashMap::new(), |mut m, p| {
            *m.entry(crate::schedule::facts::week_of(day(&p.local_start[..10]), Weekday::Mon)).or_default() += 1;
            m
        });
        assert!(weekly.values().all(|n| *n <= 4), "never over the owner's four a week: {weekly:?}");
        assert!(proposal.open_gaps.iter().any(|g| g.start == day("2027-03-03")), "the blackout day stays a gap");
    }
}
