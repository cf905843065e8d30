//! How each aggregate is read from and written to its rows. An aggregate owns
//! its link rows (a campaign its objectives and channels, an item its objectives),
//! so one journal entry holds all of it and undo restores all of it.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

use super::journal::{restore_record, Batch};
use super::sql;
use crate::domain::{
    enum_name, Brand, Campaign, Channel, Collaboration, ContentItem, CoverageRule, CrisisPause, KeyDate, Member,
    Objective, Partner, PartnerGroup, PlanYear, Schedule, Series, Settings,
};
use crate::error::{Error, Result};

/// A row the journal can write, read back and restore.
pub trait Record: Serialize + DeserializeOwned + Sized {
    /// The entity's name in the journal.
    const ENTITY: &'static str;
    fn id(&self) -> Uuid;
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>>;
    fn insert_row(&self, conn: &Connection) -> Result<()>;
    fn update_row(&self, conn: &Connection) -> Result<()>;
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()>;
}

/// One table row per record, `id` first: the SQL is derived from the column list.
pub(crate) trait TableRow: Sized {
    const TABLE: &'static str;
    /// Columns as [`TableRow::from_row`] reads them and [`TableRow::values`] gives them; `id` first.
    const COLUMNS: &'static [&'static str];
    /// A scalar subquery per link list, read after the columns (table alias `t`).
    const LINKS: &'static [&'static str] = &[];
    fn from_row(row: &Row) -> rusqlite::Result<Self>;
    fn values(&self) -> Result<Vec<Value>>;

    /// The columns and links to select, from the table aliased `t`.
    fn columns() -> String {
        let mut cols: Vec<String> = Self::COLUMNS.iter().map(|c| format!("t.{c}")).collect();
        cols.extend(Self::LINKS.iter().map(|l| l.to_string()));
        cols.join(", ")
    }

    /// `SELECT` of the columns and links, from the table aliased `t`.
    fn select() -> String {
        format!("SELECT {} FROM {} t", Self::columns(), Self::TABLE)
    }
}

fn load_row<R: TableRow>(conn: &Connection, id: Uuid) -> Result<Option<R>> {
    let sql = format!("{} WHERE t.id = ?1", R::select());
    Ok(conn.prepare_cached(&sql)?.query_row([id.to_string()], R::from_row).optional()?)
}

fn insert_row<R: TableRow>(conn: &Connection, record: &R) -> Result<()> {
    let marks: Vec<String> = (1..=R::COLUMNS.len()).map(|i| format!("?{i}")).collect();
    let sql = format!("INSERT INTO {} ({}) VALUES ({})", R::TABLE, R::COLUMNS.join(", "), marks.join(", "));
    conn.prepare_cached(&sql)?.execute(params_from_iter(record.values()?))?;
    Ok(())
}

fn update_row<R: TableRow>(conn: &Connection, record: &R) -> Result<()> {
    let sets: Vec<String> = R::COLUMNS.iter().enumerate().skip(1).map(|(i, c)| format!("{c} = ?{}", i + 1)).collect();
    let sql = format!("UPDATE {} SET {} WHERE id = ?1", R::TABLE, sets.join(", "));
    conn.prepare_cached(&sql)?.execute(params_from_iter(record.values()?))?;
    Ok(())
}

fn delete_row<R: TableRow>(conn: &Connection, id: Uuid) -> Result<()> {
    conn.execute(&format!("DELETE FROM {} WHERE id = ?1", R::TABLE), [id.to_string()])?;
    Ok(())
}

/// Implements [`Record`] for a one-row record, writing its link lists after its row.
/// A record that owns child rows (`owns: table, key column`) deletes them before itself.
macro_rules! record {
    ($type:ty, $entity:literal $(, links: $links:path)? $(, owns: $table:literal, $fk:literal)?) => {
        impl Record for $type {
            const ENTITY: &'static str = $entity;
            fn id(&self) -> Uuid {
                self.id
            }
            fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>> {
                load_row(conn, id)
            }
            fn insert_row(&self, conn: &Connection) -> Result<()> {
                insert_row(conn, self)?;
                $($links(self, conn)?;)?
                Ok(())
            }
            fn update_row(&self, conn: &Connection) -> Result<()> {
                update_row(conn, self)?;
                $($links(self, conn)?;)?
                Ok(())
            }
            fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
                $(conn.prepare_cached(concat!("DELETE FROM ", $table, " WHERE ", $fk, " = ?1"))?
                    .execute([id.to_string()])?;)?
                delete_row::<Self>(conn, id)
            }
        }
    };
}

mod partners;
mod scheduling;

