//! Commands of the export forms: the path suggested in Documents, the native "Save as"
//! dialog, opening what was exported, and the calendar and spreadsheet exports. The
//! dialog and the opener are driven from here, so the web view needs no file-system or
//! shell permission of its own; `files` decides which paths it may name.

use std::path::{Path, PathBuf};

use almanac_core::export::audit::{self, AuditWritten};
use almanac_core::export::feed::{self, Feed};
use almanac_core::export::grid::{self, GridFormat, GridWritten};
use almanac_core::export::handoff::{self, HandoffFormat, HandoffReport};
use almanac_core::export::ics::{self, IcsOptions, IcsWritten};
use almanac_core::export::web_page::{self, Period};
use almanac_core::export::Selection;
use almanac_core::ops::audit::AuditQuery;
use almanac_core::{Error, Result, Sentence};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::startup::Startup;
use crate::state::{export_to, guarded, read, AppState};

/// The kinds of file the app exports: extension and what the save dialog calls it.
const EXPORT_KINDS: [(&str, &str); 7] = [
    ("pdf", "PDF document"),
    ("ics", "iCalendar file"),
    ("xlsx", "Excel workbook"),
    ("csv", "CSV spreadsheet"),
    ("almanac", "Almanac plan copy"),
    ("json", "Whole plan as JSON"),
    ("html", "Web page"),
];

/// The export kind `path` names by its extension: PDF when it names none of them.
fn export_kind(path: &Path) -> (&'static str, &'static str) {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    EXPORT_KINDS.into_iter().find(|(e, _)| *e == ext).unwrap_or(EXPORT_KINDS[0])
}

/// `path` with the kind's extension added when it has another one (or none).
fn with_extension(mut path: PathBuf, ext: &str) -> PathBuf {
    if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)) {
        path.as_mut_os_string().push(format!(".{ext}"));
    }
    path
}

