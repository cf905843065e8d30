//! The laptop's side of team sync, in SQL: its identity and clock, the outbox of change
//! messages made from the journal, and the state of every field it knows with the clock
//! that wrote it (what the team's changes are merged against, see [`apply`]).

mod apply;
mod conflicts;
mod let_go;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::journal::{clock, save_clock, Batch, BatchKind};
use super::records;
use super::Store;
use crate::domain::change_message::fields_changed;
use crate::domain::change_message::Message;
use crate::domain::hlc::Hlc;
use crate::domain::member::TeamMember;
use crate::error::{Error, Result};
use almanac_model::Sentence;
pub use apply::{apply, Applied};
pub use conflicts::{conflicts, resolve, Keep, SyncConflict};

/// How this copy of the plan stands with the team's server, for Settings and the app bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// The server's address (never its password), once set.
    pub server: Option<String>,
    /// The member signed in (their name on the server's list, else their server role).
    pub member: Option<String>,
    /// When this copy last synced in full.
    pub last_sync: Option<DateTime<Utc>>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<Sentence>,
    /// This laptop's changes not yet on the server.
    pub waiting: u32,
    /// Fields two people changed while apart, waiting for a choice.
    pub conflicts: u32,
    /// Whether the server is reached over TLS (false only when the address asks for plaintext).
    pub encrypted: bool,
    /// The team's messages this laptop could not apply, set aside.
    pub set_aside: u32,
    /// This laptop's changes the server refused.
    pub refused: u32,
    /// Messages of a newer Almanac, waiting for this laptop's upgrade.
    pub held: u32,
}

/// A message from the team this laptop set aside, or one of its own the server refused.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SetAside {
    /// Who sent it (their name on the team list, else their server role; this laptop: none).
    pub member: Option<String>,
    /// When the server received it (or refused it).
    pub at: String,
    /// What it would have changed: entity and field.
    pub what: String,
    /// Its row.
    pub row_id: String,
    /// Why it was not applied.
    pub reason: Sentence,
}

