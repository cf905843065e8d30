//! The plan's settings as their one row.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::{enum_name, Settings};
use crate::error::Result;
use crate::sql;

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
    fn check(&self) -> Result<()> {
        Settings::check(self)
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

record!(Settings, "settings");

/// The plan's settings row, if it has one.
pub fn the_one(conn: &Connection) -> Result<Option<Settings>> {
    Ok(query(conn, "LIMIT 1", [])?.into_iter().next())
}
