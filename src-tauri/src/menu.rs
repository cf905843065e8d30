//! The window's menu bar, in the window's language. Undo and redo carry no accelerator here: the web view
//! handles Ctrl+Z itself, so text fields keep their own undo.

use almanac_i18n::{Catalogue, Language};
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Manager, Wry};
use tauri_plugin_opener::OpenerExt;

use tauri_specta::Event;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::appearance::ZoomStep;
use crate::features::appearance::step_zoom;
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
    /// View → Go to or do… (Ctrl+K): the command palette.
    CommandPalette,
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
const ZOOM_IN: &str = "zoom-in";
const ZOOM_OUT: &str = "zoom-out";
const ACTUAL_SIZE: &str = "actual-size";
const PALETTE: &str = "palette";

/// The menu bar in `language`.
pub fn build(app: &AppHandle, language: Language) -> tauri::Result<Menu<Wry>> {
    let words = Catalogue::of(language);
    let item = |id: &str, message: &str| MenuItemBuilder::with_id(id, words.text(message)).build(app);
    let submenu = |message: &str| SubmenuBuilder::new(app, words.text(message));
    let file = submenu("menu-file")
        .item(&item(BACK_UP, "menu-back-up")?)
        .item(&item(RESTORE, "menu-restore")?)
        .separator()
        .quit_with_text(words.text("menu-quit"))
        .build()?;
    let edit = submenu("menu-edit").item(&item(UNDO, "menu-undo")?).item(&item(REDO, "menu-redo")?).build()?;
    let import = submenu("menu-import")
        .item(&item(IMPORT_CALENDAR, "menu-import-calendar")?)
        .item(&item(IMPORT_ITEMS, "menu-import-items")?)
        .item(&item(IMPORT_RESULTS, "menu-import-results")?)
        .build()?;
    let export = submenu("menu-export")
        .item(&item(EXPORT_PLAN, "menu-export-plan")?)
        .item(&item(EXPORT_CALENDAR, "menu-export-calendar")?)
        .item(&item(EXPORT_SPREADSHEET, "menu-export-spreadsheet")?)
        .item(&item(EXPORT_HANDOFF, "menu-export-handoff")?)
        .item(&item(EXPORT_AUDIT, "menu-export-audit")?)
        .item(&item(EXPORT_WEB, "menu-export-web")?)
        .item(&item(EXPORT_RESULTS, "menu-export-results")?)
        .build()?;
    // Ctrl+= is Zoom In as in browsers (Ctrl++ is the same key with Shift on most layouts).
    let accelerated = |id: &str, message: &str, keys: &str| {
        MenuItemBuilder::with_id(id, words.text(message)).accelerator(keys).build(app)
    };
    let view = submenu("menu-view")
        .item(&accelerated(ZOOM_IN, "menu-zoom-in", "CmdOrCtrl+=")?)
        .item(&accelerated(ZOOM_OUT, "menu-zoom-out", "CmdOrCtrl+-")?)
        .item(&accelerated(ACTUAL_SIZE, "menu-actual-size", "CmdOrCtrl+0")?)
        .separator()
        .item(&accelerated(PALETTE, "menu-palette", "CmdOrCtrl+K")?)
        .build()?;
    let help =
        submenu("menu-help").item(&item(ABOUT, "menu-about")?).item(&item(OPEN_LOG, "menu-open-log")?).build()?;
    MenuBuilder::new(app).items(&[&file, &edit, &view, &import, &export, &help]).build()
}

/// Puts the menu bar up again in `language` (a language chosen in Settings).
pub fn rebuild(app: &AppHandle, language: Language) {
    if let Err(e) = build(app, language).and_then(|menu| app.set_menu(menu)) {
        log::error!("the menu bar could not be rebuilt in {}: {e}", language.tag());
    }
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
        PALETTE => to_window(app, MenuActionKind::CommandPalette),
        OPEN_LOG => open_log_folder(app),
        ZOOM_IN => step_zoom(app, ZoomStep::In),
        ZOOM_OUT => step_zoom(app, ZoomStep::Out),
        ACTUAL_SIZE => step_zoom(app, ZoomStep::ActualSize),
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
