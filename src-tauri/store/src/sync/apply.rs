//! Applying the team's messages: each field is kept last-writer-wins by its clock, the
//! rows whose fields moved are rebuilt from the merged fields, and references to rows that
//! are gone are let go by one fixed rule (see `let_go`), so every copy that has seen the
//! same messages holds the same plan whatever order they came in. A field this laptop
//! changed that a team member changed too without having seen it becomes a conflict for a
//! person, and so does a row a member deleted without having seen this laptop's edits to it.
//! What arrives is checked before it counts: a message of a newer Almanac is held until
//! this laptop knows it; one it cannot read (a clock that is not a clock or is far ahead,
//! a value not of its field's kind, a row the plan cannot hold) is set aside and shown,
//! never stopping the sync and never deleting a row. Each row is rebuilt in a savepoint of
//! its own, so one bad row costs only its own messages.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::super::journal::{Batch, BatchKind};
use super::super::records;
use super::super::Store;
use super::device;
use crate::domain::change_message::{assemble, DELETED};
use crate::domain::change_message::{Message, Pulled};
use crate::domain::hlc::Hlc;
use crate::domain::iso::instant_text;
use crate::domain::message_fields::{self, Known};
use crate::domain::validate::within_bytes;
use crate::error::Result;
use almanac_model::Sentence;

/// The plan's one settings row: a message about another is set aside.
const SETTINGS_ID: &str = "01900000-0000-7000-8000-000000000001";

/// What applying a page of the team's messages did here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    /// Messages that won their field.
    pub won: usize,
    /// Rows rebuilt.
    pub rows: usize,
    /// New conflicts.
    pub conflicts: usize,
    /// Messages of a newer Almanac, held until this laptop knows them.
    pub held: usize,
    /// Messages that could not be applied, set aside for a person to see.
    pub set_aside: usize,
}

/// A message that passed its checks, with its clock read.
type Screen<'p> = (&'p Pulled, Hlc);

/// What a message is, before it is merged.
enum Screened {
    Apply(Hlc),
    Hold,
    SetAside(Sentence),
}

/// Checks a pulled message before it counts.
fn screen(pulled: &Pulled, now: DateTime<Utc>) -> Screened {
    let m = &pulled.message;
    let Ok(hlc) = m.hlc.parse::<Hlc>() else {
        return Screened::SetAside(Sentence::new("sync-set-aside-clock-unreadable"));
    };
    if hlc.is_ahead_of(now) {
        return Screened::SetAside(Sentence::new("sync-set-aside-clock-ahead").with("clock", hlc.wall().to_string()));
    }
    match message_fields::check(&m.entity, &m.field, &m.value) {
        Known::NotYet => return Screened::Hold,
        Known::Unreadable(why) => return Screened::SetAside(Sentence::new(why)),
        Known::Yes => {}
    }
    if m.entity == "settings" && (m.row_id.to_string() != SETTINGS_ID || (m.field == DELETED && m.value == true)) {
        return Screened::SetAside(Sentence::new("sync-set-aside-settings-row"));
    }
    Screened::Apply(hlc)
}

/// Applies `page` (server messages in order) and records `through` as pulled, in one
/// transaction: a laptop stopped mid-pull resumes after the last page it finished.
pub fn apply(store: &mut Store, page: &[Pulled], through: i64) -> Result<Applied> {
    let device = device(&store.conn)?;
    let names = member_names(&store.conn)?;
    let now = store.now();
    let mut batch = Batch::begin(&mut store.conn, &Sentence::new("history-from-team"), "team", now, BatchKind::Team)?;
    batch.conn().execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let mut applied = Applied::default();
    // Messages held for a newer version that this one knows now go first.
    let held = known_held(batch.conn())?;
    let mut runs: Vec<Vec<Screen>> = Vec::new();
    for pulled in held.iter().chain(page) {
        match screen(pulled, now) {
            Screened::Apply(hlc) => match runs.last_mut() {
                // A run of one member's messages: each row rebuilt once per run, in their name.
                Some(run) if run[0].0.member == pulled.member => run.push((pulled, hlc)),
                _ => runs.push(vec![(pulled, hlc)]),
            },
            Screened::Hold => {
                hold(batch.conn(), pulled)?;
                applied.held += 1;
            }
            Screened::SetAside(why) => {
                set_aside(batch.conn(), pulled, &why)?;
                applied.set_aside += 1;
            }
        }
    }
    for run in &runs {
        apply_run(&mut batch, run, device, &names, &mut applied)?;
    }
    super::let_go::let_go_of_missing_rows(&mut batch)?;
    batch.conn().execute("UPDATE sync_state SET pulled_seq = max(pulled_seq, ?1)", [through])?;
    batch.commit_always()?;
    Ok(applied)
}

