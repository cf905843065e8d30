//! The journal: one Change row per row written, grouped into batches (one user
//! action each). Undo replays a batch's `before` states, redo its `after` states;
//! both are journaled batches themselves, so the audit trail shows them too.
//! The undo and redo stacks are read from the journal, so they survive a restart.
//! Undo is personal: each actor (a person in the app, the same person on the command
//! line) walks back their own actions, and a row someone else changed since refuses.

use almanac_model::Sentence;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

mod rows;

pub use rows::{revisions, row_entries, row_history, Revision, RowChange, RowEntry};

use super::records::{self, Record};
use super::set_aside;
use crate::domain::hlc::Hlc;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BatchKind {
    Do,
    Undo,
    Redo,
    /// The team's changes applied from the server: journaled, never pushed or undone here.
    Team,
}

impl BatchKind {
    fn as_str(self) -> &'static str {
        match self {
            BatchKind::Do | BatchKind::Team => "do",
            BatchKind::Undo => "undo",
            BatchKind::Redo => "redo",
        }
    }
}

/// What undo and redo would do now, for menus and buttons.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct HistoryState {
    /// What undo would undo now, if anything.
    pub undo_label: Option<Sentence>,
    /// What redo would redo now, if anything.
    pub redo_label: Option<Sentence>,
}

/// One open transaction of the write path. Every write goes through its methods,
/// which append the matching Change row.
pub struct Batch<'c> {
    tx: Transaction<'c>,
    seq: i64,
    actor: String,
    at: String,
    changes: usize,
    /// The team clock, read at the first change and saved at commit; each change ticks it.
    clock: Option<Hlc>,
    wall: DateTime<Utc>,
    /// The clock the team's change being applied was made at, which its rows are stamped
    /// with instead of a reading of this laptop's.
    authored: Option<Hlc>,
}