record!(Settings, "settings");
record!(Brand, "brand");
record!(Channel, "channel");
record!(Objective, "objective");
record!(KeyDate, "keyDate");
record!(PlanYear, "planYear");
record!(Campaign, "campaign", links: campaign_links);
record!(ContentItem, "contentItem", links: item_links);

/// Brings the row named in a journal entry to `state`.
pub(crate) fn restore(
    batch: &mut Batch,
    entity: &str,
    id: Uuid,
    expected: Option<&str>,
    state: Option<&str>,
) -> Result<()> {
    match entity {
        Settings::ENTITY => restore_record::<Settings>(batch, id, expected, state),
        Brand::ENTITY => restore_record::<Brand>(batch, id, expected, state),
        Channel::ENTITY => restore_record::<Channel>(batch, id, expected, state),
        Objective::ENTITY => restore_record::<Objective>(batch, id, expected, state),
        Campaign::ENTITY => restore_record::<Campaign>(batch, id, expected, state),
        ContentItem::ENTITY => restore_record::<ContentItem>(batch, id, expected, state),
        KeyDate::ENTITY => restore_record::<KeyDate>(batch, id, expected, state),
        PlanYear::ENTITY => restore_record::<PlanYear>(batch, id, expected, state),
        Partner::ENTITY => restore_record::<Partner>(batch, id, expected, state),
        PartnerGroup::ENTITY => restore_record::<PartnerGroup>(batch, id, expected, state),
        Collaboration::ENTITY => restore_record::<Collaboration>(batch, id, expected, state),
        Member::ENTITY => restore_record::<Member>(batch, id, expected, state),
        CoverageRule::ENTITY => restore_record::<CoverageRule>(batch, id, expected, state),
        CrisisPause::ENTITY => restore_record::<CrisisPause>(batch, id, expected, state),
        Series::ENTITY => restore_record::<Series>(batch, id, expected, state),
        other => Err(Error::io(format!("the journal names an unknown entity “{other}”"))),
    }
}

/// Replaces the link rows of `owner` in a `(owner, other, position)` table.
fn replace_links(
    conn: &Connection,
    table: &str,
    owner_col: &str,
    other_col: &str,
    owner: Uuid,
    others: &[Uuid],
) -> Result<()> {
    conn.prepare_cached(&format!("DELETE FROM {table} WHERE {owner_col} = ?1"))?.execute([owner.to_string()])?;
    let mut insert =
        conn.prepare_cached(&format!("INSERT INTO {table} ({owner_col}, {other_col}, position) VALUES (?1, ?2, ?3)"))?;
    for (pos, other) in others.iter().enumerate() {
        insert.execute(params![owner.to_string(), other.to_string(), pos as i64])?;
    }
    Ok(())
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn id(id: Uuid) -> Value {
    Value::Text(id.to_string())
}

impl TableRow for Settings {
    const TABLE: &'static str = "settings";
    const COLUMNS: &'static [&'static str] =
        &["id", "organisation", "time_zone", "week_start", "locale", "year_start_month", "confirm_days"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Settings {
            id: sql::uuid(r, 0)?,
            organisation: r.get(1)?,
            time_zone: r.get(2)?,
            week_start: sql::enumeration(r, 3)?,
            locale: r.get(4)?,
            year_start_month: r.get(5)?,
            confirm_days: r.get(6)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.organisation),
            text(&self.time_zone),
            Value::Text(enum_name(&self.week_start)),
            text(&self.locale),
            Value::from(self.year_start_month),
            Value::from(self.confirm_days),
        ])
    }
}

impl TableRow for Brand {
    const TABLE: &'static str = "brand";
    const COLUMNS: &'static [&'static str] = &["id", "name", "purpose", "colour"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Brand { id: sql::uuid(r, 0)?, name: r.get(1)?, purpose: r.get(2)?, colour: r.get(3)? })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![id(self.id), text(&self.name), text(&self.purpose), text(&self.colour)])
    }
}

impl TableRow for Channel {
    const TABLE: &'static str = "channel";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "brand_id",
        "platform",
        "handle",
        "purpose",
        "colour",
        "active",
        "max_per_day",
        "min_gap_minutes",
        "posting_slots",
    ];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Channel {
            id: sql::uuid(r, 0)?,
            brand_id: sql::uuid(r, 1)?,
            platform: sql::enumeration(r, 2)?,
            handle: r.get(3)?,
            purpose: r.get(4)?,
            colour: r.get(5)?,
            active: r.get(6)?,
            max_per_day: r.get(7)?,
            min_gap_minutes: r.get(8)?,
            posting_slots: sql::json(r, 9)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            id(self.brand_id),
            Value::Text(enum_name(&self.platform)),
            text(&self.handle),
            text(&self.purpose),
            text(&self.colour),
            Value::from(self.active),
            Value::from(self.max_per_day),
            Value::from(self.min_gap_minutes),
            Value::Text(serde_json::to_string(&self.posting_slots)?),
        ])
    }
}

