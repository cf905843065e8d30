//! Content items as rows, with their objective links, and the ways the plan reads them:
//! the calendar's window and backlog, the scheduling rules' lean rows, and by what they belong to.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, Row};
use uuid::Uuid;

use super::{id, query, replace_links, text, Record, TableRow};
use crate::domain::item::ItemSummary;
use crate::domain::timing::start_of_day_utc;
use crate::domain::{enum_name, ContentItem, ItemStatus, Schedule};
use crate::error::Result;
use crate::schedule::PlanItem;
use crate::sql;

impl TableRow for ContentItem {
    const TABLE: &'static str = "content_item";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "copy",
        "format",
        "channel_id",
        "campaign_id",
        "status",
        "all_day_date",
        "starts_at",
        "language",
        "notes",
        // A copy of the item_objective rows, in order: a month loads without a subquery per item.
        "objective_ids",
        "owner_id",
        "translation_group",
        "evergreen",
        "series_id",
        "recurrence_id",
        "detached",
    ];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        let schedule = sql::schedule(r, 7, 8)?;
        Ok(ContentItem {
            id: sql::uuid(r, 0)?,
            title: r.get(1)?,
            copy: r.get(2)?,
            format: sql::enumeration(r, 3)?,
            channel_id: sql::uuid(r, 4)?,
            campaign_id: sql::opt_uuid(r, 5)?,
            status: sql::enumeration(r, 6)?,
            schedule,
            language: r.get(9)?,
            notes: r.get(10)?,
            objective_ids: sql::uuid_list(r, 11)?,
            owner_id: sql::opt_uuid(r, 12)?,
            translation_group: sql::opt_uuid(r, 13)?,
            evergreen: r.get(14)?,
            series_id: sql::opt_uuid(r, 15)?,
            recurrence_id: r.get(16)?,
            detached: r.get(17)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        let (all_day, starts_at) = match self.schedule {
            Schedule::Unscheduled => (Value::Null, Value::Null),
            Schedule::AllDay { date } => (Value::Text(sql::date_text(date)), Value::Null),
            Schedule::At { utc } => (Value::Null, Value::Text(sql::instant_text(utc))),
        };
        Ok(vec![
            id(self.id),
            text(&self.title),
            text(&self.copy),
            Value::Text(enum_name(&self.format)),
            id(self.channel_id),
            self.campaign_id.map_or(Value::Null, id),
            Value::Text(enum_name(&self.status)),
            all_day,
            starts_at,
            text(&self.language),
            text(&self.notes),
            Value::Text(self.objective_ids.iter().map(Uuid::to_string).collect::<Vec<_>>().join(",")),
            self.owner_id.map_or(Value::Null, id),
            self.translation_group.map_or(Value::Null, id),
            Value::from(self.evergreen),
            self.series_id.map_or(Value::Null, id),
            self.recurrence_id.as_deref().map_or(Value::Null, text),
            Value::from(self.detached),
        ])
    }
}

fn item_links(i: &ContentItem, conn: &Connection) -> Result<()> {
    replace_links(conn, "item_objective", "item_id", "objective_id", i.id, &i.objective_ids)
}

record!(ContentItem, "contentItem", links: item_links);

/// Every item of a campaign.
pub fn of_campaign(conn: &Connection, campaign: Uuid) -> Result<Vec<ContentItem>> {
    query(conn, "WHERE t.campaign_id = ?1", [campaign.to_string()])
}

/// The items of a campaign that have a date.
pub fn dated_of_campaign(conn: &Connection, campaign: Uuid) -> Result<Vec<ContentItem>> {
    query(
        conn,
        "WHERE t.campaign_id = ?1 AND (t.all_day_date IS NOT NULL OR t.starts_at IS NOT NULL)",
        [campaign.to_string()],
    )
}

/// The items that serve an objective.
pub fn serving(conn: &Connection, objective: Uuid) -> Result<Vec<ContentItem>> {
    query(conn, "WHERE t.id IN (SELECT item_id FROM item_objective WHERE objective_id = ?1)", [objective.to_string()])
}

