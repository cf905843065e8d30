//! Results as rows: items' links, what the platforms reported per post and day, and
//! the outcomes and lessons noted by hand. Journaled and synced like every record, with
//! no foreign keys, so numbers already reported stay when an item is deleted.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{every, id, query, text, Record, TableRow};
use crate::domain::{enum_name, Outcome, PostLink, PostResult};
use crate::error::Result;
use crate::sql;

impl TableRow for PostLink {
    const TABLE: &'static str = "post_link";
    const COLUMNS: &'static [&'static str] = &["id", "link"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(PostLink { id: sql::uuid(r, 0)?, link: r.get(1)? })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![id(self.id), text(&self.link)])
    }
}

record!(PostLink, "postLink");

/// Every item's link.
pub fn links(conn: &Connection) -> Result<Vec<PostLink>> {
    every(conn)
}

impl TableRow for PostResult {
    const TABLE: &'static str = "post_result";
    const COLUMNS: &'static [&'static str] =
        &["id", "platform", "post", "permalink", "day", "item_id", "channel_id", "metrics", "source", "imported_at"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(PostResult {
            id: sql::uuid(r, 0)?,
            platform: sql::enumeration(r, 1)?,
            post: r.get(2)?,
            permalink: r.get(3)?,
            day: sql::date(r, 4)?,
            item_id: sql::opt_uuid(r, 5)?,
            channel_id: sql::opt_uuid(r, 6)?,
            metrics: sql::json(r, 7)?,
            source: r.get(8)?,
            imported_at: sql::instant(r, 9)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&enum_name(&self.platform)),
            text(&self.post),
            text(&self.permalink),
            Value::Text(sql::date_text(self.day)),
            self.item_id.map_or(Value::Null, id),
            self.channel_id.map_or(Value::Null, id),
            Value::Text(serde_json::to_string(&self.metrics)?),
            text(&self.source),
            Value::Text(sql::instant_text(self.imported_at)),
        ])
    }
}

record!(PostResult, "postResult");

/// The results for the days `from` to `to`, inclusive, by day.
pub fn between(conn: &Connection, from: &str, to: &str) -> Result<Vec<PostResult>> {
    query(conn, "WHERE t.day BETWEEN ?1 AND ?2 ORDER BY t.day, t.platform, t.post", [from, to])
}

impl TableRow for Outcome {
    const TABLE: &'static str = "outcome";
    const COLUMNS: &'static [&'static str] =
        &["id", "kind", "objective_id", "campaign_id", "day", "what", "metric", "value", "source"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Outcome {
            id: sql::uuid(r, 0)?,
            kind: sql::enumeration(r, 1)?,
            objective_id: sql::opt_uuid(r, 2)?,
            campaign_id: sql::opt_uuid(r, 3)?,
            day: sql::date(r, 4)?,
            what: r.get(5)?,
            metric: r.get(6)?,
            value: r.get(7)?,
            source: r.get(8)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&enum_name(&self.kind)),
            self.objective_id.map_or(Value::Null, id),
            self.campaign_id.map_or(Value::Null, id),
            Value::Text(sql::date_text(self.day)),
            text(&self.what),
            text(&self.metric),
            Value::from(self.value),
            text(&self.source),
        ])
    }
}

record!(Outcome, "outcome");

/// The outcomes and lessons of the days `from` to `to`, inclusive, by day.
pub fn outcomes_between(conn: &Connection, from: &str, to: &str) -> Result<Vec<Outcome>> {
    query(conn, "WHERE t.day BETWEEN ?1 AND ?2 ORDER BY t.day, t.id", [from, to])
}
