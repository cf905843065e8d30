//! When the plan cannot be opened (a damaged file, one from a newer Almanac, a folder that
//! cannot be read), the window still opens and says so, in place of the app, with the
//! backups found beside the plan. Restoring one opens the plan in the same window.

use std::path::PathBuf;
use std::sync::Mutex;

use almanac_core::{Error, Result, Store};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager, State};

use crate::state::{guarded, AppState};

/// What stopped the plan from opening.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StartupProblem {
    /// The plan file that could not be opened.
    pub path: String,
    pub error: Error,
    /// Backups found beside the plan, newest first (only for a damaged plan).
    pub backups: Vec<String>,
}

/// The problem of this start, if any; cleared once a restored plan opens.
pub struct Startup {
    data_dir: PathBuf,
    problem: Mutex<Option<StartupProblem>>,
}

impl Startup {
    pub fn new(data_dir: PathBuf, error: Option<Error>) -> Self {
        let path = data_dir.join(almanac_core::store::DATABASE_FILE);
        let problem = error.map(|error| StartupProblem {
            path: path.display().to_string(),
            backups: match &error {
                Error::Damaged { backups, .. } => backups.clone(),
                _ => vec![],
            },
            error,
        });
        Startup { data_dir, problem: Mutex::new(problem) }
    }

    /// The folder the plan is in.
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }
}

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
            return Err(Error::conflict("the plan is open; there is nothing to restore"));
        }
        let path = startup.data_dir.join(almanac_core::store::DATABASE_FILE);
        let aside = almanac_core::store::restore_backup(&path, &backup, chrono::Utc::now())?;
        let store = Store::open_dir(&startup.data_dir)?;
        app.manage(AppState::new(store));
        *problem = None;
        Ok(aside)
    })
}
