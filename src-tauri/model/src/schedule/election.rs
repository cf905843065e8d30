//! The election rule: when an election is called, what happens to each item that would go
//! out in its pre-election period. An item on one of the team's exempt channels, or serving
//! an exempt objective, is kept; an item whose campaign is over by the end of the period is
//! cancelled; every other item is held: moved by whole weeks (so it keeps its weekday and
//! time) to the first week after the period whose day on its channel has room. A person
//! may choose otherwise for any item; the rule then fits the held items around the choices.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::domain::BlackoutLevel;
use crate::schedule::facts::{Facts, PlanItem};
use crate::sentence::short_title;
use crate::Sentence;

/// Why an item may still go out in the period: what the pre-election rules allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Exemption {
    /// Public safety information (a missing person, a warning).
    PublicSafety,
    /// Road closures and travel disruption.
    RoadClosures,
    /// An emergency.
    Emergency,
    /// On a channel the team keeps going in every election (the roads brand, say).
    ExemptChannel,
    /// Serving an objective the team keeps in every election.
    ExemptObjective,
}

impl Exemption {
    /// The catalogue's id for the exemption's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Exemption::PublicSafety => "election-exemption-public-safety",
            Exemption::RoadClosures => "election-exemption-road-closures",
            Exemption::Emergency => "election-exemption-emergency",
            Exemption::ExemptChannel => "election-exemption-channel",
            Exemption::ExemptObjective => "election-exemption-objective",
        }
    }
}

/// What happens to one item in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", tag = "action")]
pub enum Verdict {
    /// Moved to the first free week after the period, same weekday and time.
    Hold,
    /// Will not go out.
    Cancel,
    /// Goes out as planned, for the reason given.
    Keep {
        /// Why it may.
        exemption: Exemption,
    },
}

/// The period and the team's standing exemptions.
#[derive(Debug, Clone)]
pub struct Period {
    /// The first day of the pre-election period.
    pub first: NaiveDate,
    /// Its last day.
    pub last: NaiveDate,
    /// How strict it is: with `NoNewCampaigns`, only items of campaigns starting in it move.
    pub level: BlackoutLevel,
    /// Channels whose items are kept.
    pub exempt_channels: Vec<Uuid>,
    /// Objectives, with their names, whose items are kept.
    pub exempt_objectives: Vec<(Uuid, String)>,
}

/// The rule's answer for one item.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposed {
    /// The item.
    pub item_id: Uuid,
    /// What happens to it.
    pub verdict: Verdict,
    /// For a held item, the whole weeks it moves by.
    pub weeks: u32,
    /// Why, in words.
    pub reason: Sentence,
}

/// How many weeks further a held item may go to find its channel a day with room.
const WEEKS_TO_LOOK: u32 = 4;

impl Period {
    /// Whether `day` falls in the period.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }

