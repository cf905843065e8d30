//! The team's own key dates and blackout periods: list a window, create, delete.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{quoted, target};
use crate::domain::{validate, BlackoutLevel, KeyDate, KeyDateCategory};
use crate::error::{Error, Result};
use crate::store::records::key_dates;
use crate::store::Store;

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

/// The key dates that touch the days from `from` to `to`, inclusive.
pub fn list(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<KeyDate>> {
    key_dates::overlapping(store.conn(), from, to)
}

pub fn create(store: &mut Store, draft: &KeyDateDraft) -> Result<KeyDate> {
    let key_date = draft.validate(Uuid::now_v7())?;
    store.write(&format!("Add key date {}", quoted(&key_date.name)), |b| b.insert(&key_date))?;
    Ok(key_date)
}

pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let key_date: KeyDate = target(store, id)?;
    store.write(&format!("Delete key date {}", quoted(&key_date.name)), |b| b.delete(&key_date))
}
