//! The Import menu's routes: a public calendar file previewed as the key dates or blackout
//! periods it would add, and a planning grid's rows previewed as the content items they
//! would add; each then added in one undoable change.

use std::path::Path;

use almanac_core::import::calendar::{self, CalendarImportOptions, CalendarPreview};
use almanac_core::import::items::{self, ColumnMapping, ImportPreview};
use almanac_core::import::EXTENSIONS;
use almanac_core::Result;
use tauri::{AppHandle, State};

use crate::features::exports::pick_file;
use crate::state::{read, write, AppState, Entity};

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
    read(&state, |s| calendar::preview(s, &path, &options))
}

/// Adds what the preview lists; returns how many dates were added.
#[tauri::command]
#[specta::specta]
pub async fn import_calendar(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    options: CalendarImportOptions,
) -> Result<u32> {
    let path = state.files.readable(&path, CALENDAR_FILES)?;
    write(&app, &state, Entity::KeyDate, |s| calendar::apply(s, Path::new(&path), &options))
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
    read(&state, |s| items::preview(s, &path, mapping.as_ref()))
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
    write(&app, &state, Entity::Item, |s| items::apply(s, &path, &mapping, false))
}
