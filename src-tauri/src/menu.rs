//! The window's menu bar. Undo and redo carry no accelerator here: the web view
//! handles Ctrl+Z itself, so text fields keep their own undo.

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Wry};

use crate::commands::history_step_from_menu;

const UNDO: &str = "undo";
const REDO: &str = "redo";

pub fn build(app: &AppHandle) -> tauri::Result<Menu<Wry>> {
    let undo = MenuItemBuilder::with_id(UNDO, "Undo last change (Ctrl+Z)").build(app)?;
    let redo = MenuItemBuilder::with_id(REDO, "Redo (Ctrl+Shift+Z)").build(app)?;
    let file = SubmenuBuilder::new(app, "File").quit().build()?;
    let edit = SubmenuBuilder::new(app, "Edit").item(&undo).item(&redo).build()?;
    MenuBuilder::new(app).items(&[&file, &edit]).build()
}

pub fn on_event(app: &AppHandle, event: MenuEvent) {
    match event.id().as_ref() {
        UNDO => history_step_from_menu(app, false),
        REDO => history_step_from_menu(app, true),
        _ => {}
    }
}
