//! File → Back up and File → Restore: a copy of the plan (or the whole plan as JSON)
//! written while the window stays open, and a copy chosen in the system's Open dialog
//! (the automatic snapshots' folder first) put in the plan's place, with the plan as it
//! was snapshotted first; the window then shows the restored plan.

use almanac_core::export::plan_json;
use almanac_core::store::backup::SNAPSHOT_DIR;
use almanac_core::store::restore::{self, RestoreOptions, Restored};
use almanac_core::store::DATABASE_FILE;
use almanac_core::{Error, Result, Sentence};
use tauri::{AppHandle, State};

use crate::features::exports::pick_file;
use crate::startup::Startup;
use crate::state::{export_to, with_plan_closed, AppState};

/// The files a restore reads: copies made by Back up, and the automatic snapshots.
const PLAN_COPIES: &[&str] = &["almanac", "sqlite3"];

/// Writes a copy of the plan to `path` (a `.almanac` file); returns the path.
#[tauri::command]
#[specta::specta]
pub async fn back_up_plan(state: State<'_, AppState>, path: String) -> Result<String> {
    export_to(&state, &path, "almanac", |s, out| s.back_up_to(out).map(|()| out.display().to_string()))
}

/// Writes the whole plan as a JSON document to `path`; returns the records written.
#[tauri::command]
#[specta::specta]
pub async fn export_plan_json(state: State<'_, AppState>, path: String) -> Result<u32> {
    export_to(&state, &path, "json", |s, out| plan_json::export(s, chrono::Utc::now(), out))
}

/// The system's Open dialog for a copy of the plan, in the snapshots' folder; none when
/// the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn choose_plan_copy(
    app: AppHandle,
    state: State<'_, AppState>,
    startup: State<'_, Startup>,
) -> Result<Option<String>> {
    pick_file(&app, &state, "Almanac plan copy", PLAN_COPIES, Some(startup.data_dir().join(SNAPSHOT_DIR)))
}

/// Puts the copy at `path` in the plan's place and opens it; says where the plan as it was
/// is kept, and where rows set aside went. A file that is not a sound plan is refused (or,
/// when asked, restored without its unreadable rows) and the plan stays open.
#[tauri::command]
#[specta::specta]
pub async fn restore_plan(
    app: AppHandle,
    state: State<'_, AppState>,
    startup: State<'_, Startup>,
    path: String,
    options: RestoreOptions,
) -> Result<Restored> {
    let file = state.files.readable(&path, PLAN_COPIES)?;
    let dir = startup.data_dir().to_path_buf();
    let plan = dir.join(DATABASE_FILE);
    if file == plan {
        return Err(Error::validation("path", Sentence::new("error-team-restore-plan-itself")));
    }
    with_plan_closed(&app, &state, &plan, || restore::restore(&dir, &file, chrono::Utc::now(), options))
}