/// One member's consecutive messages: merged field by field, then each row they moved
/// rebuilt in a savepoint of its own, credited to the member and dated by their clock.
fn apply_run(
    batch: &mut Batch,
    run: &[Screen],
    device: Uuid,
    names: &HashMap<String, String>,
    applied: &mut Applied,
) -> Result<()> {
    let mut rows: Vec<((String, Uuid), Vec<Screen>)> = Vec::new();
    let mut at: HashMap<(String, Uuid), usize> = HashMap::new();
    for &(pulled, hlc) in run {
        let key = (pulled.message.entity.clone(), pulled.message.row_id);
        let slot = *at.entry(key.clone()).or_insert_with(|| {
            rows.push((key, Vec::new()));
            rows.len() - 1
        });
        rows[slot].1.push((pulled, hlc));
    }
    let member = &run[0].0.member;
    batch.set_actor(names.get(member).map_or(member.as_str(), String::as_str));
    for ((entity, id), messages) in &rows {
        batch.conn().execute_batch("SAVEPOINT team_row")?;
        match apply_row(batch, entity, *id, messages, device) {
            Ok(row) => {
                batch.conn().execute_batch("RELEASE team_row")?;
                applied.won += row.won;
                applied.conflicts += row.conflicts;
                applied.rows += usize::from(row.rebuilt);
            }
            Err(e) => {
                batch.conn().execute_batch("ROLLBACK TO team_row; RELEASE team_row")?;
                let why = Sentence::new("sync-set-aside-refused-by-plan").with("reason", e.as_sentence());
                for (pulled, _) in messages {
                    set_aside(batch.conn(), pulled, &why)?;
                    applied.set_aside += 1;
                }
            }
        }
    }
    Ok(())
}

#[derive(Default)]
struct RowApplied {
    won: usize,
    conflicts: usize,
    rebuilt: bool,
}

/// Merges one row's messages of a run and rebuilds it (and the rows a revived row takes back).
fn apply_row(batch: &mut Batch, entity: &str, id: Uuid, messages: &[Screen], device: Uuid) -> Result<RowApplied> {
    let mut out = RowApplied::default();
    let mut revived = false;
    let mut latest: Option<Hlc> = None;
    for &(pulled, hlc) in messages {
        batch.observe(hlc)?;
        let value = pulled.message.value.to_string();
        let ours = pulled.message.device == device;
        match merge_field(batch.conn(), pulled, &value, ours)? {
            Merge::Kept => continue,
            Merge::Conflict => out.conflicts += 1,
            Merge::Won { conflict, revived: back } => {
                out.won += 1;
                out.conflicts += usize::from(conflict);
                revived |= back;
            }
        }
        latest = latest.max(Some(hlc));
    }
    let Some(latest) = latest else { return Ok(out) };
    // Dated and stamped as its author made it (their corrected clock), not as this laptop
    // pulled it.
    batch.authored_at(latest);
    rebuild(batch, entity, id)?;
    out.rebuilt = true;
    // A row back from the dead takes back the rows that pointed at it.
    if revived {
        for (entity, row) in pointing_at(batch.conn(), id)? {
            rebuild(batch, &entity, row)?;
        }
    }
    Ok(out)
}

/// Brings a row to what its merged fields say. A row the team never said lives or is gone
/// (no tombstone field: only some of its fields arrived) is left as it stands.
fn rebuild(batch: &mut Batch, entity: &str, id: Uuid) -> Result<()> {
    let fields = fields_of_row(batch.conn(), entity, id)?;
    if !fields.iter().any(|(f, _)| f == DELETED) {
        return Ok(());
    }
    let state = assemble(id, fields.iter().map(|(f, v)| (f.as_str(), v)));
    records::put(batch, entity, id, state)
}

