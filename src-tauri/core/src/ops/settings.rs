//! The plan's settings: read and update.

use rusqlite::OptionalExtension;

use crate::domain::{Settings, SettingsDraft};
use crate::error::{Error, Result};
use crate::store::records::Record;
use crate::store::{sql_id, Store};

pub fn get(store: &Store) -> Result<Settings> {
    let id: Option<String> = store.conn().query_row("SELECT id FROM settings LIMIT 1", [], |r| r.get(0)).optional()?;
    let id = id.ok_or_else(|| Error::io("the plan has no settings row"))?;
    Settings::load(store.conn(), sql_id(&id)?)?.ok_or_else(|| Error::io("the plan has no settings row"))
}

pub fn update(store: &mut Store, draft: &SettingsDraft) -> Result<Settings> {
    let before = get(store)?;
    let after = draft.validate(before.id)?;
    store.write("Change settings", |b| b.update(&before, &after))?;
    Ok(after)
}
