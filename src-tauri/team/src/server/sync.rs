//! The server's side of a sync: pushing a laptop's messages through the one function the
//! owner defines (which numbers them in the order they become visible, so a laptop that
//! pulled up to a number never misses a message below it), claiming the founding of the
//! plan, and pulling everyone's messages in the server's order, a page bounded in count
//! and in bytes.

use std::fmt;

use uuid::Uuid;

use super::{database, Message, Pulled, Server, TeamMember};
use crate::error::{Error, Result};
use crate::Sentence;

/// Why the server refused a push: the reason, and which message (1-based; 0 the push).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What was wrong, for a person.
    pub reason: Reason,
    /// The refused message's place in the push (1-based), or 0 for the push as a whole.
    pub index: usize,
    /// What it concerned (a field, a device, an item).
    pub detail: String,
}

/// What the server found wrong with a push.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The reason its push function gives, in the server's own words.
    Said(String),
    /// A value PostgreSQL cannot hold: text or JSON with a NUL character.
    Nul,
}

impl Refusal {
    /// The refusal for a person: the server's reason and what it concerned.
    pub fn sentence(&self) -> Sentence {
        let id = if self.detail.is_empty() { "error-team-push-refused" } else { "error-team-push-refused-about" };
        let sentence = match &self.reason {
            Reason::Said(words) => Sentence::new(id).with("reason", words),
            Reason::Nul => Sentence::new(id).with("reason", Sentence::new("error-team-nul-value")),
        };
        if self.detail.is_empty() {
            sentence
        } else {
            sentence.with("detail", &self.detail)
        }
    }
}

/// In British English, as the laptop's list of what was set aside keeps it.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.sentence(), f)
    }
}

/// What became of a push.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pushed {
    /// Stored: how many messages were new.
    Stored(u64),
    /// Refused whole, with the server's reason.
    Refused(Refusal),
}

/// The most a pulled page holds, in bytes of values: a page of large values is cut short.
pub const PAGE_BYTES: i64 = 8 * 1024 * 1024;

impl Server {
    /// The team plan this database holds (set by `almanac server init`).
    pub async fn plan(&self) -> Result<Uuid> {
        let row = self.client.query_one("SELECT id FROM almanac_plan", &[]).await;
        Ok(row.map_err(|e| database(Sentence::new("error-team-to-read-plan-before-init"), e))?.get(0))
    }

    /// The server role this connection signed in as.
    pub async fn member(&self) -> Result<String> {
        let row = self.client.query_one("SELECT session_user::text", &[]).await;
        Ok(row.map_err(|e| database(Sentence::new("error-team-to-say-who-signed-in"), e))?.get(0))
    }

    /// The server's clock now.
    pub async fn clock(&self) -> Result<chrono::DateTime<chrono::Utc>> {
        let row = self.client.query_one("SELECT clock_timestamp()", &[]).await;
        Ok(row.map_err(|e| database(Sentence::new("error-team-to-tell-time"), e))?.get(0))
    }

    /// The team's members.
    pub async fn team(&self) -> Result<Vec<TeamMember>> {
        let rows = self
            .client
            .query("SELECT role_name, name, email, role, approves FROM almanac_member ORDER BY name", &[])
            .await
            .map_err(|e| database(Sentence::new("error-team-to-list-members"), e))?;
        Ok(rows
            .iter()
            .map(|r| TeamMember {
                role_name: r.get(0),
                name: r.get(1),
                email: r.get(2),
                role: r.get(3),
                approves: r.get(4),
            })
            .collect())
    }

    /// The last message's number: how far a pull has to go.
    pub async fn head(&self) -> Result<i64> {
        let row = self.client.query_one("SELECT coalesce(max(seq), 0) FROM almanac_message", &[]).await;
        Ok(row.map_err(|e| database(Sentence::new("error-team-to-read-history"), e))?.get(0))
    }

    /// Claims the founding of the team's plan for this member while the server's history
    /// is empty: true when this member founds it (or already did), false when another
    /// laptop did first.
    pub async fn found(&self) -> Result<bool> {
        let row = self.client.query_one("SELECT almanac_found()", &[]).await;
        Ok(row.map_err(|e| database(Sentence::new("error-team-to-claim-founding"), e))?.get(0))
    }

