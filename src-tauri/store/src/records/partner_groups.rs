//! Partner groups as rows, with their members.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};
use uuid::Uuid;

use super::{id, query, replace_links, text, Record, TableRow};
use crate::domain::PartnerGroup;
use crate::error::Result;
use crate::sql;

impl TableRow for PartnerGroup {
    const TABLE: &'static str = "partner_group";
    const COLUMNS: &'static [&'static str] = &["id", "name"];
    const LINKS: &'static [&'static str] =
        &["(SELECT group_concat(partner_id, ',' ORDER BY position) FROM partner_group_member WHERE group_id = t.id)"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(PartnerGroup { id: sql::uuid(r, 0)?, name: r.get(1)?, partner_ids: sql::uuid_list(r, 2)? })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![id(self.id), text(&self.name)])
    }
}

record!(PartnerGroup, "partnerGroup", links: group_links);

fn group_links(g: &PartnerGroup, conn: &Connection) -> Result<()> {
    replace_links(conn, "partner_group_member", "group_id", "partner_id", g.id, &g.partner_ids)
}

/// Every partner group, by name.
pub fn by_name(conn: &Connection) -> Result<Vec<PartnerGroup>> {
    query(conn, "ORDER BY t.name COLLATE NOCASE", [])
}

/// The groups a partner belongs to.
pub fn of_partner(conn: &Connection, partner: Uuid) -> Result<Vec<PartnerGroup>> {
    query(
        conn,
        "WHERE t.id IN (SELECT group_id FROM partner_group_member WHERE partner_id = ?1)",
        [partner.to_string()],
    )
}
