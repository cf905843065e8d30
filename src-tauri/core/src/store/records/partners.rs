//! Partners (with their contacts), partner groups (with their members) and
//! collaborations (with their partners and linked items) as rows.

use rusqlite::types::Value;
use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use super::{delete_row, id, insert_row, load_row, replace_links, text, update_row, Record, TableRow};
use crate::domain::{enum_name, Collaboration, Partner, PartnerGroup};
use crate::error::Result;
use crate::store::sql;

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
