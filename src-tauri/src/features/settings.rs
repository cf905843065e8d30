//! Commands of Settings: the plan's settings, brands, channels, objectives and the team.

use almanac_core::domain::{
    Brand, BrandDraft, Channel, ChannelDraft, Member, MemberDraft, Objective, ObjectiveDraft, Settings, SettingsDraft,
};
use almanac_core::ops::{brands, channels, health, members, objectives, settings};
use almanac_core::Result;
use tauri::{AppHandle, State};

use crate::state::{read, write, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings> {
    read(&state, settings::get)
}

/// The plan's rows Almanac cannot read (left out of every view and export), named.
#[tauri::command]
#[specta::specta]
pub async fn plan_health(state: State<'_, AppState>) -> Result<Vec<almanac_core::Sentence>> {
    read(&state, health::unreadable_rows)
}

/// Moves the plan's unreadable rows aside (with the rows naming them), undoably; how many moved.
#[tauri::command]
#[specta::specta]
pub async fn repair_plan(app: AppHandle, state: State<'_, AppState>) -> Result<u32> {
    write(&app, &state, Entity::Plan, health::repair)
}

#[tauri::command]
#[specta::specta]
pub async fn update_settings(app: AppHandle, state: State<'_, AppState>, draft: SettingsDraft) -> Result<Settings> {
    write(&app, &state, Entity::Settings, |s| settings::update(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn list_brands(state: State<'_, AppState>) -> Result<Vec<Brand>> {
    read(&state, brands::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_brand(app: AppHandle, state: State<'_, AppState>, draft: BrandDraft) -> Result<Brand> {
    write(&app, &state, Entity::Brand, |s| brands::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_brand(app: AppHandle, state: State<'_, AppState>, id: String, draft: BrandDraft) -> Result<Brand> {
    write(&app, &state, Entity::Brand, |s| brands::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_brand(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Brand, |s| brands::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn list_channels(state: State<'_, AppState>) -> Result<Vec<Channel>> {
    read(&state, channels::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_channel(app: AppHandle, state: State<'_, AppState>, draft: ChannelDraft) -> Result<Channel> {
    write(&app, &state, Entity::Channel, |s| channels::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_channel(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: ChannelDraft,
) -> Result<Channel> {
    write(&app, &state, Entity::Channel, |s| channels::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_channel(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Channel, |s| channels::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn list_objectives(state: State<'_, AppState>) -> Result<Vec<Objective>> {
    read(&state, objectives::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_objective(app: AppHandle, state: State<'_, AppState>, draft: ObjectiveDraft) -> Result<Objective> {
    write(&app, &state, Entity::Objective, |s| objectives::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_objective(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: ObjectiveDraft,
) -> Result<Objective> {
    write(&app, &state, Entity::Objective, |s| objectives::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_objective(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Objective, |s| objectives::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn list_members(state: State<'_, AppState>) -> Result<Vec<Member>> {
    read(&state, members::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_member(app: AppHandle, state: State<'_, AppState>, draft: MemberDraft) -> Result<Member> {
    write(&app, &state, Entity::Member, |s| members::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_member(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: MemberDraft,
) -> Result<Member> {
    write(&app, &state, Entity::Member, |s| members::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_member(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Member, |s| members::delete(s, &id))
}
