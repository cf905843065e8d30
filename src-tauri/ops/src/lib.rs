//! What you can do with a plan: one module per area, each function one
//! operation that the app's commands, the CLI and the tests call alike.

#![warn(missing_docs)]

use almanac_model::{domain, error, schedule, timeline};
use almanac_store as store;

pub mod approvals;
pub mod arrived;
pub mod audit;
pub mod brands;
pub mod campaign_shift;
pub mod campaigns;
pub mod channels;
pub mod collaborations;
pub mod comments;
pub mod coverage;
pub mod election;
pub mod findings;
mod forms;
pub mod health;
pub mod items;
pub mod key_dates;
pub mod members;
pub mod moves;
pub mod objectives;
pub mod partner_groups;
pub mod partners;
pub mod pause;
pub mod plan_facts;
pub mod plan_year;
pub mod reminders;
pub mod requests;
pub mod results;
pub mod selection;
pub mod series;
pub mod settings;
pub mod summary;
pub mod year_timeline;

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
pub(crate) fn referenced<R: Record>(store: &Store, field: &str, id: Uuid) -> Result<R> {
    R::load(store.conn(), id)?.ok_or_else(|| {
        Error::validation(
            field,
            Sentence::new("error-rules-no-such-record").with("entity", R::ENTITY).with("id", id.to_string()),
        )
    })
}

pub(crate) use almanac_model::sentence::{short_title, Sentence};
