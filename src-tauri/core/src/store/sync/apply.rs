//! Applying the team's messages: each field is kept last-writer-wins by its clock, the
//! rows whose fields moved are rebuilt from the merged fields, and references to rows that
//! are gone are let go by one fixed rule, so every copy that has seen the same messages
//! holds the same plan whatever order they came in. A field this laptop changed that a
//! team member changed too without having seen it becomes a conflict for a person.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::super::journal::{Batch, BatchKind};
use super::super::records;
use super::super::server::Pulled;
use super::super::Store;
use super::device;
use crate::domain::change_message::{assemble, DELETED};
use crate::domain::hlc::Hlc;
use crate::error::{Error, Result};

/// What applying a page of the team's messages did here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    /// Messages that won their field.
    pub won: usize,
    /// Rows rebuilt.
    pub rows: usize,
    /// New conflicts.
    pub conflicts: usize,
}

/// Applies `page` (server messages in order) and records `through` as pulled, in one
/// transaction: a laptop stopped mid-pull resumes after the last page it finished.
pub fn apply(store: &mut Store, page: &[Pulled], through: i64) -> Result<Applied> {
    let device = device(&store.conn)?;
    let names = member_names(&store.conn)?;
    let at = store.now();
    let mut batch = Batch::begin(&mut store.conn, "Changes from the team", "team", at, BatchKind::Team)?;
    batch.conn().execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let mut applied = Applied::default();
    // The rows whose fields moved, in the order first touched, with who touched them last.
    let mut touched: Vec<(String, Uuid, String)> = Vec::new();
    let mut seen: HashMap<(String, Uuid), usize> = HashMap::new();
    let mut revived: Vec<Uuid> = Vec::new();
    for pulled in page {
        let message = &pulled.message;
        let Ok(hlc) = message.hlc.parse::<Hlc>() else { continue };
        batch.observe(hlc)?;
        let value = message.value.to_string();
        let ours = message.device == device;
        match merge_field(batch.conn(), pulled, &value, ours)? {
            Merge::Kept => continue,
            Merge::Conflict => applied.conflicts += 1,
            Merge::Won { conflict, revived: back } => {
                applied.won += 1;
                applied.conflicts += usize::from(conflict);
                if back {
                    revived.push(message.row_id);
                }
            }
        }
        match seen.get(&(message.entity.clone(), message.row_id)) {
            Some(&at) => touched[at].2.clone_from(&pulled.member),
            None => {
                seen.insert((message.entity.clone(), message.row_id), touched.len());
                touched.push((message.entity.clone(), message.row_id, pulled.member.clone()));
            }
        }
    }
    // A row back from the dead takes back the rows that pointed at it.
    for id in revived {
        for (entity, row) in pointing_at(batch.conn(), id)? {
            if let Entry::Vacant(slot) = seen.entry((entity.clone(), row)) {
                slot.insert(touched.len());
                touched.push((entity, row, "team".to_string()));
            }
        }
    }
    for (entity, id, member) in &touched {
        let fields = fields_of_row(batch.conn(), entity, *id)?;
        let state = assemble(*id, fields.iter().map(|(f, v)| (f.as_str(), v)));
        batch.set_actor(names.get(member).map_or(member.as_str(), String::as_str));
        records::put(&mut batch, entity, *id, state)?;
    }
    applied.rows = touched.len();
    let_go_of_missing_rows(batch.conn())?;
    batch.conn().execute("UPDATE sync_state SET pulled_seq = max(pulled_seq, ?1)", [through])?;
    batch.commit_always()?;
    Ok(applied)
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

/// Lets go of references to rows that are gone (a campaign deleted on one laptop while an
/// item was put in it on another): an optional reference becomes empty, a row that cannot
/// be without its reference (a link, an item without its channel) is left out here, until
/// the row it needs comes back. The same fields give the same plan on every laptop.
fn let_go_of_missing_rows(conn: &Connection) -> Result<()> {
    // Each round removes what points at a missing row; a removal can strand others.
    for _ in 0..16 {
        let broken: Vec<(String, i64, i64)> = {
            let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(3)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if broken.is_empty() {
            return Ok(());
        }
        let mut optional: HashMap<(String, i64), (String, bool)> = HashMap::new();
        for (table, rowid, fk) in broken {
            let key = (table.clone(), fk);
            if !optional.contains_key(&key) {
                optional.insert(key.clone(), reference_column(conn, &table, fk)?);
            }
            let (column, nullable) = &optional[&key];
            if *nullable {
                conn.execute(&format!("UPDATE \"{table}\" SET \"{column}\" = NULL WHERE rowid = ?1"), [rowid])?;
            } else {
                conn.execute(&format!("DELETE FROM \"{table}\" WHERE rowid = ?1"), [rowid])?;
            }
        }
    }
    Err(Error::io("the team's changes left references that could not be settled; nothing was applied"))
}

/// The column of foreign key `fk` of `table`, and whether it may be empty.
fn reference_column(conn: &Connection, table: &str, fk: i64) -> Result<(String, bool)> {
    let column: String =
        conn.query_row("SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE id = ?2", params![table, fk], |r| {
            r.get(0)
        })?;
    let not_null: bool =
        conn.query_row("SELECT \"notnull\" FROM pragma_table_info(?1) WHERE name = ?2", params![table, column], |r| {
            r.get(0)
        })?;
    Ok((column, !not_null))
}

/// The names of the team's members by server role.
fn member_names(conn: &Connection) -> Result<HashMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT role_name, name FROM sync_member")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
