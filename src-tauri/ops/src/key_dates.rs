//! The team's own key dates and blackout periods: list a window, create, delete.

use chrono::NaiveDate;

use super::forms::{self, form_record};
use crate::domain::{KeyDate, KeyDateDraft};
use crate::error::Result;
use crate::store::records::key_dates;
use crate::store::Store;

/// The key dates that touch the days from `from` to `to`, inclusive.
pub fn list(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<KeyDate>> {
    key_dates::overlapping(store.conn(), from, to)
}

form_record!(KeyDate, KeyDateDraft, "key-date");

/// Adds a key date or blackout period.
pub fn create(store: &mut Store, draft: &KeyDateDraft) -> Result<KeyDate> {
    forms::create(store, draft)
}

/// Deletes a key date.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    forms::delete::<KeyDate>(store, id)
}
