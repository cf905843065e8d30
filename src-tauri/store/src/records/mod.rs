//! How each aggregate is read from and written to its rows. An aggregate owns
//! its link rows (a campaign its objectives and channels, an item its objectives),
//! so one journal entry holds all of it and undo restores all of it.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

use super::journal::{restore_record, Batch};
use crate::domain::{
    Approval, Brand, Campaign, Channel, Collaboration, Comment, ContentItem, CoverageRule, CrisisPause, KeyDate,
    LoggedDecision, Member, Objective, Outcome, Partner, PartnerGroup, PlanYear, PostLink, PostResult, Request, Series,
    Settings,
};
use crate::error::{Error, Result};
use crate::sql::Unfit;
use almanac_model::sentence::{Sentence, SentenceArg};

/// A row the journal can write, read back and restore.
pub trait Record: Serialize + DeserializeOwned + Sized {
    /// The entity's name in the journal.
    const ENTITY: &'static str;
    /// The record's id.
    fn id(&self) -> Uuid;
    /// The record with this id, if there is one and it reads.
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>>;
    /// Writes a new row for the record.
    fn insert_row(&self, conn: &Connection) -> Result<()>;
    /// Writes the record over its row.
    fn update_row(&self, conn: &Connection) -> Result<()>;
    /// Deletes the row with this id.
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()>;
    /// What every such record keeps (see [`TableRow::check`]).
    fn check(&self) -> Result<()>;
}

/// One table row per record, `id` first: the SQL is derived from the column list.
pub trait TableRow: Sized {
    /// The table's name.
    const TABLE: &'static str;
    /// Columns as [`TableRow::from_row`] reads them and [`TableRow::values`] gives them; `id` first.
    const COLUMNS: &'static [&'static str];
    /// A scalar subquery per link list, read after the columns (table alias `t`).
    const LINKS: &'static [&'static str] = &[];
    /// The record read from a row selected with [`TableRow::COLUMNS`] and the links.
    fn from_row(row: &Row) -> rusqlite::Result<Self>;
    /// The record's column values, in [`TableRow::COLUMNS`]' order.
    fn values(&self) -> Result<Vec<Value>>;
    /// What every record of the table keeps beyond its columns' types (a campaign ends
    /// on or after its start): no write may break it, and a row that does is unreadable.
    fn check(&self) -> Result<()> {
        Ok(())
    }

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

/// Reads a row as its record, kept only if it holds what the record keeps.
fn read_row<R: TableRow>(row: &Row) -> rusqlite::Result<R> {
    let record = R::from_row(row)?;
    match record.check() {
        Ok(()) => Ok(record),
        Err(e) => {
            let field = match &e {
                Error::Validation { field, .. } => field.as_str(),
                _ => "",
            };
            let column = R::COLUMNS.iter().position(|c| c.replace('_', "") == field.to_ascii_lowercase()).unwrap_or(0);
            let why = Box::new(Unfit(e.as_sentence()));
            Err(rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, why))
        }
    }
}

fn load_row<R: TableRow>(conn: &Connection, id: Uuid) -> Result<Option<R>> {
    let sql = format!("{} WHERE t.id = ?1", R::select());
    Ok(conn.prepare_cached(&sql)?.query_row([id.to_string()], read_row::<R>).optional()?)
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
            fn id(&self) -> ::uuid::Uuid {
                self.id
            }
            fn load(conn: &Connection, id: ::uuid::Uuid) -> Result<Option<Self>> {
                $crate::records::load_row(conn, id)
            }
            fn insert_row(&self, conn: &Connection) -> Result<()> {
                $crate::records::insert_row(conn, self)?;
                $($links(self, conn)?;)?
                Ok(())
            }
            fn update_row(&self, conn: &Connection) -> Result<()> {
                $crate::records::update_row(conn, self)?;
                $($links(self, conn)?;)?
                Ok(())
            }
            fn check(&self) -> Result<()> {
                <Self as $crate::records::TableRow>::check(self)
            }
            fn delete_row(conn: &Connection, id: ::uuid::Uuid) -> Result<()> {
                $(conn.prepare_cached(concat!("DELETE FROM ", $table, " WHERE ", $fk, " = ?1"))?
                    .execute([id.to_string()])?;)?
                $crate::records::delete_row::<Self>(conn, id)
            }
        }
    };
}

pub mod approvals;
pub mod brands;
pub mod campaigns;
pub mod channels;
pub mod collaborations;
pub mod comments;
pub mod coverage_rules;
pub mod items;
pub mod key_dates;
pub mod members;
pub mod objectives;
pub mod partner_groups;
pub mod partners;
pub mod pauses;
pub mod plan_years;
pub mod requests;
pub mod results;
pub mod series;
pub mod settings;

