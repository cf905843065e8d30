//! Commands of approvals: the queue, who uses this laptop, sending items for review and
//! deciding on them, and an item's decisions for its editor.

use almanac_core::domain::{Approval, Member};
use almanac_core::ops::approvals::{self, ApprovalQueue, DecisionDraft};
use almanac_core::Result;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::state::{read, with_checks, write, AppState, Entity};

/// Every item in review, with its approvers, findings and collaboration.
#[tauri::command]
#[specta::specta]
pub async fn approval_queue(state: State<'_, AppState>) -> Result<ApprovalQueue> {
    with_checks(&state, |s, c| approvals::queue(s, c, Utc::now()))
}

/// The member who uses this laptop, if one was chosen.
#[tauri::command]
#[specta::specta]
pub async fn laptop_user(state: State<'_, AppState>) -> Result<Option<Member>> {
    read(&state, approvals::laptop_user)
}

/// Chooses the member who uses this laptop (none: nobody); kept on this laptop only.
#[tauri::command]
#[specta::specta]
pub async fn set_laptop_user(
    app: AppHandle,
    state: State<'_, AppState>,
    member_id: Option<String>,
) -> Result<Option<Member>> {
    write(&app, &state, Entity::Member, |s| approvals::set_laptop_user(s, member_id.as_deref()))
}

/// Sends ideas and drafts for review; returns how many were sent.
#[tauri::command]
#[specta::specta]
pub async fn submit_for_review(app: AppHandle, state: State<'_, AppState>, item_ids: Vec<String>) -> Result<u32> {
    write(&app, &state, Entity::Item, |s| approvals::submit(s, &item_ids))
}

/// Approves items or asks for changes, as this laptop's member, as one undoable action.
#[tauri::command]
#[specta::specta]
pub async fn decide_approval(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: DecisionDraft,
) -> Result<Vec<Approval>> {
    write(&app, &state, Entity::Item, |s| approvals::decide(s, &draft))
}

/// The decisions taken on an item, latest first.
#[tauri::command]
#[specta::specta]
pub async fn item_approvals(state: State<'_, AppState>, id: String) -> Result<Vec<Approval>> {
    read(&state, |s| approvals::of_item(s, &id))
}
