//! The plan as the rules read it: the items of a span of days (and the backlog) with
//! only the fields the rules need, and the channels, campaigns, members, blackouts and
//! collaborations they are checked against. `ops::facts` loads them from the store.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::domain::{Campaign, Collaboration, ContentItem, ItemStatus, KeyDate, Member, Partner, Schedule, WeekStart};

/// An item, as the rules see it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanItem {
    pub id: Uuid,
    pub title: String,
    pub channel_id: Uuid,
    pub campaign_id: Option<Uuid>,
    pub owner_id: Option<Uuid>,
    pub status: ItemStatus,
    pub schedule: Schedule,
    /// The plan-zone day of its schedule, worked out once.
    pub day: Option<NaiveDate>,
    pub objective_ids: Vec<Uuid>,
    pub translation_group: Option<Uuid>,
    pub language: String,
    pub evergreen: bool,
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
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChannelFacts {
    pub label: String,
    pub max_per_day: Option<u32>,
    pub min_gap_minutes: Option<u32>,
    pub posting_slots: Vec<String>,
    pub active: bool,
}

#[derive(Debug, Clone)]
pub struct Facts {
    pub tz: Tz,
    pub now: DateTime<Utc>,
    /// `now` on the plan's calendar.
    pub today: NaiveDate,
    pub week_start: Weekday,
    pub confirm_days: u32,
    /// The days loaded, `to` exclusive; the backlog is loaded whatever its dates.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub channels: HashMap<Uuid, ChannelFacts>,
    pub campaigns: HashMap<Uuid, Campaign>,
    pub members: HashMap<Uuid, Member>,
    /// Key dates with a blackout level.
    pub blackouts: Vec<KeyDate>,
    pub collaborations: Vec<Collaboration>,
    pub partners: Vec<Partner>,
    pub items: HashMap<Uuid, PlanItem>,
}

impl Facts {
    /// The first day of the week holding `day`.
    pub fn week_of(&self, day: NaiveDate) -> NaiveDate {
        week_of(day, self.week_start)
    }

    /// Whether a day is inside the loaded span.
    pub fn spans(&self, day: NaiveDate) -> bool {
        self.from <= day && day < self.to
    }
}

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
