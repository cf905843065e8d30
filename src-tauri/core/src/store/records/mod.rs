//! How each aggregate is read from and written to its rows. An aggregate owns
//! its link rows (a campaign its objectives and channels, an item its objectives),
//! so one journal entry holds all of it and undo restores all of it.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

use super::journal::{restore_record, Batch};
use crate::domain::{
    Brand, Campaign, Channel, Collaboration, ContentItem, CoverageRule, CrisisPause, KeyDate, Member, Objective,
    Partner, PartnerGroup, PlanYear, Series, Settings,
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
                $crate::store::records::load_row(conn, id)
            }
            fn insert_row(&self, conn: &Connection) -> Result<()> {
                $crate::store::records::insert_row(conn, self)?;
                $($links(self, conn)?;)?
                Ok(())
            }
            fn update_row(&self, conn: &Connection) -> Result<()> {
                $crate::store::records::update_row(conn, self)?;
                $($links(self, conn)?;)?
                Ok(())
            }
            fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
                $(conn.prepare_cached(concat!("DELETE FROM ", $table, " WHERE ", $fk, " = ?1"))?
                    .execute([id.to_string()])?;)?
                $crate::store::records::delete_row::<Self>(conn, id)
            }
        }
    };
}

pub mod brands;
pub mod campaigns;
pub mod channels;
pub mod collaborations;
pub mod coverage_rules;
pub mod items;
pub mod key_dates;
pub mod members;
pub mod objectives;
pub mod partner_groups;
pub mod partners;
pub mod pauses;
pub mod plan_years;
pub mod series;
pub mod settings;

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

/// Reads records of type `R`; `tail` adds WHERE and ORDER BY clauses on the table aliased `t`.
fn query<R: TableRow>(conn: &Connection, tail: &str, params: impl rusqlite::Params) -> Result<Vec<R>> {
    let sql = format!("{} {tail}", R::select());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params, R::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many records of type `R` the plan holds.
/// Every row of a table, by id: what a whole-plan export writes.
pub(crate) fn every<R: TableRow>(conn: &Connection) -> Result<Vec<R>> {
    query(conn, "ORDER BY t.id", [])
}

pub(crate) fn count<R: TableRow>(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row(&format!("SELECT count(*) FROM {}", R::TABLE), [], |r| r.get(0))?)
}
