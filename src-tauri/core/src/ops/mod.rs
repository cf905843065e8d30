//! What you can do with a plan: one module per area, each function one
//! operation that the app's commands, the CLI and the tests call alike.

pub mod brands;
pub mod campaign_shift;
pub mod campaigns;
pub mod channels;
pub mod checks;
pub mod collaborations;
pub mod coverage;
pub mod items;
pub mod key_dates;
pub mod members;
pub mod objectives;
pub mod partner_groups;
pub mod partners;
pub mod pause;
pub mod plan;
pub mod plan_year;
pub mod series;
pub mod settings;

use uuid::Uuid;

use crate::domain::validate;
use crate::error::{Error, Result};
use crate::store::records::Record;
use crate::store::Store;

/// The record an operation acts on; a missing one is "not found".
pub(crate) fn target<R: Record>(store: &Store, id: &str) -> Result<R> {
    let uuid = validate::id("id", id)?;
    R::load(store.conn(), uuid)?.ok_or_else(|| Error::not_found(R::ENTITY, uuid))
}

/// A record the input refers to; a missing one is a validation error on `field`.
pub(crate) fn referenced<R: Record>(conn: &rusqlite::Connection, field: &str, id: Uuid) -> Result<R> {
    R::load(conn, id)?.ok_or_else(|| Error::validation(field, format!("no {} has the id {id}", R::ENTITY)))
}

/// Shortens a title for an undo label.
pub(crate) fn quoted(title: &str) -> String {
    let mut t: String = title.chars().take(40).collect();
    if title.chars().count() > 40 {
        t.push('…');
    }
    format!("“{t}”")
}
