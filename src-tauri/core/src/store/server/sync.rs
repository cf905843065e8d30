//! The server's side of a sync: pushing a laptop's messages and pulling everyone's in the
//! order the server stored them. Pushes take one lock in turn, so the server hands out
//! its sequence numbers in the order they become visible and a laptop that pulled up to
//! a number never misses a message below it.

use uuid::Uuid;

use super::{database, Message, Server};
use crate::error::Result;

/// Any constant will do: every laptop's push takes the same one.
const PUSH_LOCK: i64 = 0x0061_6c6d_616e_6163;

/// A message as the server stored it: its place in the team's history and who wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pulled {
    /// The server's sequence number.
    pub seq: i64,
    /// The member who wrote it (their server role; the server sets it).
    pub member: String,
    /// The change.
    pub message: Message,
}

/// A member as the server lists them: role name, name, e-mail and role.
pub type TeamMember = (String, String, String, String);

impl Server {
    /// The team plan this database holds (set by `almanac server init`).
    pub async fn plan(&self) -> Result<Uuid> {
        let row = self.client.query_one("SELECT id FROM almanac_plan", &[]).await;
        Ok(row.map_err(|e| database("read its plan (run `almanac server init` first)", e))?.get(0))
    }

    /// The server role this connection signed in as.
    pub async fn member(&self) -> Result<String> {
        let row = self.client.query_one("SELECT session_user::text", &[]).await;
        Ok(row.map_err(|e| database("say who is signed in", e))?.get(0))
    }

    /// The team's members.
    pub async fn team(&self) -> Result<Vec<TeamMember>> {
        let rows = self
            .client
            .query("SELECT role_name, name, email, role FROM almanac_member ORDER BY name", &[])
            .await
            .map_err(|e| database("list its members", e))?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2), r.get(3))).collect())
    }

    /// The last message's number: how far a pull has to go.
    pub async fn head(&self) -> Result<i64> {
        let row = self.client.query_one("SELECT coalesce(max(seq), 0) FROM almanac_message", &[]).await;
        Ok(row.map_err(|e| database("read its history", e))?.get(0))
    }

    /// Stores `messages` in one transaction; a message the server has already (a push cut
    /// off before its answer) is stored once. How many were new.
    pub async fn push(&mut self, messages: &[Message]) -> Result<u64> {
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
        let tx = self.client.transaction().await.map_err(|e| database("start a push", e))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&PUSH_LOCK]).await.map_err(|e| database("queue a push", e))?;
        let stored = tx
            .execute(
                "INSERT INTO almanac_message (entity, row_id, field, value, hlc, device, base)
                 SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::jsonb[], $5::text[], $6::uuid[],
                     $7::int8[])
                 ON CONFLICT DO NOTHING",
                &[&entities, &rows, &fields, &values, &hlcs, &devices, &bases],
            )
            .await
            .map_err(|e| database("store changes", e))?;
        tx.commit().await.map_err(|e| database("store changes", e))?;
        Ok(stored)
    }

    /// Up to `limit` messages after number `after`, in order.
    pub async fn pull(&self, after: i64, limit: i64) -> Result<Vec<Pulled>> {
        let rows = self
            .client
            .query(
                "SELECT seq, member, entity, row_id, field, value, hlc, device, base FROM almanac_message
                 WHERE seq > $1 ORDER BY seq LIMIT $2",
                &[&after, &limit],
            )
            .await
            .map_err(|e| database("send its history", e))?;
        Ok(rows
            .iter()
            .map(|r| Pulled {
                seq: r.get(0),
                member: r.get(1),
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
