//! Requests as rows: journaled and synced like every record, with no foreign keys, so a
//! request keeps its record when its item or objective is deleted.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::{enum_name, Request};
use crate::error::Result;
use crate::sql;

impl TableRow for Request {
    const TABLE: &'static str = "request";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "text",
        "requester",
        "department",
        "contact",
        "audience",
        "received_on",
        "wanted_on",
        "channel_id",
        "objective_id",
        "decision",
        "reason",
        "decided_on",
        "item_id",
    ];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Request {
            id: sql::uuid(r, 0)?,
            title: r.get(1)?,
            text: r.get(2)?,
            requester: r.get(3)?,
            department: r.get(4)?,
            contact: r.get(5)?,
            audience: r.get(6)?,
            received_on: sql::date(r, 7)?,
            wanted_on: sql::opt_date(r, 8)?,
            channel_id: sql::opt_uuid(r, 9)?,
            objective_id: sql::opt_uuid(r, 10)?,
            decision: sql::enumeration(r, 11)?,
            reason: r.get(12)?,
            decided_on: sql::opt_date(r, 13)?,
            item_id: sql::opt_uuid(r, 14)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        let date = |d: Option<chrono::NaiveDate>| d.map_or(Value::Null, |d| Value::Text(sql::date_text(d)));
        Ok(vec![
            id(self.id),
            text(&self.title),
            text(&self.text),
            text(&self.requester),
            text(&self.department),
            text(&self.contact),
            text(&self.audience),
            Value::Text(sql::date_text(self.received_on)),
            date(self.wanted_on),
            self.channel_id.map_or(Value::Null, id),
            self.objective_id.map_or(Value::Null, id),
            Value::Text(enum_name(&self.decision)),
            text(&self.reason),
            date(self.decided_on),
            self.item_id.map_or(Value::Null, id),
        ])
    }
}

record!(Request, "request");

/// Every request, the latest received first.
pub fn latest_first(conn: &Connection) -> Result<Vec<Request>> {
    query(conn, "ORDER BY t.received_on DESC, t.id DESC", [])
}
