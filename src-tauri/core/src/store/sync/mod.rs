//! The laptop's side of team sync, in SQL: its identity and clock, the outbox of change
//! messages made from the journal, and the state of every field it knows with the clock
//! that wrote it (what the team's changes are merged against, see [`apply`]).

mod apply;
mod conflicts;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use super::records;
use super::server::Message;
use super::Store;
use crate::domain::change_message::fields_changed;
use crate::domain::hlc::Hlc;
use crate::error::{Error, Result};
pub use apply::{apply, Applied};
pub use conflicts::{conflicts, resolve, Keep, SyncConflict};

/// How this copy of the plan stands with the team's server, for Settings and the app bar.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// The server's address (never its password), once set.
    pub server: Option<String>,
    /// The member signed in (their name on the server's list, else their server role).
    pub member: Option<String>,
    /// When this copy last synced in full.
    pub last_sync: Option<DateTime<Utc>>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<String>,
    /// This laptop's changes not yet on the server.
    pub waiting: u32,
    /// Fields two people changed while apart, waiting for a choice.
    pub conflicts: u32,
}

/// The laptop's identity: a random id per copy of the plan.
pub fn device(conn: &Connection) -> Result<Uuid> {
    let text: String = conn.query_row("SELECT device FROM sync_state", [], |r| r.get(0))?;
    Uuid::parse_str(&text).map_err(|_| Error::io("the plan's sync identity is damaged"))
}

/// The last clock reading this copy made or saw.
pub(crate) fn clock(conn: &Connection) -> Result<Hlc> {
    let (device, clock): (String, String) =
        conn.prepare_cached("SELECT device, clock FROM sync_state")?.query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if clock.is_empty() {
        let device = Uuid::parse_str(&device).map_err(|_| Error::io("the plan's sync identity is damaged"))?;
        return Ok(Hlc::zero(device.as_u64_pair().1));
    }
    clock.parse()
}

pub(crate) fn save_clock(conn: &Connection, clock: Hlc) -> Result<()> {
    conn.prepare_cached("UPDATE sync_state SET clock = ?1")?.execute([clock.to_string()])?;
    Ok(())
}

/// The name of the member this copy syncs as, once it has synced.
pub(crate) fn member_name(conn: &Connection) -> Result<Option<String>> {
    Ok(conn.query_row(
        "SELECT coalesce((SELECT name FROM sync_member WHERE role_name = member), member) FROM sync_state",
        [],
        |r| r.get(0),
    )?)
}

/// Where this copy stands with the team.
pub fn status(conn: &Connection) -> Result<SyncStatus> {
    let (server, member, last_sync, last_error, staged): (Option<String>, _, Option<String>, _, i64) = conn.query_row(
        "SELECT server, coalesce((SELECT name FROM sync_member WHERE role_name = member), member),
                    last_sync, last_error, staged_seq FROM sync_state",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    // A change is one journal entry: its messages share its clock.
    let outbox: u32 = conn.query_row("SELECT count(DISTINCT hlc) FROM sync_outbox", [], |r| r.get(0))?;
    let unstaged: u32 = if server.is_some() { unstaged_changes(conn, staged)? } else { 0 };
    let conflicts: u32 = conn.query_row("SELECT count(*) FROM sync_conflict", [], |r| r.get(0))?;
    Ok(SyncStatus {
        server,
        member,
        last_sync: last_sync.and_then(|t| t.parse().ok()),
        last_error,
        waiting: outbox + unstaged,
        conflicts,
    })
}

fn unstaged_changes(conn: &Connection, staged: i64) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT count(*) FROM change c JOIN change_batch b ON b.seq = c.batch_seq
         WHERE c.seq > ?1 AND b.remote = 0 AND c.hlc IS NOT NULL",
        [staged],
        |r| r.get(0),
    )?)
}

/// What the sync knows of this copy before it talks to the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// The team plan this copy belongs to, once it synced.
    pub plan: Option<Uuid>,
    /// The server messages applied here.
    pub pulled: i64,
    /// Whether anyone ever changed this copy (a fresh data folder has not).
    pub has_history: bool,
    /// This copy's id.
    pub device: Uuid,
}

/// Where this copy stands before a sync.
pub fn standing(conn: &Connection) -> Result<Standing> {
    let (plan, pulled): (Option<String>, i64) =
        conn.query_row("SELECT plan_id, pulled_seq FROM sync_state", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let has_history: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM change)", [], |r| r.get(0))?;
    Ok(Standing { plan: plan.and_then(|p| Uuid::parse_str(&p).ok()), pulled, has_history, device: device(conn)? })
}

impl Store {
    /// Records the server and member this copy syncs with, and the team plan it belongs to.
    pub fn join_team(&mut self, server: &str, member: &str, plan: Uuid) -> Result<()> {
        self.conn.execute(
            "UPDATE sync_state SET server = ?1, member = ?2, plan_id = ?3",
            params![server, member, plan.to_string()],
        )?;
        Ok(())
    }

    /// Records how the last sync went: its time when it finished, or why it failed.
    pub fn record_sync(&mut self, outcome: std::result::Result<DateTime<Utc>, &str>) -> Result<()> {
        match outcome {
            Ok(at) => self.conn.execute(
                "UPDATE sync_state SET last_sync = ?1, last_error = NULL",
                [crate::domain::iso::instant_text(at)],
            )?,
            Err(why) => self.conn.execute("UPDATE sync_state SET last_error = ?1", [why])?,
        };
        Ok(())
    }