impl<'c> Batch<'c> {
    pub(crate) fn begin(
        conn: &'c mut Connection,
        label: &Sentence,
        actor: &str,
        at: DateTime<Utc>,
        kind: BatchKind,
    ) -> Result<Self> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if kind == BatchKind::Do {
            // A new action ends its actor's redo stack.
            tx.execute(
                "UPDATE change_batch SET state = 'dropped' WHERE kind = 'do' AND state = 'undone' AND actor = ?1",
                [actor],
            )?;
        }
        let wall = at;
        let at = at.to_rfc3339_opts(SecondsFormat::Millis, true);
        tx.execute(
            "INSERT INTO change_batch (id, label, actor, at, kind, state, remote) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                Uuid::now_v7().to_string(),
                label.stored(),
                actor,
                at,
                kind.as_str(),
                (kind == BatchKind::Do).then_some("done"),
                kind == BatchKind::Team
            ],
        )?;
        let seq = tx.last_insert_rowid();
        Ok(Batch { tx, seq, actor: actor.to_string(), at, changes: 0, clock: None, wall, authored: None })
    }

    /// The transaction's connection, to read inside the change.
    pub fn conn(&self) -> &Connection {
        &self.tx
    }

    /// Adds a record, journaled.
    pub fn insert<R: Record>(&mut self, record: &R) -> Result<()> {
        record.check()?;
        record.insert_row(&self.tx)?;
        self.journal(R::ENTITY, record.id(), None, Some(serde_json::to_string(record)?))
    }

    /// Writes `after` over `before`; writes nothing when they are equal. `before` must be
    /// the row as it stands inside this transaction: if another writer (a second window,
    /// the command line) changed it since the caller read it, this refuses with a
    /// conflict rather than overwrite that change or journal a wrong `before`.
    pub fn update<R: Record + PartialEq>(&mut self, before: &R, after: &R) -> Result<()> {
        if before == after {
            return Ok(());
        }
        after.check()?;
        self.expect_current(before)?;
        after.update_row(&self.tx)?;
        self.journal(R::ENTITY, after.id(), Some(serde_json::to_string(before)?), Some(serde_json::to_string(after)?))
    }

    /// Writes `record` whatever stands under its id now: added when absent, written over
    /// the row as it stands otherwise (an import's numbers, a team member's merged fields).
    pub fn put<R: Record + PartialEq>(&mut self, record: &R) -> Result<()> {
        match R::load(&self.tx, record.id())? {
            Some(current) => self.update(&current, record),
            None => self.insert(record),
        }
    }

    /// Deletes `record`, which must be the row as it stands (see [`Batch::update`]).
    pub fn delete<R: Record + PartialEq>(&mut self, record: &R) -> Result<()> {
        self.expect_current(record)?;
        R::delete_row(&self.tx, record.id())?;
        self.journal(R::ENTITY, record.id(), Some(serde_json::to_string(record)?), None)
    }

    fn expect_current<R: Record + PartialEq>(&self, seen: &R) -> Result<()> {
        match R::load(&self.tx, seen.id())? {
            Some(current) if current == *seen => Ok(()),
            Some(_) => Err(changed_elsewhere(R::ENTITY)),
            None => Err(Error::not_found(R::ENTITY, seen.id())),
        }
    }

    /// Names who made the changes that follow (the team's changes, each by its member).
    pub fn set_actor(&mut self, actor: &str) {
        if self.actor != actor {
            self.actor = actor.to_string();
        }
    }

    /// The team clock's next reading, for a change made now.
    pub fn tick(&mut self) -> Result<Hlc> {
        let last = match self.clock {
            Some(clock) => clock,
            None => clock(&self.tx)?,
        };
        let next = last.tick(self.wall)?;
        self.clock = Some(next);
        Ok(next)
    }

    /// Moves the team clock past `seen`, a change from another laptop.
    pub fn observe(&mut self, seen: Hlc) -> Result<()> {
        let last = match self.clock {
            Some(clock) => clock,
            None => clock(&self.tx)?,
        };
        self.clock = Some(last.observe(seen, self.wall)?);
        Ok(())
    }

    /// Dates and stamps the changes that follow with `clock`, a team member's change's
    /// own: a row then has the same revision on every laptop that holds the same change.
    pub fn authored_at(&mut self, clock: Hlc) {
        self.authored = Some(clock);
        self.at = clock.wall().to_rfc3339_opts(SecondsFormat::Millis, true);
    }

    fn journal(&mut self, entity: &str, id: Uuid, before: Option<String>, after: Option<String>) -> Result<()> {
        let hlc = match self.authored {
            Some(clock) => clock,
            None => self.tick()?,
        };
        self.append(entity, &id.to_string(), before, after, Some(hlc))
    }

    /// Journals a change this laptop alone makes (a row of its own damaged copy moved
    /// aside): it has no team clock, so it is never sent to the team.
    pub fn journal_here(
        &mut self,
        entity: &str,
        id: &str,
        before: Option<String>,
        after: Option<String>,
    ) -> Result<()> {
        self.append(entity, id, before, after, None)
    }

    fn append(
        &mut self,
        entity: &str,
        id: &str,
        before: Option<String>,
        after: Option<String>,
        hlc: Option<Hlc>,
    ) -> Result<()> {
        let stamped = hlc.map_or(self.wall, |h| h.wall()).timestamp();
        self.tx
            .prepare_cached(
                "INSERT INTO change (id, batch_seq, entity, entity_id, before, after, actor, at, hlc)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                Uuid::now_v7().to_string(),
                self.seq,
                entity,
                id,
                before,
                after,
                self.actor,
                self.at,
                hlc.map(|h| h.to_string())
            ])?;
        // A clock never runs back on a laptop, but an author's may be behind this row's
        // last change here: the revision only moves on.
        self.tx
            .prepare_cached(
                "INSERT INTO row_revision (entity, row_id, modified) VALUES (?1, ?2, ?3)
                 ON CONFLICT (entity, row_id) DO UPDATE SET modified = max(modified, excluded.modified)",
            )?
            .execute(params![entity, id, stamped])?;
        self.changes += 1;
        Ok(())
    }

    /// Commits what the transaction wrote beside the journal (the sync's own state), the
    /// batch only if it changed a row.
    pub fn commit_always(mut self) -> Result<()> {
        if self.changes == 0 {
            self.tx.execute("DELETE FROM change_batch WHERE seq = ?1", [self.seq])?;
            self.changes = 1;
        }
        self.commit()
    }

    /// Commits, unless nothing changed: an action that changes nothing leaves no trace.
    pub fn commit(self) -> Result<()> {
        if self.changes == 0 {
            self.tx.rollback()?;
        } else {
            if let Some(clock) = self.clock {
                save_clock(&self.tx, clock)?;
            }
            self.tx.commit()?;
        }
        Ok(())
    }
}

struct Target {
    seq: i64,
    label: Sentence,
}

fn last_done(conn: &Connection, actor: &str) -> Result<Option<Target>> {
    Ok(conn
        .query_row(
            "SELECT seq, label FROM change_batch WHERE kind = 'do' AND state = 'done' AND actor = ?1
             ORDER BY seq DESC LIMIT 1",
            [actor],
            |r| Ok(Target { seq: r.get(0)?, label: Sentence::from_stored(&r.get::<_, String>(1)?) }),
        )
        .optional()?)
}

fn first_undone(conn: &Connection, actor: &str) -> Result<Option<Target>> {
    Ok(conn
        .query_row(
            "SELECT seq, label FROM change_batch WHERE kind = 'do' AND state = 'undone' AND actor = ?1
             ORDER BY seq ASC LIMIT 1",
            [actor],
            |r| Ok(Target { seq: r.get(0)?, label: Sentence::from_stored(&r.get::<_, String>(1)?) }),
        )
        .optional()?)
}

/// The plan's clock as this laptop last read or made it: the journal ticks it for every
/// change and observes the team's; it is kept beside the laptop's sync identity.
pub fn clock(conn: &Connection) -> Result<Hlc> {
    let (device, clock): (String, String) =
        conn.prepare_cached("SELECT device, clock FROM sync_state")?.query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if clock.is_empty() {
        let device =
            Uuid::parse_str(&device).map_err(|_| Error::io(Sentence::new("error-store-sync-identity-damaged")))?;
        return Ok(Hlc::zero(device.as_u64_pair().1));
    }
    clock.parse()
}

