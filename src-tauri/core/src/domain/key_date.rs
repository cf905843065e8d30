//! A key date: an international day, holiday, awareness or internal date, an election or a
//! blackout period with its level.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum KeyDateCategory {
    InternationalDay,
    Holiday,
    Awareness,
    Internal,
    Election,
    Blackout,
}

/// How strict a blackout period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum BlackoutLevel {
    /// Nothing goes out.
    NoPosting,
    /// Running content continues; nothing new starts.
    NoNewCampaigns,
    /// Only what is cleared for the period (a pre-election period, say).
    Restricted,
}

/// A date (or span) the plan works around: an awareness day, an election, a blackout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KeyDate {
    pub id: Uuid,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub category: KeyDateCategory,
    /// Set for a blackout period.
    pub blackout_level: Option<BlackoutLevel>,
    pub region: String,
    pub source: String,
}
