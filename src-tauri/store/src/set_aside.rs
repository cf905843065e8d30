//! Rows the plan cannot read, moved aside. A damaged sector or a hand edit can leave a
//! row that does not read as the plan's; Plan health's repair takes each such row out,
//! with the rows that name it, as it stood (its columns' exact values), into the journal,
//! so undo puts every byte back. The repair is this laptop's own: its copy was damaged,
//! not the team's plan, so nothing of it is sent to the team.

use rusqlite::types::{Value, ValueRef};
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde_json::json;

use super::guard;
use super::journal::Batch;
use crate::error::{Error, Result};
use almanac_model::Sentence;

/// The journal's name for a row moved aside as it stood.
pub const SET_ASIDE: &str = "setAside";

/// The most rounds of rows naming rows moved aside (a chain of links is far shorter).
const ROUNDS: usize = 16;

/// Moves aside every row that does not read as the plan's, and every row naming one
/// (before it, so the plan's links always hold); returns how many rows moved.
pub fn unreadable(batch: &mut Batch) -> Result<usize> {
    let mut moved = 0;
    for _ in 0..ROUNDS {
        let bad = guard::bad_rows(batch.conn(), usize::MAX)?;
        if bad.is_empty() {
            return Ok(moved);
        }
        for (table, rowid, why) in bad {
            moved += move_aside(batch, &table, rowid, &why, 0)?;
        }
    }
    Err(Error::conflict(Sentence::new("error-store-unreadable-rows-stuck")))
}

/// The rows [`unreadable`] would move aside first (at most `limit`), each named.
pub fn named(conn: &Connection, limit: usize) -> Result<Vec<Sentence>> {
    Ok(guard::bad_rows(conn, limit)?.into_iter().take(limit).map(|(_, _, why)| why).collect())
}

/// Moves the row `rowid` of `table` aside, the rows naming it first; how many moved.
fn move_aside(batch: &mut Batch, table: &str, rowid: i64, why: &Sentence, depth: usize) -> Result<usize> {
    if depth > ROUNDS {
        return Err(Error::conflict(
            Sentence::new("error-store-rows-too-deep").with("table", table).with("row", rowid.to_string()),
        ));
    }
    let Some(row) = raw_row(batch.conn(), table, rowid)? else { return Ok(0) };
    let mut moved = 0;
    for (child, column, key) in naming(batch.conn(), table)? {
        let Some(value) = row.get(&key).map(decode).transpose()? else { continue };
        let rows: Vec<i64> = {
            let sql = format!("SELECT rowid FROM \"{child}\" WHERE \"{column}\" = ?1");
            let mut stmt = batch.conn().prepare(&sql)?;
            let found = stmt.query_map([value.0], |r| r.get(0))?;
            found.collect::<rusqlite::Result<_>>()?
        };
        let because = Sentence::new("error-store-names-moved-row").with("table", table).with("row", rowid.to_string());
        for child_row in rows {
            moved += move_aside(batch, &child, child_row, &because, depth + 1)?;
        }
    }
    batch.conn().execute(&format!("DELETE FROM \"{table}\" WHERE rowid = ?1"), [rowid])?;
    // The journal keeps why in the words Plan health named it.
    let entry = json!({ "table": table, "rowid": rowid, "why": why.to_string(), "row": row });
    batch.journal_here(SET_ASIDE, &entry_id(table, rowid, &row), Some(entry.to_string()), None)?;
    Ok(moved + 1)
}

/// The rows' tables, columns and the columns they name, of every table that names `table`.
fn naming(conn: &Connection, table: &str) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, f.\"from\", coalesce(f.\"to\", 'id') FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f.\"table\" = ?1 ORDER BY m.name, f.id",
    )?;
    let rows = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The journal names a moved row by its id, or by its table and place when it has none.
fn entry_id(table: &str, rowid: i64, row: &serde_json::Map<String, serde_json::Value>) -> String {
    match row.get("id") {
        Some(serde_json::Value::String(id)) => id.clone(),
        _ => format!("{table}:{rowid}"),
    }
}

/// A row's columns and their exact values: numbers as numbers (a real keeps its point),
/// text as text, and what JSON cannot hold as it is (a blob, text that is not UTF-8) as
/// hex in an object naming its kind.
pub fn raw_row(
    conn: &Connection,
    table: &str,
    rowid: i64,
) -> Result<Option<serde_json::Map<String, serde_json::Value>>> {
    let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" WHERE rowid = ?1"))?;
    let names: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
    let found = stmt
        .query_row([rowid], |row| {
            let mut fields = serde_json::Map::new();
            for (i, name) in names.iter().enumerate() {
                fields.insert(name.clone(), encode(row.get_ref(i)?));
            }
            Ok(fields)
        })
        .optional()?;
    Ok(found)
}

