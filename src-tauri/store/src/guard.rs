//! What a plan file must be before Almanac trusts it. A database file can carry more than
//! data (triggers, views, checks of its own), so every connection runs with SQLite's
//! defences on (no triggers, no views, an untrusted schema, bounded lengths), and a file is
//! taken only if its schema is exactly what Almanac's migrations write for the version it
//! records and every row reads as the plan's own types.

use std::collections::BTreeSet;

use rusqlite::config::DbConfig;
use rusqlite::limits::Limit;
use rusqlite::Connection;

use super::migrate;
use super::{records, set_aside};
use crate::error::{Error, Result};
use almanac_model::Sentence;

/// The longest value a plan holds (a journal entry of a large collaboration is far below).
const MAX_VALUE_BYTES: i32 = 16 * 1024 * 1024;
/// The longest statement Almanac runs (its migrations are far below).
const MAX_SQL_BYTES: i32 = 1024 * 1024;

/// Turns a connection's defences on: Almanac writes no triggers and no views, so none
/// runs; the schema is not trusted to call functions with side effects; no statement can
/// rewrite the schema's text; values and statements are bounded.
pub fn harden(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.set_limit(Limit::SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)?;
    conn.set_limit(Limit::SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES)?;
    Ok(())
}

/// One entry of a schema: its kind, name, table and SQL as SQLite keeps them.
type Entry = (String, String, String, Option<String>);

/// Refuses a plan whose schema is not exactly the one Almanac's migrations write for the
/// version it records: the reason names what is extra or missing.
pub fn own_shape(conn: &Connection) -> Result<()> {
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let found = schema(conn)?;
    let expected = schema(&migrate::reference(version)?)?;
    let extra: Vec<&Entry> = found.difference(&expected).collect();
    let missing: Vec<&Entry> = expected.difference(&found).collect();
    if extra.is_empty() && missing.is_empty() {
        return Ok(());
    }
    Err(Error::validation("file", shape_refusal(&extra, &missing)))
}

/// The schema's entries, SQLite's own statistics aside (SQLite writes them itself).
fn schema(conn: &Connection) -> Result<BTreeSet<Entry>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema
         WHERE name NOT IN ('sqlite_stat1', 'sqlite_stat4')",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Why a schema is refused, as a person reads it: what kinds of things are extra (by
/// count, the first named), and what is missing or changed.
fn shape_refusal(extra: &[&Entry], missing: &[&Entry]) -> Sentence {
    let mut reasons = Vec::new();
    let kinds = [
        ("trigger", "error-store-extra-trigger", "error-store-changed-trigger"),
        ("view", "error-store-extra-view", "error-store-changed-view"),
        ("table", "error-store-extra-table", "error-store-changed-table"),
        ("index", "error-store-extra-index", "error-store-changed-index"),
    ];
    for (kind, extra_id, changed_id) in kinds {
        let named: Vec<&str> = extra.iter().filter(|e| e.0 == kind).map(|e| e.1.as_str()).collect();
        let changed = named.iter().filter(|n| missing.iter().any(|m| m.0 == kind && m.1 == **n)).count();
        let new = named.len() - changed;
        if new > 0 {
            let first = named.iter().find(|n| !missing.iter().any(|m| m.0 == kind && m.1 == **n)).unwrap_or(&"");
            reasons.push(Sentence::new(extra_id).with("count", new).with("name", *first));
        }
        if changed > 0 {
            let first = named.iter().find(|n| missing.iter().any(|m| m.0 == kind && m.1 == **n)).unwrap_or(&"");
            reasons.push(Sentence::new(changed_id).with("name", *first));
        }
    }
    let gone = missing.iter().filter(|m| !extra.iter().any(|e| e.0 == m.0 && e.1 == m.1)).count();
    if gone > 0 {
        reasons.push(Sentence::new("error-store-parts-missing").with("count", gone).with("name", &missing[0].1));
    }
    match in_a_row(reasons) {
        Some(reasons) => Sentence::new("error-store-not-own-shape").with("reasons", reasons),
        None => Sentence::new("error-store-not-own-shape-unnamed"),
    }
}

/// Reasons one after another, as the catalogue separates them ("…; …"); none without any.
fn in_a_row(reasons: Vec<Sentence>) -> Option<Sentence> {
    reasons
        .into_iter()
        .rev()
        .reduce(|more, first| Sentence::new("error-store-one-and-more").with("first", first).with("more", more))
}

/// Refuses a plan with a row Almanac cannot read as its own (a status that is not a
/// status, a date that is not a date, JSON that is not the plan's) or a reference to a
/// row that is not there; the first rows are named by table, id and reason.
pub fn sound_rows(conn: &Connection) -> Result<()> {
    let bad = bad_rows(conn, 5)?;
    if bad.is_empty() {
        return Ok(());
    }
    let Some(named) = in_a_row(bad.into_iter().map(|(_, _, why)| why).collect()) else { return Ok(()) };
    Err(Error::validation("file", Sentence::new("error-store-rows-unreadable").with("rows", named)))
}

/// The rows that do not read as the plan's or name a row that is not there (at most
/// `limit` of each): table, rowid and why.
pub fn bad_rows(conn: &Connection, limit: usize) -> Result<Vec<(String, i64, Sentence)>> {
    let mut bad: Vec<(String, i64, Sentence)> =
        records::unreadable_rows(conn, limit)?.into_iter().map(|u| (u.table.to_string(), u.rowid, u.why)).collect();
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let broken = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)))?;
    for row in broken.take(limit) {
        let (table, rowid, parent) = row?;
        let why = Sentence::new("error-store-row-names-missing")
            .with("table", &table)
            .with("row", rowid.to_string())
            .with("parent", parent);
        bad.push((table, rowid, why));
    }
    Ok(bad)
}

/// Takes out of a copy (not the plan: a staged file about to replace it) every row that
/// does not read as the plan's, and then every row left naming one that went, and returns
/// each as it stood (table, why, and its columns' values) for a report: nothing is dropped
/// unseen.
pub fn set_aside_bad_rows(conn: &Connection) -> Result<Vec<serde_json::Value>> {
    let mut out = Vec::new();
    for _ in 0..16 {
        let bad = bad_rows(conn, usize::MAX)?;
        if bad.is_empty() {
            return Ok(out);
        }
        for (table, rowid, why) in bad {
            if let Some(row) = set_aside::raw_row(conn, &table, rowid)? {
                conn.execute(&format!("DELETE FROM \"{table}\" WHERE rowid = ?1"), [rowid])?;
                // The report says why in British English, as a log does.
                out.push(serde_json::json!({ "table": table, "why": why.to_string(), "row": row }));
            }
        }
    }
    Err(Error::validation("file", Sentence::new("error-store-bad-rows-stuck")))
}
