//! Approvals: who may approve which items (a member's scopes), a decision on an item
//! with the version it was taken on, and the rule that sends an approved item back to
//! review when it changes afterwards. Pure: the ops apply these to the store.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{ContentItem, ItemStatus, Schedule};

/// What a member may approve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ApprovalScope {
    /// Every item of the plan.
    Everything,
    /// The items on any channel of one brand.
    Brand {
        /// The brand's id.
        id: Uuid,
    },
    /// The items on one channel.
    Channel {
        /// The channel's id.
        id: Uuid,
    },
}

/// Whether `scopes` let their member approve an item on `channel` of `brand`.
pub fn may_approve(scopes: &[ApprovalScope], channel: Uuid, brand: Uuid) -> bool {
    scopes.iter().any(|s| match s {
        ApprovalScope::Everything => true,
        ApprovalScope::Brand { id } => *id == brand,
        ApprovalScope::Channel { id } => *id == channel,
    })
}

/// When an approved item that changes goes back to review (a brand's setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Reapproval {
    /// Any change to what goes out, where or when: copy, title, format, language,
    /// channel, or date and time.
    #[default]
    AnyChange,
    /// Only a change to the copy (the text that goes out).
    CopyChanges,
}

/// What an approver decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Decision {
    /// Approved to go out.
    Approved,
    /// Sent back to its author with a comment.
    ChangesRequested,
}

/// One approver's decision on one item, with the version they decided on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Approval {
    /// The decision's id.
    pub id: Uuid,
    /// The item decided on (kept when the item is deleted: the record outlives it).
    pub item_id: Uuid,
    /// The member who decided, if they are still on the team list.
    pub member_id: Option<Uuid>,
    /// Their name when they decided.
    pub member_name: String,
    /// What they decided.
    pub decision: Decision,
    /// Why, or what to change (required when changes are requested).
    pub comment: String,
    /// When.
    pub decided_at: DateTime<Utc>,
    /// The item's title as decided on.
    pub title: String,
    /// The item's copy as decided on.
    pub copy: String,
    /// When the item was to go out, as decided on.
    pub schedule: Schedule,
}

/// The statuses an approval stands behind: approved, or queued in the publishing tool.
pub fn stands_approved(status: ItemStatus) -> bool {
    matches!(status, ItemStatus::Approved | ItemStatus::Scheduled)
}

/// Whether the change from `before` to `after` sends an approved item back to review.
pub fn needs_review_again(before: &ContentItem, after: &ContentItem, rule: Reapproval) -> bool {
    if !stands_approved(before.status) || !stands_approved(after.status) {
        return false;
    }
    let copy = before.copy != after.copy;
    match rule {
        Reapproval::CopyChanges => copy,
        Reapproval::AnyChange => {
            copy || before.title != after.title
                || before.format != after.format
                || before.language != after.language
                || before.channel_id != after.channel_id
                || before.schedule != after.schedule
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(status: ItemStatus) -> ContentItem {
        let on = Schedule::AllDay { date: "2027-05-03".parse().unwrap() };
        ContentItem { copy: "Slow down".into(), ..ContentItem::for_test("Cone Zone", status, on) }
    }

    #[test]
    fn a_move_sends_an_approved_item_back_only_when_the_brand_asks_for_any_change() {
        let before = item(ItemStatus::Approved);
        let moved =
            ContentItem { schedule: Schedule::AllDay { date: "2027-05-04".parse().unwrap() }, ..before.clone() };
        assert!(needs_review_again(&before, &moved, Reapproval::AnyChange));
        assert!(!needs_review_again(&before, &moved, Reapproval::CopyChanges));
        let reworded = ContentItem { copy: "Slow down, please".into(), ..before.clone() };
        assert!(needs_review_again(&before, &reworded, Reapproval::CopyChanges));
    }

    #[test]
    fn notes_owners_and_unapproved_items_never_go_back_to_review() {
        let before = item(ItemStatus::Scheduled);
        let noted =
            ContentItem { notes: "ask the press office".into(), owner_id: Some(Uuid::from_u128(7)), ..before.clone() };
        assert!(!needs_review_again(&before, &noted, Reapproval::AnyChange));
        let draft = item(ItemStatus::Draft);
        let reworded = ContentItem { copy: "Other".into(), ..draft.clone() };
        assert!(!needs_review_again(&draft, &reworded, Reapproval::AnyChange));
        let published = ContentItem { status: ItemStatus::Published, copy: "Other".into(), ..before.clone() };
        assert!(!needs_review_again(&before, &published, Reapproval::AnyChange), "publishing is no edit");
    }

    #[test]
    fn scopes_cover_everything_a_brand_or_a_channel() {
        let (channel, brand) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert!(may_approve(&[ApprovalScope::Everything], channel, brand));
        assert!(may_approve(&[ApprovalScope::Brand { id: brand }], channel, brand));
        assert!(may_approve(&[ApprovalScope::Channel { id: channel }], channel, brand));
        assert!(!may_approve(&[ApprovalScope::Channel { id: brand }], channel, brand));
        assert!(!may_approve(&[], channel, brand));
    }
}