    /// Stores `messages` through the server's push function, in one transaction; a
    /// message the server has already (a push cut off before its answer) is stored once.
    /// A push the server refuses is refused whole, with its reason.
    pub async fn push(&mut self, messages: &[Message]) -> Result<Pushed> {
        let mut entities = Vec::with_capacity(messages.len());
        let mut rows = Vec::with_capacity(messages.len());
        let mut fields = Vec::with_capacity(messages.len());
        let mut values = Vec::with_capacity(messages.len());
        let mut hlcs = Vec::with_capacity(messages.len());
        let mut devices = Vec::with_capacity(messages.len());
        let mut bases = Vec::with_capacity(messages.len());
        for m in messages {
            entities.push(m.entity.as_str());
            rows.push(m.row_id);
            fields.push(m.field.as_str());
            values.push(&m.value);
            hlcs.push(m.hlc.as_str());
            devices.push(m.device);
            bases.push(m.base);
        }
        let stored = self
            .client
            .query_one(
                "SELECT almanac_push($1::text[], $2::uuid[], $3::text[], $4::jsonb[], $5::text[], $6::uuid[], $7::int8[])",
                &[&entities, &rows, &fields, &values, &hlcs, &devices, &bases],
            )
            .await;
        match stored {
            Ok(row) => Ok(Pushed::Stored(row.get::<_, i64>(0).max(0) as u64)),
            Err(e) => refusal(&e)
                .map(Pushed::Refused)
                .ok_or_else(|| database(Sentence::new("error-team-to-store-changes"), e)),
        }
    }

    /// Up to `limit` messages after number `after`, in order, and no more than
    /// [`PAGE_BYTES`] of values (always at least one).
    pub async fn pull(&self, after: i64, limit: i64) -> Result<Vec<Pulled>> {
        let rows = self
            .client
            .query(
                "SELECT seq, member, entity, row_id, field, value, hlc, device, base, received_at FROM (
                     SELECT *, sum(octet_length(value::text)) OVER (ORDER BY seq) AS bytes
                     FROM (SELECT * FROM almanac_message WHERE seq > $1 ORDER BY seq LIMIT $2) page
                 ) sized
                 WHERE bytes - octet_length(value::text) < $3 OR seq = (SELECT min(seq) FROM almanac_message WHERE seq > $1)
                 ORDER BY seq",
                &[&after, &limit, &PAGE_BYTES],
            )
            .await
            .map_err(|e| database(Sentence::new("error-team-to-send-history"), e))?;
        Ok(rows
            .iter()
            .map(|r| Pulled {
                seq: r.get(0),
                member: r.get(1),
                received_at: r.get(9),
                message: Message {
                    entity: r.get(2),
                    row_id: r.get(3),
                    field: r.get(4),
                    value: r.get::<_, Option<serde_json::Value>>(5).unwrap_or(serde_json::Value::Null),
                    hlc: r.get(6),
                    device: r.get(7),
                    base: r.get(8),
                },
            })
            .collect())
    }
}

/// The server's refusal in `e`, when it is one (SQLSTATE AL001, from its push function),
/// or PostgreSQL's own refusal of a value it cannot hold (a NUL in text or JSON).
fn refusal(e: &tokio_postgres::Error) -> Option<Refusal> {
    let db = e.as_db_error()?;
    match db.code().code() {
        "AL001" => Some(Refusal {
            reason: Reason::Said(db.message().to_string()),
            index: db.detail().and_then(|d| d.strip_prefix("message ")).and_then(|n| n.parse().ok()).unwrap_or(0),
            detail: db.hint().unwrap_or_default().to_string(),
        }),
        // untranslatable_character, character_not_in_repertoire: a NUL
        "22P05" | "22021" => Some(Refusal { reason: Reason::Nul, index: 0, detail: db.message().into() }),
        _ => None,
    }
}

impl From<Refusal> for Error {
    fn from(refusal: Refusal) -> Error {
        Error::conflict(refusal.sentence())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_reads_as_the_server_gave_it() {
        let said = Refusal {
            reason: Reason::Said("an item approved by a member who may not approve it".into()),
            index: 2,
            detail: "contentItem.status".into(),
        };
        assert_eq!(
            said.to_string(),
            "the team's server refused an item approved by a member who may not approve it (contentItem.status)"
        );
        let nul = Refusal { reason: Reason::Nul, index: 0, detail: String::new() };
        assert_eq!(Error::from(nul).to_string(), "the team's server refused a value holding a NUL character");
    }
}
