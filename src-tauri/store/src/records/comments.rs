//! Comments and logged decisions as rows: journaled and synced like every record, with
//! no foreign keys, so the record stays when what it is about is deleted.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};
use uuid::Uuid;

use super::{id, query, text, Record, TableRow};
use crate::domain::{Comment, LoggedDecision, Subject};
use crate::error::Result;
use crate::sql;

impl TableRow for Comment {
    const TABLE: &'static str = "comment";
    const COLUMNS: &'static [&'static str] =
        &["id", "subject_kind", "subject_id", "author", "written_at", "text", "mentions"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        let kind: String = r.get(1)?;
        let subject = Subject::of(&kind, sql::uuid(r, 2)?)
            .ok_or_else(|| rusqlite::Error::InvalidColumnType(1, "subject".into(), rusqlite::types::Type::Text))?;
        Ok(Comment {
            id: sql::uuid(r, 0)?,
            subject,
            author: r.get(3)?,
            written_at: sql::instant(r, 4)?,
            text: r.get(5)?,
            mentions: sql::json(r, 6)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(self.subject.kind()),
            id(self.subject.id()),
            text(&self.author),
            Value::Text(sql::instant_text(self.written_at)),
            text(&self.text),
            Value::Text(serde_json::to_string(&self.mentions)?),
        ])
    }
}

record!(Comment, "comment");

/// The comments on `subject`, oldest first.
pub fn on(conn: &Connection, subject: Subject) -> Result<Vec<Comment>> {
    query(
        conn,
        "WHERE t.subject_kind = ?1 AND t.subject_id = ?2 ORDER BY t.written_at, t.id",
        [subject.kind().to_string(), subject.id().to_string()],
    )
}

impl TableRow for LoggedDecision {
    const TABLE: &'static str = "decision_log";
    const COLUMNS: &'static [&'static str] =
        &["id", "year", "campaign_id", "decision", "rationale", "decided_by", "decided_on", "concerns"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(LoggedDecision {
            id: sql::uuid(r, 0)?,
            year: r.get(1)?,
            campaign_id: sql::opt_uuid(r, 2)?,
            decision: r.get(3)?,
            rationale: r.get(4)?,
            decided_by: r.get(5)?,
            decided_on: sql::date(r, 6)?,
            concerns: sql::json(r, 7)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            Value::from(self.year),
            self.campaign_id.map_or(Value::Null, id),
            text(&self.decision),
            text(&self.rationale),
            text(&self.decided_by),
            Value::Text(sql::date_text(self.decided_on)),
            Value::Text(serde_json::to_string(&self.concerns)?),
        ])
    }
}

record!(LoggedDecision, "loggedDecision");

/// The decisions of a plan year (all of them, or one campaign's), in the order taken.
pub fn decisions(conn: &Connection, year: i32, campaign: Option<Uuid>) -> Result<Vec<LoggedDecision>> {
    match campaign {
        Some(c) => query(conn, "WHERE t.campaign_id = ?1 ORDER BY t.decided_on, t.id", [c.to_string()]),
        None => query(conn, "WHERE t.year = ?1 ORDER BY t.decided_on, t.id", [year.to_string()]),
    }
}
