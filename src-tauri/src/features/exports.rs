//! Commands of the export form the Plan and Collaborations share: the path suggested in
//! Documents, the native "Save as" dialog, and opening what was exported. The dialog and
//! the opener are driven from here, so the web view needs no file-system or shell
//! permission of its own; `files` decides which paths it may name.

use std::path::PathBuf;

use almanac_core::{Error, Result};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::state::{guarded, AppState};

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
