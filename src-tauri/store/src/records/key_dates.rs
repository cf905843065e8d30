//! The team's key dates (and blackout periods) as rows.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::{enum_name, KeyDate};
use crate::error::Result;
use crate::sql;

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
    fn check(&self) -> Result<()> {
        KeyDate::check(self)
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

record!(KeyDate, "keyDate");

/// The key dates that overlap the days from `from` to `to` (both included), by start.
pub fn overlapping(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<KeyDate>> {
    query(
        conn,
        "WHERE t.starts_on <= ?2 AND t.ends_on >= ?1 ORDER BY t.starts_on, t.name",
        [sql::date_text(from), sql::date_text(to)],
    )
}

/// The key dates with a blackout level, by start.
pub fn blackouts(conn: &Connection) -> Result<Vec<KeyDate>> {
    query(conn, "WHERE t.blackout_level IS NOT NULL ORDER BY t.starts_on", [])
}
