//! The records a form keeps (brands, objectives, channels, campaigns, partners and their
//! groups, team members, key dates): one way to add one from its draft and to save a
//! draft over one, so each is validated, checked against the plan it names, and written
//! under a label that says what changed, the same way for all.

use uuid::Uuid;

use super::{target, Sentence};
use crate::error::Result;
use crate::store::records::Record;
use crate::store::Store;

/// A record made from a form's draft.
pub(crate) trait FormRecord: Record + PartialEq {
    /// The form's draft.
    type Draft;
    /// Its kind in the history's message ids (`partner-group`: `history-add-partner-group`).
    const KIND: &'static str;
    /// The record the draft describes, with this id; the draft's own rules are checked.
    fn from_draft(draft: &Self::Draft, id: Uuid) -> Result<Self>;
    /// The name the history gives it.
    fn title(&self) -> String;
    /// What it must hold against the rest of the plan (what it names exists, its name is
    /// free): none by default.
    fn check_in(&self, _store: &Store) -> Result<()> {
        Ok(())
    }
}

/// Adds the record `draft` describes.
pub(crate) fn create<R: FormRecord>(store: &mut Store, draft: &R::Draft) -> Result<R> {
    let record = R::from_draft(draft, Uuid::now_v7())?;
    record.check_in(store)?;
    store.write(&Sentence::titled(format!("history-add-{}", R::KIND), &record.title()), |b| b.insert(&record))?;
    Ok(record)
}

/// Saves `draft` over the record `id`.
pub(crate) fn update<R: FormRecord>(store: &mut Store, id: &str, draft: &R::Draft) -> Result<R> {
    let before: R = target(store, id)?;
    let after = R::from_draft(draft, before.id())?;
    after.check_in(store)?;
    store
        .write(&Sentence::titled(format!("history-edit-{}", R::KIND), &after.title()), |b| b.update(&before, &after))?;
    Ok(after)
}

/// Deletes the record `id`, which nothing else depends on.
pub(crate) fn delete<R: FormRecord>(store: &mut Store, id: &str) -> Result<()> {
    let record: R = target(store, id)?;
    store.write(&Sentence::titled(format!("history-delete-{}", R::KIND), &record.title()), |b| b.delete(&record))
}

/// Implements [`FormRecord`] for a record whose draft validates into it, called by its
/// `name` field, with an optional check against the plan.
macro_rules! form_record {
    ($record:ty, $draft:ty, $kind:literal $(, check: $check:path)?) => {
        impl $crate::forms::FormRecord for $record {
            type Draft = $draft;
            const KIND: &'static str = $kind;
            fn from_draft(draft: &$draft, id: ::uuid::Uuid) -> $crate::error::Result<Self> {
                draft.validate(id)
            }
            fn title(&self) -> String {
                self.name.clone()
            }
            $(fn check_in(&self, store: &$crate::store::Store) -> $crate::error::Result<()> {
                $check(store, self)
            })?
        }
    };
}
pub(crate) use form_record;
