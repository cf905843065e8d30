//! A change as the team's server carries it: one message per field of a row, so two
//! people who change different fields of the same item while apart both keep their
//! change. Fields that are only valid together (a campaign's start and end) travel as one
//! unit, so a merge never pairs one person's start with another's end. A delete is the
//! field `_deleted` set to true; a creation sets it to false, so a row brought back by an
//! undo orders after its delete. Pure: the store turns journal entries into these and
//! these back into rows.

use serde_json::{Map, Value};
use uuid::Uuid;

/// The field that says whether a row is deleted (a tombstone when true).
pub const DELETED: &str = "_deleted";

/// The unit a JSON key travels in, when it travels with others.
fn unit_of(entity: &str, key: &str) -> Option<&'static str> {
    match (entity, key) {
        ("campaign", "startDate" | "endDate") | ("keyDate", "startsOn" | "endsOn") => Some("_dates"),
        ("crisisPause", "startsAt" | "endsAt") => Some("_span"),
        _ => None,
    }
}

/// Keys that stay on the laptop: a member's approver scopes are the team server's to set
/// (its owner decides who approves), so no laptop sends them.
fn stays_here(entity: &str, key: &str) -> bool {
    matches!((entity, key), ("member", "approves"))
}

/// The fields of a row's state: each key its own field, or gathered into its unit.
fn fields_of(entity: &str, state: &Map<String, Value>) -> Map<String, Value> {
    let mut fields = Map::new();
    for (key, value) in state {
        if key == "id" || stays_here(entity, key) {
            continue;
        }
        match unit_of(entity, key) {
            Some(unit) => {
                let slot = fields.entry(unit).or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(members) = slot {
                    members.insert(key.clone(), value.clone());
                }
            }
            None => {
                fields.insert(key.clone(), value.clone());
            }
        }
    }
    fields
}

/// The fields a journal entry sets, from the row's state before and after (None: absent).
/// A creation sets every field; an edit the fields that differ; a delete the tombstone.
pub fn fields_changed(entity: &str, before: Option<&Value>, after: Option<&Value>) -> Vec<(String, Value)> {
    let after = match after {
        Some(Value::Object(after)) => after,
        _ => return vec![(DELETED.to_string(), Value::Bool(true))],
    };
    let new = fields_of(entity, after);
    let old = match before {
        Some(Value::Object(before)) => Some(fields_of(entity, before)),
        _ => None,
    };
    let mut out: Vec<(String, Value)> = match &old {
        Some(old) => new.into_iter().filter(|(field, value)| old.get(field) != Some(value)).collect(),
        None => new.into_iter().collect(),
    };
    if old.is_none() {
        out.push((DELETED.to_string(), Value::Bool(false)));
    }
    out
}

/// A row's state from its fields, or None when it is deleted or not yet whole (its
/// creation not seen): the JSON the row's record reads.
pub fn assemble<'f>(id: Uuid, fields: impl IntoIterator<Item = (&'f str, &'f Value)>) -> Option<Value> {
    let mut state = Map::new();
    let mut live = false;
    for (field, value) in fields {
        if field == DELETED {
            live = value == &Value::Bool(false);
        } else if field.starts_with('_') {
            if let Value::Object(members) = value {
                state.extend(members.clone());
            }
        } else {
            state.insert(field.to_string(), value.clone());
        }
    }
    if !live {
        return None;
    }
    state.insert("id".to_string(), Value::String(id.to_string()));
    Some(Value::Object(state))
}

/// One change message as a laptop pushes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The journal's entity name (`contentItem`).
    pub entity: String,
    /// The row's id.
    pub row_id: Uuid,
    /// The field changed.
    pub field: String,
    /// Its new value.
    pub value: serde_json::Value,
    /// The hybrid logical clock of the change.
    pub hlc: String,
    /// The laptop that made it.
    pub device: Uuid,
    /// The server's messages that laptop had pulled when it made it: a message it had not
    /// pulled is one it made this change without seeing.
    pub base: i64,
}

/// A message as the server stored it: its place in the team's history and who wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pulled {
    /// The server's sequence number.
    pub seq: i64,
    /// The member who wrote it (their server role; the server sets it).
    pub member: String,
    /// When the server received it.
    pub received_at: chrono::DateTime<chrono::Utc>,
    /// The change.
    pub message: Message,
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn names(fields: &[(String, Value)]) -> Vec<&str> {
        let mut names: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn an_edit_sends_only_the_fields_it_changed_and_dates_together() {
        let before = json!({"id": "x", "name": "Winter", "startDate": "2027-01-04", "endDate": "2027-02-01"});
        let after = json!({"id": "x", "name": "Winter", "startDate": "2027-01-04", "endDate": "2027-02-08"});
        let fields = fields_changed("campaign", Some(&before), Some(&after));
        assert_eq!(fields, vec![("_dates".to_string(), json!({"startDate": "2027-01-04", "endDate": "2027-02-08"}))]);
        let renamed = json!({"id": "x", "name": "Snow", "startDate": "2027-01-04", "endDate": "2027-02-01"});
        assert_eq!(names(&fields_changed("campaign", Some(&before), Some(&renamed))), ["name"]);
    }

    #[test]
    fn a_creation_sets_every_field_and_a_delete_only_the_tombstone() {
        let row = json!({"id": "x", "title": "Hello", "objectiveIds": []});
        assert_eq!(names(&fields_changed("contentItem", None, Some(&row))), [DELETED, "objectiveIds", "title"]);
        assert_eq!(fields_changed("contentItem", Some(&row), None), vec![(DELETED.to_string(), json!(true))]);
    }

    #[test]
    fn a_row_is_assembled_from_its_fields_unless_deleted_or_incomplete() {
        let id = Uuid::from_u128(9);
        let row = json!({"id": id.to_string(), "name": "Winter", "startDate": "2027-01-04", "endDate": "2027-02-01"});
        let fields = fields_changed("campaign", None, Some(&row));
        let back = assemble(id, fields.iter().map(|(f, v)| (f.as_str(), v))).unwrap();
        assert_eq!(back, row);
        let without_creation = fields.iter().filter(|(f, _)| f != DELETED).map(|(f, v)| (f.as_str(), v));
        assert_eq!(assemble(id, without_creation), None);
        let deleted = fields.iter().map(|(f, v)| (f.as_str(), if f == DELETED { &Value::Bool(true) } else { v }));
        assert_eq!(assemble(id, deleted), None);
    }
}
