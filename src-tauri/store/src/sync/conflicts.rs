//! Conflicts a person settles: a field this laptop changed that a team member changed too
//! without having seen it. The merge has already picked the later change, so the plan
//! stays usable; the person sees both values and who made them, and keeps one, which is
//! written as a new change and so wins on every laptop. A row a member deleted while this
//! laptop edited it is a conflict too: the person restores it, or lets it go.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use specta::Type;
use uuid::Uuid;

use super::super::records;
use super::super::Store;
use crate::domain::change_message::{assemble, DELETED};
use crate::error::{Error, Result};
use almanac_model::sentence::{short_title, Sentence};

/// One field two people changed while apart.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncConflict {
    /// The kind of row (`contentItem`, `campaign`, …).
    pub entity: String,
    /// The row's id.
    pub row_id: String,
    /// The row's title or name, as it stands.
    pub label: String,
    /// The field (`title`, `schedule`, `_dates` for a start and end together).
    pub field: String,
    /// This laptop's value, as text.
    pub mine: String,
    /// The team member's value, as text.
    pub theirs: String,
    /// Who made the other change.
    pub their_member: String,
    /// Which of the two the plan holds now.
    pub holds_mine: bool,
}

/// Which value a person keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Keep {
    /// This laptop's value.
    Mine,
    /// The team member's value.
    Theirs,
}

/// The conflicts waiting for a choice, of rows the plan still holds.
pub fn conflicts(store: &Store) -> Result<Vec<SyncConflict>> {
    let conn = store.conn();
    let mut stmt = conn.prepare(
        "SELECT c.entity, c.row_id, c.field, c.mine, c.theirs, coalesce(m.name, c.their_member), f.value = c.mine
         FROM sync_conflict c LEFT JOIN sync_member m ON m.role_name = c.their_member
         LEFT JOIN sync_field f ON f.entity = c.entity AND f.row_id = c.row_id AND f.field = c.field
         ORDER BY c.their_hlc",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<bool>>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (entity, row_id, field, mine, theirs, their_member, holds_mine) = row?;
        let Ok(id) = Uuid::parse_str(&row_id) else { continue };
        let state = match field.as_str() {
            // A row deleted while this laptop edited it: named as it would come back.
            DELETED => restorable(conn, &entity, id)?,
            _ => records::state_of(conn, &entity, id)?,
        };
        let Some(state) = state else { continue };
        out.push(SyncConflict {
            label: label_of(&state),
            mine: shown(&serde_json::from_str(&mine)?),
            theirs: shown(&serde_json::from_str(&theirs)?),
            entity,
            row_id,
            field,
            their_member,
            holds_mine: holds_mine.unwrap_or(false),
        });
    }
    Ok(out)
}

/// Keeps one side of a conflict: the row's field set to it as a change of this laptop's
/// (undoable, pushed with the next sync), and the conflict settled.
pub fn resolve(store: &mut Store, entity: &str, row_id: &str, field: &str, keep: Keep) -> Result<()> {
    let side = if keep == Keep::Mine { "mine" } else { "theirs" };
    let value: Option<String> = store
        .conn()
        .query_row(
            &format!("SELECT {side} FROM sync_conflict WHERE entity = ?1 AND row_id = ?2 AND field = ?3"),
            params![entity, row_id, field],
            |r| r.get(0),
        )
        .ok();
    let value: Value = serde_json::from_str(&value.ok_or_else(|| Error::not_found("conflict", row_id))?)?;
    let id = Uuid::parse_str(row_id).map_err(|_| Error::not_found(entity, row_id))?;
    if field == DELETED {
        return resolve_deleted(store, entity, id, keep);
    }
    let state = records::state_of(store.conn(), entity, id)?.ok_or_else(|| Error::not_found(entity, row_id))?;
    let kept = if keep == Keep::Mine { "history-keep-mine" } else { "history-keep-theirs" };
    let label =
        Sentence::new(kept).with("field", field.trim_start_matches('_')).with("title", short_title(&label_of(&state)));
    store.write(&label, |batch| {
        let mut state = state;
        if let Value::Object(fields) = &mut state {
            match (field.starts_with('_'), value) {
                (true, Value::Object(unit)) => fields.extend(unit),
                (_, value) => {
                    fields.insert(field.to_string(), value);
                }
            }
        }
        records::put(batch, entity, id, Some(state))
    })?;
    store.conn().execute(
        "DELETE FROM sync_conflict WHERE entity = ?1 AND row_id = ?2 AND field = ?3",
        params![entity, row_id, field],
    )?;
    Ok(())
}

/// A row a member deleted while this laptop edited it: restored as the team's fields have
/// it (this laptop's edits with the rest), as a change of this laptop's that every laptop
/// takes; or let go. Either way the conflict is settled.
fn resolve_deleted(store: &mut Store, entity: &str, id: Uuid, keep: Keep) -> Result<()> {
    if keep == Keep::Mine {
        let state = restorable(store.conn(), entity, id)?.ok_or_else(|| Error::not_found(entity, id.to_string()))?;
        let label = Sentence::new("history-restore").with("title", short_title(&label_of(&state)));
        store.write(&label, |batch| records::put(batch, entity, id, Some(state)))?;
    }
    store.conn().execute(
        "DELETE FROM sync_conflict WHERE entity = ?1 AND row_id = ?2 AND field = ?3",
        params![entity, id.to_string(), DELETED],
    )?;
    Ok(())
}

/// The row as its merged fields would bring it back.
fn restorable(conn: &rusqlite::Connection, entity: &str, id: Uuid) -> Result<Option<Value>> {
    let fields = super::apply::fields_of_row(conn, entity, id)?;
    let alive = Value::Bool(false);
    let fields = fields.iter().filter(|(f, _)| f != DELETED).map(|(f, v)| (f.as_str(), v));
    Ok(assemble(id, fields.chain([(DELETED, &alive)])))
}

fn label_of(state: &Value) -> String {
    ["title", "name", "organisation", "reason"]
        .iter()
        .find_map(|k| state.get(k).and_then(Value::as_str))
        .unwrap_or("")
        .to_string()
}

/// The parts of a value that travel together, in reading order (a start before its end).
const READING_ORDER: &[&str] = &["date", "utc", "startDate", "startsOn", "startsAt", "endDate", "endsOn", "endsAt"];

/// A value as a person reads it.
fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => "—".to_string(),
        // A schedule's kind or an item in the backlog: its parts say the rest.
        Value::Object(parts) if parts.get("kind") == Some(&Value::String("unscheduled".into())) => {
            "no date (backlog)".to_string()
        }
        Value::Object(parts) => {
            let mut keys: Vec<&String> = parts.keys().filter(|k| *k != "kind").collect();
            keys.sort_by_key(|k| READING_ORDER.iter().position(|o| o == k).unwrap_or(READING_ORDER.len()));
            keys.iter().map(|k| shown(&parts[k.as_str()])).collect::<Vec<_>>().join(" – ")
        }
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::shown;

    #[test]
    fn values_read_in_order_whatever_order_their_parts_came_in() {
        assert_eq!(shown(&json!({"kind": "allDay", "date": "2026-11-14"})), "2026-11-14");
        assert_eq!(shown(&json!({"date": "2026-11-13", "kind": "allDay"})), "2026-11-13");
        assert_eq!(shown(&json!({"endDate": "2027-02-01", "startDate": "2027-01-04"})), "2027-01-04 – 2027-02-01");
        assert_eq!(shown(&json!({"kind": "unscheduled"})), "no date (backlog)");
        assert_eq!(shown(&json!(["a", "b"])), "a, b");
    }
}
