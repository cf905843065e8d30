//! The fields a team's change message may carry: every entity the plan syncs, each of its
//! fields and the JSON kinds its value may take. The team's server holds the same table
//! (written by `server init`, so a newer Almanac's fields arrive with its upgrade) and
//! refuses any other message; a laptop checks what it pulls against it, and keeps aside a
//! message it does not know (a newer Almanac's) instead of applying it. Pure data.

use serde_json::Value;

use super::change_message::DELETED;

/// The JSON kinds a field's value may take, as PostgreSQL's `jsonb_typeof` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds(u8);

const STRING: Kinds = Kinds(1);
const NUMBER: Kinds = Kinds(2);
const BOOLEAN: Kinds = Kinds(4);
const ARRAY: Kinds = Kinds(8);
const OBJECT: Kinds = Kinds(16);
/// A string or nothing (an optional reference, date or text).
const OPT_STRING: Kinds = Kinds(1 | 32);
/// A number or nothing.
const OPT_NUMBER: Kinds = Kinds(2 | 32);

impl Kinds {
    const NAMES: [(u8, &'static str); 6] =
        [(1, "string"), (2, "number"), (4, "boolean"), (8, "array"), (16, "object"), (32, "null")];

    /// The kinds' names, as `jsonb_typeof` returns them.
    pub fn names(self) -> Vec<&'static str> {
        Self::NAMES.iter().filter(|(bit, _)| self.0 & bit != 0).map(|(_, name)| *name).collect()
    }

    /// Whether `value` is of one of these kinds.
    pub fn admit(self, value: &Value) -> bool {
        let bit = match value {
            Value::String(_) => 1,
            Value::Number(_) => 2,
            Value::Bool(_) => 4,
            Value::Array(_) => 8,
            Value::Object(_) => 16,
            Value::Null => 32,
        };
        self.0 & bit != 0
    }
}

/// Every entity's fields (besides the tombstone every entity has), as the journal writes
/// its rows and [`super::change_message`] gathers them into units.
pub const FIELDS: &[(&str, &[(&str, Kinds)])] = &[
    (
        "settings",
        &[
            ("organisation", STRING),
            ("timeZone", STRING),
            ("weekStart", STRING),
            ("locale", STRING),
            ("yearStartMonth", NUMBER),
            ("confirmDays", NUMBER),
        ],
    ),
    ("brand", &[("name", STRING), ("purpose", STRING), ("colour", STRING), ("reapproval", STRING)]),
    (
        "channel",
        &[
            ("brandId", STRING),
            ("platform", STRING),
            ("handle", STRING),
            ("purpose", STRING),
            ("colour", STRING),
            ("active", BOOLEAN),
            ("maxPerDay", OPT_NUMBER),
            ("minGapMinutes", OPT_NUMBER),
            ("postingSlots", ARRAY),
        ],
    ),
    (
        "objective",
        &[
            ("name", STRING),
            ("description", STRING),
            ("colour", STRING),
            ("kpiMetric", STRING),
            ("kpiTarget", OPT_NUMBER),
            ("kpiPeriod", STRING),
            ("baseline", OPT_NUMBER),
            ("level", STRING),
            ("kpiKind", STRING),
        ],
    ),
    // A member's approver scopes are not among them: the team's server holds those.
    (
        "member",
        &[("name", STRING), ("role", STRING), ("email", STRING), ("capacityWeekly", OPT_NUMBER), ("leave", ARRAY)],
    ),
    (
        "campaign",
        &[
            ("name", STRING),
            ("hashtags", ARRAY),
            ("coreMessage", STRING),
            ("brief", STRING),
            ("_dates", OBJECT),
            ("status", STRING),
            ("flagship", BOOLEAN),
            ("colour", STRING),
            ("audience", STRING),
            ("objectiveIds", ARRAY),
            ("channelIds", ARRAY),
        ],
    ),
    ("series", &[("rrule", STRING), ("dtstart", STRING), ("exceptions", ARRAY), ("template", OBJECT)]),
    (
        "contentItem",
        &[
            ("title", STRING),
            ("copy", STRING),
            ("format", STRING),
            ("channelId", STRING),
            ("campaignId", OPT_STRING),
            ("objectiveIds", ARRAY),
            ("status", STRING),
            ("schedule", OBJECT),
            ("language", STRING),
            ("notes", STRING),
            ("ownerId", OPT_STRING),
            ("translationGroup", OPT_STRING),
            ("evergreen", BOOLEAN),
            ("seriesId", OPT_STRING),
            ("recurrenceId", OPT_STRING),
            ("detached", BOOLEAN),
        ],
    ),
    (
        "keyDate",
        &[
            ("name", STRING),
            ("_dates", OBJECT),
            ("category", STRING),
            ("blackoutLevel", OPT_STRING),
            ("region", STRING),
            ("source", STRING),
        ],
    ),
    (
        "planYear",
        &[
            ("year", NUMBER),
            ("title", STRING),
            ("coreMessages", ARRAY),
            ("priorities", ARRAY),
            ("flagshipProjects", ARRAY),
        ],
    ),
    (
        "partner",
        &[
            ("name", STRING),
            ("shortName", STRING),
            ("kind", STRING),
            ("country", STRING),
            ("timeZone", STRING),
            ("website", STRING),
            ("handles", ARRAY),
            ("tags", ARRAY),
            ("notes", STRING),
            ("contacts", ARRAY),
        ],
    ),
    ("partnerGroup", &[("name", STRING), ("partnerIds", ARRAY)]),
    (
        "collaboration",
        &[
            ("title", STRING),
            ("kind", STRING),
            ("campaignId", OPT_STRING),
            ("goLive", OPT_STRING),
            ("assetDue", OPT_STRING),
            ("approvalDue", OPT_STRING),
            ("keyMessage", STRING),
            ("hashtags", ARRAY),
            ("assetSpecs", STRING),
            ("notes", STRING),
            ("itemIds", ARRAY),
            ("partners", ARRAY),
        ],
    ),
    (
        "coverageRule",
        &[
            ("objectiveId", STRING),
            ("channelId", OPT_STRING),
            ("minItems", NUMBER),
            ("period", STRING),
            ("weekdaysOnly", BOOLEAN),
        ],
    ),
    (
        "crisisPause",
        &[
            ("reason", STRING),
            ("_span", OBJECT),
            ("channelIds", ARRAY),
            ("held", ARRAY),
            ("pausedAt", STRING),
            ("resumedAt", OPT_STRING),
        ],
    ),
    (
        "approval",
        &[
            ("itemId", STRING),
            ("memberId", OPT_STRING),
            ("memberName", STRING),
            ("decision", STRING),
            ("comment", STRING),
            ("decidedAt", STRING),
            ("title", STRING),
            ("copy", STRING),
            ("schedule", OBJECT),
        ],
    ),
    (
        "request",
        &[
            ("title", STRING),
            ("text", STRING),
            ("requester", STRING),
            ("department", STRING),
            ("contact", STRING),
            ("audience", STRING),
            ("receivedOn", STRING),
            ("wantedOn", OPT_STRING),
            ("channelId", OPT_STRING),
            ("objectiveId", OPT_STRING),
            ("decision", STRING),
            ("reason", STRING),
            ("decidedOn", OPT_STRING),
            ("itemId", OPT_STRING),
        ],
    ),
    (
        "comment",
        &[("subject", OBJECT), ("author", STRING), ("writtenAt", STRING), ("text", STRING), ("mentions", ARRAY)],
    ),
    (
        "loggedDecision",
        &[
            ("year", NUMBER),
            ("campaignId", OPT_STRING),
            ("decision", STRING),
            ("rationale", STRING),
            ("decidedBy", STRING),
            ("decidedOn", STRING),
            ("concerns", ARRAY),
        ],
    ),
    ("postLink", &[("link", STRING)]),
    (
        "postResult",
        &[
            ("platform", STRING),
            ("post", STRING),
            ("permalink", STRING),
            ("day", STRING),
            ("itemId", OPT_STRING),
            ("channelId", OPT_STRING),
            ("metrics", OBJECT),
            ("source", STRING),
            ("importedAt", STRING),
        ],
    ),
    (
        "outcome",
        &[
            ("kind", STRING),
            ("objectiveId", OPT_STRING),
            ("campaignId", OPT_STRING),
            ("day", STRING),
            ("what", STRING),
            ("metric", STRING),
            ("value", OPT_NUMBER),
            ("source", STRING),
        ],
    ),
];

/// The largest value a message may carry, as JSON text (the server refuses larger ones).
pub const MAX_VALUE_BYTES: usize = 64 * 1024;

/// What a laptop makes of a message's entity, field and value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// A field of this version's plan, with a value of its kind.
    Yes,
    /// An entity or field this version does not know: a newer Almanac's, kept for later.
    NotYet,
    /// A field this version knows with a value it cannot be (wrong kind, too large, a NUL),
    /// and the catalogue's message that says so.
    Unreadable(&'static str),
}

/// The kinds of `field` of `entity`, when this version knows it.
pub fn kinds(entity: &str, field: &str) -> Option<Kinds> {
    if field == DELETED {
        return FIELDS.iter().any(|(e, _)| *e == entity).then_some(BOOLEAN);
    }
    let (_, fields) = FIELDS.iter().find(|(e, _)| *e == entity)?;
    fields.iter().find(|(f, _)| *f == field).map(|(_, k)| *k)
}

/// Whether this version can apply `value` as `field` of `entity`.
pub fn check(entity: &str, field: &str, value: &Value) -> Known {
    let Some(kinds) = kinds(entity, field) else { return Known::NotYet };
    if !kinds.admit(value) {
        return Known::Unreadable("sync-set-aside-wrong-kind");
    }
    let text = value.to_string();
    if text.len() > MAX_VALUE_BYTES {
        return Known::Unreadable("sync-set-aside-too-large");
    }
    if text.contains("\\u0000") {
        return Known::Unreadable("sync-set-aside-nul");
    }
    Known::Yes
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn fields_are_checked_by_entity_name_and_kind() {
        assert_eq!(check("contentItem", "title", &json!("Bike marking")), Known::Yes);
        assert_eq!(check("contentItem", "campaignId", &Value::Null), Known::Yes);
        assert_eq!(check("contentItem", "_deleted", &json!(true)), Known::Yes);
        assert_eq!(check("contentItem", "title", &json!(7)), Known::Unreadable("sync-set-aside-wrong-kind"));
        assert_eq!(check("contentItem", "_deleted", &json!("yes")), Known::Unreadable("sync-set-aside-wrong-kind"));
        assert_eq!(check("contentItem", "sentiment", &json!("calm")), Known::NotYet, "a newer Almanac's field");
        assert_eq!(check("poll", "_deleted", &json!(false)), Known::NotYet, "a newer Almanac's entity");
        assert_eq!(check("member", "approves", &json!([{"kind": "everything"}])), Known::NotYet, "the server's");
        let big = json!("x".repeat(MAX_VALUE_BYTES));
        assert!(matches!(check("contentItem", "copy", &big), Known::Unreadable(_)));
        assert!(matches!(check("contentItem", "copy", &json!("a\u{0}b")), Known::Unreadable(_)));
    }

    #[test]
    fn kinds_are_named_as_postgresql_names_them() {
        assert_eq!(OPT_STRING.names(), ["string", "null"]);
        assert_eq!(OBJECT.names(), ["object"]);
    }
}