/// The items titled exactly as one of `titles`: what an import checks its rows against.
pub fn titled(conn: &Connection, titles: &[&str]) -> Result<Vec<ContentItem>> {
    let titles = serde_json::to_string(titles)?;
    query(conn, "WHERE t.title IN (SELECT value FROM json_each(?1))", [titles])
}

/// The items in one status.
pub fn with_status(conn: &Connection, status: ItemStatus) -> Result<Vec<ContentItem>> {
    query(conn, "WHERE t.status = ?1", [enum_name(&status)])
}

/// The items linked to a collaboration.
pub fn of_collaborations(conn: &Connection) -> Result<Vec<ContentItem>> {
    query(conn, "WHERE t.id IN (SELECT item_id FROM collaboration_item)", [])
}

/// The occurrences of a series, in the order they occur.
pub fn of_series(conn: &Connection, series: Uuid) -> Result<Vec<ContentItem>> {
    query(conn, "WHERE t.series_id = ?1 ORDER BY t.recurrence_id", [series.to_string()])
}

/// The language versions of a translation group, `other_than` one of them, by language.
pub fn translations(conn: &Connection, group: Uuid, other_than: Option<Uuid>) -> Result<Vec<ContentItem>> {
    let other = other_than.map_or(String::new(), |id| id.to_string());
    query(conn, "WHERE t.translation_group = ?1 AND t.id <> ?2 ORDER BY t.language", [group.to_string(), other])
}

/// The items starting from `from` to `to` (exclusive), or dated all day from `first_day`
/// to `last_day` (both included), in the order they go out.
pub fn going_out(
    conn: &Connection,
    (from, to): (DateTime<Utc>, DateTime<Utc>),
    (first_day, last_day): (NaiveDate, NaiveDate),
) -> Result<Vec<ContentItem>> {
    query(
        conn,
        "WHERE (t.starts_at >= ?1 AND t.starts_at < ?2) OR (t.all_day_date >= ?3 AND t.all_day_date <= ?4)
         ORDER BY coalesce(t.starts_at, t.all_day_date), t.id",
        [sql::instant_text(from), sql::instant_text(to), sql::date_text(first_day), sql::date_text(last_day)],
    )
}

/// How many items a column (`channel_id`, `owner_id`, `series_id`) ties to `id`.
pub fn count_by(conn: &Connection, column: ItemLink, id: Uuid) -> Result<u32> {
    let sql = match column {
        ItemLink::Channel => "SELECT count(*) FROM content_item WHERE channel_id = ?1",
        ItemLink::Owner => "SELECT count(*) FROM content_item WHERE owner_id = ?1",
        ItemLink::Series => "SELECT count(*) FROM content_item WHERE series_id = ?1",
    };
    Ok(conn.prepare_cached(sql)?.query_row([id.to_string()], |r| r.get(0))?)
}

/// What an item is counted by in [`count_by`].
#[derive(Debug, Clone, Copy)]
pub enum ItemLink {
    /// The items on a channel.
    Channel,
    /// The items a member owns.
    Owner,
    /// The items of a series.
    Series,
}

/// Which items a calendar query keeps; an empty list means any.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Items on any of these channels.
    pub channel_ids: Vec<Uuid>,
    /// Items in any of these campaigns.
    pub campaign_ids: Vec<Uuid>,
    /// Items in any of these statuses.
    pub statuses: Vec<ItemStatus>,
    /// Items of collaborations that any of these partners is part of.
    pub partner_ids: Vec<Uuid>,
}

