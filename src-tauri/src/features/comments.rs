//! Commands of comments (on items, campaigns and collaborations) and of the decision log.

use almanac_core::domain::{Comment, LoggedDecision, LoggedDecisionDraft, Subject};
use almanac_core::export::decision_log;
use almanac_core::ops::comments;
use almanac_core::Result;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::state::{export_to, read, write, AppState, Entity};

/// The comments on an item, a campaign or a collaboration, oldest first.
#[tauri::command]
#[specta::specta]
pub async fn list_comments(state: State<'_, AppState>, subject: Subject) -> Result<Vec<Comment>> {
    read(&state, |s| comments::list(s, subject))
}

#[tauri::command]
#[specta::specta]
pub async fn add_comment(
    app: AppHandle,
    state: State<'_, AppState>,
    subject: Subject,
    text: String,
) -> Result<Comment> {
    write(&app, &state, Entity::Comment, |s| comments::add(s, subject, &text))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_comment(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Comment, |s| comments::delete(s, &id))
}

/// The decisions of a plan year, or of one campaign, in the order taken.
#[tauri::command]
#[specta::specta]
pub async fn list_decisions(
    state: State<'_, AppState>,
    year: i32,
    campaign_id: Option<String>,
) -> Result<Vec<LoggedDecision>> {
    read(&state, |s| comments::decisions(s, year, campaign_id.as_deref()))
}

#[tauri::command]
#[specta::specta]
pub async fn log_decision(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: LoggedDecisionDraft,
) -> Result<LoggedDecision> {
    write(&app, &state, Entity::Decision, |s| comments::log_decision(s, &draft, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn update_decision(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: LoggedDecisionDraft,
) -> Result<LoggedDecision> {
    write(&app, &state, Entity::Decision, |s| comments::update_decision(s, &id, &draft, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_decision(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Decision, |s| comments::delete_decision(s, &id))
}

/// The year's decision log as CSV, at `path` (suggested, or chosen in the Save dialog).
#[tauri::command]
#[specta::specta]
pub async fn export_decisions(state: State<'_, AppState>, year: i32, path: String) -> Result<u32> {
    export_to(&state, &path, "csv", |s, out| decision_log::export(s, year, out))
}
