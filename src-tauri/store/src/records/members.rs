//! Team members as rows, with their leave.

use rusqlite::types::Value;
use rusqlite::{params, Connection, Row};

use super::{id, query, text, Record, TableRow};
use crate::domain::Member;
use crate::error::Result;
use crate::sql;

impl TableRow for Member {
    const TABLE: &'static str = "member";
    const COLUMNS: &'static [&'static str] = &["id", "name", "role", "email", "capacity_weekly", "approves"];
    const LINKS: &'static [&'static str] =
        &["(SELECT json_group_array(json_object('startsOn', starts_on, 'endsOn', ends_on)) \
         FROM (SELECT * FROM member_leave WHERE member_id = t.id ORDER BY position))"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Member {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            role: r.get(2)?,
            email: r.get(3)?,
            capacity_weekly: r.get(4)?,
            approves: sql::json(r, 5)?,
            leave: sql::json(r, 6)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.name),
            text(&self.role),
            text(&self.email),
            Value::from(self.capacity_weekly),
            Value::Text(serde_json::to_string(&self.approves)?),
        ])
    }
}

// A member owns their leave: written, and deleted, with them.
record!(Member, "member", links: write_leave, owns: "member_leave", "member_id");

fn write_leave(m: &Member, conn: &Connection) -> Result<()> {
    conn.prepare_cached("DELETE FROM member_leave WHERE member_id = ?1")?.execute([m.id.to_string()])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO member_leave (id, member_id, starts_on, ends_on, position) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (pos, l) in m.leave.iter().enumerate() {
        // Leave rows are rewritten whole; their ids are derived, so a replay writes the same rows.
        insert.execute(params![
            format!("{}-{pos}", m.id),
            m.id.to_string(),
            sql::date_text(l.starts_on),
            sql::date_text(l.ends_on),
            pos as i64
        ])?;
    }
    Ok(())
}

/// Every member, in no particular order.
pub fn all(conn: &Connection) -> Result<Vec<Member>> {
    query(conn, "", [])
}

/// Every member, by name.
pub fn by_name(conn: &Connection) -> Result<Vec<Member>> {
    query(conn, "ORDER BY t.name COLLATE NOCASE", [])
}
