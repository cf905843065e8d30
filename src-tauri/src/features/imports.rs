//! The Import menu's routes: a public calendar file previewed as the key dates or blackout
//! periods it would add, and a planning grid's rows previewed as the content items they
//! would add; each then added in one undoable change.

use almanac_core::import::calendar::{self, CalendarImportOptions, CalendarPreview};
use almanac_core::import::items::{self, ColumnMapping, ImportPreview};
use almanac_core::import::EXTENSIONS;
use almanac_core::Result;
use tauri::{AppHandle, State};

use crate::features::exports::pick_file;
use crate::state::{with_store, write, AppState, Entity};

/// The extensions a calendar file has.
const CALENDAR_FILES: &[&str] = &["ics", "ical", "icalendar"];

/// The system's Open dialog for a calendar file; none when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn choose_calendar_file(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>> {
    pick_file(&app, &state, "iCalendar file", CALENDAR_FILES, None)
}

/// What importing the calendar at `path` would add.
#[tauri::command]
#[specta::specta]
pub async fn preview_calendar_import(
    state: State<'_, AppState>,
    path: String,
    options: CalendarImportOptions,
) -> Result<CalendarPreview> {
    let path = state.files.readable(&path, CALENDAR_FILES)?;
    with_store(&state, |s| calendar::import(s, &path, &options, true))
}

/// Adds what the preview (this, run dry) lists; returns how many dates were added.
#[tauri::command]
#[specta::specta]
pub async fn import_calendar(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    options: CalendarImportOptions,
) -> Result<u32> {
    let path = state.files.readable(&path, CALENDAR_FILES)?;
    write(&app, &state, Entity::KeyDate, |s| calendar::import(s, &path, &options, false).map(|p| p.added))
}

/// Reads a planning grid and judges each row; no mapping means the one its headers suggest.
#[tauri::command]
#[specta::specta]
pub async fn preview_item_import(
    state: State<'_, AppState>,
    path: String,
    mapping: Option<ColumnMapping>,
) -> Result<ImportPreview> {
    let path = state.files.readable(&path, EXTENSIONS)?;
    with_store(&state, |s| items::import(s, &path, mapping.as_ref(), true))
}

/// Adds every new row as a content item in one undoable change, or nothing if any row is bad.
#[tauri::command]
#[specta::specta]
pub async fn import_items(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    mapping: ColumnMapping,
) -> Result<u32> {
    let path = state.files.readable(&path, EXTENSIONS)?;
    write(&app, &state, Entity::Item, |s| items::import(s, &path, Some(&mapping), false).map(|p| p.valid))
}
