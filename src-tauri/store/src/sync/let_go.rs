//! Letting go of references to rows that are gone, after the team's messages are applied:
//! one fixed rule, so every laptop that has seen the same messages holds the same plan,
//! and every change it makes goes through the journal like any other.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::super::journal::Batch;
use super::super::records;
use crate::error::{Error, Result};
use almanac_model::Sentence;

/// The link tables, each with the column naming the row it belongs to and that row's entity.
const LINK_OWNERS: &[(&str, &str, &str)] = &[
    ("member_leave", "member_id", "member"),
    ("campaign_objective", "campaign_id", "campaign"),
    ("campaign_channel", "campaign_id", "campaign"),
    ("item_objective", "item_id", "contentItem"),
    ("contact", "partner_id", "partner"),
    ("partner_group_member", "group_id", "partnerGroup"),
    ("collaboration_item", "collaboration_id", "collaboration"),
    ("collaboration_partner", "collaboration_id", "collaboration"),
];

/// Lets go of references to rows that are gone (a campaign deleted on one laptop while an
/// item was put in it on another), through the journal like any change: an optional
/// reference becomes empty, a row that cannot be without its reference (an item without
/// its channel) is removed, and a list drops the row that is gone. The fields stay in the
/// sync, so a row that comes back takes them back. The same fields give the same plan on
/// every laptop.
pub(super) fn let_go_of_missing_rows(batch: &mut Batch) -> Result<()> {
    // Each round settles what points at a missing row; a removal can strand others.
    for _ in 0..16 {
        let broken: Vec<(String, i64, i64)> = {
            let mut stmt = batch.conn().prepare("PRAGMA foreign_key_check")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(3)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if broken.is_empty() {
            return Ok(());
        }
        for (table, rowid, fk) in broken {
            let (column, nullable) = reference_column(batch.conn(), &table, fk)?;
            let missing: Option<String> = batch
                .conn()
                .query_row(&format!("SELECT \"{column}\" FROM \"{table}\" WHERE rowid = ?1"), [rowid], |r| r.get(0))
                .optional()?
                .flatten();
            let Some(missing) = missing else { continue }; // settled earlier in this round
            match (records::entity_of_table(&table), LINK_OWNERS.iter().find(|(t, _, _)| *t == table)) {
                (Some(entity), _) => {
                    let id = row_id(batch.conn(), &table, "id", rowid)?;
                    let state = records::state_of(batch.conn(), entity, id)?;
                    let state = if nullable { state.map(|s| without_reference(s, &camel(&column))) } else { None };
                    records::put(batch, entity, id, state)?;
                }
                (None, Some((_, owner_column, entity))) => {
                    let owner = row_id(batch.conn(), &table, owner_column, rowid)?;
                    match records::state_of(batch.conn(), entity, owner)? {
                        Some(state) => records::put(batch, entity, owner, Some(without_id(state, &missing)))?,
                        // A part of a row that is gone itself: it went with that row.
                        None => {
                            batch.conn().execute(&format!("DELETE FROM \"{table}\" WHERE rowid = ?1"), [rowid])?;
                        }
                    }
                }
                (None, None) => {
                    return Err(Error::io(Sentence::new("error-store-team-left-dangling").with("table", table)))
                }
            }
        }
    }
    Err(Error::io(Sentence::new("error-store-team-references-unsettled")))
}

/// The id in `column` of the row `rowid` of `table`.
fn row_id(conn: &Connection, table: &str, column: &str, rowid: i64) -> Result<Uuid> {
    let text: String =
        conn.query_row(&format!("SELECT \"{column}\" FROM \"{table}\" WHERE rowid = ?1"), [rowid], |r| r.get(0))?;
    Uuid::parse_str(&text).map_err(|e| {
        Error::io(
            Sentence::new("error-store-holds-no-id")
                .with("table", table)
                .with("column", column)
                .with("reason", e.to_string()),
        )
    })
}

/// A row's state with its reference `field` emptied.
fn without_reference(mut state: serde_json::Value, field: &str) -> serde_json::Value {
    if let Some(fields) = state.as_object_mut() {
        fields.insert(field.to_string(), serde_json::Value::Null);
    }
    state
}

/// A row's state with every list dropping what names `id` (the id itself, or an entry
/// that names it, as a collaboration's partner does).
fn without_id(mut state: serde_json::Value, id: &str) -> serde_json::Value {
    let names = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s == id,
        serde_json::Value::Object(o) => o.values().any(|v| v.as_str() == Some(id)),
        _ => false,
    };
    if let Some(fields) = state.as_object_mut() {
        for value in fields.values_mut() {
            if let Some(list) = value.as_array_mut() {
                list.retain(|v| !names(v));
            }
        }
    }
    state
}

/// A column's name as the row's JSON field (`campaign_id` → `campaignId`).
fn camel(column: &str) -> String {
    let mut parts = column.split('_');
    let mut out = parts.next().unwrap_or_default().to_string();
    for part in parts {
        let mut chars = part.chars();
        out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        out.push_str(chars.as_str());
    }
    out
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