/// Runs `$f::<R>($args)` for the record type `R` whose journal name is `$entity`.
macro_rules! by_entity {
    ($entity:expr, $f:ident($($arg:expr),*)) => {
        match $entity {
            Settings::ENTITY => $f::<Settings>($($arg),*),
            Brand::ENTITY => $f::<Brand>($($arg),*),
            Channel::ENTITY => $f::<Channel>($($arg),*),
            Objective::ENTITY => $f::<Objective>($($arg),*),
            Member::ENTITY => $f::<Member>($($arg),*),
            Campaign::ENTITY => $f::<Campaign>($($arg),*),
            Series::ENTITY => $f::<Series>($($arg),*),
            ContentItem::ENTITY => $f::<ContentItem>($($arg),*),
            KeyDate::ENTITY => $f::<KeyDate>($($arg),*),
            PlanYear::ENTITY => $f::<PlanYear>($($arg),*),
            Partner::ENTITY => $f::<Partner>($($arg),*),
            PartnerGroup::ENTITY => $f::<PartnerGroup>($($arg),*),
            Collaboration::ENTITY => $f::<Collaboration>($($arg),*),
            CoverageRule::ENTITY => $f::<CoverageRule>($($arg),*),
            CrisisPause::ENTITY => $f::<CrisisPause>($($arg),*),
            Approval::ENTITY => $f::<Approval>($($arg),*),
            Request::ENTITY => $f::<Request>($($arg),*),
            Comment::ENTITY => $f::<Comment>($($arg),*),
            LoggedDecision::ENTITY => $f::<LoggedDecision>($($arg),*),
            PostLink::ENTITY => $f::<PostLink>($($arg),*),
            PostResult::ENTITY => $f::<PostResult>($($arg),*),
            Outcome::ENTITY => $f::<Outcome>($($arg),*),
            other => Err(Error::io(Sentence::new("error-store-unknown-entity").with("entity", other))),
        }
    };
}

/// Every entity the journal names, parents before the rows that point at them.
pub const ENTITIES: &[&str] = &[
    Settings::ENTITY,
    Brand::ENTITY,
    Channel::ENTITY,
    Objective::ENTITY,
    Member::ENTITY,
    Campaign::ENTITY,
    Series::ENTITY,
    ContentItem::ENTITY,
    KeyDate::ENTITY,
    PlanYear::ENTITY,
    Partner::ENTITY,
    PartnerGroup::ENTITY,
    Collaboration::ENTITY,
    CoverageRule::ENTITY,
    CrisisPause::ENTITY,
    Approval::ENTITY,
    Request::ENTITY,
    Comment::ENTITY,
    LoggedDecision::ENTITY,
    PostLink::ENTITY,
    PostResult::ENTITY,
    Outcome::ENTITY,
];

/// The entity whose rows `table` holds, if it holds one entity's rows (not a link table).
pub fn entity_of_table(table: &str) -> Option<&'static str> {
    ENTITIES.iter().copied().find(|e| by_entity!(*e, table_name()).is_ok_and(|t| t == table))
}

fn table_name<R: Record + TableRow>() -> Result<&'static str> {
    Ok(R::TABLE)
}

/// Brings the row named in a journal entry to `state`.
pub fn restore(batch: &mut Batch, entity: &str, id: Uuid, expected: Option<&str>, state: Option<&str>) -> Result<()> {
    by_entity!(entity, restore_record(batch, id, expected, state))
}

/// Brings the row to `state` (None: absent) whatever it is now: what the team's merged
/// fields say it is. A state this version cannot read is never taken for a delete: a row
/// not here yet stays away until its creation's fields are all in (they may come on a
/// later page); a row that is here refuses it, and stays as it is.
pub fn put(batch: &mut Batch, entity: &str, id: Uuid, state: Option<serde_json::Value>) -> Result<()> {
    by_entity!(entity, put_record(batch, id, state))
}

fn put_record<R: Record + PartialEq>(batch: &mut Batch, id: Uuid, state: Option<serde_json::Value>) -> Result<()> {
    let Some(state) = state else {
        return R::load(batch.conn(), id)?.map_or(Ok(()), |cur| batch.delete(&cur));
    };
    match serde_json::from_value::<R>(state) {
        Ok(want) if want.id() == id => batch.put(&want),
        Ok(_) => Err(Error::validation("id", Sentence::new("error-store-fields-name-another-row"))),
        Err(e) => match R::load(batch.conn(), id)? {
            Some(_) => Err(Error::validation(
                R::ENTITY,
                Sentence::new("error-store-not-readable-entity")
                    .with("entity", R::ENTITY)
                    .with("reason", e.to_string()),
            )),
            None => Ok(()),
        },
    }
}

/// The row's state as the journal writes it, if the row is there.
pub fn state_of(conn: &Connection, entity: &str, id: Uuid) -> Result<Option<serde_json::Value>> {
    by_entity!(entity, state_of_record(conn, id))
}

fn state_of_record<R: Record>(conn: &Connection, id: Uuid) -> Result<Option<serde_json::Value>> {
    R::load(conn, id)?.map(|r| serde_json::to_value(&r)).transpose().map_err(Error::from)
}

