//! Export commands: the annual plan PDF, the native save dialog, and opening
//! what was exported. The dialog and the opener are driven from here, so the
//! web view needs no file-system or shell permission of its own.

use std::path::PathBuf;

use almanac_core::export::annual_plan::{self, AnnualPlanOptions, ExportedFile};
use almanac_core::export::brief::{self, Brief};
use almanac_core::{Error, Result};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::commands::{read, AppState};

/// A path in the user's documents folder for `file_name`, to prefill the export form.
#[tauri::command]
#[specta::specta]
pub async fn suggest_export_path(file_name: String) -> Result<String> {
    let dir = dirs_documents().ok_or_else(|| Error::io("cannot find the documents folder"))?;
    // Characters no file name may hold on Windows, macOS or Linux become dashes.
    let safe: String =
        file_name
            .trim()
            .chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                    '-'
                } else {
                    c
                }
            })
            .collect();
    Ok(dir.join(safe).display().to_string())
}

fn dirs_documents() -> Option<PathBuf> {
    dirs::document_dir().filter(|d| d.is_dir()).or_else(dirs::home_dir)
}

/// The native "Save as" dialog for a PDF; none when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn choose_save_path(app: AppHandle, suggested: String) -> Result<Option<String>> {
    let suggested = PathBuf::from(suggested);
    let mut dialog = app.dialog().file().add_filter("PDF document", &["pdf"]);
    if let Some(dir) = suggested.parent().filter(|d| d.is_dir()) {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = suggested.file_name() {
        dialog = dialog.set_file_name(name.to_string_lossy());
    }
    let chosen = dialog.blocking_save_file();
    Ok(chosen.and_then(|p| p.into_path().ok()).map(|p| p.display().to_string()))
}

/// Writes the one-page annual plan to `path` (atomically: a failure leaves no file).
#[tauri::command]
#[specta::specta]
pub async fn export_annual_plan(
    state: State<'_, AppState>,
    options: AnnualPlanOptions,
    path: String,
) -> Result<ExportedFile> {
    let out = PathBuf::from(&path);
    let written = read(&state, |s| annual_plan::export(s, &options, chrono::Utc::now(), &out))?;
    remember(&state, out);
    Ok(written)
}

/// The briefing pack of a collaboration as text (the e-mail, and what the PDF says).
#[tauri::command]
#[specta::specta]
pub async fn collaboration_brief(state: State<'_, AppState>, id: String) -> Result<Brief> {
    read(&state, |s| brief::brief(s, &id, chrono::Utc::now()))
}

/// Writes the one-page briefing pack of a collaboration to `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_brief(state: State<'_, AppState>, id: String, path: String) -> Result<String> {
    let out = PathBuf::from(&path);
    let written = read(&state, |s| brief::export(s, &id, chrono::Utc::now(), &out))?;
    remember(&state, out);
    Ok(written)
}

fn remember(state: &AppState, path: PathBuf) {
    let mut exported = state.exported.lock().unwrap_or_else(|p| p.into_inner());
    if !exported.contains(&path) {
        exported.push(path);
    }
}

/// Opens a file this session exported in the laptop's default app; any other path is refused.
#[tauri::command]
#[specta::specta]
pub async fn open_exported(app: AppHandle, state: State<'_, AppState>, path: String) -> Result<()> {
    let path = PathBuf::from(path);
    let known = state.exported.lock().unwrap_or_else(|p| p.into_inner()).contains(&path);
    if !known {
        return Err(Error::validation("path", "only a file exported in this session can be opened"));
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| Error::io(format!("cannot open {}: {e}", path.display())))
}
