//! Changes made to the plan from outside this window (an import or a sync the command line
//! ran while it is open) drawn within a second: SQLite's `data_version` moves when another
//! connection commits to the plan's file, and the window then redraws as after the team's
//! changes (items alone from the event, anything else by asking again) and the team hears
//! of them.

use std::time::Duration;

use tauri::{AppHandle, Manager};
use tauri_specta::Event;

use almanac_core::ops::arrived::arrived;

use crate::state::{read, with_checks, AppState, Entity, PlanChanged};

/// How often the plan's file is asked whether another process changed it.
const LOOK: Duration = Duration::from_secs(1);

/// Starts watching the window's plan for changes made elsewhere.
pub fn start(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || watch(&app));
}

fn watch(app: &AppHandle) {
    // The file's commit count, and the journal's position drawn so far.
    let mut seen: Option<(i64, i64)> = None;
    loop {
        std::thread::sleep(LOOK);
        // None while the plan could not be opened (recovery): watched once it is.
        let Some(state) = app.try_state::<AppState>() else { continue };
        let Ok(now) = read(&state, |s| Ok((s.data_version()?, s.version()?))) else { continue };
        if let Some((commits, drawn)) = seen {
            if commits != now.0 {
                changed_elsewhere(app, &state, drawn);
                state.team.changed();
            }
        }
        seen = Some(now);
    }
}

/// The plan changed other than through this window's commands (the team's changes pulled,
/// another process's commit) after the journal's position `since`: items alone are drawn
/// from the event, the checker catching up on the days they touch; anything else makes the
/// checker start afresh and every view ask again. The published calendar is written anew.
pub(crate) fn changed_elsewhere(app: &AppHandle, state: &AppState, since: i64) {
    state.feed.changed(app);
    // The position read under the same lock as what arrived: a change this window made
    // meanwhile would otherwise lend the event its own position, and the window, having
    // drawn that one, would pass over the colleague's.
    let read_both = with_checks(state, |s, checks| Ok((arrived(s, checks, since)?, s.version()?)));
    let (arrived, version) = read_both.unwrap_or_else(|e| {
        log::warn!("the changes made elsewhere are redrawn in full: {e}");
        state.forget_checks();
        (None, read(state, |s| s.version()).unwrap_or(0))
    });
    let change = match arrived {
        Some(items) if items.entries.is_empty() => return,
        Some(items) => PlanChanged {
            entity: Entity::Item,
            ids: items.entries.iter().map(|e| e.item.id.to_string()).collect(),
            version,
            arrived: Some(items),
        },
        None => PlanChanged { entity: Entity::Plan, ids: vec![], version, arrived: None },
    };
    if let Err(e) = change.emit(app) {
        log::error!("the window could not be told the plan changed: {e}");
    }
}