impl Filter {
    /// SQL conditions and their values (numbered after those in `params`).
    fn sql(&self, params: &mut Vec<Value>) -> String {
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
        let ids = |ids: &[Uuid]| ids.iter().map(Uuid::to_string).collect();
        list("t.channel_id IN ({})", ids(&self.channel_ids), params);
        list("t.campaign_id IN ({})", ids(&self.campaign_ids), params);
        list("t.status IN ({})", self.statuses.iter().map(enum_name).collect(), params);
        list(
            "t.id IN (SELECT ci.item_id FROM collaboration_item ci JOIN collaboration_partner p \
             ON p.collaboration_id = ci.collaboration_id WHERE p.partner_id IN ({}))",
            ids(&self.partner_ids),
            params,
        );
        sql
    }
}

const SUMMARY_COLUMNS: &str =
    "t.id, t.title, t.format, t.channel_id, t.campaign_id, t.status, t.all_day_date, t.starts_at, t.objective_ids, cp.name, \
     t.series_id, t.owner_id";

/// An item as the calendar lists it, with its campaign's name.
fn calendar_row(r: &Row) -> rusqlite::Result<(ItemSummary, Option<String>)> {
    let item = ItemSummary {
        id: sql::uuid(r, 0)?,
        title: r.get(1)?,
        format: sql::enumeration(r, 2)?,
        channel_id: sql::uuid(r, 3)?,
        campaign_id: sql::opt_uuid(r, 4)?,
        status: sql::enumeration(r, 5)?,
        schedule: sql::schedule(r, 6, 7)?,
        objective_ids: sql::uuid_list(r, 8)?,
        series_id: sql::opt_uuid(r, 10)?,
        owner_id: sql::opt_uuid(r, 11)?,
    };
    Ok((item, r.get(9)?))
}

fn calendar_query<T>(
    conn: &Connection,
    condition: &str,
    params: Vec<Value>,
    mut make: impl FnMut(ItemSummary, Option<String>) -> T,
) -> Result<Vec<T>> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM content_item t LEFT JOIN campaign cp ON cp.id = t.campaign_id WHERE {condition}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), calendar_row)?;
    Ok(super::readable(rows)?.into_iter().map(|(item, campaign)| make(item, campaign)).collect())
}

/// The bounds of the plan-zone days from `from` to `to` (exclusive) as stored: the dates
/// of all-day items and the UTC instants of timed ones.
fn day_bounds(from: NaiveDate, to: NaiveDate, tz: Tz) -> [String; 4] {
    let start = |d: NaiveDate| sql::instant_text(start_of_day_utc(d, tz));
    [sql::date_text(from), sql::date_text(to), start(from), start(to)]
}

/// The condition (and its values) of the items dated from `from` to `to` (exclusive) in
/// the plan's zone that `filter` keeps.
fn window_condition((from, to): (NaiveDate, NaiveDate), tz: Tz, filter: &Filter) -> (String, Vec<Value>) {
    let [from_day, to_day, from_utc, to_utc] = day_bounds(from, to, tz);
    // The index orders dates and UTC instants as text together: scan the span of both
    // ranges (?5 to ?6), then keep what is in either.
    let (lo, hi) = (from_day.clone().min(from_utc.clone()), to_day.clone().max(to_utc.clone()));
    let mut params: Vec<Value> = [from_day, to_day, from_utc, to_utc, lo, hi].into_iter().map(Value::Text).collect();
    let filters = filter.sql(&mut params);
    let condition = format!(
        "coalesce(t.starts_at, t.all_day_date) >= ?5 AND coalesce(t.starts_at, t.all_day_date) < ?6
         AND ((t.all_day_date >= ?1 AND t.all_day_date < ?2) OR (t.starts_at >= ?3 AND t.starts_at < ?4)){filters}"
    );
    (condition, params)
}

/// The items dated from `from` to `to` (exclusive) in the plan's zone that `filter` keeps,
/// each summary and campaign name made into a `T` as it is read.
pub fn calendar_window<T>(
    conn: &Connection,
    days: (NaiveDate, NaiveDate),
    tz: Tz,
    filter: &Filter,
    make: impl FnMut(ItemSummary, Option<String>) -> T,
) -> Result<Vec<T>> {
    let (condition, params) = window_condition(days, tz, filter);
    calendar_query(conn, &condition, params, make)
}

