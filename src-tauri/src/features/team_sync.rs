//! Settings → Team sync and the app bar's indicator: joining the team's plan on its
//! server (the password kept in the system's keyring), syncing now, the conflicts to
//! settle. The sync itself is a service the app state owns (`services::team_sync`).

use almanac_core::team::server::address_of;
use almanac_core::team::sync::{self as team, Keep, SetAside, SyncConflict, SyncReport};
use almanac_core::Result;
use tauri::{AppHandle, State};
use tauri_specta::Event;

use crate::credentials;
use crate::services::team_sync::{current, sync_now};
pub use crate::services::team_sync::{TeamSyncProgress, TeamSyncState};
use crate::state::{read, write, AppState, Entity};

/// Where this laptop stands with the team.
#[tauri::command]
#[specta::specta]
pub async fn team_sync(state: State<'_, AppState>) -> Result<TeamSyncState> {
    current(&state, state.team.is_running())
}

/// Joins the team's plan at `server` as the member the address names, with `password`
/// (kept in the system's keyring): this laptop's plan is sent when the server has none,
/// the team's is pulled into an empty one.
#[tauri::command]
#[specta::specta]
pub async fn join_team(
    app: AppHandle,
    state: State<'_, AppState>,
    server: String,
    password: String,
) -> Result<SyncReport> {
    let address = address_of(&server)?;
    credentials::TEAM.remember(&address, "member", &password)?;
    sync_now(&app, &state, Some((server, password))).await
}

/// Syncs now with the server this laptop joined.
#[tauri::command]
#[specta::specta]
pub async fn sync_team_now(app: AppHandle, state: State<'_, AppState>) -> Result<SyncReport> {
    sync_now(&app, &state, None).await
}

/// The fields two people changed while apart.
#[tauri::command]
#[specta::specta]
pub async fn team_conflicts(state: State<'_, AppState>) -> Result<Vec<SyncConflict>> {
    read(&state, team::conflicts)
}

/// The team's messages set aside here and this laptop's changes the server refused.
#[tauri::command]
#[specta::specta]
pub async fn team_set_aside(state: State<'_, AppState>) -> Result<Vec<SetAside>> {
    read(&state, team::set_aside)
}

/// Keeps one side of a conflict (a change of this laptop's, synced to the team).
#[tauri::command]
#[specta::specta]
pub async fn keep_conflict(
    app: AppHandle,
    state: State<'_, AppState>,
    entity: String,
    row_id: String,
    field: String,
    keep: Keep,
) -> Result<()> {
    write(&app, &state, (Entity::Plan, row_id.as_str()), |s| team::keep(s, &entity, &row_id, &field, keep))?;
    let _ = current(&state, false).map(|c| c.emit(&app));
    Ok(())
}
