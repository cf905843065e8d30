//! Recurring series as rows.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::Series;
use crate::error::Result;
use crate::sql;

impl TableRow for Series {
    const TABLE: &'static str = "series";
    const COLUMNS: &'static [&'static str] = &["id", "rrule", "dtstart", "exceptions", "template"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Series {
            id: sql::uuid(r, 0)?,
            rrule: r.get(1)?,
            dtstart: r.get(2)?,
            exceptions: sql::json(r, 3)?,
            template: sql::json(r, 4)?,
        })
    }
    fn check(&self) -> Result<()> {
        Series::check(self)
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.rrule),
            text(&self.dtstart),
            Value::Text(serde_json::to_string(&self.exceptions)?),
            Value::Text(serde_json::to_string(&self.template)?),
        ])
    }
}

record!(Series, "series");

/// Every series.
pub fn all(conn: &Connection) -> Result<Vec<Series>> {
    query(conn, "ORDER BY t.id", [])
}
