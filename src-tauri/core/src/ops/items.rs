//! Content item operations: the calendar's window and the backlog, get, create, update,
//! move (or its dry run) and delete, and translations.

use std::collections::HashMap;

use chrono::{Days, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::channels::label;
use super::{quoted, referenced, settings, target};
use crate::domain::{
    validate, Campaign, Channel, ContentItem, ItemDraft, ItemFormat, ItemStatus, Objective, Schedule, When,
};
use crate::error::{Error, Result};
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
    /// Items of collaborations that any of these partners is part of.
    #[serde(default)]
    pub partner_ids: Vec<String>,
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

/// What a calendar view needs of an item: everything but its copy and notes, which
/// can be long and are only read when the item is opened.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemSummary {
    pub id: Uuid,
    pub title: String,
    pub format: ItemFormat,
    pub channel_id: Uuid,
    pub campaign_id: Option<Uuid>,
    pub objective_ids: Vec<Uuid>,
    pub status: ItemStatus,
    pub schedule: Schedule,
    /// The series it is an occurrence of, if any.
    pub series_id: Option<Uuid>,
}

/// An item summary on the calendar or in the backlog, as [`CalendarItem`] is for a whole item.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarEntry {
    pub item: ItemSummary,
    pub local_start: Option<String>,
    pub channel_label: String,
    pub channel_colour: String,
    pub campaign_name: Option<String>,
    /// The collaboration the item is part of, for its badge.
    pub collaboration_id: Option<Uuid>,
}

const SUMMARY_COLUMNS: &str =
    "t.id, t.title, t.format, t.channel_id, t.campaign_id, t.status, t.all_day_date, t.starts_at, t.objective_ids, cp.name, \
     t.series_id";

/// A channel's label and colour, looked up per item from a map of the (few) channels.
type ChannelFaces = HashMap<Uuid, (String, String)>;

fn channel_faces(store: &Store) -> Result<ChannelFaces> {
    Ok(super::channels::list(store)?.into_iter().map(|c| (c.id, (label(&c), c.colour))).collect())
}

