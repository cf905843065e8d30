//! Commands of collaborations: the tracker, the editor, partners' statuses and the briefing pack.

use almanac_core::domain::{Collaboration, CollaborationDraft, PartnerStatus};
use almanac_core::export::brief::{self, Brief, BriefWritten};
use almanac_core::ops::collaborations::{self, TrackerQuery, TrackerRow};
use almanac_core::Result;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::state::{export_to, read, write, AppState, Entity};

/// The tracker: collaborations by next deadline, with partners' clocks and findings.
#[tauri::command]
#[specta::specta]
pub async fn collaboration_tracker(state: State<'_, AppState>, query: TrackerQuery) -> Result<Vec<TrackerRow>> {
    read(&state, |s| collaborations::tracker(s, &query, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn create_collaboration(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: CollaborationDraft,
) -> Result<Collaboration> {
    write(&app, &state, Entity::Collaboration, |s| collaborations::create(s, &draft, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn update_collaboration(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: CollaborationDraft,
) -> Result<Collaboration> {
    write(&app, &state, Entity::Collaboration, |s| collaborations::update(s, &id, &draft, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_collaboration(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Collaboration, |s| collaborations::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn set_collaboration_status(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    partner_id: String,
    status: PartnerStatus,
) -> Result<Collaboration> {
    write(&app, &state, Entity::Collaboration, |s| collaborations::set_status(s, &id, &partner_id, status, Utc::now()))
}

/// Adds a whole partner group to a collaboration, each partner invited.
#[tauri::command]
#[specta::specta]
pub async fn add_group_to_collaboration(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    group_id: String,
    role: String,
) -> Result<Collaboration> {
    write(&app, &state, Entity::Collaboration, |s| collaborations::add_group(s, &id, &group_id, &role, Utc::now()))
}

/// The briefing pack of a collaboration as text (the e-mail, and what the PDF says).
#[tauri::command]
#[specta::specta]
pub async fn collaboration_brief(state: State<'_, AppState>, id: String) -> Result<Brief> {
    read(&state, |s| brief::brief(s, &id, chrono::Utc::now()))
}

/// Writes the one-page briefing pack of a collaboration to `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_brief(state: State<'_, AppState>, id: String, path: String) -> Result<BriefWritten> {
    export_to(&state, &path, "pdf", |s, out| brief::export(s, &id, chrono::Utc::now(), out))
}
