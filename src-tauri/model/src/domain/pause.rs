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
    /// The item held.
    pub item_id: Uuid,
    /// Its status before the pause, given back on resume.
    pub status: ItemStatus,
}

/// A crisis pause: everything scheduled in a window put on hold, until resumed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CrisisPause {
    /// The pause's id.
    pub id: Uuid,
    /// Why the plan is paused ("major incident").
    pub reason: String,
    /// The first instant held.
    pub starts_at: DateTime<Utc>,
    /// Exclusive.
    pub ends_at: DateTime<Utc>,
    /// Empty: every channel.
    pub channel_ids: Vec<Uuid>,
    /// The items it put on hold.
    pub held: Vec<HeldItem>,
    /// When the pause was called.
    pub paused_at: DateTime<Utc>,
    /// When it was resumed, if it has been.
    pub resumed_at: Option<DateTime<Utc>>,
}
