//! Commands of the Results view: the report of a year or quarter, importing a platform's
//! analytics export (previewed first, proposals confirmed by line), an item's link to its
//! post (typed, or pasted in bulk), the outcomes and lessons noted by hand, and "By the
//! numbers" as PDF, XLSX or JSON.

use almanac_core::domain::{Outcome, OutcomeDraft, PostLink};
use almanac_core::export::results::{self as results_export, ResultsWritten};
use almanac_core::import::results::links::{self, LinkPaste, PastedLinks};
use almanac_core::import::results::{import, ResultsImport, ResultsPreview};
use almanac_core::import::EXTENSIONS;
use almanac_core::ops::results::{self, ResultsPeriod, ResultsReport};
use almanac_core::Result;
use tauri::{AppHandle, State};

use crate::features::exports::pick_file;
use crate::state::{export_to, read, with_store, write, AppState, Entity};

/// The results of a year or a quarter.
#[tauri::command]
#[specta::specta]
pub async fn results_report(state: State<'_, AppState>, period: ResultsPeriod) -> Result<ResultsReport> {
    read(&state, |s| results::report(s, period))
}

/// The system's Open dialog for an analytics export; none when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn choose_results_file(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>> {
    pick_file(&app, &state, "Analytics export", EXTENSIONS, None)
}

/// What importing the export at `path` would do: the import run with its dry-run flag.
#[tauri::command]
#[specta::specta]
pub async fn preview_results_import(
    state: State<'_, AppState>,
    path: String,
    options: ResultsImport,
) -> Result<ResultsPreview> {
    let path = state.files.readable(&path, EXTENSIONS)?;
    with_store(&state, |s| import(s, &path, &options, true))
}

/// Imports the export at `path` in one undoable change, or nothing if any row is bad.
#[tauri::command]
#[specta::specta]
pub async fn import_results(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    options: ResultsImport,
) -> Result<ResultsPreview> {
    let path = state.files.readable(&path, EXTENSIONS)?;
    write(&app, &state, Entity::Results, |s| import(s, &path, &options, false))
}

/// The link of an item to its post, if it has one.
#[tauri::command]
#[specta::specta]
pub async fn item_link(state: State<'_, AppState>, item: String) -> Result<Option<String>> {
    read(&state, |s| results::link_of(s, &item))
}

/// Sets an item's link to its post (empty removes it).
#[tauri::command]
#[specta::specta]
pub async fn set_item_link(
    app: AppHandle,
    state: State<'_, AppState>,
    item: String,
    link: String,
) -> Result<Option<PostLink>> {
    write(&app, &state, (Entity::Results, item.as_str()), |s| results::set_link(s, &item, &link))
}

/// Links pasted in bulk, each proposed to the item that went out then; with `dryRun`
/// only the preview, else the confirmed lines linked in one undoable change.
#[tauri::command]
#[specta::specta]
pub async fn paste_links(
    app: AppHandle,
    state: State<'_, AppState>,
    paste: LinkPaste,
    dry_run: bool,
) -> Result<PastedLinks> {
    if dry_run {
        return with_store(&state, |s| links::paste(s, &paste, true));
    }
    write(&app, &state, Entity::Results, |s| links::paste(s, &paste, false))
}

#[tauri::command]
#[specta::specta]
pub async fn create_outcome(app: AppHandle, state: State<'_, AppState>, draft: OutcomeDraft) -> Result<Outcome> {
    write(&app, &state, Entity::Results, |s| results::create_outcome(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_outcome(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: OutcomeDraft,
) -> Result<Outcome> {
    write(&app, &state, (Entity::Results, id.as_str()), |s| results::update_outcome(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_outcome(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, (Entity::Results, id.as_str()), |s| results::delete_outcome(s, &id))
}

/// "By the numbers" (.pdf), the workbook (.xlsx) or the report (.json), by `path`'s extension.
#[tauri::command]
#[specta::specta]
pub async fn export_results(state: State<'_, AppState>, period: ResultsPeriod, path: String) -> Result<ResultsWritten> {
    let lower = path.to_ascii_lowercase();
    let ext = ["xlsx", "json"].into_iter().find(|e| lower.ends_with(&format!(".{e}"))).unwrap_or("pdf");
    export_to(&state, &path, ext, |s, out| results_export::export(s, period, chrono::Utc::now(), out))
}
