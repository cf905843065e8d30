//! The window's menu bar. Undo and redo carry no accelerator here: the web view
//! handles Ctrl+Z itself, so text fields keep their own undo.

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Manager, Wry};
use tauri_plugin_opener::OpenerExt;

use tauri_specta::Event;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::features::history::history_step_from_menu;
use crate::logging;
use crate::startup::Startup;

/// A menu item the web view carries out (the menu lives in Rust, the forms in the UI).
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct MenuAction {
    pub action: MenuActionKind,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum MenuActionKind {
    ExportAnnualPlan,
    /// File → Back up the plan…
    BackUp,
    /// File → Restore from a backup…
    Restore,
    /// Import → Key dates or blackouts from a calendar (ICS)…
    ImportCalendar,
    /// Import → Content items from a spreadsheet…
    ImportItems,
    /// Export → Calendar (ICS)…
    ExportCalendar,
    /// Export → Spreadsheet (XLSX, CSV)…
    ExportSpreadsheet,
    /// Export → Publishing tool files…
    ExportHandoff,
    /// Export → Audit trail (CSV, PDF)…
    ExportAudit,
    /// Export → Web page to share (HTML)…
    ExportWebPage,
    /// Import → Results from the platforms' analytics exports…
    ImportResults,
    /// Export → Results: By the numbers…
    ExportResults,
    /// Help → About: the version and where the plan lives.
    About,
}

const UNDO: &str = "undo";
const REDO: &str = "redo";
const EXPORT_PLAN: &str = "export-plan";
const EXPORT_CALENDAR: &str = "export-calendar";
const BACK_UP: &str = "back-up";
const IMPORT_CALENDAR: &str = "import-calendar";
const IMPORT_ITEMS: &str = "import-items";
const RESTORE: &str = "restore";
const EXPORT_SPREADSHEET: &str = "export-spreadsheet";
const EXPORT_HANDOFF: &str = "export-handoff";
const EXPORT_AUDIT: &str = "export-audit";
const EXPORT_WEB: &str = "export-web";
const IMPORT_RESULTS: &str = "import-results";
const EXPORT_RESULTS: &str = "export-results";
const ABOUT: &str = "about";
const OPEN_LOG: &str = "open-log";

pub fn build(app: &AppHandle) -> tauri::Result<Menu<Wry>> {
    let undo = MenuItemBuilder::with_id(UNDO, "Undo last change (Ctrl+Z)").build(app)?;
    let redo = MenuItemBuilder::with_id(REDO, "Redo (Ctrl+Shift+Z)").build(app)?;
    let export_plan = MenuItemBuilder::with_id(EXPORT_PLAN, "Annual plan (PDF)…").build(app)?;
    let export_calendar = MenuItemBuilder::with_id(EXPORT_CALENDAR, "Calendar (ICS)…").build(app)?;
    let export_spreadsheet = MenuItemBuilder::with_id(EXPORT_SPREADSHEET, "Spreadsheet (XLSX, CSV)…").build(app)?;
    let back_up = MenuItemBuilder::with_id(BACK_UP, "Back up the plan…").build(app)?;
    let restore = MenuItemBuilder::with_id(RESTORE, "Restore from a backup…").build(app)?;
    let export_handoff =
        MenuItemBuilder::with_id(EXPORT_HANDOFF, "Publishing tool files (Hootsuite, Sprout)…").build(app)?;
    let export_audit = MenuItemBuilder::with_id(EXPORT_AUDIT, "Audit trail of a period (CSV, PDF)…").build(app)?;
    let export_web = MenuItemBuilder::with_id(EXPORT_WEB, "Web page to share (HTML)…").build(app)?;
    let export_results =
        MenuItemBuilder::with_id(EXPORT_RESULTS, "Results: By the numbers (PDF, XLSX, JSON)…").build(app)?;
    let file = SubmenuBuilder::new(app, "File").item(&back_up).item(&restore).separator().quit().build()?;
    let edit = SubmenuBuilder::new(app, "Edit").item(&undo).item(&redo).build()?;
    let export = SubmenuBuilder::new(app, "Export")
        .item(&export_plan)
        .item(&export_calendar)
        .item(&export_spreadsheet)
        .item(&export_handoff)
        .item(&export_audit)
        .item(&export_web)
        .item(&export_results)
        .build()?;
    let import_calendar =
        MenuItemBuilder::with_id(IMPORT_CALENDAR, "Key dates or blackouts from a calendar (ICS)…").build(app)?;
    let import_items =
        MenuItemBuilder::with_id(IMPORT_ITEMS, "Content items from a spreadsheet (XLSX, CSV, ODS)…").build(app)?;
    let import_results =
        MenuItemBuilder::with_id(IMPORT_RESULTS, "Results from an analytics export (X, Meta, LinkedIn)…").build(app)?;
    let import =
        SubmenuBuilder::new(app, "Import").item(&import_calendar).item(&import_items).item(&import_results).build()?;
    let about = MenuItemBuilder::with_id(ABOUT, "About Almanac").build(app)?;
    let open_log = MenuItemBuilder::with_id(OPEN_LOG, "Open the log folder").build(app)?;
    let help = SubmenuBuilder::new(app, "Help").item(&about).item(&open_log).build()?;
    MenuBuilder::new(app).items(&[&file, &edit, &import, &export, &help]).build()
}

pub fn on_event(app: &AppHandle, event: MenuEvent) {
    match event.id().as_ref() {
        UNDO => history_step_from_menu(app, false),
        REDO => history_step_from_menu(app, true),
        EXPORT_PLAN => to_window(app, MenuActionKind::ExportAnnualPlan),
        EXPORT_CALENDAR => to_window(app, MenuActionKind::ExportCalendar),
        BACK_UP => to_window(app, MenuActionKind::BackUp),
        IMPORT_CALENDAR => to_window(app, MenuActionKind::ImportCalendar),
        IMPORT_ITEMS => to_window(app, MenuActionKind::ImportItems),
        RESTORE => to_window(app, MenuActionKind::Restore),
        EXPORT_SPREADSHEET => to_window(app, MenuActionKind::ExportSpreadsheet),
        EXPORT_HANDOFF => to_window(app, MenuActionKind::ExportHandoff),
        EXPORT_AUDIT => to_window(app, MenuActionKind::ExportAudit),
        EXPORT_WEB => to_window(app, MenuActionKind::ExportWebPage),
        IMPORT_RESULTS => to_window(app, MenuActionKind::ImportResults),
        EXPORT_RESULTS => to_window(app, MenuActionKind::ExportResults),
        ABOUT => to_window(app, MenuActionKind::About),
        OPEN_LOG => open_log_folder(app),
        _ => {}
    }
}

/// Help → Open the log folder: the plan folder's `logs/` in the file manager, for a
/// person or their IT support to read what went wrong in the background.
fn open_log_folder(app: &AppHandle) {
    let folder = logging::folder(app.state::<Startup>().data_dir());
    if let Err(e) = std::fs::create_dir_all(&folder) {
        return log::error!("the log folder {} could not be made: {e}", folder.display());
    }
    if let Err(e) = app.opener().open_path(folder.display().to_string(), None::<&str>) {
        log::error!("the log folder {} could not be opened: {e}", folder.display());
    }
}

/// Hands a menu item to the web view, which carries it out.
fn to_window(app: &AppHandle, action: MenuActionKind) {
    if let Err(e) = (MenuAction { action }).emit(app) {
        log::error!("the menu could not reach the window: {e}");
    }
}
