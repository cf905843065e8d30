//! Approvals: only a member's scopes let them decide, several items at once as one
//! undoable action with the version decided on; an approved item that is edited or moved
//! goes back to review by its brand's rule, and the move's preview says so.

use almanac_core::domain::{
    ApprovalScope, BrandDraft, Decision, ItemDraft, ItemStatus, MemberDraft, MoveTo, Reapproval, When,
};
use almanac_core::ops::approvals::{self, DecisionDraft};
use almanac_core::ops::findings::CheckCache;
use almanac_core::ops::moves;
use almanac_core::ops::{brands, items, members};
use almanac_core::schedule::findings::FindingKind;
use almanac_core::Store;
use almanac_tests::{add_item, add_member, english, english_of, item_draft, on, plan_with_channel};
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    "2027-04-01T09:00:00Z".parse().unwrap()
}

fn member(store: &mut Store, name: &str, approves: Vec<ApprovalScope>) -> String {
    add_member(store, name, approves)
}

fn status(store: &Store, id: &str) -> ItemStatus {
    items::get(store, id).unwrap().item.status
}

fn decide(store: &mut Store, ids: &[&String], decision: Decision, comment: &str) -> almanac_core::Result<usize> {
    let draft =
        DecisionDraft { item_ids: ids.iter().map(|s| s.to_string()).collect(), decision, comment: comment.into() };
    approvals::decide(store, &draft).map(|a| a.len())
}

/// A plan with three items in review and Ann, who approves everything, on this laptop.
fn three_in_review() -> (Store, String, Vec<String>) {
    let (mut store, channel) = plan_with_channel();
    let ids: Vec<String> = ["Cone Zone", "Winter tyres", "Open day"]
        .iter()
        .enumerate()
        .map(|(n, t)| add_item(&mut store, &channel, t, &format!("2027-05-0{}", n + 1)))
        .collect();
    assert_eq!(approvals::submit(&mut store, &ids).unwrap(), 3);
    let ann = member(&mut store, "Ann Approver", vec![ApprovalScope::Everything]);
    approvals::set_laptop_user(&mut store, Some(&ann)).unwrap();
    (store, channel, ids)
}

#[test]
fn an_approver_approves_several_items_as_one_undoable_action_with_the_version_they_saw() {
    let (mut store, _, ids) = three_in_review();
    let queue = approvals::queue(&store, &mut CheckCache::default(), now()).unwrap();
    let titles: Vec<&str> = queue.entries.iter().map(|e| e.item.item.title.as_str()).collect();
    assert_eq!(titles, ["Cone Zone", "Winter tyres", "Open day"], "soonest due first");
    assert!(queue.entries.iter().all(|e| e.approver_ids == [queue.approvers[0].id]));

    assert_eq!(decide(&mut store, &[&ids[0], &ids[1], &ids[2]], Decision::Approved, "").unwrap(), 3);
    assert!(ids.iter().all(|id| status(&store, id) == ItemStatus::Approved));
    let recorded = approvals::of_item(&store, &ids[1]).unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!((recorded[0].member_name.as_str(), recorded[0].decision), ("Ann Approver", Decision::Approved));
    assert_eq!(recorded[0].title, "Winter tyres");
    assert_eq!(recorded[0].schedule, items::get(&store, &ids[1]).unwrap().item.schedule);
    assert!(approvals::queue(&store, &mut CheckCache::default(), now()).unwrap().entries.is_empty());
    let history = items::history(&store, &ids[0]).unwrap();
    assert_eq!(english(&history[0].what), "Approve 3 items");

    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Approve 3 items"));
    assert!(ids.iter().all(|id| status(&store, id) == ItemStatus::InReview));
    assert!(approvals::of_item(&store, &ids[1]).unwrap().is_empty(), "the decision is undone with the status");
}

#[test]
fn asking_for_changes_needs_a_comment_and_sends_the_item_back_to_its_author() {
    let (mut store, _, ids) = three_in_review();
    let err = decide(&mut store, &[&ids[0]], Decision::ChangesRequested, "  ").unwrap_err();
    assert_eq!(err.code(), "validation");
    assert_eq!(status(&store, &ids[0]), ItemStatus::InReview, "nothing changed");
    decide(&mut store, &[&ids[0]], Decision::ChangesRequested, "Say which roads close").unwrap();
    assert_eq!(status(&store, &ids[0]), ItemStatus::Draft);
    assert_eq!(approvals::of_item(&store, &ids[0]).unwrap()[0].comment, "Say which roads close");
    assert_eq!(approvals::submit(&mut store, &[ids[0].clone()]).unwrap(), 1, "sent again after the rewrite");
    let entry = approvals::queue(&store, &mut CheckCache::default(), now()).unwrap().entries.remove(0);
    assert_eq!(entry.decisions[0].decision, Decision::ChangesRequested, "the queue shows what was asked");
}