pub(crate) fn save_clock(conn: &Connection, clock: Hlc) -> Result<()> {
    conn.prepare_cached("UPDATE sync_state SET clock = ?1")?.execute([clock.to_string()])?;
    Ok(())
}

/// The rows changed after the journal's position `version` (journal entity names and row
/// ids), each once: what a change made elsewhere (the team's, another process's) touched.
pub fn changed_since(conn: &Connection, version: i64) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT entity, entity_id FROM change WHERE batch_seq > ?1 GROUP BY entity, entity_id ORDER BY min(seq)",
    )?;
    let rows = stmt.query_map([version], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The journal's position: every change, undo and redo moves it.
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.prepare_cached("SELECT coalesce(max(seq), 0) FROM change_batch")?.query_row([], |r| r.get(0))?)
}

pub(crate) fn history(conn: &Connection, actor: &str) -> Result<HistoryState> {
    Ok(HistoryState {
        undo_label: last_done(conn, actor)?.map(|t| t.label),
        redo_label: first_undone(conn, actor)?.map(|t| t.label),
    })
}

/// Undoes the latest action still done; returns its label, or None when there is nothing to undo.
pub fn undo(conn: &mut Connection, actor: &str, at: DateTime<Utc>) -> Result<Option<Sentence>> {
    let Some(target) = last_done(conn, actor)? else {
        return Ok(None);
    };
    replay(conn, actor, at, &target, BatchKind::Undo)?;
    Ok(Some(target.label))
}

/// Redoes the action undone most recently; returns its label, or None when there is nothing to redo.
pub fn redo(conn: &mut Connection, actor: &str, at: DateTime<Utc>) -> Result<Option<Sentence>> {
    let Some(target) = first_undone(conn, actor)? else {
        return Ok(None);
    };
    replay(conn, actor, at, &target, BatchKind::Redo)?;
    Ok(Some(target.label))
}

struct StoredChange {
    entity: String,
    entity_id: String,
    before: Option<String>,
    after: Option<String>,
}

fn replay(conn: &mut Connection, actor: &str, at: DateTime<Utc>, target: &Target, kind: BatchKind) -> Result<()> {
    let id = if kind == BatchKind::Undo { "history-undo" } else { "history-redo" };
    let label = Sentence::new(id).with("action", target.label.clone());
    let mut batch = Batch::begin(conn, &label, actor, at, kind)?;
    let mut changes = load_changes(batch.conn(), target.seq)?;
    if kind == BatchKind::Undo {
        changes.reverse();
    }
    for change in changes {
        let (expected, state) =
            if kind == BatchKind::Undo { (change.after, change.before) } else { (change.before, change.after) };
        if change.entity == set_aside::SET_ASIDE {
            set_aside::replay(&mut batch, &change.entity_id, expected.as_deref(), state.as_deref())?;
            continue;
        }
        let id = Uuid::parse_str(&change.entity_id)
            .map_err(|_| Error::io(Sentence::new("error-store-journal-id-malformed-short")))?;
        records::restore(&mut batch, &change.entity, id, expected.as_deref(), state.as_deref())?;
    }
    let new_state = if kind == BatchKind::Undo { "undone" } else { "done" };
    batch.tx.execute("UPDATE change_batch SET state = ?1 WHERE seq = ?2", params![new_state, target.seq])?;
    batch.tx.execute("UPDATE change_batch SET target_seq = ?1 WHERE seq = ?2", params![target.seq, batch.seq])?;
    batch.changes += 1; // the state flip must commit even if every row already matched
    batch.commit()
}

fn load_changes(conn: &Connection, batch_seq: i64) -> Result<Vec<StoredChange>> {
    let mut stmt =
        conn.prepare("SELECT entity, entity_id, before, after FROM change WHERE batch_seq = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([batch_seq], |r| {
        Ok(StoredChange { entity: r.get(0)?, entity_id: r.get(1)?, before: r.get(2)?, after: r.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn changed_elsewhere(entity: &str) -> Error {
    Error::conflict(Sentence::new("error-store-changed-elsewhere").with("entity", entity))
}

/// Brings one row from `expected` to `state` (None: absent), journaling the change in
/// `batch`. Undo and redo refuse with a conflict when the row is no longer as the change
/// left it: someone changed it since, and replaying would throw their change away.
pub fn restore_record<R: Record + PartialEq>(
    batch: &mut Batch,
    id: Uuid,
    expected: Option<&str>,
    state: Option<&str>,
) -> Result<()> {
    let current = R::load(batch.conn(), id)?;
    let expected: Option<R> = expected.map(serde_json::from_str).transpose()?;
    if current != expected {
        return Err(changed_elsewhere(R::ENTITY));
    }
    let wanted: Option<R> = state.map(serde_json::from_str).transpose()?;
    match (current, wanted) {
        (None, None) => Ok(()),
        (Some(cur), None) => batch.delete(&cur),
        (None, Some(want)) => batch.insert(&want),
        (Some(cur), Some(want)) => batch.update(&cur, &want),
    }
}
