//! What the journal says of rows, read back: how often each changed and when (a calendar
//! event's SEQUENCE and dates), one row's history in words, and every entry of some rows
//! for the audit trail.

use std::collections::HashMap;

use almanac_model::Sentence;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use crate::error::Result;

/// When a row last changed: what a calendar export gives as an event's DTSTAMP and
/// SEQUENCE, so a calendar that subscribed sees what moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision {
    /// The seconds from 2020 to the row's last change: it grows with every change that
    /// follows another, and it is the same on every laptop that holds the same state of the
    /// row (a team member's change is stamped with its author's clock, not counted here,
    /// since laptops that pulled their colleague's changes in one go or one by one would
    /// count differently). A count would let an older state look newer to a calendar.
    pub sequence: u32,
    /// When the row last changed.
    pub modified: DateTime<Utc>,
}

/// Where SEQUENCE counts from: 2020-01-01T00:00:00Z (SEQUENCE is a 32-bit integer, which
/// holds the seconds until 2088).
const SEQUENCE_EPOCH: i64 = 1_577_836_800;

impl Revision {
    fn of(modified: i64) -> Option<Revision> {
        let sequence = u32::try_from((modified - SEQUENCE_EPOCH).clamp(0, i64::from(i32::MAX))).ok()?;
        Some(Revision { sequence, modified: DateTime::from_timestamp(modified, 0)? })
    }
}

/// The revision of every row of the `entities` (journal names such as `contentItem`).
pub fn revisions(conn: &Connection, entities: &[&str]) -> Result<HashMap<Uuid, Revision>> {
    let mut stmt = conn.prepare_cached("SELECT row_id, modified FROM row_revision WHERE entity = ?1")?;
    let mut out = HashMap::new();
    for entity in entities {
        let rows = stmt.query_map([entity], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (id, modified) = row?;
            if let (Ok(id), Some(revision)) = (Uuid::parse_str(&id), Revision::of(modified)) {
                out.insert(id, revision);
            }
        }
    }
    Ok(out)
}

/// One change to a row, as its history lists it: when, who, and what.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RowChange {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Who: the person on this laptop, or the team member whose change came in.
    pub actor: String,
    /// What: the action's name, or the fields a team member's change set.
    pub what: Sentence,
}

/// The changes to one row, newest first (at most `limit`).
pub fn row_history(conn: &Connection, entity: &str, id: Uuid, limit: u32) -> Result<Vec<RowChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.at, c.actor, b.label, b.remote, c.before, c.after FROM change c
         JOIN change_batch b ON b.seq = c.batch_seq
         WHERE c.entity_id = ?1 AND c.entity = ?2 ORDER BY c.seq DESC LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![id.to_string(), entity, limit], |r| {
        let (before, after): (Option<String>, Option<String>) = (r.get(4)?, r.get(5)?);
        let remote: bool = r.get(3)?;
        let label = Sentence::from_stored(&r.get::<_, String>(2)?);
        Ok(RowChange {
            at: r.get(0)?,
            actor: r.get(1)?,
            what: if remote { team_change(entity, before, after) } else { label },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One journal entry of a row, as the audit trail reads it.
#[derive(Debug, Clone)]
pub struct RowEntry {
    /// When it was written here (RFC 3339, UTC).
    pub at: String,
    /// Who made it.
    pub actor: String,
    /// The team's clock of it, for a change that came from a member.
    pub team_clock: Option<String>,
    /// The action's name.
    pub label: Sentence,
    /// The row before (None: absent), as JSON.
    pub before: Option<serde_json::Value>,
    /// The row after (None: absent), as JSON.
    pub after: Option<serde_json::Value>,
}

/// Every journal entry of the rows `ids` of `entity`, by row, each row's oldest first.
pub fn row_entries(conn: &Connection, entity: &str, ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<RowEntry>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.entity_id, c.at, c.actor, CASE WHEN b.remote THEN c.hlc END, b.label, c.before, c.after
         FROM change c JOIN change_batch b ON b.seq = c.batch_seq
         WHERE c.entity = ?1 AND c.entity_id IN (SELECT value FROM json_each(?2)) ORDER BY c.seq",
    )?;
    let ids = serde_json::to_string(&ids.iter().map(Uuid::to_string).collect::<Vec<_>>())?;
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    let mut out: HashMap<Uuid, Vec<RowEntry>> = HashMap::new();
    let rows = stmt.query_map(params![entity, ids], |r| {
        let id: String = r.get(0)?;
        let entry = RowEntry {
            at: r.get(1)?,
            actor: r.get(2)?,
            team_clock: r.get(3)?,
            label: Sentence::from_stored(&r.get::<_, String>(4)?),
            before: parse(r.get(5)?),
            after: parse(r.get(6)?),
        };
        Ok((id, entry))
    })?;
    for row in rows {
        let (id, entry) = row?;
        if let Ok(id) = Uuid::parse_str(&id) {
            out.entry(id).or_default().push(entry);
        }
    }
    Ok(out)
}

/// A team member's change in words: created, deleted, or the fields it changed.
fn team_change(entity: &str, before: Option<String>, after: Option<String>) -> Sentence {
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok());
    let (before, after) = (parse(before), parse(after));
    match (&before, &after) {
        (None, Some(_)) => Sentence::new("history-team-created"),
        (_, None) => Sentence::new("history-team-deleted"),
        _ => {
            let fields = crate::domain::change_message::fields_changed(entity, before.as_ref(), after.as_ref());
            let names: Vec<String> = fields.iter().map(|(f, _)| f.trim_start_matches('_').to_string()).collect();
            Sentence::new("history-team-changed").with("fields", names.join(", "))
        }
    }
}
