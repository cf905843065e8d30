//! The plan as the rules read it: the items of a span of days (and the backlog) with
//! only the fields the rules need, and the channels, campaigns, members, blackouts and
//! collaborations they are checked against. `ops::facts` loads them from the store.

use std::collections::HashMap;

use crate::sentence::Sentence;
use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::domain::{
    Campaign, Collaboration, ContentItem, ItemStatus, KeyDate, Member, Partner, Platform, Schedule, WeekStart,
};

/// An item, as the rules see it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanItem {
    /// The item's id.
    pub id: Uuid,
    /// Its title, for messages.
    pub title: String,
    /// Its channel.
    pub channel_id: Uuid,
    /// Its campaign, if any.
    pub campaign_id: Option<Uuid>,
    /// Its owner, if any.
    pub owner_id: Option<Uuid>,
    /// Where it is in its life.
    pub status: ItemStatus,
    /// When it goes out.
    pub schedule: Schedule,
    /// The plan-zone day of its schedule, worked out once.
    pub day: Option<NaiveDate>,
    /// The objectives it serves.
    pub objective_ids: Vec<Uuid>,
    /// Its language versions' group, if it has any.
    pub translation_group: Option<Uuid>,
    /// Its language tag.
    pub language: String,
    /// Worth posting again.
    pub evergreen: bool,
    /// The text that goes out.
    pub copy: String,
}

/// An item of this status will take a slot: it is not cancelled or on hold.
pub fn takes_a_slot(status: ItemStatus) -> bool {
    !matches!(status, ItemStatus::Cancelled | ItemStatus::OnHold)
}

/// An item of this status is still to go out: it takes a slot and is not yet published.
pub fn still_to_go_out(status: ItemStatus) -> bool {
    takes_a_slot(status) && status != ItemStatus::Published
}

impl PlanItem {
    /// It will take a slot: not cancelled, not on hold.
    pub fn counts(&self) -> bool {
        takes_a_slot(self.status)
    }

    /// It is still to go out: it counts and is not yet published.
    pub fn pending(&self) -> bool {
        still_to_go_out(self.status)
    }
}

impl PlanItem {
    /// The item as the rules read it, its day worked out in `tz`.
    pub fn new(i: &ContentItem, tz: Tz) -> Self {
        PlanItem {
            id: i.id,
            title: i.title.clone(),
            channel_id: i.channel_id,
            campaign_id: i.campaign_id,
            owner_id: i.owner_id,
            status: i.status,
            schedule: i.schedule,
            day: i.schedule.local_date(tz),
            objective_ids: i.objective_ids.clone(),
            translation_group: i.translation_group,
            language: i.language.clone(),
            evergreen: i.evergreen,
            copy: i.copy.clone(),
        }
    }
}

/// A channel as the rules read it: its limits.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelFacts {
    /// Its name, for messages (in each reader's words).
    pub label: Sentence,
    /// Its network, which counts the copy its own way.
    pub platform: Platform,
    /// The most items a day, if limited.
    pub max_per_day: Option<u32>,
    /// The fewest minutes between two timed items, if limited.
    pub min_gap_minutes: Option<u32>,
    /// Its usual posting times (`HH:MM`).
    pub posting_slots: Vec<String>,
    /// Whether it takes new items.
    pub active: bool,
}

/// The plan as the rules read it.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The plan's time zone.
    pub tz: Tz,
    /// The moment the plan is checked at.
    pub now: DateTime<Utc>,
    /// `now` on the plan's calendar.
    pub today: NaiveDate,
    /// The first day of the plan's week.
    pub week_start: Weekday,
    /// How many days before go-live partners must have confirmed.
    pub confirm_days: u32,
    /// The days loaded, `to` exclusive; the backlog is loaded whatever its dates.
    pub from: NaiveDate,
    /// The day after the last day loaded.
    pub to: NaiveDate,
    /// The channels by id.
    pub channels: HashMap<Uuid, ChannelFacts>,
    /// The campaigns by id.
    pub campaigns: HashMap<Uuid, Campaign>,
    /// The team by id.
    pub members: HashMap<Uuid, Member>,
    /// Key dates with a blackout level.
    pub blackouts: Vec<KeyDate>,
    /// The collaborations.
    pub collaborations: Vec<Collaboration>,
    /// The partners.
    pub partners: Vec<Partner>,
    /// The items loaded, by id.
    pub items: HashMap<Uuid, PlanItem>,
}

impl Facts {
    /// Whether an item on `day` is among the items these facts hold: a day loaded, or the
    /// backlog (no day), which is loaded whatever its dates.
    pub fn holds_day(&self, day: Option<NaiveDate>) -> bool {
        day.is_none_or(|d| self.from <= d && d < self.to)
    }

    /// The first day of the week holding `day`.
    pub fn week_of(&self, day: NaiveDate) -> NaiveDate {
        week_of(day, self.week_start)
    }

    /// Whether a day is inside the loaded span.
    pub fn spans(&self, day: NaiveDate) -> bool {
        self.from <= day && day < self.to
    }
}

/// The chrono weekday a plan's week starts on.
pub fn weekday(start: WeekStart) -> Weekday {
    match start {
        WeekStart::Monday => Weekday::Mon,
        WeekStart::Sunday => Weekday::Sun,
        WeekStart::Saturday => Weekday::Sat,
    }
}

/// The first day of the week (starting on `start`) holding `day`.
pub fn week_of(day: NaiveDate, start: Weekday) -> NaiveDate {
    let back = (7 + day.weekday().num_days_from_monday() - start.num_days_from_monday()) % 7;
    day.checked_sub_days(Days::new(u64::from(back))).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_start_on_the_plans_first_day() {
        let thu = NaiveDate::from_ymd_opt(2027, 1, 7).unwrap();
        assert_eq!(week_of(thu, Weekday::Mon), NaiveDate::from_ymd_opt(2027, 1, 4).unwrap());
        assert_eq!(week_of(thu, Weekday::Sun), NaiveDate::from_ymd_opt(2027, 1, 3).unwrap());
        assert_eq!(week_of(thu, Weekday::Sat), NaiveDate::from_ymd_opt(2027, 1, 2).unwrap());
        let mon = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        assert_eq!(week_of(mon, Weekday::Mon), mon);
    }
}
