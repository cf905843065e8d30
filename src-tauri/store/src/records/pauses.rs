//! Crisis pauses as rows, with the items they hold.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::CrisisPause;
use crate::error::Result;
use crate::sql;

impl TableRow for CrisisPause {
    const TABLE: &'static str = "crisis_pause";
    const COLUMNS: &'static [&'static str] =
        &["id", "reason", "starts_at", "ends_at", "channel_ids", "held", "paused_at", "resumed_at"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(CrisisPause {
            id: sql::uuid(r, 0)?,
            reason: r.get(1)?,
            starts_at: sql::instant(r, 2)?,
            ends_at: sql::instant(r, 3)?,
            channel_ids: sql::json(r, 4)?,
            held: sql::json(r, 5)?,
            paused_at: sql::instant(r, 6)?,
            resumed_at: sql::opt_instant(r, 7)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.reason),
            Value::Text(sql::instant_text(self.starts_at)),
            Value::Text(sql::instant_text(self.ends_at)),
            Value::Text(serde_json::to_string(&self.channel_ids)?),
            Value::Text(serde_json::to_string(&self.held)?),
            Value::Text(sql::instant_text(self.paused_at)),
            self.resumed_at.map_or(Value::Null, |t| Value::Text(sql::instant_text(t))),
        ])
    }
}

record!(CrisisPause, "crisisPause");

/// The pause in force, if any (the latest when the journal holds more than one).
pub fn active(conn: &Connection) -> Result<Option<CrisisPause>> {
    Ok(query(conn, "WHERE t.resumed_at IS NULL ORDER BY t.paused_at DESC", [])?.into_iter().next())
}

/// Every pause, latest first.
pub fn latest_first(conn: &Connection) -> Result<Vec<CrisisPause>> {
    query(conn, "ORDER BY t.paused_at DESC", [])
}
