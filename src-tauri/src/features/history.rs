//! Commands of the app bar's undo and redo, and the same step from the Edit menu.

use almanac_core::store::HistoryState;
use almanac_core::{Result, Sentence, Store};
use tauri::{AppHandle, Manager, State};

use crate::state::{read, write, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn history(state: State<'_, AppState>) -> Result<HistoryState> {
    read(&state, Store::history)
}

/// Undoes the latest change; returns its label, or null when there was nothing to undo.
#[tauri::command]
#[specta::specta]
pub async fn undo(app: AppHandle, state: State<'_, AppState>) -> Result<Option<Sentence>> {
    write(&app, &state, Entity::Plan, Store::undo)
}

/// Redoes the change undone last; returns its label, or null when there was nothing to redo.
#[tauri::command]
#[specta::specta]
pub async fn redo(app: AppHandle, state: State<'_, AppState>) -> Result<Option<Sentence>> {
    write(&app, &state, Entity::Plan, Store::redo)
}

/// Undo or redo from the window's Edit menu: the same journal step as the commands.
pub fn history_step_from_menu(app: &AppHandle, redo: bool) {
    let state = app.state::<AppState>();
    let label = if redo { "redo" } else { "undo" };
    let step = |s: &mut Store| if redo { s.redo() } else { s.undo() };
    if let Err(e) = write(app, &state, Entity::Plan, step) {
        log::error!("{label} failed: {e}");
    }
}
