//! Campaigns as rows, with their objective and channel links.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};
use uuid::Uuid;

use super::{id, query, replace_links, text, Record, TableRow};
use crate::domain::{enum_name, Campaign};
use crate::error::Result;
use crate::sql;

impl TableRow for Campaign {
    const TABLE: &'static str = "campaign";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "hashtags",
        "core_message",
        "brief",
        "start_date",
        "end_date",
        "status",
        "flagship",
        "colour",
        "audience",
    ];
    const LINKS: &'static [&'static str] = &[
        "(SELECT group_concat(objective_id, ',' ORDER BY position) FROM campaign_objective WHERE campaign_id = t.id)",
        "(SELECT group_concat(channel_id, ',' ORDER BY position) FROM campaign_channel WHERE campaign_id = t.id)",
    ];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Campaign {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            hashtags: sql::json(r, 2)?,
            core_message: r.get(3)?,
            brief: r.get(4)?,
            start_date: sql::date(r, 5)?,
            end_date: sql::date(r, 6)?,
            status: sql::enumeration(r, 7)?,
            flagship: r.get(8)?,
            colour: r.get(9)?,
            audience: r.get(10)?,
            objective_ids: sql::uuid_list(r, 11)?,
            channel_ids: sql::uuid_list(r, 12)?,
        })
    }
    fn check(&self) -> Result<()> {
        Campaign::check(self)
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.name),
            Value::Text(serde_json::to_string(&self.hashtags)?),
            text(&self.core_message),
            text(&self.brief),
            Value::Text(sql::date_text(self.start_date)),
            Value::Text(sql::date_text(self.end_date)),
            Value::Text(enum_name(&self.status)),
            Value::from(self.flagship),
            text(&self.colour),
            text(&self.audience),
        ])
    }
}

fn campaign_links(c: &Campaign, conn: &Connection) -> Result<()> {
    replace_links(conn, "campaign_objective", "campaign_id", "objective_id", c.id, &c.objective_ids)?;
    replace_links(conn, "campaign_channel", "campaign_id", "channel_id", c.id, &c.channel_ids)
}

record!(Campaign, "campaign", links: campaign_links);

/// Every campaign, in no particular order.
pub fn all(conn: &Connection) -> Result<Vec<Campaign>> {
    query(conn, "", [])
}

/// Every campaign, by start and name.
pub fn by_start(conn: &Connection) -> Result<Vec<Campaign>> {
    query(conn, "ORDER BY t.start_date, t.name COLLATE NOCASE", [])
}

/// The campaigns that serve an objective.
pub fn serving(conn: &Connection, objective: Uuid) -> Result<Vec<Campaign>> {
    query(
        conn,
        "WHERE t.id IN (SELECT campaign_id FROM campaign_objective WHERE objective_id = ?1)",
        [objective.to_string()],
    )
}

/// The campaigns that run on a channel.
pub fn on_channel(conn: &Connection, channel: Uuid) -> Result<Vec<Campaign>> {
    query(conn, "WHERE t.id IN (SELECT campaign_id FROM campaign_channel WHERE channel_id = ?1)", [channel.to_string()])
}

/// The campaigns a collaboration belongs to.
pub fn of_collaborations(conn: &Connection) -> Result<Vec<Campaign>> {
    query(conn, "WHERE t.id IN (SELECT campaign_id FROM collaboration)", [])
}
