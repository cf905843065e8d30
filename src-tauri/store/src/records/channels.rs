//! Channels as rows (posting slots as JSON).

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::{enum_name, Channel};
use crate::error::Result;
use crate::sql;

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
    fn check(&self) -> Result<()> {
        crate::domain::validate::colour("colour", &self.colour).map(|_| ())
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

record!(Channel, "channel");

/// Every channel: active first, then by platform and handle.
pub fn in_order(conn: &Connection) -> Result<Vec<Channel>> {
    query(conn, "ORDER BY t.active DESC, t.platform, t.handle COLLATE NOCASE", [])
}
