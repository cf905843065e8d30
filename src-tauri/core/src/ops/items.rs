use chrono::{Days, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::channels::label;
use super::{quoted, referenced, settings, target};
use crate::domain::{
    validate, Campaign, Channel, ContentItem, ItemDraft, ItemStatus, Objective, When,
};
use crate::error::{Error, Result};
use crate::store::records::{item_from_row, ITEM_COLUMNS};
use crate::store::{sql, Store};

/// The longest window one query may ask for.
pub const MAX_WINDOW_DAYS: u64 = 400;

/// Which items to show; an empty list means "any".
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemFilter {
    pub channel_ids: Vec<String>,
    pub campaign_ids: Vec<String>,
    pub statuses: Vec<ItemStatus>,
}

/// Dates in the plan's zone; `to` is exclusive.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WindowQuery {
    pub from: String,
    pub to: String,
    pub filter: ItemFilter,
}

/// An item as the calendar shows it: with its plan-zone start and what it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarItem {
    pub item: ContentItem,
    /// `2027-03-31T09:30:00` for a timed item, `2027-03-31` for an all-day one, none in the backlog.
    pub local_start: Option<String>,
    pub channel_label: String,
    pub channel_colour: String,
    pub campaign_name: Option<String>,
}

const CALENDAR_JOIN: &str = "FROM content_item i
     JOIN channel ch ON ch.id = i.channel_id
     LEFT JOIN campaign cp ON cp.id = i.campaign_id";

fn calendar_row(r: &rusqlite::Row, tz: Tz) -> rusqlite::Result<CalendarItem> {
    let item = item_from_row(r)?;
    let platform: crate::domain::Platform = sql::enumeration(r, 12)?;
    let handle: String = r.get(13)?;
    Ok(CalendarItem {
        local_start: item.schedule.local_start(tz),
        channel_label: format!("{} {}", platform.label(), handle),
        channel_colour: r.get(14)?,
        campaign_name: r.get(15)?,
        item,
    })
}

/// SQL conditions and their values for a filter (numbered from `first`).
fn filter_sql(filter: &ItemFilter, params: &mut Vec<Value>) -> Result<String> {
    let mut sql = String::new();
    let mut list = |column: &str, values: Vec<String>, params: &mut Vec<Value>| {
        if values.is_empty() {
            return;
        }
        let marks: Vec<String> = values
            .into_iter()
            .map(|v| {
                params.push(Value::Text(v));
                format!("?{}", params.len())
            })
            .collect();
        sql.push_str(&format!(" AND {column} IN ({})", marks.join(", ")));
    };
    let channels = validate::ids("channelIds", &filter.channel_ids)?
        .iter()
        .map(Uuid::to_string)
        .collect();
    let campaigns = validate::ids("campaignIds", &filter.campaign_ids)?
        .iter()
        .map(Uuid::to_string)
        .collect();
    let statuses = filter
        .statuses
        .iter()
        .map(crate::domain::enum_name)
        .collect();
    list("i.channel_id", channels, params);
    list("i.campaign_id", campaigns, params);
    list("i.status", statuses, params);
    Ok(sql)
}

/// The items on the calendar between two dates of the plan's zone.
pub fn list_window(store: &Store, query: &WindowQuery) -> Result<Vec<CalendarItem>> {
    let tz = settings::get(store)?.tz();
    let from = validate::date("from", &query.from)?;
    let to = validate::date("to", &query.to)?;
    if to <= from {
        return Err(Error::validation(
            "to",
            "must be after the start of the window",
        ));
    }
    if (to - from).num_days() as u64 > MAX_WINDOW_DAYS {
        return Err(Error::validation(
            "to",
            format!("a window spans at most {MAX_WINDOW_DAYS} days"),
        ));
    }
    let mut params = vec![
        Value::Text(sql::date_text(from)),
        Value::Text(sql::date_text(to)),
        Value::Text(sql::instant_text(start_of_day_utc(from, tz)?)),
        Value::Text(sql::instant_text(start_of_day_utc(to, tz)?)),
    ];
    let filters = filter_sql(&query.filter, &mut params)?;
    let sql = format!(
        "SELECT {ITEM_COLUMNS}, ch.platform, ch.handle, ch.colour, cp.name {CALENDAR_JOIN}
         WHERE ((i.all_day_date >= ?1 AND i.all_day_date < ?2) OR (i.starts_at >= ?3 AND i.starts_at < ?4)){filters}
         ORDER BY coalesce(i.starts_at, i.all_day_date), i.id"
    );
    let mut stmt = store.conn().prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| calendar_row(r, tz))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The ideas backlog: items with no date yet, newest first.