/// Every row of `entity`, as the journal writes each: what a laptop that founds the
/// team's plan sends first.
pub fn every_state(conn: &Connection, entity: &str) -> Result<Vec<(Uuid, serde_json::Value)>> {
    by_entity!(entity, every_state_of(conn))
}

fn every_state_of<R: Record + TableRow>(conn: &Connection) -> Result<Vec<(Uuid, serde_json::Value)>> {
    every::<R>(conn)?.into_iter().map(|r| Ok((r.id(), serde_json::to_value(&r)?))).collect()
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
    let rows = stmt.query_map(params, read_row::<R>)?;
    readable(rows)
}

/// The rows that read. A row that does not read as the plan's (a damaged sector, a hand
/// edit) costs only itself: it is left out of every list, view and export, and Settings →
/// Plan health names it.
pub fn readable<T>(rows: impl Iterator<Item = rusqlite::Result<T>>) -> Result<Vec<T>> {
    let mut out = Vec::new();
    for row in rows {
        match row {
            Ok(record) => out.push(record),
            Err(rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::InvalidColumnType(..)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(out)
}

/// Every row of a table, by id: what a whole-plan export writes.
pub fn every<R: TableRow>(conn: &Connection) -> Result<Vec<R>> {
    query(conn, "ORDER BY t.id", [])
}

/// A row of the plan that does not read as its record.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    /// Its table.
    pub table: &'static str,
    /// Its place in the table.
    pub rowid: i64,
    /// What is wrong, naming its id and column: `content_item 01…: status cannot be read (…)`.
    pub why: Sentence,
}

/// The rows of the plan Almanac cannot read as its records (at most `limit`), each named
/// by table, id and why: what a file from elsewhere is checked for before it counts.
pub fn unreadable_rows(conn: &Connection, limit: usize) -> Result<Vec<Unreadable>> {
    let mut bad = Vec::new();
    for entity in ENTITIES {
        by_entity!(*entity, unreadable_of(conn, limit, &mut bad))?;
        if bad.len() >= limit {
            break;
        }
    }
    Ok(bad)
}

fn unreadable_of<R: TableRow>(conn: &Connection, limit: usize, bad: &mut Vec<Unreadable>) -> Result<()> {
    // Reads leave unreadable rows out: a table reads whole when none was left out.
    if every::<R>(conn)?.len() as u32 == count::<R>(conn)? {
        return Ok(());
    }
    // Row by row, to name the ones that fail.
    let mut stmt = conn.prepare(&format!("SELECT rowid, id FROM {} ORDER BY rowid", R::TABLE))?;
    let ids: Vec<(i64, rusqlite::types::Value)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    for (rowid, raw) in ids {
        let why = match &raw {
            rusqlite::types::Value::Text(text) => match Uuid::parse_str(text) {
                Ok(id) => unreadable_row::<R>(conn, id).map(|why| {
                    Sentence::new("error-store-row-unreadable")
                        .with("table", R::TABLE)
                        .with("id", text)
                        .with("why", why)
                }),
                Err(_) => Some(Sentence::new("error-store-row-id-not-id").with("table", R::TABLE).with("id", text)),
            },
            other => Some(
                Sentence::new("error-store-row-id-not-text")
                    .with("table", R::TABLE)
                    .with("value", format!("{other:?}")),
            ),
        };
        bad.extend(why.map(|why| Unreadable { table: R::TABLE, rowid, why }));
        if bad.len() >= limit {
            break;
        }
    }
    Ok(())
}

/// Why the row `id` does not read as a record of type `R`, naming its column, if it does
/// not: a sentence, or what SQLite said.
fn unreadable_row<R: TableRow>(conn: &Connection, id: Uuid) -> Option<SentenceArg> {
    let sql = format!("{} WHERE t.id = ?1", R::select());
    let read = conn.prepare(&sql).and_then(|mut stmt| stmt.query_row([id.to_string()], read_row::<R>).map(|_| ()));
    // A column of the table, or one of the lists read after them.
    let column = |i: usize, of_column: &str, of_list: &str| match R::COLUMNS.get(i) {
        Some(column) => Sentence::new(of_column).with("column", *column),
        None => Sentence::new(of_list),
    };
    match read.err()? {
        rusqlite::Error::FromSqlConversionFailure(i, _, e) => {
            let reason: SentenceArg = match e.downcast_ref::<Unfit>() {
                Some(Unfit(why)) => why.clone().into(),
                None => e.to_string().into(),
            };
            let why = column(i, "error-store-column-unreadable", "error-store-list-unreadable");
            Some(why.with("reason", reason).into())
        }
        rusqlite::Error::InvalidColumnType(i, _, kind) => {
            let why = column(i, "error-store-column-holds", "error-store-list-holds");
            Some(why.with("kind", kind.to_string()).into())
        }
        e => Some(e.to_string().into()),
    }
}

/// How many records of type `R` the plan holds.
pub fn count<R: TableRow>(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row(&format!("SELECT count(*) FROM {}", R::TABLE), [], |r| r.get(0))?)
}
