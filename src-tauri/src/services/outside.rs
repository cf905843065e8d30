//! Changes made to the plan from outside this window (an import or a sync the command line
//! ran while it is open) drawn within a second: SQLite's `data_version` moves when another
//! connection commits to the plan's file, and the window then redraws as after the team's
//! changes, the checker starting afresh and the team hearing of them.

use std::time::Duration;

use tauri::{AppHandle, Manager};
use tauri_specta::Event;

use crate::state::{read, AppState, Entity, PlanChanged};

/// How often the plan's file is asked whether another process changed it.
const LOOK: Duration = Duration::from_secs(1);

/// Starts watching the window's plan for changes made elsewhere.
pub fn start(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || watch(&app));
}

fn watch(app: &AppHandle) {
    let mut seen = None;
    loop {
        std::thread::sleep(LOOK);
        // None while the plan could not be opened (recovery): watched once it is.
        let Some(state) = app.try_state::<AppState>() else { continue };
        let Ok(now) = read(&state, |s| s.data_version()) else { continue };
        if seen.is_some_and(|before| before != now) {
            changed_elsewhere(app, &state);
            state.team.changed();
        }
        seen = Some(now);
    }
}

/// The plan changed other than through this window's commands (the team's changes pulled,
/// another process's commit): the checker starts afresh, the published calendar is
/// written anew and every view redraws.
pub(crate) fn changed_elsewhere(app: &AppHandle, state: &AppState) {
    state.forget_checks();
    state.feed.changed(app);
    let version = read(state, |s| s.version()).unwrap_or(0);
    if let Err(e) = (PlanChanged { entity: Entity::Plan, ids: vec![], version }).emit(app) {
        log::error!("the window could not be told the plan changed: {e}");
    }
}