    /// The items the period affects: still to go out on a day in it (with `NoNewCampaigns`,
    /// only those of a campaign starting in it), in the order they go out.
    pub fn affected<'a>(&self, facts: &'a Facts) -> Vec<&'a PlanItem> {
        let mut items: Vec<&PlanItem> = facts
            .items
            .values()
            .filter(|i| i.pending() && i.day.is_some_and(|d| self.covers(d)))
            .filter(|i| self.level != BlackoutLevel::NoNewCampaigns || self.starts_campaign(facts, i))
            .collect();
        items.sort_by_key(|i| (i.day, i.schedule.local_start(facts.tz), i.id));
        items
    }

    fn starts_campaign(&self, facts: &Facts, item: &PlanItem) -> bool {
        let campaign = item.campaign_id.and_then(|c| facts.campaigns.get(&c));
        campaign.is_some_and(|c| self.covers(c.start_date))
    }

    /// The whole weeks that take `day` past the period.
    pub fn weeks_past(&self, day: NaiveDate) -> u32 {
        let days = (self.last - day).num_days().max(0) as u32 + 1;
        days.div_ceil(7)
    }

    /// What happens to each affected item: `chosen` where a person chose, the rule's
    /// proposal elsewhere. Held items are given their weeks in the order they go out,
    /// each taking a place in its channel's daily limit.
    pub fn propose(&self, facts: &Facts, chosen: &HashMap<Uuid, Verdict>) -> Vec<Proposed> {
        let affected = self.affected(facts);
        let mut busy = day_loads(facts);
        affected
            .into_iter()
            .map(|item| {
                let (verdict, reason) = match chosen.get(&item.id) {
                    Some(v) => (*v, Sentence::new("election-reason-chosen")),
                    None => self.rule(facts, item),
                };
                let weeks = match verdict {
                    Verdict::Hold => self.hold_weeks(facts, item, &mut busy),
                    _ => 0,
                };
                let reason = match (verdict, chosen.contains_key(&item.id)) {
                    (Verdict::Hold, false) => self.hold_reason(item, weeks),
                    _ => reason,
                };
                Proposed { item_id: item.id, verdict, weeks, reason }
            })
            .collect()
    }

    /// The rule's verdict for an item nobody has chosen for, and why.
    fn rule(&self, facts: &Facts, item: &PlanItem) -> (Verdict, Sentence) {
        if self.exempt_channels.contains(&item.channel_id) {
            let mut reason = Sentence::new("election-reason-exempt-channel");
            if let Some(c) = facts.channels.get(&item.channel_id) {
                reason = reason.with("channel", c.label.clone());
            }
            return (Verdict::Keep { exemption: Exemption::ExemptChannel }, reason);
        }
        let campaign = item.campaign_id.and_then(|c| facts.campaigns.get(&c));
        let objectives = item.objective_ids.iter().chain(campaign.iter().flat_map(|c| c.objective_ids.iter()));
        for objective in objectives {
            if let Some((_, name)) = self.exempt_objectives.iter().find(|(id, _)| id == objective) {
                let reason = Sentence::new("election-reason-exempt-objective").with("objective", short_title(name));
                return (Verdict::Keep { exemption: Exemption::ExemptObjective }, reason);
            }
        }
        if let Some(c) = campaign.filter(|c| c.end_date <= self.last) {
            let reason = Sentence::new("election-reason-campaign-over")
                .with("campaign", short_title(&c.name))
                .with("end", c.end_date);
            return (Verdict::Cancel, reason);
        }
        (Verdict::Hold, Sentence::new("election-reason-chosen"))
    }

    fn hold_reason(&self, item: &PlanItem, weeks: u32) -> Sentence {
        let to = item.day.and_then(|d| d.checked_add_days(Days::new(7 * u64::from(weeks))));
        let mut reason = Sentence::new("election-reason-hold").with("weeks", weeks);
        if let Some(to) = to {
            reason = reason.with("day", to);
        }
        reason
    }

    /// The weeks a held item moves by: past the period, then on until its channel's day has
    /// room under the daily limit (at most [`WEEKS_TO_LOOK`] weeks further; if none has,
    /// the first, and the checker will say it is over the limit).
    fn hold_weeks(&self, facts: &Facts, item: &PlanItem, busy: &mut HashMap<(Uuid, NaiveDate), u32>) -> u32 {
        let Some(day) = item.day else { return 0 };
        let first = self.weeks_past(day);
        let limit = facts.channels.get(&item.channel_id).and_then(|c| c.max_per_day);
        let land = |weeks: u32| day.checked_add_days(Days::new(7 * u64::from(weeks)));
        let weeks = (first..=first + WEEKS_TO_LOOK)
            .find(|w| match (limit, land(*w)) {
                (Some(max), Some(d)) => busy.get(&(item.channel_id, d)).copied().unwrap_or(0) < max,
                _ => true,
            })
            .unwrap_or(first);
        if let Some(d) = land(weeks) {
            *busy.entry((item.channel_id, d)).or_default() += 1;
        }
        weeks
    }
}

