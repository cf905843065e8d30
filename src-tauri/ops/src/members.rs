//! The team: members with their weekly capacity, leave, and what they approve.

use super::forms::{self, form_record};
use super::{referenced, short_title, target, Sentence};
use crate::domain::{ApprovalScope, Brand, Channel, Member, MemberDraft};
use crate::error::{Error, Result};
use crate::store::records::items::ItemLink;
use crate::store::records::{items, members};
use crate::store::Store;

/// The team, by name.
pub fn list(store: &Store) -> Result<Vec<Member>> {
    members::by_name(store.conn())
}

form_record!(Member, MemberDraft, "team-member", check: check_scopes);

/// Adds a member.
pub fn create(store: &mut Store, draft: &MemberDraft) -> Result<Member> {
    forms::create(store, draft)
}

/// Saves the member form over member `id`.
pub fn update(store: &mut Store, id: &str, draft: &MemberDraft) -> Result<Member> {
    forms::update(store, id, draft)
}

/// The brands and channels a member approves must be the plan's.
fn check_scopes(store: &Store, member: &Member) -> Result<()> {
    for scope in &member.approves {
        match scope {
            ApprovalScope::Everything => {}
            ApprovalScope::Brand { id } => drop(referenced::<Brand>(store, "approves", *id)?),
            ApprovalScope::Channel { id } => drop(referenced::<Channel>(store, "approves", *id)?),
        }
    }
    Ok(())
}

/// Removes a member who owns no item (their items must be given to someone first).
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let member: Member = target(store, id)?;
    let owned = items::count_by(store.conn(), ItemLink::Owner, member.id)?;
    if owned > 0 {
        return Err(Error::conflict(
            Sentence::new("error-rules-member-owns-items").with("name", short_title(&member.name)).with("count", owned),
        ));
    }
    store.write(&Sentence::titled("history-delete-team-member", &member.name), |b| b.delete(&member))
}
