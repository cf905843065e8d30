//! Collaborations as rows, with their partners and linked items.

use rusqlite::types::Value;
use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use std::collections::HashMap;

use super::{id, query, replace_links, text, Record, TableRow};
use crate::domain::{enum_name, Collaboration};
use crate::error::Result;
use crate::sql;

impl TableRow for Collaboration {
    const TABLE: &'static str = "collaboration";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "kind",
        "campaign_id",
        "go_live",
        "asset_due",
        "approval_due",
        "key_message",
        "hashtags",
        "asset_specs",
        "notes",
    ];
    const LINKS: &'static [&'static str] = &[
        "(SELECT group_concat(item_id, ',' ORDER BY position) FROM collaboration_item WHERE collaboration_id = t.id)",
        "(SELECT json_group_array(json_object('partnerId', partner_id, 'role', role, 'status', status, \
         'slot', slot_at, 'history', json(history))) \
         FROM (SELECT * FROM collaboration_partner WHERE collaboration_id = t.id ORDER BY position))",
    ];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Collaboration {
            id: sql::uuid(r, 0)?,
            title: r.get(1)?,
            kind: sql::enumeration(r, 2)?,
            campaign_id: sql::opt_uuid(r, 3)?,
            go_live: sql::opt_instant(r, 4)?,
            asset_due: sql::opt_date(r, 5)?,
            approval_due: sql::opt_date(r, 6)?,
            key_message: r.get(7)?,
            hashtags: sql::json(r, 8)?,
            asset_specs: r.get(9)?,
            notes: r.get(10)?,
            item_ids: sql::uuid_list(r, 11)?,
            partners: sql::json(r, 12)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.title),
            Value::Text(enum_name(&self.kind)),
            self.campaign_id.map_or(Value::Null, id),
            self.go_live.map_or(Value::Null, |t| Value::Text(sql::instant_text(t))),
            self.asset_due.map_or(Value::Null, |d| Value::Text(sql::date_text(d))),
            self.approval_due.map_or(Value::Null, |d| Value::Text(sql::date_text(d))),
            text(&self.key_message),
            Value::Text(serde_json::to_string(&self.hashtags)?),
            text(&self.asset_specs),
            text(&self.notes),
        ])
    }
}

record!(Collaboration, "collaboration", links: collaboration_links);

fn collaboration_links(c: &Collaboration, conn: &Connection) -> Result<()> {
    replace_links(conn, "collaboration_item", "collaboration_id", "item_id", c.id, &c.item_ids)?;
    conn.prepare_cached("DELETE FROM collaboration_partner WHERE collaboration_id = ?1")?
        .execute([c.id.to_string()])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO collaboration_partner (collaboration_id, partner_id, role, status, position, slot_at, history) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (pos, p) in c.partners.iter().enumerate() {
        insert.execute(params![
            c.id.to_string(),
            p.partner_id.to_string(),
            p.role,
            enum_name(&p.status),
            pos as i64,
            p.slot.map(sql::instant_text),
            serde_json::to_string(&p.history)?,
        ])?;
    }
    Ok(())
}

/// Every collaboration: by go-live (undated last), then title.
pub fn by_go_live(conn: &Connection) -> Result<Vec<Collaboration>> {
    query(conn, "ORDER BY t.go_live IS NULL, t.go_live, t.title COLLATE NOCASE", [])
}

/// The collaborations a partner is part of, by title.
pub fn with_partner(conn: &Connection, partner: Uuid) -> Result<Vec<Collaboration>> {
    query(
        conn,
        "WHERE t.id IN (SELECT collaboration_id FROM collaboration_partner WHERE partner_id = ?1) ORDER BY t.title",
        [partner.to_string()],
    )
}

/// The collaboration an item is part of, if any.
pub fn of_item(conn: &Connection, item: Uuid) -> Result<Option<Uuid>> {
    let mut stmt = conn.prepare_cached("SELECT collaboration_id FROM collaboration_item WHERE item_id = ?1")?;
    let mut rows = stmt.query_map([item.to_string()], |r| sql::uuid(r, 0))?;
    Ok(rows.next().transpose()?)
}

/// The collaboration of each linked item: a small table, read whole rather than per item.
pub fn of_items(conn: &Connection) -> Result<HashMap<Uuid, Uuid>> {
    let mut stmt = conn.prepare_cached("SELECT item_id, collaboration_id FROM collaboration_item")?;
    let rows = stmt.query_map([], |r| Ok((sql::uuid(r, 0)?, sql::uuid(r, 1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
