//! Commands of the crisis pause: what is paused, pausing the plan, and resuming it.

use almanac_core::domain::CrisisPause;
use almanac_core::ops::pause::{self, PauseDraft, ResumeMode};
use almanac_core::Result;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::state::{read, write, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn active_pause(state: State<'_, AppState>) -> Result<Option<CrisisPause>> {
    read(&state, pause::active)
}

#[tauri::command]
#[specta::specta]
pub async fn pause_plan(app: AppHandle, state: State<'_, AppState>, draft: PauseDraft) -> Result<CrisisPause> {
    write(&app, &state, Entity::Pause, |s| pause::pause(s, &draft, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn resume_pause(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    mode: ResumeMode,
) -> Result<CrisisPause> {
    write(&app, &state, Entity::Pause, |s| pause::resume(s, &id, mode, Utc::now()))
}
