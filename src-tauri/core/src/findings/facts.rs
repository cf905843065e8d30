//! The plan as the rules read it: the items of a span of days (and the backlog) with
//! only the fields the rules need, and the channels, campaigns, members, blackouts and
//! collaborations they are checked against.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::domain::{
    Campaign, Collaboration, ContentItem, ItemStatus, KeyDate, Member, Partner, Schedule, Settings, WeekStart,
};
use crate::error::Result;
use crate::ops::{channels, collaborations, settings};
use crate::store::records::query;
use crate::store::{sql, Store};

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
    /// The plan's facts for `year`, widened to whole weeks so every week's load is complete.
    pub fn load_year(store: &Store, year: i32, now: DateTime<Utc>) -> Result<Facts> {
        let s = settings::get(store)?;
        let week_start = weekday(s.week_start);
        let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
        let next = NaiveDate::from_ymd_opt(year + 1, 1, 1).unwrap_or(NaiveDate::MAX);
        let from = week_of(jan1, week_start);
        let to = week_of(next, week_start).checked_add_days(Days::new(7)).unwrap_or(next);
        Facts::load(store, &s, from, to, now)
    }

    /// The plan's facts for the days from `from` to `to` (exclusive).
    fn load(store: &Store, s: &Settings, from: NaiveDate, to: NaiveDate, now: DateTime<Utc>) -> Result<Facts> {
        let tz = s.tz();
        let channels = channels::list(store)?
            .into_iter()
            .map(|c| {
                let facts = ChannelFacts {
                    label: channels::label(&c),
                    max_per_day: c.max_per_day,
                    min_gap_minutes: c.min_gap_minutes,
                    posting_slots: c.posting_slots,
                    active: c.active,
                };
                (c.id, facts)
            })
            .collect();
        let campaigns = query::<Campaign>(store.conn(), "", [])?.into_iter().map(|c| (c.id, c)).collect();
        let members = query::<Member>(store.conn(), "", [])?.into_iter().map(|m| (m.id, m)).collect();
        let blackouts = query::<KeyDate>(store.conn(), "WHERE t.blackout_level IS NOT NULL ORDER BY t.starts_on", [])?;
        let partners = query::<Partner>(store.conn(), "", [])?;
        Ok(Facts {
            tz,
            now,
            today: now.with_timezone(&tz).date_naive(),
            week_start: weekday(s.week_start),
            confirm_days: s.confirm_days,
            from,
            to,
            channels,
            campaigns,
            members,
            blackouts,
            collaborations: collaborations::list(store)?,
            partners,
            items: load_items(store, from, to, tz)?,
        })
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

const ITEM_COLUMNS: &str = "t.id, t.title, t.channel_id, t.campaign_id, t.owner_id, t.status, t.all_day_date, \
     t.starts_at, t.objective_ids, t.translation_group, t.language, t.evergreen";

fn item_row(r: &rusqlite::Row, tz: Tz) -> rusqlite::Result<PlanItem> {
    let schedule = sql::schedule(r, 6, 7)?;
    Ok(PlanItem {
        id: sql::uuid(r, 0)?,
        title: r.get(1)?,
        channel_id: sql::uuid(r, 2)?,
        campaign_id: sql::opt_uuid(r, 3)?,
        owner_id: sql::opt_uuid(r, 4)?,
        status: sql::enumeration(r, 5)?,
        schedule,
        day: schedule.local_date(tz),
        objective_ids: sql::uuid_list(r, 8)?,
        translation_group: sql::opt_uuid(r, 9)?,
        language: r.get(10)?,
        evergreen: r.get(11)?,
    })
}

/// The items dated from `from` to `to` (exclusive) in the plan's zone, and the backlog.
fn load_items(store: &Store, from: NaiveDate, to: NaiveDate, tz: Tz) -> Result<HashMap<Uuid, PlanItem>> {
    let (from_day, to_day) = (sql::date_text(from), sql::date_text(to));
    let start = |d: NaiveDate| crate::ops::items::start_of_day_utc(d, tz).map(sql::instant_text);
    let (from_utc, to_utc) = (start(from)?, start(to)?);
    let (lo, hi) = (from_day.min(from_utc), to_day.max(to_utc));
    // One range scan of the index over both kinds of date; the exact days are kept here.
    let dated = format!(
        "SELECT {ITEM_COLUMNS} FROM content_item t
         WHERE coalesce(t.starts_at, t.all_day_date) >= ?1 AND coalesce(t.starts_at, t.all_day_date) < ?2"
    );
    let mut items = HashMap::with_capacity(16_384);
    let mut stmt = store.conn().prepare_cached(&dated)?;
    for item in stmt.query_map([lo, hi], |r| item_row(r, tz))? {
        let item = item?;
        if item.day.is_some_and(|d| from <= d && d < to) {
            items.insert(item.id, item);
        }
    }
    let backlog =
        format!("SELECT {ITEM_COLUMNS} FROM content_item t WHERE t.all_day_date IS NULL AND t.starts_at IS NULL");
    let mut stmt = store.conn().prepare_cached(&backlog)?;
    for item in stmt.query_map([], |r| item_row(r, tz))? {
        let item = item?;
        items.insert(item.id, item);
    }
    Ok(items)
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
