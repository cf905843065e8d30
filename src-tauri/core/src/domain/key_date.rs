//! A key date: an international day, holiday, awareness or internal date, an election or a
//! blackout period with its level.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};

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

/// A key date or span the team adds: an internal date, an election, a blackout period.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KeyDateDraft {
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub category: KeyDateCategory,
    pub blackout_level: Option<BlackoutLevel>,
    pub region: String,
}

impl KeyDateDraft {
    pub fn validate(&self, id: Uuid) -> Result<KeyDate> {
        let starts_on = validate::date("startsOn", &self.starts_on)?;
        let ends_on = validate::date("endsOn", &self.ends_on)?;
        if ends_on < starts_on {
            return Err(Error::validation("endsOn", "ends before it starts"));
        }
        if self.category == KeyDateCategory::Blackout && self.blackout_level.is_none() {
            return Err(Error::validation("blackoutLevel", "a blackout period needs a level"));
        }
        Ok(KeyDate {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            starts_on,
            ends_on,
            category: self.category,
            blackout_level: self.blackout_level,
            region: validate::text("region", &self.region, validate::MAX_SHORT, false)?,
            source: String::new(),
        })
    }
}