#[test]
fn only_an_approver_of_the_items_brand_or_channel_may_decide_and_a_refusal_writes_nothing() {
    let (mut store, channel, ids) = three_in_review();
    let other_brand = brands::create(
        &mut store,
        &BrandDraft {
            name: "Roads".into(),
            purpose: String::new(),
            colour: "#c25400".into(),
            reapproval: Reapproval::AnyChange,
        },
    )
    .unwrap();
    let bob = member(&mut store, "Bob", vec![ApprovalScope::Brand { id: other_brand.id }]);
    approvals::set_laptop_user(&mut store, Some(&bob)).unwrap();
    let err = decide(&mut store, &[&ids[0], &ids[1]], Decision::Approved, "").unwrap_err();
    assert!(err.to_string().contains("Bob may not approve"), "{err}");
    assert!(ids.iter().all(|id| status(&store, id) == ItemStatus::InReview));

    let cara = member(&mut store, "Cara", vec![ApprovalScope::Channel { id: channel.parse().unwrap() }]);
    approvals::set_laptop_user(&mut store, Some(&cara)).unwrap();
    decide(&mut store, &[&ids[0]], Decision::Approved, "").unwrap();
    let err = decide(&mut store, &[&ids[0]], Decision::Approved, "").unwrap_err();
    assert!(err.to_string().contains("is not in review"), "{err}");

    approvals::set_laptop_user(&mut store, None).unwrap();
    assert!(decide(&mut store, &[&ids[1]], Decision::Approved, "").is_err(), "nobody chosen on this laptop");
    let bad = member(&mut store, "Dan", vec![]);
    let draft = MemberDraft {
        name: "Dan".into(),
        role: String::new(),
        email: String::new(),
        capacity_weekly: None,
        leave: vec![],
        approves: vec![ApprovalScope::Brand { id: uuid::Uuid::now_v7() }],
    };
    assert_eq!(members::update(&mut store, &bad, &draft).unwrap_err().code(), "validation", "an unknown brand");
}

#[test]
fn the_editor_cannot_approve_and_an_edit_after_approval_goes_back_to_review() {
    let (mut store, channel, ids) = three_in_review();
    let mut draft = item_draft(&channel, "Cone Zone", on("2027-05-01"));
    draft.status = ItemStatus::Approved;
    assert_eq!(items::update(&mut store, &ids[0], &draft).unwrap_err().code(), "validation");
    for past_approval in [ItemStatus::Scheduled, ItemStatus::Published] {
        let skipped = ItemDraft { status: past_approval, ..draft.clone() };
        let err = items::update(&mut store, &ids[0], &skipped).unwrap_err();
        assert_eq!(err.code(), "validation", "{past_approval:?} before an approver approved it");
    }

    decide(&mut store, &[&ids[0]], Decision::Approved, "").unwrap();
    draft.notes = "Ask the press office".into();
    assert_eq!(items::update(&mut store, &ids[0], &draft).unwrap().item.status, ItemStatus::Approved, "notes are ours");
    draft.copy = "Slow down: workers ahead".into();
    assert_eq!(items::update(&mut store, &ids[0], &draft).unwrap().item.status, ItemStatus::InReview);

    // Once approved, it is scheduled in the publishing tool.
    decide(&mut store, &[&ids[1]], Decision::Approved, "").unwrap();
    let current = items::get(&store, &ids[1]).unwrap().item;
    let mut scheduled = item_draft(&channel, &current.title, on("2027-05-02"));
    scheduled.copy = current.copy.clone();
    scheduled.status = ItemStatus::Scheduled;
    let done = items::update(&mut store, &ids[1], &scheduled).unwrap().item;
    assert_eq!(done.status, ItemStatus::Scheduled);
}

#[test]
fn a_move_of_an_approved_item_shows_the_return_to_review_in_its_preview_by_the_brands_rule() {
    let (mut store, channel, ids) = three_in_review();
    decide(&mut store, &[&ids[0], &ids[1]], Decision::Approved, "").unwrap();
    let mut cache = CheckCache::default();
    let to = MoveTo { when: When::AllDay { date: "2027-05-09".into() }, reassign: None };
    let preview = moves::move_item(&mut store, &mut cache, &ids[0], &to, now(), true).unwrap();
    assert!(preview.created.iter().any(|f| f.kind == FindingKind::BackToReview), "{:?}", preview.created);
    assert_eq!(status(&store, &ids[0]), ItemStatus::Approved, "a preview changes nothing");
    let moved = moves::move_item(&mut store, &mut cache, &ids[0], &to, now(), false).unwrap();
    assert_eq!(moved.entry.item.status, ItemStatus::InReview);

    // A brand that only asks for a second look at new wording lets the item move.
    let brand = items::get(&store, &ids[1]).unwrap();
    let channel_row =
        almanac_core::ops::channels::list(&store).unwrap().into_iter().find(|c| c.id.to_string() == channel);
    let brand_id = channel_row.unwrap().brand_id.to_string();
    let b = brands::list(&store).unwrap().into_iter().find(|b| b.id.to_string() == brand_id).unwrap();
    let draft = BrandDraft { name: b.name, purpose: b.purpose, colour: b.colour, reapproval: Reapproval::CopyChanges };
    brands::update(&mut store, &brand_id, &draft).unwrap();
    let preview = moves::move_item(&mut store, &mut cache, &ids[1], &to, now(), false).unwrap();
    assert!(preview.created.iter().all(|f| f.kind != FindingKind::BackToReview));
    assert_eq!(status(&store, &brand.item.id.to_string()), ItemStatus::Approved);
}
