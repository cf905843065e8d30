//! Commands of the calendar: the items of a window and the backlog, the item editor,
//! moves (and their preview), translations, recurring series and key dates.

use almanac_core::domain::KeyDateDraft;
use almanac_core::domain::{ItemDraft, KeyDate, MoveTo, Platform};
use almanac_core::ops::findings;
use almanac_core::ops::items::{self, CalendarEntry, CalendarItem, ItemFilter, WindowQuery};
use almanac_core::ops::moves::{self, MoveOutcome};
use almanac_core::ops::series::{self, SeriesDraft, SeriesScope, SeriesSummary};
use almanac_core::ops::{key_dates, year_timeline};
use almanac_core::schedule::copy_count::{self, CopyCount};
use almanac_core::schedule::findings::Finding;
use almanac_core::store::journal::RowChange;
use almanac_core::timeline::Mark;
use almanac_core::Result;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::state::{read, with_checks, write, write_checked, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn list_items(state: State<'_, AppState>, query: WindowQuery) -> Result<Vec<CalendarEntry>> {
    read(&state, |s| items::list_window(s, &query))
}

/// The items whose title holds every word typed, for the command palette.
#[tauri::command]
#[specta::specta]
pub async fn find_items(state: State<'_, AppState>, words: String) -> Result<Vec<CalendarEntry>> {
    read(&state, |s| items::find(s, &words))
}

#[tauri::command]
#[specta::specta]
pub async fn list_backlog(state: State<'_, AppState>, filter: ItemFilter) -> Result<Vec<CalendarEntry>> {
    read(&state, |s| items::list_backlog(s, &filter))
}

/// The copy as `platform` counts it, for the item editor's live count (none for a
/// network without a limit): the same count the checker and the hand-off apply.
#[tauri::command]
#[specta::specta]
pub async fn count_copy(platform: Platform, copy: String) -> Result<Option<CopyCount>> {
    Ok(copy_count::count(platform, &copy))
}

#[tauri::command]
#[specta::specta]
pub async fn get_item(state: State<'_, AppState>, id: String) -> Result<CalendarItem> {
    read(&state, |s| items::get(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_item(app: AppHandle, state: State<'_, AppState>, draft: ItemDraft) -> Result<CalendarItem> {
    write(&app, &state, Entity::Item, |s| items::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: ItemDraft,
) -> Result<CalendarItem> {
    write(&app, &state, (Entity::Item, id.as_str()), |s| items::update(s, &id, &draft))
}

/// Moves an item (and in the grid gives it the row it is dropped in) and returns what the
/// view redraws: the item, the findings the move created, the badges it changed and the
/// undo, so a drag costs one call.
#[tauri::command]
#[specta::specta]
pub async fn move_item(app: AppHandle, state: State<'_, AppState>, id: String, to: MoveTo) -> Result<MoveOutcome> {
    write_checked(&app, &state, (Entity::Item, id.as_str()), |s, c| moves::move_item(s, c, &id, &to, Utc::now(), false))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_item(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, (Entity::Item, id.as_str()), |s| items::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn item_findings(state: State<'_, AppState>, id: String) -> Result<Vec<Finding>> {
    with_checks(&state, |s, c| findings::findings_of_item(s, c, &id, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn preview_move(state: State<'_, AppState>, id: String, to: MoveTo) -> Result<Vec<Finding>> {
    with_checks(&state, |s, c| moves::move_item(s, c, &id, &to, Utc::now(), true)).map(|o| o.created)
}

#[tauri::command]
#[specta::specta]
pub async fn add_translation(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    language: String,
) -> Result<CalendarItem> {
    write(&app, &state, Entity::Item, |s| items::add_translation(s, &id, &language))
}

/// Who changed the item and how, newest first.
#[tauri::command]
#[specta::specta]
pub async fn item_history(state: State<'_, AppState>, id: String) -> Result<Vec<RowChange>> {
    read(&state, |s| items::history(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn list_translations(state: State<'_, AppState>, id: String) -> Result<Vec<CalendarItem>> {
    read(&state, |s| items::translations(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_series(app: AppHandle, state: State<'_, AppState>, draft: SeriesDraft) -> Result<SeriesSummary> {
    write(&app, &state, Entity::Series, |s| series::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn get_series(state: State<'_, AppState>, id: String) -> Result<SeriesSummary> {
    read(&state, |s| series::get(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn edit_series_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: ItemDraft,
    scope: SeriesScope,
) -> Result<CalendarItem> {
    write(&app, &state, Entity::Series, |s| series::edit(s, &id, &draft, scope))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_series_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    scope: SeriesScope,
) -> Result<()> {
    write(&app, &state, Entity::Series, |s| series::delete(s, &id, scope))
}

/// The key dates touching the days from `from` to `to` (inclusive, `YYYY-MM-DD`): the
/// team's and the built-in catalogue's, one per name and day, as the Plan and the PDF show them.
#[tauri::command]
#[specta::specta]
pub async fn key_date_marks(state: State<'_, AppState>, from: String, to: String) -> Result<Vec<Mark>> {
    read(&state, |s| year_timeline::marks(s, &from, &to))
}

#[tauri::command]
#[specta::specta]
pub async fn create_key_date(app: AppHandle, state: State<'_, AppState>, draft: KeyDateDraft) -> Result<KeyDate> {
    write(&app, &state, Entity::KeyDate, |s| key_dates::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_key_date(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::KeyDate, |s| key_dates::delete(s, &id))
}
