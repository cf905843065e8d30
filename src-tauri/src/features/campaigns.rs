//! Commands of campaigns: the list, the editor, moving a campaign's window with its items,
//! and its one-page brief.

use almanac_core::domain::{Campaign, CampaignDraft};
use almanac_core::export::brief::BriefWritten;
use almanac_core::export::campaign_brief::{self, CampaignBrief};
use almanac_core::ops::campaign_shift::{self, CampaignWindow, ShiftPreview};
use almanac_core::ops::campaigns;
use almanac_core::Result;
use tauri::{AppHandle, State};

use crate::state::{export_to, read, with_checks, write, write_checked, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn list_campaigns(state: State<'_, AppState>) -> Result<Vec<Campaign>> {
    read(&state, campaigns::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_campaign(app: AppHandle, state: State<'_, AppState>, draft: CampaignDraft) -> Result<Campaign> {
    write(&app, &state, Entity::Campaign, |s| campaigns::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_campaign(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: CampaignDraft,
) -> Result<Campaign> {
    write(&app, &state, Entity::Campaign, |s| campaigns::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_campaign(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Campaign, |s| campaigns::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn preview_campaign_shift(
    state: State<'_, AppState>,
    id: String,
    window: CampaignWindow,
) -> Result<ShiftPreview> {
    with_checks(&state, |s, c| campaign_shift::shift(s, c, &id, &window, chrono::Utc::now(), true))
}

/// Moves or resizes a campaign's window; a move takes its items along (one undoable change).
#[tauri::command]
#[specta::specta]
pub async fn shift_campaign(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    window: CampaignWindow,
) -> Result<ShiftPreview> {
    write_checked(&app, &state, Entity::Campaign, |s, c| {
        campaign_shift::shift(s, c, &id, &window, chrono::Utc::now(), false)
    })
}

/// The one-page brief of a campaign as text (the e-mail, and what the PDF says), in the
/// plan's language.
#[tauri::command]
#[specta::specta]
pub async fn campaign_brief(state: State<'_, AppState>, id: String) -> Result<CampaignBrief> {
    read(&state, |s| campaign_brief::brief(s, &id, None, chrono::Utc::now()))
}

/// Writes the one-page brief of a campaign to `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_campaign_brief(state: State<'_, AppState>, id: String, path: String) -> Result<BriefWritten> {
    export_to(&state, &path, "pdf", |s, out| campaign_brief::export(s, &id, None, chrono::Utc::now(), out))
}
