//! Brands as rows.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};
use uuid::Uuid;

use super::{id, query, text, Record, TableRow};
use crate::domain::{enum_name, Brand};
use crate::error::Result;
use crate::sql;

impl TableRow for Brand {
    const TABLE: &'static str = "brand";
    const COLUMNS: &'static [&'static str] = &["id", "name", "purpose", "colour", "reapproval"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Brand {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            purpose: r.get(2)?,
            colour: r.get(3)?,
            reapproval: sql::enumeration(r, 4)?,
        })
    }
    fn check(&self) -> Result<()> {
        crate::domain::validate::colour("colour", &self.colour).map(|_| ())
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.name),
            text(&self.purpose),
            text(&self.colour),
            Value::Text(enum_name(&self.reapproval)),
        ])
    }
}

record!(Brand, "brand");

/// Every brand, by name.
pub fn by_name(conn: &Connection) -> Result<Vec<Brand>> {
    query(conn, "ORDER BY t.name COLLATE NOCASE", [])
}

/// How many channels the brand has.
pub fn channel_count(conn: &Connection, brand: Uuid) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM channel WHERE brand_id = ?1", [brand.to_string()], |r| r.get(0))?)
}