/// Brings a row back to what the team's fields say after the server refused this laptop's
/// change to it: a row the team never had (no tombstone field left) goes.
pub(super) fn back_to_the_team(batch: &mut Batch, entity: &str, id: Uuid) -> Result<()> {
    let fields = fields_of_row(batch.conn(), entity, id)?;
    if fields.iter().any(|(f, _)| f == DELETED) {
        rebuild(batch, entity, id)
    } else {
        records::put(batch, entity, id, None)
    }
}

/// Keeps a message of a newer Almanac for when this laptop knows it.
fn hold(conn: &Connection, pulled: &Pulled) -> Result<()> {
    let m = &pulled.message;
    conn.prepare_cached(
        "INSERT OR IGNORE INTO sync_held (seq, entity, row_id, field, value, hlc, member, device, base, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        pulled.seq,
        m.entity,
        m.row_id.to_string(),
        m.field,
        m.value.to_string(),
        m.hlc,
        pulled.member,
        m.device.to_string(),
        m.base,
        instant_text(pulled.received_at)
    ])?;
    Ok(())
}

/// The held messages this version knows (an upgrade came), taken out of the hold.
fn known_held(conn: &Connection) -> Result<Vec<Pulled>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, entity, row_id, field, value, hlc, member, device, base, received_at FROM sync_held ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, String>(7)?,
            r.get::<_, i64>(8)?,
            r.get::<_, String>(9)?,
        ))
    })?;
    let mut known = Vec::new();
    for row in rows {
        let (seq, entity, row_id, field, value, hlc, member, device, base, received_at) = row?;
        if message_fields::kinds(&entity, &field).is_none() {
            continue;
        }
        let (Ok(row_id), Ok(device), Ok(value)) =
            (Uuid::parse_str(&row_id), Uuid::parse_str(&device), serde_json::from_str(&value))
        else {
            continue;
        };
        let received_at = received_at.parse().unwrap_or_default();
        let message = Message { entity, row_id, field, value, hlc, device, base };
        known.push(Pulled { seq, member, received_at, message });
    }
    for pulled in &known {
        conn.prepare_cached("DELETE FROM sync_held WHERE seq = ?1")?.execute([pulled.seq])?;
    }
    Ok(known)
}

/// Sets a message aside with why, for Team sync to show.
fn set_aside(conn: &Connection, pulled: &Pulled, why: &Sentence) -> Result<()> {
    let m = &pulled.message;
    let full = m.value.to_string();
    let mut value = within_bytes(&full, 2_000);
    if value.len() < full.len() {
        value.push('…');
    }
    conn.prepare_cached(
        "INSERT OR REPLACE INTO sync_set_aside (seq, entity, row_id, field, value, member, received_at, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        pulled.seq,
        m.entity,
        m.row_id.to_string(),
        m.field,
        value,
        pulled.member,
        instant_text(pulled.received_at),
        why.stored()
    ])?;
    Ok(())
}

enum Merge {
    /// The field already has this value or a later one.
    Kept,
    /// Kept ours, but the member changed it without seeing ours.
    Conflict,
    /// The message's value is the field's now.
    Won { conflict: bool, revived: bool },
}

