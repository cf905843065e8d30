//! Partner groups: named sets of partners (an X DM group, a Close Friends list),
//! added to a collaboration all at once.

use uuid::Uuid;

use super::{quoted, referenced, target};
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

/// Adds a group.
pub fn create(store: &mut Store, draft: &PartnerGroupDraft) -> Result<PartnerGroup> {
    let group = draft.validate(Uuid::now_v7())?;
    check_members(store, &group)?;
    store.write(&format!("Add partner group {}", quoted(&group.name)), |b| b.insert(&group))?;
    Ok(group)
}

/// Saves the group form over group `id`.
pub fn update(store: &mut Store, id: &str, draft: &PartnerGroupDraft) -> Result<PartnerGroup> {
    let before: PartnerGroup = target(store, id)?;
    let after = draft.validate(before.id)?;
    check_members(store, &after)?;
    store.write(&format!("Edit partner group {}", quoted(&after.name)), |b| b.update(&before, &after))?;
    Ok(after)
}

/// Deletes a group (its partners stay).
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let group: PartnerGroup = target(store, id)?;
    store.write(&format!("Delete partner group {}", quoted(&group.name)), |b| b.delete(&group))
}
