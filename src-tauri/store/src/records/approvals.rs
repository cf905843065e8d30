//! Approval decisions as rows: journaled and synced like every record, never tied to
//! the item by a foreign key, so the record of a decision outlives the item. Beside them,
//! what stays on this laptop: who uses it, and its reminders.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::{id, query, text, Record, TableRow};
use crate::domain::{enum_name, Approval};
use crate::error::Result;
use crate::sql;

impl TableRow for Approval {
    const TABLE: &'static str = "approval";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "item_id",
        "member_id",
        "member_name",
        "decision",
        "comment",
        "decided_at",
        "title",
        "copy",
        "schedule",
    ];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Approval {
            id: sql::uuid(r, 0)?,
            item_id: sql::uuid(r, 1)?,
            member_id: sql::opt_uuid(r, 2)?,
            member_name: r.get(3)?,
            decision: sql::enumeration(r, 4)?,
            comment: r.get(5)?,
            decided_at: sql::instant(r, 6)?,
            title: r.get(7)?,
            copy: r.get(8)?,
            schedule: sql::json(r, 9)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            id(self.item_id),
            self.member_id.map_or(Value::Null, id),
            text(&self.member_name),
            Value::Text(enum_name(&self.decision)),
            text(&self.comment),
            Value::Text(sql::instant_text(self.decided_at)),
            text(&self.title),
            text(&self.copy),
            Value::Text(serde_json::to_string(&self.schedule)?),
        ])
    }
}

record!(Approval, "approval");

/// The decisions on an item, latest first.
pub fn of_item(conn: &Connection, item: Uuid) -> Result<Vec<Approval>> {
    query(conn, "WHERE t.item_id = ?1 ORDER BY t.decided_at DESC, t.id DESC", [item.to_string()])
}

/// The plan member who uses this laptop, if one was chosen (kept here, never synced).
pub fn laptop_user(conn: &Connection) -> Result<Option<Uuid>> {
    let id: Option<Option<String>> =
        conn.query_row("SELECT member_id FROM laptop_user WHERE id = 1", [], |r| r.get(0)).optional()?;
    Ok(id.flatten().and_then(|s| Uuid::parse_str(&s).ok()))
}

/// Records who uses this laptop (none: nobody chosen).
pub fn set_laptop_user(conn: &Connection, member: Option<Uuid>) -> Result<()> {
    conn.execute(
        "INSERT INTO laptop_user (id, member_id) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE SET member_id = ?1",
        [member.map(|m| m.to_string())],
    )?;
    Ok(())
}

/// This laptop's reminder settings, as JSON, if they were ever saved.
pub fn reminder_settings(conn: &Connection) -> Result<Option<String>> {
    let found: Option<Option<String>> =
        conn.query_row("SELECT reminders FROM laptop_user WHERE id = 1", [], |r| r.get(0)).optional()?;
    Ok(found.flatten())
}

/// Saves this laptop's reminder settings (JSON).
pub fn set_reminder_settings(conn: &Connection, json: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO laptop_user (id, reminders) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE SET reminders = ?1",
        [json],
    )?;
    Ok(())
}

/// The day this laptop last gave the daily digest.
pub fn last_digest(conn: &Connection) -> Result<Option<String>> {
    let found: Option<Option<String>> =
        conn.query_row("SELECT last_digest FROM laptop_user WHERE id = 1", [], |r| r.get(0)).optional()?;
    Ok(found.flatten())
}

/// Records the day of the digest just given.
pub fn set_last_digest(conn: &Connection, day: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO laptop_user (id, last_digest) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE SET last_digest = ?1",
        [day],
    )?;
    Ok(())
}