/// How many items take a place on each channel's day.
fn day_loads(facts: &Facts) -> HashMap<(Uuid, NaiveDate), u32> {
    let mut loads = HashMap::new();
    for item in facts.items.values().filter(|i| i.counts()) {
        if let Some(day) = item.day {
            *loads.entry((item.channel_id, day)).or_default() += 1;
        }
    }
    loads
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc, Weekday};
    use chrono_tz::Europe::London;

    use super::*;
    use crate::domain::{Campaign, CampaignStatus, ItemStatus, Platform, Schedule};
    use crate::schedule::facts::ChannelFacts;

    fn channel_facts(max_per_day: Option<u32>) -> ChannelFacts {
        ChannelFacts {
            label: "X @westmark".into(),
            platform: Platform::X,
            max_per_day,
            min_gap_minutes: None,
            posting_slots: vec![],
            active: true,
        }
    }

    fn campaign(name: &str, start: &str, end: &str) -> Campaign {
        Campaign {
            id: Uuid::now_v7(),
            name: name.into(),
            hashtags: vec![],
            core_message: String::new(),
            brief: String::new(),
            start_date: start.parse().unwrap(),
            end_date: end.parse().unwrap(),
            status: CampaignStatus::Planned,
            flagship: false,
            colour: "#123456".into(),
            audience: String::new(),
            objective_ids: vec![],
            channel_ids: vec![],
        }
    }

    fn item_on(channel_id: Uuid, at: &str) -> PlanItem {
        let schedule = Schedule::At { utc: at.parse::<DateTime<Utc>>().unwrap() };
        PlanItem {
            id: Uuid::now_v7(),
            title: "Item".into(),
            channel_id,
            campaign_id: None,
            owner_id: None,
            status: ItemStatus::Approved,
            schedule,
            day: schedule.local_date(London),
            objective_ids: vec![],
            translation_group: None,
            language: "en".into(),
            evergreen: false,
            copy: String::new(),
        }
    }

    fn facts_with(channels: Vec<(Uuid, ChannelFacts)>, items: Vec<PlanItem>, campaigns: Vec<Campaign>) -> Facts {
        Facts {
            tz: London,
            now: "2027-05-01T12:00:00Z".parse().unwrap(),
            today: "2027-05-01".parse().unwrap(),
            week_start: Weekday::Mon,
            confirm_days: 7,
            from: "2027-01-01".parse().unwrap(),
            to: "2028-01-01".parse().unwrap(),
            channels: channels.into_iter().collect(),
            campaigns: campaigns.into_iter().map(|c| (c.id, c)).collect(),
            members: HashMap::new(),
            blackouts: vec![],
            collaborations: vec![],
            partners: vec![],
            items: items.into_iter().map(|i| (i.id, i)).collect(),
        }
    }

    fn may(first: &str, last: &str) -> Period {
        Period {
            first: first.parse().unwrap(),
            last: last.parse().unwrap(),
            level: BlackoutLevel::Restricted,
            exempt_channels: vec![],
            exempt_objectives: vec![],
        }
    }

    #[test]
    fn a_held_item_keeps_its_weekday_and_lands_in_the_first_week_after_the_period() {
        let channel = Uuid::now_v7();
        let item = item_on(channel, "2027-05-12T09:30:00Z");
        let facts = facts_with(vec![(channel, channel_facts(None))], vec![item.clone()], vec![]);
        let out = may("2027-05-10", "2027-05-28").propose(&facts, &HashMap::new());
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].verdict, Verdict::Hold);
        // Wednesday 12 May, three weeks on: Wednesday 2 June, the first after the 28th.
        assert_eq!(out[0].weeks, 3);
        assert_eq!(out[0].reason.id, "election-reason-hold");
    }

    #[test]
    fn a_full_day_after_the_period_sends_the_item_a_week_further() {
        let channel = Uuid::now_v7();
        let held = item_on(channel, "2027-05-12T09:30:00Z");
        let already = item_on(channel, "2027-05-19T15:00:00Z");
        let facts = facts_with(vec![(channel, channel_facts(Some(1)))], vec![held.clone(), already], vec![]);
        let out = may("2027-05-10", "2027-05-14").propose(&facts, &HashMap::new());
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].weeks, 2, "19 May has its one post already");
    }

    #[test]
    fn exempt_channels_and_objectives_are_kept_and_a_campaign_over_in_the_period_is_cancelled() {
        let (roads, news) = (Uuid::now_v7(), Uuid::now_v7());
        let objective = Uuid::now_v7();
        let on_roads = item_on(roads, "2027-05-12T09:30:00Z");
        let mut safety = item_on(news, "2027-05-13T09:30:00Z");
        safety.objective_ids = vec![objective];
        let ending = campaign("Spring", "2027-04-01", "2027-05-20");
        let mut of_ending = item_on(news, "2027-05-14T09:30:00Z");
        of_ending.campaign_id = Some(ending.id);
        let facts = facts_with(
            vec![(roads, channel_facts(None)), (news, channel_facts(None))],
            vec![on_roads.clone(), safety.clone(), of_ending.clone()],
            vec![ending],
        );
        let mut period = may("2027-05-10", "2027-05-28");
        period.exempt_channels = vec![roads];
        period.exempt_objectives = vec![(objective, "Public safety".into())];
        let out = period.propose(&facts, &HashMap::new());
        let verdict = |id: Uuid| out.iter().find(|p| p.item_id == id).map(|p| p.verdict);
        assert_eq!(verdict(on_roads.id), Some(Verdict::Keep { exemption: Exemption::ExemptChannel }));
        assert_eq!(verdict(safety.id), Some(Verdict::Keep { exemption: Exemption::ExemptObjective }));
        assert_eq!(verdict(of_ending.id), Some(Verdict::Cancel));

        let chosen = HashMap::from([(of_ending.id, Verdict::Hold)]);
        let out = period.propose(&facts, &chosen);
        let line = out.iter().find(|p| p.item_id == of_ending.id).unwrap();
        assert_eq!((line.verdict, line.weeks), (Verdict::Hold, 3), "a person's choice is the verdict");
    }

    #[test]
    fn with_no_new_campaigns_only_a_campaign_starting_in_the_period_moves() {
        let channel = Uuid::now_v7();
        let running = campaign("Running", "2027-04-01", "2027-07-01");
        let starting = campaign("Starting", "2027-05-15", "2027-07-01");
        let mut a = item_on(channel, "2027-05-17T09:30:00Z");
        a.campaign_id = Some(running.id);
        let mut b = item_on(channel, "2027-05-18T09:30:00Z");
        b.campaign_id = Some(starting.id);
        let loose = item_on(channel, "2027-05-19T09:30:00Z");
        let facts =
            facts_with(vec![(channel, channel_facts(None))], vec![a, b.clone(), loose], vec![running, starting]);
        let mut period = may("2027-05-10", "2027-05-28");
        period.level = BlackoutLevel::NoNewCampaigns;
        let out = period.propose(&facts, &HashMap::new());
        assert_eq!(out.iter().map(|p| p.item_id).collect::<Vec<_>>(), vec![b.id]);
    }
}
