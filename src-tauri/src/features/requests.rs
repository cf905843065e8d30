//! Commands of the Requests view: the list, the form, its assessment against the plan,
//! and the decisions (accept into an item, decline, park).

use almanac_core::domain::{Request, RequestDecision, RequestDraft};
use almanac_core::ops::requests::{self, Assessment, RequestList};
use almanac_core::Result;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::state::{read, with_checks, write, AppState, Entity};

/// Every request, latest first, with its age and how many fit an objective.
#[tauri::command]
#[specta::specta]
pub async fn list_requests(state: State<'_, AppState>) -> Result<RequestList> {
    read(&state, |s| requests::list(s, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn create_request(app: AppHandle, state: State<'_, AppState>, draft: RequestDraft) -> Result<Request> {
    write(&app, &state, Entity::Request, |s| requests::create(s, &draft, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn update_request(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: RequestDraft,
) -> Result<Request> {
    write(&app, &state, (Entity::Request, id.as_str()), |s| requests::update(s, &id, &draft, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_request(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, (Entity::Request, id.as_str()), |s| requests::delete(s, &id))
}

/// The objectives a request's draft fits, the gaps it would fill and the findings it
/// would create on the wanted day; changes nothing.
#[tauri::command]
#[specta::specta]
pub async fn assess_request(state: State<'_, AppState>, draft: RequestDraft) -> Result<Assessment> {
    with_checks(&state, |s, c| requests::assess(s, c, &draft, Utc::now()))
}

/// Accepts a request into an item: on its wanted day when `dated`, else in the backlog.
#[tauri::command]
#[specta::specta]
pub async fn accept_request(app: AppHandle, state: State<'_, AppState>, id: String, dated: bool) -> Result<Request> {
    write(&app, &state, Entity::Item, |s| requests::accept(s, &id, dated, Utc::now()))
}

/// Declines or parks a request, with the reason.
#[tauri::command]
#[specta::specta]
pub async fn set_aside_request(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    decision: RequestDecision,
    reason: String,
) -> Result<Request> {
    write(&app, &state, (Entity::Request, id.as_str()), |s| requests::set_aside(s, &id, decision, &reason, Utc::now()))
}
