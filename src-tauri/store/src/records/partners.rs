//! Partners as rows, with their contacts.

use rusqlite::types::Value;
use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use super::{id, query, text, Record, TableRow};
use crate::domain::Partner;
use crate::error::Result;
use crate::sql;

impl TableRow for Partner {
    const TABLE: &'static str = "partner";
    const COLUMNS: &'static [&'static str] =
        &["id", "name", "short_name", "kind", "country", "time_zone", "handles", "tags", "website", "notes"];
    const LINKS: &'static [&'static str] =
        &["(SELECT json_group_array(json_object('id', id, 'name', name, 'role', role, \
         'email', email, 'phone', phone, 'handle', handle)) \
         FROM (SELECT * FROM contact WHERE partner_id = t.id ORDER BY rowid))"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Partner {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            short_name: r.get(2)?,
            kind: r.get(3)?,
            country: r.get(4)?,
            time_zone: r.get(5)?,
            handles: sql::json(r, 6)?,
            tags: sql::json(r, 7)?,
            website: r.get(8)?,
            notes: r.get(9)?,
            contacts: sql::json(r, 10)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.name),
            text(&self.short_name),
            text(&self.kind),
            text(&self.country),
            text(&self.time_zone),
            Value::Text(serde_json::to_string(&self.handles)?),
            Value::Text(serde_json::to_string(&self.tags)?),
            text(&self.website),
            text(&self.notes),
        ])
    }
}

// A partner owns its contacts: they are written, and deleted, with it.
record!(Partner, "partner", links: write_contacts, owns: "contact", "partner_id");

fn write_contacts(p: &Partner, conn: &Connection) -> Result<()> {
    conn.prepare_cached("DELETE FROM contact WHERE partner_id = ?1")?.execute([p.id.to_string()])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO contact (id, partner_id, name, role, email, phone, handle) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for c in &p.contacts {
        insert.execute(params![c.id.to_string(), p.id.to_string(), c.name, c.role, c.email, c.phone, c.handle])?;
    }
    Ok(())
}

/// Every partner, in no particular order.
pub fn all(conn: &Connection) -> Result<Vec<Partner>> {
    query(conn, "", [])
}

/// Every partner, by name.
pub fn by_name(conn: &Connection) -> Result<Vec<Partner>> {
    query(conn, "ORDER BY t.name COLLATE NOCASE", [])
}

/// The other partners with this name, whatever its case.
pub fn named(conn: &Connection, name: &str, other_than: Uuid) -> Result<Vec<Partner>> {
    query(conn, "WHERE lower(t.name) = lower(?1) AND t.id <> ?2", [name.to_string(), other_than.to_string()])
}
