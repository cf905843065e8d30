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

use crate::commands::{guarded, read, AppState};

/// A path in the user's documents folder for `file_name`, to prefill the export form;
/// the export may write there while no other file is in the way.
#[tauri::command]
#[specta::specta]
pub async fn suggest_export_path(state: State<'_, AppState>, file_name: String) -> Result<String> {
    guarded(|| {
        let dir = dirs_documents().ok_or_else(|| Error::io("cannot find the documents folder"))?;
        let mut name = safe_file_name(&file_name);
        if !name.to_ascii_lowercase().ends_with(".pdf") {
            name.push_str(".pdf");
        }
        let path = dir.join(name);
        state.files.grant_suggested(&path);
        Ok(path.display().to_string())
    })
}

/// Characters no file name may hold on Windows, macOS or Linux become dashes; a name
/// that would hide the file or climb folders loses its leading dots.
fn safe_file_name(name: &str) -> String {
    let dashed: String =
        name.trim()
            .chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                    '-'
                } else {
                    c
                }
            })
            .collect();
    let name = dashed.trim_start_matches('.').to_string();
    if name.is_empty() {
        "export".into()
    } else {
        name
    }
}

fn dirs_documents() -> Option<PathBuf> {
    dirs::document_dir().filter(|d| d.is_dir()).or_else(dirs::home_dir)
}

/// The native "Save as" dialog for a PDF (it asks before replacing a file); none when the
/// user cancels. The path chosen, with `.pdf` added if missing, may then be written.
#[tauri::command]
#[specta::specta]
pub async fn choose_save_path(app: AppHandle, state: State<'_, AppState>, suggested: String) -> Result<Option<String>> {
    guarded(|| {
        let suggested = PathBuf::from(suggested);
        let mut dialog = app.dialog().file().add_filter("PDF document", &["pdf"]);
        if let Some(dir) = suggested.parent().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        let Some(mut chosen) = dialog.blocking_save_file().and_then(|p| p.into_path().ok()) else {
            return Ok(None);
        };
        if !chosen.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
            chosen.as_mut_os_string().push(".pdf");
        }
        state.files.grant_save(&chosen);
        Ok(Some(chosen.display().to_string()))
    })
}

/// Writes the one-page annual plan to `path` (atomically: a failure leaves no file).
#[tauri::command]
#[specta::specta]
pub async fn export_annual_plan(
    state: State<'_, AppState>,
    options: AnnualPlanOptions,
    path: String,
) -> Result<ExportedFile> {
    let out = state.files.writable(&path, "pdf")?;
    let written = read(&state, |s| annual_plan::export(s, &options, chrono::Utc::now(), &out))?;
    state.files.record_export(&out);
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
    let out = state.files.writable(&path, "pdf")?;
    let written = read(&state, |s| brief::export(s, &id, chrono::Utc::now(), &out))?;
    state.files.record_export(&out);
    Ok(written)
}

/// Opens a file this session exported in the laptop's default app; any other path is refused.
#[tauri::command]
#[specta::specta]
pub async fn open_exported(app: AppHandle, state: State<'_, AppState>, path: String) -> Result<()> {
    guarded(|| {
        let path = state.files.openable(&path)?;
        app.opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| Error::io(format!("cannot open {}: {e}", path.display())))
    })
}
