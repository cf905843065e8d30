//! The plan's settings: read and update.

use crate::domain::{Settings, SettingsDraft};
use crate::error::{Error, Result};
use crate::store::records::settings;
use crate::store::Store;
use crate::Sentence;

/// The plan's settings.
pub fn get(store: &Store) -> Result<Settings> {
    settings::the_one(store.conn())?.ok_or_else(|| Error::io(Sentence::new("error-rules-no-settings")))
}

/// Saves the settings form.
pub fn update(store: &mut Store, draft: &SettingsDraft) -> Result<Settings> {
    let before = get(store)?;
    let after = draft.validate(before.id)?;
    store.write(&Sentence::new("history-change-settings"), |b| b.update(&before, &after))?;
    Ok(after)
}