/// A path in the user's documents folder for `file_name`, to prefill the export form;
/// the export may write there while no other file is in the way.
#[tauri::command]
#[specta::specta]
pub async fn suggest_export_path(state: State<'_, AppState>, file_name: String) -> Result<String> {
    guarded(|| {
        let dir = dirs_documents().ok_or_else(|| Error::io(Sentence::new("error-team-no-documents-folder")))?;
        let name = PathBuf::from(safe_file_name(&file_name));
        let (ext, _) = export_kind(&name);
        let path = with_extension(dir.join(name), ext);
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

/// The native "Save as" dialog for the kind of file `suggested` names (a PDF, a calendar,
/// a workbook or a CSV file; it asks before replacing a file); none when the user cancels.
/// The path chosen, with the kind's extension added if missing, may then be written.
#[tauri::command]
#[specta::specta]
pub async fn choose_save_path(app: AppHandle, state: State<'_, AppState>, suggested: String) -> Result<Option<String>> {
    guarded(|| {
        let suggested = PathBuf::from(suggested);
        let (ext, kind) = export_kind(&suggested);
        let mut dialog = app.dialog().file().add_filter(kind, &[ext]);
        if let Some(dir) = suggested.parent().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        let Some(chosen) = dialog.blocking_save_file().and_then(|p| p.into_path().ok()) else {
            return Ok(None);
        };
        let chosen = with_extension(chosen, ext);
        state.files.grant_save(&chosen);
        Ok(Some(chosen.display().to_string()))
    })
}

/// The system's Open dialog for a file of `kind` (its name in the dialog's filter) with one
/// of `extensions`, starting in `dir` when given; none when the user cancels. The file
/// chosen may then be read.
pub(crate) fn pick_file(
    app: &AppHandle,
    state: &AppState,
    kind: &str,
    extensions: &[&str],
    dir: Option<PathBuf>,
) -> Result<Option<String>> {
    guarded(|| {
        let mut dialog = app.dialog().file().add_filter(kind, extensions);
        if let Some(dir) = dir.filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        let chosen = dialog.blocking_pick_file().and_then(|p| p.into_path().ok());
        if let Some(path) = &chosen {
            state.files.grant_read(path);
        }
        Ok(chosen.map(|p| p.display().to_string()))
    })
}

/// Opens a file this session exported in the laptop's default app; any other path is refused.
#[tauri::command]
#[specta::specta]
pub async fn open_exported(app: AppHandle, state: State<'_, AppState>, path: String) -> Result<()> {
    guarded(|| {
        let path = state.files.openable(&path)?;
        app.opener().open_path(path.display().to_string(), None::<&str>).map_err(|e| {
            Error::io(
                Sentence::new("error-team-cannot-open")
                    .with("path", path.display().to_string())
                    .with("reason", e.to_string()),
            )
        })
    })
}

/// Export → Calendar: the plan's items (and optionally campaigns and key dates) as an
/// iCalendar file for Outlook, Google, Apple Calendar or Thunderbird.
#[tauri::command]
#[specta::specta]
pub async fn export_calendar(state: State<'_, AppState>, options: IcsOptions, path: String) -> Result<IcsWritten> {
    export_to(&state, &path, "ics", |s, out| ics::export(s, &options, chrono::Utc::now(), out))
}

/// Export → Spreadsheet: the grid's items as an Excel workbook or a CSV file.
#[tauri::command]
#[specta::specta]
pub async fn export_spreadsheet(
    state: State<'_, AppState>,
    selection: Selection,
    format: GridFormat,
    path: String,
) -> Result<GridWritten> {
    let ext = match format {
        GridFormat::Xlsx => "xlsx",
        GridFormat::Csv => "csv",
    };
    export_to(&state, &path, ext, |s, out| grid::export(s, &selection, format, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggested_name_keeps_a_known_extension_and_gets_pdf_otherwise() {
        assert_eq!(export_kind(Path::new("plan.ICS")).0, "ics");
        assert_eq!(export_kind(Path::new("grid.xlsx")).1, "Excel workbook");
        assert_eq!(export_kind(Path::new("notes.txt")).0, "pdf");
        assert_eq!(export_kind(Path::new("Westmark plan 2027-03-01.almanac")).0, "almanac");
        assert_eq!(with_extension(PathBuf::from("/d/plan"), "ics"), PathBuf::from("/d/plan.ics"));
        assert_eq!(with_extension(PathBuf::from("/d/plan.ICS"), "ics"), PathBuf::from("/d/plan.ICS"));
        assert_eq!(with_extension(PathBuf::from("/d/plan.txt"), "csv"), PathBuf::from("/d/plan.txt.csv"));
    }
}

/// Where this laptop publishes the plan's calendar, if it does.
#[tauri::command]
#[specta::specta]
pub async fn published_calendar(startup: State<'_, Startup>) -> Result<Option<Feed>> {
    guarded(|| feed::get(startup.data_dir()))
}

/// Publishes the plan's calendar to `feed.path` (chosen in the Save dialog) now and after
/// every change.
#[tauri::command]
#[specta::specta]
pub async fn publish_calendar(state: State<'_, AppState>, feed: Feed) -> Result<IcsWritten> {
    export_to(&state, &feed.path, "ics", |s, _| feed::start(s, &feed, chrono::Utc::now()))
}

/// Stops publishing the plan's calendar; the file last written stays.
#[tauri::command]
#[specta::specta]
pub async fn stop_publishing(startup: State<'_, Startup>) -> Result<()> {
    guarded(|| feed::stop(startup.data_dir()))
}

/// Export → Publishing tool files: a channel's approved items as Hootsuite's or Sprout's
/// bulk-upload files, the first at `path` (chosen in the Save dialog or suggested) and
/// any further parts beside it, and what was left out.
#[tauri::command]
#[specta::specta]
pub async fn export_handoff(
    state: State<'_, AppState>,
    format: HandoffFormat,
    channel: String,
    from: String,
    to: String,
    path: String,
) -> Result<HandoffReport> {
    let first = state.files.writable(&path, "csv")?;
    // Further parts are new files beside the first: none may replace a file this session did not write.
    for part in handoff::part_paths(&first, 64).into_iter().skip(1) {
        if part.exists() && state.files.openable(&part.display().to_string()).is_err() {
            return Err(Error::validation(
                "path",
                Sentence::new("error-team-already-there").with("path", part.display().to_string()),
            ));
        }
    }
    let report = read(&state, |s| handoff::export(s, format, &channel, (&from, &to), &first, chrono::Utc::now()))?;
    for file in &report.files {
        state.files.record_export(Path::new(file));
    }
    Ok(report)
}

/// Export → Audit trail: every item dated in a period with when it was first planned for
/// its day and every change after, as CSV or PDF by the extension of `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_audit(state: State<'_, AppState>, query: AuditQuery, path: String) -> Result<AuditWritten> {
    let ext = if path.to_ascii_lowercase().ends_with(".pdf") { "pdf" } else { "csv" };
    export_to(&state, &path, ext, |s, out| audit::export(s, &query, chrono::Utc::now(), out))
}

/// Export → Web page: a month, a quarter or the year as one self-contained HTML file to
/// share; returns how many items it shows.
#[tauri::command]
#[specta::specta]
pub async fn export_web_page(state: State<'_, AppState>, period: Period, path: String) -> Result<u32> {
    export_to(&state, &path, "html", |s, out| web_page::export(s, period, chrono::Utc::now(), out))
}
