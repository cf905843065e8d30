//! Partner groups: named sets of partners (an X DM group, a Close Friends list),
//! added to a collaboration all at once.

use super::forms::{self, form_record};
use super::referenced;
use crate::domain::{Partner, PartnerGroup, PartnerGroupDraft};
use crate::error::Result;
use crate::store::records::partner_groups;
use crate::store::Store;

/// Every group, by name.
pub fn list(store: &Store) -> Result<Vec<PartnerGroup>> {
    partner_groups::by_name(store.conn())
}

fn check_members(store: &Store, group: &PartnerGroup) -> Result<()> {
    for id in &group.partner_ids {
        referenced::<Partner>(store, "partnerIds", *id)?;
    }
    Ok(())
}

form_record!(PartnerGroup, PartnerGroupDraft, "partner-group", check: check_members);

/// Adds a group.
pub fn create(store: &mut Store, draft: &PartnerGroupDraft) -> Result<PartnerGroup> {
    forms::create(store, draft)
}

/// Saves the group form over group `id`.
pub fn update(store: &mut Store, id: &str, draft: &PartnerGroupDraft) -> Result<PartnerGroup> {
    forms::update(store, id, draft)
}

/// Deletes a group (its partners stay).
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    forms::delete::<PartnerGroup>(store, id)
}