    /// Puts every row of the plan in the outbox as this laptop's: the plan a laptop brings
    /// to an empty server. The journal's changes so far are in it.
    pub fn stage_whole_plan(&mut self) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let mut clock = clock(&tx)?;
        let now = (self.clock)();
        let mut staged = 0;
        for entity in records::ENTITIES {
            for (id, state) in records::every_state(&tx, entity)? {
                clock = clock.tick(now)?;
                staged += stage_change(&tx, entity, id, None, Some(&state), &clock.to_string())?;
            }
        }
        save_clock(&tx, clock)?;
        tx.execute("UPDATE sync_state SET staged_seq = (SELECT coalesce(max(seq), 0) FROM change)", [])?;
        tx.commit()?;
        Ok(staged)
    }

    /// Turns the journal's changes made here since the last call into messages in the
    /// outbox, and marks their fields as this laptop's, waiting to come back.
    pub fn stage_changes(&mut self) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let staged_seq: i64 = tx.query_row("SELECT staged_seq FROM sync_state", [], |r| r.get(0))?;
        let changes: Vec<JournalEntry> = {
            let mut stmt = tx.prepare(
                "SELECT c.seq, c.entity, c.entity_id, c.before, c.after, c.hlc
                 FROM change c JOIN change_batch b ON b.seq = c.batch_seq
                 WHERE c.seq > ?1 AND b.remote = 0 AND c.hlc IS NOT NULL ORDER BY c.seq",
            )?;
            let rows = stmt
                .query_map([staged_seq], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut staged = 0;
        let mut last = staged_seq;
        for (seq, entity, id, before, after, hlc) in changes {
            let id = Uuid::parse_str(&id).map_err(|_| Error::io("the journal holds a malformed id"))?;
            let before = before.map(|b| serde_json::from_str(&b)).transpose()?;
            let after = after.map(|a| serde_json::from_str(&a)).transpose()?;
            staged += stage_change(&tx, &entity, id, before.as_ref(), after.as_ref(), &hlc)?;
            last = seq;
        }
        let head: i64 = tx.query_row("SELECT coalesce(max(seq), 0) FROM change", [], |r| r.get(0))?;
        tx.execute("UPDATE sync_state SET staged_seq = ?1", [head.max(last)])?;
        tx.commit()?;
        Ok(staged)
    }

    /// Up to `limit` messages from the outbox, oldest first, with their outbox numbers.
    pub fn outbox(&self, limit: usize) -> Result<Vec<(i64, Message)>> {
        let device = device(&self.conn)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, entity, row_id, field, value, hlc, base FROM sync_outbox ORDER BY seq LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            let row_id: String = r.get(2)?;
            let value: String = r.get(4)?;
            Ok((r.get::<_, i64>(0)?, r.get(1)?, row_id, r.get(3)?, value, r.get(5)?, r.get(6)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (seq, entity, row_id, field, value, hlc, base) = row?;
            let row_id = Uuid::parse_str(&row_id).map_err(|_| Error::io("the outbox holds a malformed id"))?;
            let value = serde_json::from_str(&value)?;
            out.push((seq, Message { entity, row_id, field, value, hlc, device, base }));
        }
        Ok(out)
    }

    /// Forgets the outbox's messages up to `through`: the server has them.
    pub fn pushed(&mut self, through: i64) -> Result<()> {
        self.conn.execute("DELETE FROM sync_outbox WHERE seq <= ?1", [through])?;
        Ok(())
    }

    /// Replaces the team's member list (server role → name, e-mail, role).
    pub fn set_team(&mut self, members: &[(String, String, String, String)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM sync_member", [])?;
        for (role_name, name, email, role) in members {
            tx.execute(
                "INSERT INTO sync_member (role_name, name, email, role) VALUES (?1, ?2, ?3, ?4)",
                params![role_name, name, email, role],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The role (`editor`, `viewer`) of the member with server role `role_name`.
    pub fn team_role(&self, role_name: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT role FROM sync_member WHERE role_name = ?1", [role_name], |r| r.get(0))
            .optional()?)
    }
}

/// A journal entry to stage: its number, entity, row, state before and after, clock.
type JournalEntry = (i64, String, String, Option<String>, Option<String>, String);

/// Puts one journal entry's messages in the outbox and its fields in the field state.
fn stage_change(
    conn: &Connection,
    entity: &str,
    id: Uuid,
    before: Option<&serde_json::Value>,
    after: Option<&serde_json::Value>,
    hlc: &str,
) -> Result<usize> {
    let fields = fields_changed(entity, before, after);
    let mut outbox = conn.prepare_cached(
        "INSERT INTO sync_outbox (entity, row_id, field, value, hlc, base)
         SELECT ?1, ?2, ?3, ?4, ?5, pulled_seq FROM sync_state",
    )?;
    let mut field_state = conn.prepare_cached(
        "INSERT INTO sync_field (entity, row_id, field, value, hlc, member, own_seq) VALUES (?1, ?2, ?3, ?4, ?5, NULL, 0)
         ON CONFLICT (entity, row_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc,
             member = NULL, own_seq = 0
         WHERE excluded.hlc > sync_field.hlc",
    )?;
    let id = id.to_string();
    for (field, value) in &fields {
        let value = value.to_string();
        outbox.execute(params![entity, id, field, value, hlc])?;
        field_state.execute(params![entity, id, field, value, hlc])?;
    }
    Ok(fields.len())
}
