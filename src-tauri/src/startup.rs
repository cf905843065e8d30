//! What this start found: the folder the plan is in, and what stopped the plan from
//! opening, if anything (the window then opens on the recovery page instead of the app).

use std::path::PathBuf;
use std::sync::Mutex;

use almanac_core::Error;
use serde::Serialize;
use specta::Type;

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
    pub(crate) problem: Mutex<Option<StartupProblem>>,
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