impl TableRow for Objective {
    const TABLE: &'static str = "objective";
    const COLUMNS: &'static [&'static str] =
        &["id", "name", "description", "colour", "kpi_metric", "kpi_target", "kpi_period"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Objective {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            description: r.get(2)?,
            colour: r.get(3)?,
            kpi_metric: r.get(4)?,
            kpi_target: r.get(5)?,
            kpi_period: r.get(6)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.name),
            text(&self.description),
            text(&self.colour),
            text(&self.kpi_metric),
            Value::from(self.kpi_target),
            text(&self.kpi_period),
        ])
    }
}

impl TableRow for KeyDate {
    const TABLE: &'static str = "key_date";
    const COLUMNS: &'static [&'static str] =
        &["id", "name", "starts_on", "ends_on", "category", "region", "source", "blackout_level"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(KeyDate {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            starts_on: sql::date(r, 2)?,
            ends_on: sql::date(r, 3)?,
            category: sql::enumeration(r, 4)?,
            region: r.get(5)?,
            source: r.get(6)?,
            blackout_level: sql::opt_enumeration(r, 7)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.name),
            Value::Text(sql::date_text(self.starts_on)),
            Value::Text(sql::date_text(self.ends_on)),
            Value::Text(enum_name(&self.category)),
            text(&self.region),
            text(&self.source),
            self.blackout_level.map_or(Value::Null, |l| Value::Text(enum_name(&l))),
        ])
    }
}

impl TableRow for PlanYear {
    const TABLE: &'static str = "plan_year";
    const COLUMNS: &'static [&'static str] =
        &["id", "year", "title", "core_messages", "priorities", "flagship_projects"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(PlanYear {
            id: sql::uuid(r, 0)?,
            year: r.get(1)?,
            title: r.get(2)?,
            core_messages: sql::json(r, 3)?,
            priorities: sql::json(r, 4)?,
            flagship_projects: sql::json(r, 5)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            Value::from(self.year),
            text(&self.title),
            Value::Text(serde_json::to_string(&self.core_messages)?),
            Value::Text(serde_json::to_string(&self.priorities)?),
            Value::Text(serde_json::to_string(&self.flagship_projects)?),
        ])
    }
}

impl TableRow for Campaign {
    const TABLE: &'static str = "campaign";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "hashtags",
        "core_message",
        "brief",
        "start_date",
        "end_date",
        "status",
        "flagship",
        "colour",
        "audience",
    ];
    const LINKS: &'static [&'static str] = &[
        "(SELECT group_concat(objective_id, ',' ORDER BY position) FROM campaign_objective WHERE campaign_id = t.id)",
        "(SELECT group_concat(channel_id, ',' ORDER BY position) FROM campaign_channel WHERE campaign_id = t.id)",
    ];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Campaign {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            hashtags: sql::json(r, 2)?,
            core_message: r.get(3)?,
            brief: r.get(4)?,
            start_date: sql::date(r, 5)?,
            end_date: sql::date(r, 6)?,
            status: sql::enumeration(r, 7)?,
            flagship: r.get(8)?,
            colour: r.get(9)?,
            audience: r.get(10)?,
            objective_ids: sql::uuid_list(r, 11)?,
            channel_ids: sql::uuid_list(r, 12)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.name),
            Value::Text(serde_json::to_string(&self.hashtags)?),
            text(&self.core_message),
            text(&self.brief),
            Value::Text(sql::date_text(self.start_date)),
            Value::Text(sql::date_text(self.end_date)),
            Value::Text(enum_name(&self.status)),
            Value::from(self.flagship),
            text(&self.colour),
            text(&self.audience),
        ])
    }
}

fn campaign_links(c: &Campaign, conn: &Connection) -> Result<()> {
    replace_links(conn, "campaign_objective", "campaign_id", "objective_id", c.id, &c.objective_ids)?;
    replace_links(conn, "campaign_channel", "campaign_id", "channel_id", c.id, &c.channel_ids)
}

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

/// Reads records of type `R`; `tail` adds WHERE and ORDER BY clauses on the table aliased `t`.
pub(crate) fn query<R: TableRow>(conn: &Connection, tail: &str, params: impl rusqlite::Params) -> Result<Vec<R>> {
    let sql = format!("{} {tail}", R::select());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params, R::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