/// The team's messages set aside here and this laptop's changes the server refused, newest first.
pub fn set_aside(conn: &Connection) -> Result<Vec<SetAside>> {
    let mut stmt = conn.prepare(
        "SELECT coalesce((SELECT name FROM sync_member WHERE role_name = s.member), s.member), s.received_at,
                s.entity || '.' || s.field, s.row_id, s.reason FROM sync_set_aside s
         UNION ALL
         SELECT NULL, at, entity || '.' || field, row_id, reason FROM sync_refused
         ORDER BY 2 DESC LIMIT 200",
    )?;
    let rows = stmt.query_map([], |r| {
        let reason = Sentence::from_stored(&r.get::<_, String>(4)?);
        Ok(SetAside { member: r.get(0)?, at: r.get(1)?, what: r.get(2)?, row_id: r.get(3)?, reason })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The laptop's identity: a random id per copy of the plan.
pub fn device(conn: &Connection) -> Result<Uuid> {
    let text: String = conn.query_row("SELECT device FROM sync_state", [], |r| r.get(0))?;
    Uuid::parse_str(&text).map_err(|_| Error::io(Sentence::new("error-store-sync-identity-damaged")))
}

/// How far this laptop's clock is behind the team server's, in milliseconds.
pub fn clock_offset(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT clock_offset_ms FROM sync_state", [], |r| r.get(0))?)
}

pub(crate) fn save_clock_offset(conn: &Connection, millis: i64) -> Result<()> {
    conn.execute("UPDATE sync_state SET clock_offset_ms = ?1", [millis])?;
    Ok(())
}

/// The name of the member this copy syncs as, once it has synced.
pub fn member_name(conn: &Connection) -> Result<Option<String>> {
    Ok(conn.query_row(
        "SELECT coalesce((SELECT name FROM sync_member WHERE role_name = member), member) FROM sync_state",
        [],
        |r| r.get(0),
    )?)
}

/// Where this copy stands with the team.
pub fn status(conn: &Connection) -> Result<SyncStatus> {
    type Row = (Option<String>, Option<String>, Option<String>, Option<String>, i64, bool);
    let (server, member, last_sync, last_error, staged, encrypted): Row = conn.query_row(
        "SELECT server, coalesce((SELECT name FROM sync_member WHERE role_name = member), member),
                    last_sync, last_error, staged_seq, encrypted FROM sync_state",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
    )?;
    let count = |table: &str| -> Result<u32> {
        Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    // A change is one journal entry: its messages share its clock.
    let outbox: u32 = conn.query_row("SELECT count(DISTINCT hlc) FROM sync_outbox", [], |r| r.get(0))?;
    let unstaged: u32 = if server.is_some() { unstaged_changes(conn, staged)? } else { 0 };
    let conflicts: u32 = conn.query_row("SELECT count(*) FROM sync_conflict", [], |r| r.get(0))?;
    Ok(SyncStatus {
        server,
        member,
        last_sync: last_sync.and_then(|t| t.parse().ok()),
        last_error: last_error.map(|text: String| Sentence::from_stored(&text)),
        waiting: outbox + unstaged,
        conflicts,
        encrypted,
        set_aside: count("sync_set_aside")?,
        // A change is one journal entry: its messages share its clock.
        refused: conn.query_row("SELECT count(DISTINCT hlc) FROM sync_refused", [], |r| r.get(0))?,
        held: count("sync_held")?,
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

/// On a team plan, the role this laptop signs in as and the team's members as the server
/// last listed them (their approver scopes the owner's); none on a plan of one laptop.
pub fn team(conn: &Connection) -> Result<Option<(String, Vec<TeamMember>)>> {
    let me: Option<String> = conn
        .query_row("SELECT member FROM sync_state WHERE server IS NOT NULL", [], |r| r.get(0))
        .optional()?
        .flatten();
    let Some(me) = me else { return Ok(None) };
    let mut query =
        conn.prepare("SELECT role_name, name, email, role, approves FROM sync_member ORDER BY name, role_name")?;
    let members = query.query_map([], |r| {
        let approves: String = r.get(4)?;
        Ok(TeamMember {
            role_name: r.get(0)?,
            name: r.get(1)?,
            email: r.get(2)?,
            role: r.get(3)?,
            // Written by this laptop from the server's list; an unreadable one approves nothing.
            approves: serde_json::from_str(&approves).unwrap_or_default(),
        })
    })?;
    let members = members.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Some((me, members)))
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

    /// Records whether the server is reached over TLS, for Team sync to say so.
    pub fn record_encryption(&mut self, encrypted: bool) -> Result<()> {
        self.conn.execute("UPDATE sync_state SET encrypted = ?1", [encrypted])?;
        Ok(())
    }

    /// Sets aside this laptop's change with clock `hlc` (all its messages), which the
    /// server refused for `reason`: it leaves the outbox so the rest can go, Team sync
    /// shows it, and its fields go back to the team's values (a row the team never had
    /// goes), as a change in the journal, so this laptop holds the team's plan.
    pub fn refused(&mut self, hlc: &str, reason: &Sentence) -> Result<usize> {
        let now = self.now();
        let at = crate::domain::iso::instant_text(now);
        let label = Sentence::new("history-refused").with("reason", reason.clone());
        let mut batch = Batch::begin(&mut self.conn, &label, "team", now, BatchKind::Team)?;
        let conn = batch.conn();
        conn.execute(
            "INSERT INTO sync_refused (entity, row_id, field, value, hlc, reason, at)
             SELECT entity, row_id, field, value, hlc, ?2, ?3 FROM sync_outbox WHERE hlc = ?1 ORDER BY seq",
            params![hlc, reason.stored(), at],
        )?;
        // The team's value back where this change's still stands.
        conn.execute(
            "UPDATE sync_field SET value = o.prior_value, hlc = o.prior_hlc, member = o.prior_member,
                 own_seq = o.prior_own_seq
             FROM sync_outbox o
             WHERE o.hlc = ?1 AND o.prior_hlc IS NOT NULL AND sync_field.entity = o.entity
                 AND sync_field.row_id = o.row_id AND sync_field.field = o.field AND sync_field.hlc = o.hlc",
            [hlc],
        )?;
        conn.execute(
            "DELETE FROM sync_field WHERE hlc = ?1 AND EXISTS (SELECT 1 FROM sync_outbox o WHERE o.hlc = ?1
                 AND o.prior_hlc IS NULL AND o.entity = sync_field.entity AND o.row_id = sync_field.row_id
                 AND o.field = sync_field.field)",
            [hlc],
        )?;
        let rows: Vec<(String, String)> = {
            let mut stmt = conn.prepare("SELECT DISTINCT entity, row_id FROM sync_outbox WHERE hlc = ?1")?;
            let rows = stmt.query_map([hlc], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let moved = conn.execute("DELETE FROM sync_outbox WHERE hlc = ?1", [hlc])?;
        for (entity, row) in rows {
            let Ok(id) = Uuid::parse_str(&row) else { continue };
            apply::back_to_the_team(&mut batch, &entity, id)?;
        }
        batch.commit_always()?;
        Ok(moved)
    }

    /// Stamps again this laptop's unsent changes whose clocks are ahead of `now` (made while
    /// its clock ran ahead, before the sync measured it), and brings its clock back: nobody
    /// has seen those clocks, and the server would refuse them. Returns how many changes.
    pub fn restamp_future(&mut self) -> Result<usize> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let ahead = |hlc: &str| hlc.parse::<Hlc>().map_or(true, |c| c.is_ahead_of(now));
        let clocks: Vec<String> = {
            let mut stmt = tx.prepare("SELECT DISTINCT hlc FROM sync_outbox ORDER BY hlc")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?.into_iter().filter(|h| ahead(h)).collect()
        };
        let saved = clock(&tx)?;
        if clocks.is_empty() && !saved.is_ahead_of(now) {
            return Ok(0);
        }
        // The clock goes back to just after the latest one this laptop saw or made that is
        // not ahead (clocks are canonical text: text order is clock order).
        let limit = format!(
            "{}-ffff-ffffffffffffffff",
            (now + crate::domain::hlc::MAX_AHEAD).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        );
        let latest: Option<String> = tx
            .query_row("SELECT max(hlc) FROM sync_field WHERE hlc <= ?1", [&limit], |r| r.get(0))
            .optional()?
            .flatten();
        let zero = Hlc::zero(device(&tx)?.as_u64_pair().1);
        let mut next = match latest.and_then(|h| h.parse::<Hlc>().ok()) {
            Some(seen) => zero.observe(seen, now)?,
            None => zero,
        };
        for old in &clocks {
            next = next.tick(now)?;
            let new = next.to_string();
            tx.execute("UPDATE sync_outbox SET hlc = ?2 WHERE hlc = ?1", params![old, new])?;
            tx.execute("UPDATE sync_field SET hlc = ?2 WHERE hlc = ?1 AND own_seq = 0", params![old, new])?;
            tx.execute("UPDATE change SET hlc = ?2 WHERE hlc = ?1", params![old, new])?;
            // The rows' revisions come back from the future with their changes.
            tx.execute(
                "UPDATE row_revision SET modified = ?2
                 WHERE (entity, row_id) IN (SELECT entity, row_id FROM sync_outbox WHERE hlc = ?1)",
                params![new, next.wall().timestamp()],
            )?;
        }
        save_clock(&tx, next)?;
        tx.commit()?;
        Ok(clocks.len())
    }

    /// Records how the last sync went: its time when it finished, or why it failed.
    pub fn record_sync(&mut self, outcome: std::result::Result<DateTime<Utc>, &Sentence>) -> Result<()> {
        match outcome {
            Ok(at) => self.conn.execute(
                "UPDATE sync_state SET last_sync = ?1, last_error = NULL",
                [crate::domain::iso::instant_text(at)],
            )?,
            Err(why) => self.conn.execute("UPDATE sync_state SET last_error = ?1", [why.stored()])?,
        };
        Ok(())
    }

    /// Puts every row of the plan in the outbox as this laptop's: the plan a laptop brings
    /// to an empty server. The journal's changes so far are in it. Each row goes with the
    /// clock of its last change, so the team dates and revises it as this laptop does; a
    /// row the journal has no clock for gets a new one.
    pub fn stage_whole_plan(&mut self) -> Result<usize> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let mut clock = clock(&tx)?;
        let mut staged = 0;
        for entity in records::ENTITIES {
            for (id, state) in records::every_state(&tx, entity)? {
                let stamp = match last_clock(&tx, entity, id)? {
                    Some(last) => last,
                    None => {
                        clock = clock.tick(now)?;
                        clock.to_string()
                    }
                };
                staged += stage_change(&tx, entity, id, None, Some(&state), &stamp)?;
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
            let rows = stmt.query_map([staged_seq], |r| {
                Ok(JournalEntry {
                    seq: r.get(0)?,
                    entity: r.get(1)?,
                    id: r.get(2)?,
                    before: r.get(3)?,
                    after: r.get(4)?,
                    hlc: r.get(5)?,
                })
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut staged = 0;
        let mut last = staged_seq;
        for JournalEntry { seq, entity, id, before, after, hlc } in changes {
            let id = Uuid::parse_str(&id).map_err(|_| Error::io(Sentence::new("error-store-journal-id-malformed")))?;
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
            let row_id =
                Uuid::parse_str(&row_id).map_err(|_| Error::io(Sentence::new("error-store-outbox-id-malformed")))?;
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

    /// Replaces the team's member list, as the server has it.
    pub fn set_team(&mut self, members: &[TeamMember]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM sync_member", [])?;
        for m in members {
            tx.execute(
                "INSERT INTO sync_member (role_name, name, email, role, approves) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![m.role_name, m.name, m.email, m.role, serde_json::to_string(&m.approves)?],
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

/// The clock of the row's last change journaled here, when the journal has one.
fn last_clock(conn: &Connection, entity: &str, id: Uuid) -> Result<Option<String>> {
    let last: Option<String> = conn
        .prepare_cached("SELECT max(hlc) FROM change WHERE entity = ?1 AND entity_id = ?2")?
        .query_row(params![entity, id.to_string()], |r| r.get(0))?;
    Ok(last.filter(|h| h.parse::<Hlc>().is_ok()))
}

/// A journal entry to stage.
struct JournalEntry {
    /// Its number in the journal.
    seq: i64,
    /// The entity's journal name.
    entity: String,
    /// The row's id.
    id: String,
    /// The row before and after (JSON; None: absent).
    before: Option<String>,
    after: Option<String>,
    /// The team clock it was made at.
    hlc: String,
}

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
        "INSERT INTO sync_outbox
             (entity, row_id, field, value, hlc, base, prior_value, prior_hlc, prior_member, prior_own_seq)
         SELECT ?1, ?2, ?3, ?4, ?5, s.pulled_seq, f.value, f.hlc, f.member, f.own_seq
         FROM sync_state s LEFT JOIN sync_field f ON f.entity = ?1 AND f.row_id = ?2 AND f.field = ?3",
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
