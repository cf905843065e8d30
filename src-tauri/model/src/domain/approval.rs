//! Approvals: who may approve which items (a member's scopes), a decision on an item
//! with the version it was taken on, and the rule that sends an approved item back to
//! review when it changes afterwards. Pure: the ops apply these to the store.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{ContentItem, ItemStatus, Schedule};
use crate::sentence::Sentence;

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

impl ApprovalScope {
    /// A scope as the team's server keeps it (`everything`, `brand:<id>`, `channel:<id>`);
    /// none for anything else.
    pub fn from_server(text: &str) -> Option<Self> {
        let id = |rest: &str| Uuid::parse_str(rest).ok();
        match text.split_once(':') {
            None if text == "everything" => Some(Self::Everything),
            Some(("brand", rest)) => id(rest).map(|id| Self::Brand { id }),
            Some(("channel", rest)) => id(rest).map(|id| Self::Channel { id }),
            _ => None,
        }
    }
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

/// Why an item may not take `to` by an edit or an import, coming from `from` (`None`: a new
/// item), if it may not: only an approver's decision approves, and an item is scheduled or
/// published only once approved (a pause's hold keeps that). The team's server rules the same.
pub fn refused_step(from: Option<ItemStatus>, to: ItemStatus) -> Option<Sentence> {
    let was_approved = matches!(from, Some(ItemStatus::Approved | ItemStatus::Scheduled | ItemStatus::Published));
    match to {
        ItemStatus::Approved if !was_approved => Some(Sentence::new("error-approve-in-approvals")),
        ItemStatus::Scheduled | ItemStatus::Published if !was_approved => {
            Some(Sentence::new("error-schedule-after-approval"))
        }
        _ => None,
    }
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

    #[test]
    fn the_servers_scopes_are_read_and_nothing_else_is() {
        let id = Uuid::now_v7();
        assert_eq!(ApprovalScope::from_server("everything"), Some(ApprovalScope::Everything));
        assert_eq!(ApprovalScope::from_server(&format!("brand:{id}")), Some(ApprovalScope::Brand { id }));
        assert_eq!(ApprovalScope::from_server(&format!("channel:{id}")), Some(ApprovalScope::Channel { id }));
        for junk in ["Everything", "brand:", "brand:x", "team:everything", ""] {
            assert_eq!(ApprovalScope::from_server(junk), None, "{junk}");
        }
    }

    #[test]
    fn only_a_decision_approves_and_only_approved_items_go_out() {
        use ItemStatus::*;
        assert!(refused_step(None, Approved).is_some());
        assert!(refused_step(Some(InReview), Approved).is_some());
        assert_eq!(refused_step(Some(Approved), Approved), None);
        assert_eq!(refused_step(Some(Scheduled), Approved), None, "taken out of the queue");
        assert!(refused_step(None, Scheduled).is_some());
        assert!(refused_step(Some(Draft), Published).is_some());
        assert!(refused_step(Some(OnHold), Scheduled).is_some());
        assert_eq!(refused_step(Some(Approved), Scheduled), None);
        assert_eq!(refused_step(Some(Scheduled), Published), None);
        assert_eq!(refused_step(None, InReview), None);
        assert_eq!(refused_step(Some(Published), Cancelled), None);
    }

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