fn merge_field(conn: &Connection, pulled: &Pulled, value: &str, ours: bool) -> Result<Merge> {
    let m = &pulled.message;
    let row_id = m.row_id.to_string();
    let current: Option<(String, String, Option<i64>)> = conn
        .prepare_cached("SELECT value, hlc, own_seq FROM sync_field WHERE entity = ?1 AND row_id = ?2 AND field = ?3")?
        .query_row(params![m.entity, row_id, m.field], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    // Theirs, made without seeing ours: ours not yet back from the server when they made it.
    let unseen = |own_seq: Option<i64>| own_seq.is_some_and(|own| own == 0 || m.base < own);
    let conflict = match &current {
        Some((mine, _, own_seq)) if !ours && m.field != DELETED && mine != value && unseen(*own_seq) => {
            record_conflict(conn, pulled, mine, value)?;
            true
        }
        // Deleted by a member who had not seen this laptop's edits to the row: the delete
        // holds meanwhile, and the person who edited it may restore it.
        Some((mine, _, _)) if !ours && m.field == DELETED && value == "true" && mine == "false" => {
            let edited = edited_unseen(conn, &m.entity, &row_id, m.base)?;
            if edited {
                record_conflict(conn, pulled, mine, value)?;
            }
            edited
        }
        _ => false,
    };
    if !ours && !conflict {
        settle_conflict(conn, pulled)?;
    }
    if let Some((_, hlc, own_seq)) = &current {
        if *hlc >= m.hlc {
            if ours && *own_seq == Some(0) && *hlc == m.hlc {
                conn.prepare_cached(
                    "UPDATE sync_field SET own_seq = ?4 WHERE entity = ?1 AND row_id = ?2 AND field = ?3",
                )?
                .execute(params![m.entity, row_id, m.field, pulled.seq])?;
            }
            return Ok(if conflict { Merge::Conflict } else { Merge::Kept });
        }
    }
    let own_seq = ours.then_some(pulled.seq);
    conn.prepare_cached(
        "INSERT INTO sync_field (entity, row_id, field, value, hlc, member, own_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (entity, row_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc,
             member = excluded.member, own_seq = excluded.own_seq",
    )?
    .execute(params![m.entity, row_id, m.field, value, m.hlc, (!ours).then_some(&pulled.member), own_seq])?;
    let revived = m.field == DELETED && value == "false" && current.is_some_and(|(old, _, _)| old == "true");
    Ok(Merge::Won { conflict, revived })
}

/// Whether this laptop changed a field of the row that a member whose history ended at
/// `base` had not seen.
fn edited_unseen(conn: &Connection, entity: &str, row_id: &str, base: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM sync_field WHERE entity = ?1 AND row_id = ?2 AND field <> '_deleted'
                 AND own_seq IS NOT NULL AND (own_seq = 0 OR own_seq > ?3))",
        )?
        .query_row(params![entity, row_id, base], |r| r.get(0))?)
}

fn record_conflict(conn: &Connection, pulled: &Pulled, mine: &str, theirs: &str) -> Result<()> {
    let m = &pulled.message;
    conn.prepare_cached(
        "INSERT OR REPLACE INTO sync_conflict (entity, row_id, field, mine, theirs, their_member, their_hlc, their_seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![m.entity, m.row_id.to_string(), m.field, mine, theirs, pulled.member, m.hlc, pulled.seq])?;
    Ok(())
}

/// A change made having seen both sides of a conflict settles it (someone chose).
fn settle_conflict(conn: &Connection, pulled: &Pulled) -> Result<()> {
    let m = &pulled.message;
    conn.prepare_cached(
        "DELETE FROM sync_conflict WHERE entity = ?1 AND row_id = ?2 AND field = ?3 AND their_seq <= ?4",
    )?
    .execute(params![m.entity, m.row_id.to_string(), m.field, m.base])?;
    Ok(())
}

pub(super) fn fields_of_row(conn: &Connection, entity: &str, id: Uuid) -> Result<Vec<(String, serde_json::Value)>> {
    let mut stmt = conn.prepare_cached("SELECT field, value FROM sync_field WHERE entity = ?1 AND row_id = ?2")?;
    let rows =
        stmt.query_map(params![entity, id.to_string()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (field, value) = row?;
        out.push((field, serde_json::from_str(&value)?));
    }
    Ok(out)
}

/// The rows whose fields name `id`.
fn pointing_at(conn: &Connection, id: Uuid) -> Result<Vec<(String, Uuid)>> {
    let mut stmt = conn
        .prepare_cached("SELECT DISTINCT entity, row_id FROM sync_field WHERE instr(value, ?1) > 0 AND row_id <> ?1")?;
    let rows = stmt.query_map([id.to_string()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (entity, row_id) = row?;
        if let Ok(row_id) = Uuid::parse_str(&row_id) {
            out.push((entity, row_id));
        }
    }
    Ok(out)
}

/// The names of the team's members by server role.
fn member_names(conn: &Connection) -> Result<HashMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT role_name, name FROM sync_member")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
