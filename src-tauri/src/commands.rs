//! The typed command boundary. Each command opens the store, calls one core
//! operation and returns its result or its typed error; writes announce
//! themselves with a `PlanChanged` event so every view can refresh.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;

use almanac_core::domain::{
    validate, Brand, BrandDraft, Campaign, CampaignDraft, Channel, ChannelDraft, ItemDraft, KeyDate, Objective,
    ObjectiveDraft, PlanYear, PlanYearDraft, Settings, SettingsDraft, When,
};
use almanac_core::key_dates::{catalogue_in_year, CatalogueDate};
use almanac_core::ops::campaign_shift::{self, CampaignWindow, ShiftPreview};
use almanac_core::ops::checks::{self, CheckCache, MoveOutcome};
use almanac_core::ops::items::{CalendarEntry, CalendarItem, ItemFilter, WindowQuery};
use almanac_core::ops::key_dates::{self, KeyDateDraft};
use almanac_core::ops::plan::PlanSummary;
use almanac_core::ops::{brands, campaigns, channels, items, objectives, plan, plan_year, settings};
use almanac_core::sample::{self, Profile, SampleOptions};
use almanac_core::store::HistoryState;
use almanac_core::{Error, Result, Store};
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::{AppHandle, Manager, State};
use tauri_specta::Event;

pub struct AppState {
    /// The files the web view may name (see `files`).
    pub(crate) files: crate::files::FileGrants,
    store: Mutex<Store>,
    /// The findings of the year last checked, kept for incremental moves (locked after `store`).
    checks: Mutex<CheckCache>,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState {
            store: Mutex::new(store),
            files: crate::files::FileGrants::default(),
            checks: Mutex::new(CheckCache::default()),
        }
    }
}

/// Sent after every change to the plan, with the change's label.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct PlanChanged {
    pub label: String,
}

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
}

/// Runs `f`; a panic inside becomes an `io` error instead of crossing the boundary, so
/// no call from the UI is left without an answer.
pub(crate) fn guarded<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f))
        .unwrap_or_else(|_| Err(Error::io("an internal error stopped this action; nothing was changed")))
}

/// Runs `f` on the store, guarded.
fn with_store<T>(state: &AppState, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
    let mut store = state.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    guarded(|| f(&mut store))
}

/// Runs `f` on the store and the findings cache (a panic clears the cache, which is rebuilt).
pub(crate) fn with_checks<T>(state: &AppState, f: impl FnOnce(&mut Store, &mut CheckCache) -> Result<T>) -> Result<T> {
    with_store(state, |store| {
        let mut checks = state.checks.lock().unwrap_or_else(|poisoned| {
            let mut cache = poisoned.into_inner();
            cache.clear();
            cache
        });
        f(store, &mut checks)
    })
}

/// Runs a write that goes through the findings cache, then announces it like [`write`].
pub(crate) fn write_checked<T>(
    app: &AppHandle,
    state: &AppState,
    label: &str,
    f: impl FnOnce(&mut Store, &mut CheckCache) -> Result<T>,
) -> Result<T> {
    let out = with_checks(state, f)?;
    let _ = PlanChanged { label: label.to_string() }.emit(app);
    Ok(out)
}

pub(crate) fn read<T>(state: &AppState, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
    with_store(state, |s| f(s))
}

pub(crate) fn write<T>(
    app: &AppHandle,
    state: &AppState,
    label: &str,
    f: impl FnOnce(&mut Store) -> Result<T>,
) -> Result<T> {
    let out = with_store(state, f)?;
    // The change is committed; a view that misses the event still refreshes on its next query.
    let _ = PlanChanged { label: label.to_string() }.emit(app);
    Ok(out)
}

#[tauri::command]
#[specta::specta]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings> {
    read(&state, settings::get)
}

