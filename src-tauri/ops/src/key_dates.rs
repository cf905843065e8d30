//! The team's own key dates and blackout periods: list a window, create, delete.

use chrono::NaiveDate;
use uuid::Uuid;

use super::{quoted, target};
use crate::domain::{KeyDate, KeyDateDraft};
use crate::error::Result;
use crate::store::records::key_dates;
use crate::store::Store;

/// The key dates that touch the days from `from` to `to`, inclusive.
pub fn list(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<KeyDate>> {
    key_dates::overlapping(store.conn(), from, to)
}

/// Adds a key date or blackout period.
pub fn create(store: &mut Store, draft: &KeyDateDraft) -> Result<KeyDate> {
    let key_date = draft.validate(Uuid::now_v7())?;
    store.write(&format!("Add key date {}", quoted(&key_date.name)), |b| b.insert(&key_date))?;
    Ok(key_date)
}

/// Deletes a key date.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let key_date: KeyDate = target(store, id)?;
    store.write(&format!("Delete key date {}", quoted(&key_date.name)), |b| b.delete(&key_date))
}