fn encode(value: ValueRef) -> serde_json::Value {
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    match value {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(n) => n.into(),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into),
        ValueRef::Text(t) => match std::str::from_utf8(t) {
            Ok(text) => text.into(),
            Err(_) => json!({ "text": hex(t) }),
        },
        ValueRef::Blob(b) => json!({ "blob": hex(b) }),
    }
}

/// A value as [`encode`] wrote it, and whether it is text held as bytes.
fn decode(value: &serde_json::Value) -> Result<(Value, bool)> {
    let bytes = |h: &str| -> Result<Vec<u8>> {
        (0..h.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(h.get(i..i + 2).unwrap_or("zz"), 16))
            .collect::<std::result::Result<_, _>>()
            .map_err(|_| Error::io(Sentence::new("error-store-moved-row-altered")))
    };
    Ok(match value {
        serde_json::Value::Null => (Value::Null, false),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => (Value::Integer(i), false),
            None => (Value::Real(n.as_f64().unwrap_or_default()), false),
        },
        serde_json::Value::String(s) => (Value::Text(s.clone()), false),
        serde_json::Value::Object(o) => match (o.get("text"), o.get("blob")) {
            (Some(serde_json::Value::String(h)), _) => (Value::Blob(bytes(h)?), true),
            (_, Some(serde_json::Value::String(h))) => (Value::Blob(bytes(h)?), false),
            _ => return Err(Error::io(Sentence::new("error-store-moved-row-altered"))),
        },
        _ => return Err(Error::io(Sentence::new("error-store-moved-row-altered"))),
    })
}

/// Undo and redo of a row moved aside: brings it from `expected` to `state` (the journal
/// entries as [`move_aside`] wrote them; None: not in the plan), refusing when the plan no
/// longer has it as the entry left it.
pub fn replay(batch: &mut Batch, entity_id: &str, expected: Option<&str>, state: Option<&str>) -> Result<()> {
    let parse = |s: Option<&str>| s.map(serde_json::from_str::<serde_json::Value>).transpose();
    let (expected, state) = (parse(expected)?, parse(state)?);
    let entry = state
        .as_ref()
        .or(expected.as_ref())
        .ok_or_else(|| Error::io(Sentence::new("error-store-empty-journal-entry")))?;
    let table =
        entry["table"].as_str().ok_or_else(|| Error::io(Sentence::new("error-store-moved-row-no-table")))?.to_string();
    if !is_table(batch.conn(), &table)? {
        return Err(Error::io(Sentence::new("error-store-journal-names-no-table").with("table", &table)));
    }
    let rowid = entry["rowid"].as_i64().ok_or_else(|| Error::io(Sentence::new("error-store-moved-row-no-place")))?;
    let current = raw_row(batch.conn(), &table, rowid)?.map(serde_json::Value::Object);
    if current.as_ref() != expected.as_ref().map(|e| &e["row"]) {
        return Err(Error::conflict(
            Sentence::new("error-store-moved-row-changed").with("table", &table).with("row", rowid.to_string()),
        ));
    }
    match &state {
        None => {
            batch.conn().execute(&format!("DELETE FROM \"{table}\" WHERE rowid = ?1"), [rowid])?;
        }
        Some(state) => put_back(batch.conn(), &table, rowid, &state["row"])?,
    }
    batch.journal_here(SET_ASIDE, entity_id, expected.map(|e| e.to_string()), state.map(|s| s.to_string()))
}

/// Writes a moved row back at its place, with its exact values.
fn put_back(conn: &Connection, table: &str, rowid: i64, row: &serde_json::Value) -> Result<()> {
    let fields = row.as_object().ok_or_else(|| Error::io(Sentence::new("error-store-moved-row-no-columns")))?;
    let mut names = vec!["rowid".to_string()];
    let mut marks = vec!["?1".to_string()];
    let mut values = vec![Value::Integer(rowid)];
    for (name, value) in fields {
        let (value, text) = decode(value)?;
        values.push(value);
        let mark = format!("?{}", values.len());
        marks.push(if text { format!("CAST({mark} AS TEXT)") } else { mark });
        names.push(format!("\"{}\"", name.replace('"', "\"\"")));
    }
    let sql = format!("INSERT INTO \"{table}\" ({}) VALUES ({})", names.join(", "), marks.join(", "));
    conn.execute(&sql, params_from_iter(values))?;
    Ok(())
}

/// Whether the plan has a table of its own named `name`.
fn is_table(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1 AND name NOT LIKE 'sqlite%')",
        [name],
        |r| r.get(0),
    )?)
}