/// The collaboration of each linked item: a small table, read whole rather than per item.
fn collaboration_links(store: &Store) -> Result<HashMap<Uuid, Uuid>> {
    let mut stmt = store.conn().prepare_cached("SELECT item_id, collaboration_id FROM collaboration_item")?;
    let rows = stmt.query_map([], |r| Ok((sql::uuid(r, 0)?, sql::uuid(r, 1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn entry_row(r: &rusqlite::Row, tz: Tz, channels: &ChannelFaces) -> rusqlite::Result<CalendarEntry> {
    let schedule = sql::schedule(r, 6, 7)?;
    let item = ItemSummary {
        id: sql::uuid(r, 0)?,
        title: r.get(1)?,
        format: sql::enumeration(r, 2)?,
        channel_id: sql::uuid(r, 3)?,
        campaign_id: sql::opt_uuid(r, 4)?,
        status: sql::enumeration(r, 5)?,
        schedule,
        objective_ids: sql::uuid_list(r, 8)?,
        series_id: sql::opt_uuid(r, 10)?,
    };
    let (channel_label, channel_colour) = channels.get(&item.channel_id).cloned().unwrap_or_default();
    Ok(CalendarEntry {
        local_start: schedule.local_start(tz),
        channel_label,
        channel_colour,
        campaign_name: r.get(9)?,
        collaboration_id: None,
        item,
    })
}

/// SQL conditions and their values for a filter (numbered from `first`).
fn filter_sql(filter: &ItemFilter, params: &mut Vec<Value>) -> Result<String> {
    let mut sql = String::new();
    // `condition` holds `{}` where the list of placeholders goes.
    let mut list = |condition: &str, values: Vec<String>, params: &mut Vec<Value>| {
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
        sql.push_str(&format!(" AND {}", condition.replace("{}", &marks.join(", "))));
    };
    let ids = |field: &str, values: &[String]| -> Result<Vec<String>> {
        Ok(validate::ids(field, values)?.iter().map(Uuid::to_string).collect())
    };
    list("t.channel_id IN ({})", ids("channelIds", &filter.channel_ids)?, params);
    list("t.campaign_id IN ({})", ids("campaignIds", &filter.campaign_ids)?, params);
    list("t.status IN ({})", filter.statuses.iter().map(crate::domain::enum_name).collect(), params);
    list(
        "t.id IN (SELECT ci.item_id FROM collaboration_item ci JOIN collaboration_partner p \
         ON p.collaboration_id = ci.collaboration_id WHERE p.partner_id IN ({}))",
        ids("partnerIds", &filter.partner_ids)?,
        params,
    );
    Ok(sql)
}

/// The items on the calendar between two dates of the plan's zone.
pub fn list_window(store: &Store, query: &WindowQuery) -> Result<Vec<CalendarEntry>> {
    let tz = settings::get(store)?.tz();
    let from = validate::date("from", &query.from)?;
    let to = validate::date("to", &query.to)?;
    if to <= from {
        return Err(Error::validation("to", "must be after the start of the window"));
    }
    if (to - from).num_days() as u64 > MAX_WINDOW_DAYS {
        return Err(Error::validation("to", format!("a window spans at most {MAX_WINDOW_DAYS} days")));
    }
    let (from_day, to_day) = (sql::date_text(from), sql::date_text(to));
    let (from_utc, to_utc) =
        (sql::instant_text(start_of_day_utc(from, tz)?), sql::instant_text(start_of_day_utc(to, tz)?));
    // The index orders dates and UTC instants as text together: scan the span of both
    // ranges (?5 to ?6), then keep what is in either.
    let (lo, hi) = (from_day.clone().min(from_utc.clone()), to_day.clone().max(to_utc.clone()));
    let mut params: Vec<Value> = [from_day, to_day, from_utc, to_utc, lo, hi].into_iter().map(Value::Text).collect();
    let filters = filter_sql(&query.filter, &mut params)?;
    let condition = format!(
        "coalesce(t.starts_at, t.all_day_date) >= ?5 AND coalesce(t.starts_at, t.all_day_date) < ?6
         AND ((t.all_day_date >= ?1 AND t.all_day_date < ?2) OR (t.starts_at >= ?3 AND t.starts_at < ?4)){filters}"
    );
    let mut items = calendar_query(store, tz, &condition, params)?;
    // Sorted here rather than in SQL: cheaper than a temporary b-tree, and by the plan's
    // wall clock, so a day's all-day items come before its timed ones.
    items.sort_unstable_by(|a, b| (&a.local_start, a.item.id).cmp(&(&b.local_start, b.item.id)));
    Ok(items)
}

/// The ideas backlog: items with no date yet, newest first.
pub fn list_backlog(store: &Store, filter: &ItemFilter) -> Result<Vec<CalendarEntry>> {
    let tz = settings::get(store)?.tz();
    let mut params = Vec::new();
    let filters = filter_sql(filter, &mut params)?;
    let condition = format!("t.all_day_date IS NULL AND t.starts_at IS NULL{filters}");
    let mut items = calendar_query(store, tz, &condition, params)?;
    items.sort_unstable_by_key(|e| std::cmp::Reverse(e.item.id));
    Ok(items)
}

/// Items with their channel and campaign, as the calendar shows them.
fn calendar_query(store: &Store, tz: Tz, condition: &str, params: Vec<Value>) -> Result<Vec<CalendarEntry>> {
    let channels = channel_faces(store)?;
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM content_item t LEFT JOIN campaign cp ON cp.id = t.campaign_id WHERE {condition}"
    );
    let mut stmt = store.conn().prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| entry_row(r, tz, &channels))?;
    let mut entries: Vec<CalendarEntry> = rows.collect::<rusqlite::Result<_>>()?;
    let links = collaboration_links(store)?;
    if !links.is_empty() {
        for e in &mut entries {
            e.collaboration_id = links.get(&e.item.id).copied();
        }
    }
    Ok(entries)
}

/// Midnight of a plan-zone date, as a UTC instant (the first instant of the day where
/// midnight itself is skipped by a clock change).
pub(crate) fn start_of_day_utc(date: NaiveDate, tz: Tz) -> Result<chrono::DateTime<chrono::Utc>> {
    Ok(crate::domain::item::wall_clock(date.and_time(NaiveTime::MIN), tz).0)
}

pub fn get(store: &Store, id: &str) -> Result<CalendarItem> {
    let item: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    to_calendar_item(store, item, tz)
}

fn to_calendar_item(store: &Store, item: ContentItem, tz: Tz) -> Result<CalendarItem> {
    let channel: Channel = referenced(store.conn(), "channelId", item.channel_id)?;
    let campaign: Option<Campaign> = item.campaign_id.map(|c| referenced(store.conn(), "campaignId", c)).transpose()?;
    Ok(CalendarItem {
        local_start: item.schedule.local_start(tz),
        channel_label: label(&channel),
        channel_colour: channel.colour,
        campaign_name: campaign.map(|c| c.name),
        item,
    })
}

pub(crate) fn check_references(store: &Store, item: &ContentItem) -> Result<()> {
    referenced::<Channel>(store.conn(), "channelId", item.channel_id)?;
    if let Some(m) = item.owner_id {
        referenced::<crate::domain::Member>(store.conn(), "ownerId", m)?;
    }
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
    to_calendar_item(store, item, tz)
}

pub fn update(store: &mut Store, id: &str, draft: &ItemDraft) -> Result<CalendarItem> {
    let before: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    let after = ContentItem {
        translation_group: before.translation_group,
        series_id: before.series_id,
        recurrence_id: before.recurrence_id.clone(),
        detached: before.series_id.is_some(),
        ..draft.validate(before.id, tz)?
    };
    check_references(store, &after)?;
    store.write(&format!("Edit {}", quoted(&after.title)), |b| b.update(&before, &after))?;
    to_calendar_item(store, after, tz)
}

/// Moves an item to another day or time, or back to the backlog.
pub fn move_to(store: &mut Store, id: &str, when: &When) -> Result<CalendarItem> {
    moved(store, id, when, false)
}

/// The item moved to `when`: written as one undoable change, or with `dry_run` only
/// worked out (what a preview shows).
pub fn moved(store: &mut Store, id: &str, when: &When, dry_run: bool) -> Result<CalendarItem> {
    let before: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    // A moved occurrence of a series keeps its place when the whole series is edited.
    let after = ContentItem { schedule: when.resolve(tz)?, detached: before.series_id.is_some(), ..before.clone() };
    if !dry_run {
        let verb = if matches!(when, When::Unscheduled) { "Move to backlog" } else { "Move" };
        store.write(&format!("{verb} {}", quoted(&before.title)), |b| b.update(&before, &after))?;
    }
    to_calendar_item(store, after, tz)
}

/// A version of the item in another language, on the same day, linked to it: the
/// findings flag the versions when they drift apart.
pub fn add_translation(store: &mut Store, id: &str, language: &str) -> Result<CalendarItem> {
    let original: ContentItem = target(store, id)?;
    let language = validate::text("language", language, 35, true)?;
    let group = original.translation_group.unwrap_or_else(Uuid::now_v7);
    let taken: Vec<ContentItem> =
        crate::store::records::query(store.conn(), "WHERE t.translation_group = ?1", [group.to_string()])?;
    if language == original.language || taken.iter().any(|i| i.language == language) {
        return Err(Error::validation("language", format!("there is already a “{language}” version")));
    }
    let version = ContentItem {
        id: Uuid::now_v7(),
        title: format!("{} ({language})", original.title),
        language,
        translation_group: Some(group),
        ..original.clone()
    };
    let linked = ContentItem { translation_group: Some(group), ..original.clone() };
    let tz = settings::get(store)?.tz();
    store.write(&format!("Add a {} version of {}", version.language, quoted(&original.title)), |b| {
        if original.translation_group.is_none() {
            b.update(&original, &linked)?;
        }
        b.insert(&version)
    })?;
    to_calendar_item(store, version, tz)
}

/// The item's versions in other languages (itself excluded).
pub fn translations(store: &Store, id: &str) -> Result<Vec<CalendarItem>> {
    let item: ContentItem = target(store, id)?;
    let Some(group) = item.translation_group else { return Ok(vec![]) };
    let tz = settings::get(store)?.tz();
    let versions: Vec<ContentItem> = crate::store::records::query(
        store.conn(),
        "WHERE t.translation_group = ?1 AND t.id <> ?2 ORDER BY t.language",
        [group.to_string(), item.id.to_string()],
    )?;
    versions.into_iter().map(|v| to_calendar_item(store, v, tz)).collect()
}

/// Deletes an item; an occurrence of a series is deleted on its own, as an exception.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let item: ContentItem = target(store, id)?;
    if item.series_id.is_some() {
        return super::series::delete(store, id, super::series::SeriesScope::One);
    }
    store.write(&format!("Delete {}", quoted(&item.title)), |b| b.delete(&item))
}

/// The plan-zone dates a window of `days` days starting on `from` covers, for callers that page.
pub fn window_end(from: NaiveDate, days: u64) -> NaiveDate {
    from.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX)
}
