//! When the plan cannot be opened (a damaged file, one from a newer Almanac, a folder that
//! cannot be read), the window still opens and says so, in place of the app, with the
//! backups found beside the plan. Restoring one opens the plan in the same window.

use almanac_core::{Error, Result, Sentence, Store};
use tauri::{AppHandle, Manager, State};

use crate::startup::{Startup, StartupProblem};
use crate::state::{guarded, AppState};

/// What stopped the plan from opening; none when the plan is open.
#[tauri::command]
#[specta::specta]
pub async fn startup_problem(startup: State<'_, Startup>) -> Result<Option<StartupProblem>> {
    Ok(startup.problem.lock().unwrap_or_else(|p| p.into_inner()).clone())
}

/// Puts `backup` in place of the damaged plan (which is kept beside it) and opens it.
/// Returns the name the damaged file was kept under.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(app: AppHandle, startup: State<'_, Startup>, backup: String) -> Result<String> {
    guarded(|| {
        let mut problem = startup.problem.lock().unwrap_or_else(|p| p.into_inner());
        if problem.is_none() {
            return Err(Error::conflict(Sentence::new("error-team-nothing-to-restore")));
        }
        let path = startup.data_dir().join(almanac_core::store::DATABASE_FILE);
        let aside = almanac_core::store::restore_backup(&path, &backup, chrono::Utc::now())?;
        let store = Store::open_dir(startup.data_dir())?;
        app.manage(AppState::new(store));
        *problem = None;
        Ok(aside)
    })
}
