//! Coverage rules as rows.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};
use uuid::Uuid;

use super::{id, query, Record, TableRow};
use crate::domain::{enum_name, CoverageRule};
use crate::error::Result;
use crate::sql;

impl TableRow for CoverageRule {
    const TABLE: &'static str = "coverage_rule";
    const COLUMNS: &'static [&'static str] =
        &["id", "objective_id", "channel_id", "min_items", "period", "weekdays_only"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(CoverageRule {
            id: sql::uuid(r, 0)?,
            objective_id: sql::uuid(r, 1)?,
            channel_id: sql::opt_uuid(r, 2)?,
            min_items: r.get(3)?,
            period: sql::enumeration(r, 4)?,
            weekdays_only: r.get(5)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            id(self.objective_id),
            self.channel_id.map_or(Value::Null, id),
            Value::from(self.min_items),
            Value::Text(enum_name(&self.period)),
            Value::from(self.weekdays_only),
        ])
    }
}

record!(CoverageRule, "coverageRule");

/// Every rule, by objective and period.
pub fn in_order(conn: &Connection) -> Result<Vec<CoverageRule>> {
    query(conn, "ORDER BY t.objective_id, t.period, t.id", [])
}

/// The rules that count a channel.
pub fn on_channel(conn: &Connection, channel: Uuid) -> Result<Vec<CoverageRule>> {
    query(conn, "WHERE t.channel_id = ?1", [channel.to_string()])
}

/// The rules of an objective.
pub fn of_objective(conn: &Connection, objective: Uuid) -> Result<Vec<CoverageRule>> {
    query(conn, "WHERE t.objective_id = ?1", [objective.to_string()])
}
