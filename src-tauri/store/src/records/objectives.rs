//! Objectives as rows.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::{enum_name, Objective};
use crate::error::Result;
use crate::sql;

impl TableRow for Objective {
    const TABLE: &'static str = "objective";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "description",
        "colour",
        "kpi_metric",
        "kpi_target",
        "kpi_period",
        "baseline",
        "level",
        "kpi_kind",
    ];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Objective {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            description: r.get(2)?,
            colour: r.get(3)?,
            kpi_metric: r.get(4)?,
            kpi_target: r.get(5)?,
            kpi_period: r.get(6)?,
            baseline: r.get(7)?,
            level: sql::enumeration(r, 8)?,
            kpi_kind: sql::enumeration(r, 9)?,
        })
    }
    fn check(&self) -> Result<()> {
        crate::domain::validate::colour("colour", &self.colour).map(|_| ())
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
            Value::from(self.baseline),
            text(&enum_name(&self.level)),
            text(&enum_name(&self.kpi_kind)),
        ])
    }
}

record!(Objective, "objective");

/// Every objective, by name.
pub fn by_name(conn: &Connection) -> Result<Vec<Objective>> {
    query(conn, "ORDER BY t.name COLLATE NOCASE", [])
}
