//! A key date: an international day, holiday, awareness or internal date, an election or a
//! blackout period with its level.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// What kind of key date it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum KeyDateCategory {
    /// An international day (UN and similar).
    InternationalDay,
    /// A public or school holiday.
    Holiday,
    /// An awareness day, week or month.
    Awareness,
    /// A date of the organisation's own.
    Internal,
    /// An election or a vote.
    Election,
    /// A period when posting is limited.
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
    /// The key date's id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Its first day.
    pub starts_on: NaiveDate,
    /// Its last day (the same as the first for one day).
    pub ends_on: NaiveDate,
    /// What kind of date it is.
    pub category: KeyDateCategory,
    /// Set for a blackout period.
    pub blackout_level: Option<BlackoutLevel>,
    /// Where it applies (a country, a region), if not everywhere.
    pub region: String,
    /// Where it comes from (a URL or a body's name).
    pub source: String,
}

/// A key date or span the team adds: an internal date, an election, a blackout period.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KeyDateDraft {
    /// Its name.
    pub name: String,
    /// Its first day, `YYYY-MM-DD`.
    pub starts_on: String,
    /// Its last day, `YYYY-MM-DD`.
    pub ends_on: String,
    /// What kind of date it is.
    pub category: KeyDateCategory,
    /// How strict a blackout period is (a blackout period needs one).
    pub blackout_level: Option<BlackoutLevel>,
    /// Where it applies, if not everywhere.
    pub region: String,
}

impl KeyDateDraft {
    /// Checks the draft and makes it the key date `id`.
    pub fn validate(&self, id: Uuid) -> Result<KeyDate> {
        let starts_on = validate::date("startsOn", &self.starts_on)?;
        let ends_on = validate::date("endsOn", &self.ends_on)?;
        let key_date = KeyDate {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            starts_on,
            ends_on,
            category: self.category,
            blackout_level: self.blackout_level,
            region: validate::text("region", &self.region, validate::MAX_SHORT, false)?,
            source: String::new(),
        };
        key_date.check()?;
        Ok(key_date)
    }
}

impl KeyDate {
    /// What every key date of a plan keeps: it ends on or after its start, and a blackout
    /// period has its level (a plan file from elsewhere is read through this too).
    pub fn check(&self) -> Result<()> {
        if self.ends_on < self.starts_on {
            return Err(Error::validation("endsOn", Sentence::new("error-ends-before-start")));
        }
        if self.category == KeyDateCategory::Blackout && self.blackout_level.is_none() {
            return Err(Error::validation("blackoutLevel", Sentence::new("error-blackout-level")));
        }
        Ok(())
    }
}