pub fn list_backlog(store: &Store, filter: &ItemFilter) -> Result<Vec<CalendarItem>> {
    let tz = settings::get(store)?.tz();
    let mut params = Vec::new();
    let filters = filter_sql(filter, &mut params)?;
    let sql = format!(
        "SELECT {ITEM_COLUMNS}, ch.platform, ch.handle, ch.colour, cp.name {CALENDAR_JOIN}
         WHERE i.all_day_date IS NULL AND i.starts_at IS NULL{filters}
         ORDER BY i.id DESC"
    );
    let mut stmt = store.conn().prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| calendar_row(r, tz))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Midnight of a plan-zone date, as a UTC instant (the first instant of the day where
/// midnight itself is skipped by a clock change).
fn start_of_day_utc(date: NaiveDate, tz: Tz) -> Result<chrono::DateTime<chrono::Utc>> {
    let midnight = date.and_time(NaiveTime::MIN);
    crate::domain::item::local_to_utc(midnight, tz).or_else(|_| {
        let one_hour_later = midnight + chrono::Duration::hours(1);
        crate::domain::item::local_to_utc(one_hour_later, tz)
    })
}

pub fn get(store: &Store, id: &str) -> Result<CalendarItem> {
    let item: ContentItem = target(store, id)?;
    to_calendar_item(store, item)
}

fn to_calendar_item(store: &Store, item: ContentItem) -> Result<CalendarItem> {
    let tz = settings::get(store)?.tz();
    let channel: Channel = referenced(store.conn(), "channelId", item.channel_id)?;
    let campaign: Option<Campaign> = item
        .campaign_id
        .map(|c| referenced(store.conn(), "campaignId", c))
        .transpose()?;
    Ok(CalendarItem {
        local_start: item.schedule.local_start(tz),
        channel_label: label(&channel),
        channel_colour: channel.colour,
        campaign_name: campaign.map(|c| c.name),
        item,
    })
}

fn check_references(store: &Store, item: &ContentItem) -> Result<()> {
    referenced::<Channel>(store.conn(), "channelId", item.channel_id)?;
    if let Some(c) = item.campaign_id {
        referenced::<Campaign>(store.conn(), "campaignId", c)?;
    }
    for o in &item.objective_ids {
        referenced::<Objective>(store.conn(), "objectiveIds", *o)?;
    }
    Ok(())
}

pub fn create(store: &mut Store, draft: &ItemDraft) -> Result<CalendarItem> {
    let tz = settings::get(store)?.tz();
    let item = draft.validate(Uuid::now_v7(), tz)?;
    check_references(store, &item)?;
    store.write(&format!("Add {}", quoted(&item.title)), |b| b.insert(&item))?;
    to_calendar_item(store, item)
}

pub fn update(store: &mut Store, id: &str, draft: &ItemDraft) -> Result<CalendarItem> {
    let before: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    let after = draft.validate(before.id, tz)?;
    check_references(store, &after)?;
    store.write(&format!("Edit {}", quoted(&after.title)), |b| {
        b.update(&before, &after)
    })?;
    to_calendar_item(store, after)
}

/// Moves an item to another day or time, or back to the backlog.
pub fn move_to(store: &mut Store, id: &str, when: &When) -> Result<CalendarItem> {
    let before: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    let after = ContentItem {
        schedule: when.resolve(tz)?,
        ..before.clone()
    };
    let verb = if matches!(when, When::Unscheduled) {
        "Move to backlog"
    } else {
        "Move"
    };
    store.write(&format!("{verb} {}", quoted(&before.title)), |b| {
        b.update(&before, &after)
    })?;
    to_calendar_item(store, after)
}

pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let item: ContentItem = target(store, id)?;
    store.write(&format!("Delete {}", quoted(&item.title)), |b| {
        b.delete(&item)
    })
}

/// The plan-zone dates a window of `days` days starting on `from` covers, for callers that page.
pub fn window_end(from: NaiveDate, days: u64) -> NaiveDate {
    from.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}
