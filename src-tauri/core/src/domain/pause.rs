//! A crisis pause: a window in which scheduled items are held, with the statuses they had.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::ItemStatus;

/// An item a pause put on hold, with the status it had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct HeldItem {
    pub item_id: Uuid,
    pub status: ItemStatus,
}

/// A crisis pause: everything scheduled in a window put on hold, until resumed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CrisisPause {
    pub id: Uuid,
    pub reason: String,
    pub starts_at: DateTime<Utc>,
    /// Exclusive.
    pub ends_at: DateTime<Utc>,
    /// Empty: every channel.
    pub channel_ids: Vec<Uuid>,
    pub held: Vec<HeldItem>,
    pub paused_at: DateTime<Utc>,
    pub resumed_at: Option<DateTime<Utc>>,
}