/// The whole items dated from `from` to `to` (exclusive) in the plan's zone that `filter`
/// keeps, in the order they go out: what the calendar and spreadsheet exports write.
pub fn dated_between(
    conn: &Connection,
    days: (NaiveDate, NaiveDate),
    tz: Tz,
    filter: &Filter,
) -> Result<Vec<ContentItem>> {
    let (condition, params) = window_condition(days, tz, filter);
    let mut items: Vec<ContentItem> = query(conn, &format!("WHERE {condition}"), params_from_iter(params))?;
    // Sorted here rather than in SQL: cheaper than SQLite's temporary b-tree.
    items.sort_unstable_by_key(|i| (going_out_key(i), i.id));
    Ok(items)
}

/// When an item goes out, as the store orders dates and instants together (a day sorts
/// before the instants of that day).
fn going_out_key(item: &ContentItem) -> (Option<NaiveDate>, Option<DateTime<Utc>>) {
    match item.schedule {
        Schedule::Unscheduled => (None, None),
        Schedule::AllDay { date } => (Some(date), None),
        Schedule::At { utc } => (Some(utc.date_naive()), Some(utc)),
    }
}

/// The undated items (the backlog) that `filter` keeps, each made into a `T` as it is read.
pub fn calendar_backlog<T>(
    conn: &Connection,
    filter: &Filter,
    make: impl FnMut(ItemSummary, Option<String>) -> T,
) -> Result<Vec<T>> {
    let mut params = Vec::new();
    let filters = filter.sql(&mut params);
    calendar_query(conn, &format!("t.all_day_date IS NULL AND t.starts_at IS NULL{filters}"), params, make)
}

/// Every item of the plan, each made into a `T` as it is read: what a search by title
/// looks through (titles are matched in Rust, where case folding knows every script).
pub fn calendar_all<T>(conn: &Connection, make: impl FnMut(ItemSummary, Option<String>) -> T) -> Result<Vec<T>> {
    calendar_query(conn, "1", Vec::new(), make)
}

const PLAN_ITEM_COLUMNS: &str = "t.id, t.title, t.channel_id, t.campaign_id, t.owner_id, t.status, t.all_day_date, \
     t.starts_at, t.objective_ids, t.translation_group, t.language, t.evergreen, t.copy";

fn plan_item_row(r: &Row, tz: Tz) -> rusqlite::Result<PlanItem> {
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
        copy: r.get(12)?,
    })
}

/// The items dated from `from` to `to` (exclusive) in the plan's zone, and the backlog,
/// with only the fields the scheduling rules read.
pub fn plan_items(conn: &Connection, from: NaiveDate, to: NaiveDate, tz: Tz) -> Result<HashMap<Uuid, PlanItem>> {
    let [from_day, to_day, from_utc, to_utc] = day_bounds(from, to, tz);
    let (lo, hi) = (from_day.min(from_utc), to_day.max(to_utc));
    // One range scan of the index over both kinds of date; the exact days are kept here.
    let dated = format!(
        "SELECT {PLAN_ITEM_COLUMNS} FROM content_item t
         WHERE coalesce(t.starts_at, t.all_day_date) >= ?1 AND coalesce(t.starts_at, t.all_day_date) < ?2"
    );
    let mut items = HashMap::with_capacity(16_384);
    let mut stmt = conn.prepare_cached(&dated)?;
    for item in super::readable(stmt.query_map([lo, hi], |r| plan_item_row(r, tz))?)? {
        if item.day.is_some_and(|d| from <= d && d < to) {
            items.insert(item.id, item);
        }
    }
    let backlog =
        format!("SELECT {PLAN_ITEM_COLUMNS} FROM content_item t WHERE t.all_day_date IS NULL AND t.starts_at IS NULL");
    let mut stmt = conn.prepare_cached(&backlog)?;
    for item in super::readable(stmt.query_map([], |r| plan_item_row(r, tz))?)? {
        items.insert(item.id, item);
    }
    Ok(items)
}
