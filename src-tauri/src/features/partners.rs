//! Commands of the partner directory: partners, partner groups and the spreadsheet import.

use almanac_core::domain::{Partner, PartnerDraft, PartnerGroup, PartnerGroupDraft};
use almanac_core::import::partners::{self as partner_import, ColumnMapping, ImportPreview};
use almanac_core::ops::partner_groups;
use almanac_core::ops::partners::{self, PartnerFilter};
use almanac_core::Result;
use tauri::{AppHandle, State};

use crate::features::exports::pick_file;
use crate::state::{read, with_store, write, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn list_partners(state: State<'_, AppState>, filter: PartnerFilter) -> Result<Vec<Partner>> {
    read(&state, |s| partners::list(s, &filter))
}

#[tauri::command]
#[specta::specta]
pub async fn create_partner(app: AppHandle, state: State<'_, AppState>, draft: PartnerDraft) -> Result<Partner> {
    write(&app, &state, Entity::Partner, |s| partners::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_partner(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: PartnerDraft,
) -> Result<Partner> {
    write(&app, &state, Entity::Partner, |s| partners::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_partner(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Partner, |s| partners::delete(s, &id))
}

/// Merges the duplicate into the partner kept; groups and collaborations follow.
#[tauri::command]
#[specta::specta]
pub async fn merge_partners(
    app: AppHandle,
    state: State<'_, AppState>,
    keep_id: String,
    duplicate_id: String,
) -> Result<Partner> {
    write(&app, &state, Entity::Partner, |s| partners::merge(s, &keep_id, &duplicate_id))
}

#[tauri::command]
#[specta::specta]
pub async fn list_partner_groups(state: State<'_, AppState>) -> Result<Vec<PartnerGroup>> {
    read(&state, partner_groups::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_partner_group(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: PartnerGroupDraft,
) -> Result<PartnerGroup> {
    write(&app, &state, Entity::Partner, |s| partner_groups::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_partner_group(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: PartnerGroupDraft,
) -> Result<PartnerGroup> {
    write(&app, &state, Entity::Partner, |s| partner_groups::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_partner_group(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Partner, |s| partner_groups::delete(s, &id))
}

/// The native "Open" dialog for a spreadsheet; none when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn choose_spreadsheet(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>> {
    pick_file(&app, &state, "Spreadsheet", almanac_core::import::EXTENSIONS, None)
}

/// Reads a spreadsheet and checks each row; no mapping means the one its headers suggest.
#[tauri::command]
#[specta::specta]
pub async fn preview_partner_import(
    state: State<'_, AppState>,
    path: String,
    mapping: Option<ColumnMapping>,
) -> Result<ImportPreview> {
    let path = state.files.readable(&path, almanac_core::import::EXTENSIONS)?;
    with_store(&state, |s| partner_import::import(s, &path, mapping.as_ref(), true))
}

/// Imports every row as a partner in one undoable change, or nothing if any row is bad.
#[tauri::command]
#[specta::specta]
pub async fn import_partners(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    mapping: ColumnMapping,
) -> Result<u32> {
    let path = state.files.readable(&path, almanac_core::import::EXTENSIONS)?;
    write(&app, &state, Entity::Partner, |s| partner_import::import(s, &path, Some(&mapping), false).map(|p| p.valid))
}
