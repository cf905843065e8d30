//! Each year's written plan (title, messages, priorities) as a row.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::PlanYear;
use crate::error::Result;
use crate::sql;

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

record!(PlanYear, "planYear");

/// The written plan of `year`, if there is one.
pub fn of_year(conn: &Connection, year: i32) -> Result<Option<PlanYear>> {
    Ok(query(conn, "WHERE t.year = ?1 ORDER BY t.id", [year])?.into_iter().next())
}