#[tauri::command]
#[specta::specta]
pub async fn update_settings(app: AppHandle, state: State<'_, AppState>, draft: SettingsDraft) -> Result<Settings> {
    write(&app, &state, "settings", |s| settings::update(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn plan_summary(state: State<'_, AppState>) -> Result<PlanSummary> {
    read(&state, plan::summary)
}

#[tauri::command]
#[specta::specta]
pub async fn load_sample(
    app: AppHandle,
    state: State<'_, AppState>,
    profile: Profile,
    seed: u32,
) -> Result<PlanSummary> {
    let today = sample::today_from(chrono::Utc::now());
    let options = SampleOptions::for_today(profile, u64::from(seed), today);
    write(&app, &state, "sample", |s| sample::load(s, options))
}

#[tauri::command]
#[specta::specta]
pub async fn list_brands(state: State<'_, AppState>) -> Result<Vec<Brand>> {
    read(&state, brands::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_brand(app: AppHandle, state: State<'_, AppState>, draft: BrandDraft) -> Result<Brand> {
    write(&app, &state, "brand", |s| brands::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_brand(app: AppHandle, state: State<'_, AppState>, id: String, draft: BrandDraft) -> Result<Brand> {
    write(&app, &state, "brand", |s| brands::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_brand(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, "brand", |s| brands::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn list_channels(state: State<'_, AppState>) -> Result<Vec<Channel>> {
    read(&state, channels::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_channel(app: AppHandle, state: State<'_, AppState>, draft: ChannelDraft) -> Result<Channel> {
    write(&app, &state, "channel", |s| channels::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_channel(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: ChannelDraft,
) -> Result<Channel> {
    write(&app, &state, "channel", |s| channels::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_channel(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, "channel", |s| channels::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn list_objectives(state: State<'_, AppState>) -> Result<Vec<Objective>> {
    read(&state, objectives::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_objective(app: AppHandle, state: State<'_, AppState>, draft: ObjectiveDraft) -> Result<Objective> {
    write(&app, &state, "objective", |s| objectives::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_objective(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: ObjectiveDraft,
) -> Result<Objective> {
    write(&app, &state, "objective", |s| objectives::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_objective(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, "objective", |s| objectives::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn list_campaigns(state: State<'_, AppState>) -> Result<Vec<Campaign>> {
    read(&state, campaigns::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_campaign(app: AppHandle, state: State<'_, AppState>, draft: CampaignDraft) -> Result<Campaign> {
    write(&app, &state, "campaign", |s| campaigns::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_campaign(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: CampaignDraft,
) -> Result<Campaign> {
    write(&app, &state, "campaign", |s| campaigns::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_campaign(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, "campaign", |s| campaigns::delete(s, &id))
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
    write_checked(&app, &state, "campaign", |s, c| campaign_shift::shift(s, c, &id, &window, chrono::Utc::now(), false))
}

#[tauri::command]
#[specta::specta]
pub async fn get_plan_year(state: State<'_, AppState>, year: i32) -> Result<PlanYear> {
    read(&state, |s| plan_year::get(s, year))
}

#[tauri::command]
#[specta::specta]
pub async fn save_plan_year(app: AppHandle, state: State<'_, AppState>, draft: PlanYearDraft) -> Result<PlanYear> {
    write(&app, &state, "planYear", |s| plan_year::save(s, &draft))
}

/// The team's key dates touching the days from `from` to `to` (inclusive, `YYYY-MM-DD`).
#[tauri::command]
#[specta::specta]
pub async fn list_key_dates(state: State<'_, AppState>, from: String, to: String) -> Result<Vec<KeyDate>> {
    let (from, to) = (validate::date("from", &from)?, validate::date("to", &to)?);
    read(&state, |s| key_dates::list(s, from, to))
}

#[tauri::command]
#[specta::specta]
pub async fn create_key_date(app: AppHandle, state: State<'_, AppState>, draft: KeyDateDraft) -> Result<KeyDate> {
    write(&app, &state, "keyDate", |s| key_dates::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_key_date(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, "keyDate", |s| key_dates::delete(s, &id))
}

/// The built-in international and awareness days, placed in `year`.
#[tauri::command]
#[specta::specta]
pub async fn catalogue_key_dates(year: i32) -> Result<Vec<CatalogueDate>> {
    guarded(|| {
        if !validate::YEARS.contains(&year) {
            return Err(Error::validation("year", "must be a year from 1900 to 2999"));
        }
        Ok(catalogue_in_year(year))
    })
}

#[tauri::command]
#[specta::specta]
pub async fn list_items(state: State<'_, AppState>, query: WindowQuery) -> Result<Vec<CalendarEntry>> {
    read(&state, |s| items::list_window(s, &query))
}

#[tauri::command]
#[specta::specta]
pub async fn list_backlog(state: State<'_, AppState>, filter: ItemFilter) -> Result<Vec<CalendarEntry>> {
    read(&state, |s| items::list_backlog(s, &filter))
}

#[tauri::command]
#[specta::specta]
pub async fn get_item(state: State<'_, AppState>, id: String) -> Result<CalendarItem> {
    read(&state, |s| items::get(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_item(app: AppHandle, state: State<'_, AppState>, draft: ItemDraft) -> Result<CalendarItem> {
    write(&app, &state, "item", |s| items::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: ItemDraft,
) -> Result<CalendarItem> {
    write(&app, &state, "item", |s| items::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
/// Moves an item and returns the findings the move created, so the view can show them
/// with the undo.
pub async fn move_item(app: AppHandle, state: State<'_, AppState>, id: String, when: When) -> Result<MoveOutcome> {
    write_checked(&app, &state, "item", |s, c| checks::move_item(s, c, &id, &when, chrono::Utc::now(), false))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_item(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, "item", |s| items::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn history(state: State<'_, AppState>) -> Result<HistoryState> {
    read(&state, Store::history)
}

/// Undoes the latest change; returns its label, or null when there was nothing to undo.
#[tauri::command]
#[specta::specta]
pub async fn undo(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>> {
    write(&app, &state, "undo", Store::undo)
}

/// Redoes the change undone last; returns its label, or null when there was nothing to redo.
#[tauri::command]
#[specta::specta]
pub async fn redo(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>> {
    write(&app, &state, "redo", Store::redo)
}

/// Undo or redo from the window's Edit menu: the same journal step as the commands.
pub fn history_step_from_menu(app: &AppHandle, redo: bool) {
    let state = app.state::<AppState>();
    let label = if redo { "redo" } else { "undo" };
    let step = |s: &mut Store| if redo { s.redo() } else { s.undo() };
    if let Err(e) = write(app, &state, label, step) {
        eprintln!("almanac: {label} failed: {e}");
    }
}
