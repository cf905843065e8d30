//! Help → About: the version and where the plan lives on this laptop, so a team (or IT)
//! can find the file to back up or move to a new laptop, and the log to read when
//! something went wrong in the background.

use almanac_core::store::DATABASE_FILE;
use almanac_core::Result;
use serde::Serialize;
use specta::Type;
use tauri::State;

use crate::startup::Startup;

/// What Help → About shows.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AboutApp {
    /// Almanac's version.
    pub version: String,
    /// The folder holding the plan and its backups.
    pub data_dir: String,
    /// The plan file in that folder.
    pub plan_file: String,
    /// The folder of the log (what the background did and what failed).
    pub log_dir: String,
}

#[tauri::command]
#[specta::specta]
pub async fn about_app(startup: State<'_, Startup>) -> Result<AboutApp> {
    let dir = startup.data_dir();
    Ok(AboutApp {
        version: env!("CARGO_PKG_VERSION").to_string(),
        data_dir: dir.display().to_string(),
        plan_file: dir.join(DATABASE_FILE).display().to_string(),
        log_dir: crate::logging::folder(dir).display().to_string(),
    })
}
