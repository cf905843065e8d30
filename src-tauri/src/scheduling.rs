//! Commands of the scheduling logic: findings, coverage and gap filling, the team,
//! translations, crisis pauses and recurring series.

use almanac_core::coverage::fill::FillProposal;
use almanac_core::domain::{CoverageRule, CoverageRuleDraft, CrisisPause, ItemDraft, Member, MemberDraft, When};
use almanac_core::findings::Finding;
use almanac_core::ops::checks::{self, CheckReport};
use almanac_core::ops::coverage::{self, PlacementChoice};
use almanac_core::ops::items::{self, CalendarEntry, CalendarItem};
use almanac_core::ops::members;
use almanac_core::ops::pause::{self, PauseDraft, ResumeMode};
use almanac_core::ops::series::{self, SeriesDraft, SeriesScope, SeriesSummary};
use almanac_core::Result;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::commands::{read, with_checks, write, write_checked, AppState};

#[tauri::command]
#[specta::specta]
pub async fn check_plan(state: State<'_, AppState>, year: i32) -> Result<CheckReport> {
    with_checks(&state, |s, c| checks::check_year(s, c, year, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn findings_between(state: State<'_, AppState>, from: String, to: String) -> Result<Vec<Finding>> {
    with_checks(&state, |s, c| checks::findings_between(s, c, &from, &to, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn item_findings(state: State<'_, AppState>, id: String) -> Result<Vec<Finding>> {
    with_checks(&state, |s, c| checks::findings_of_item(s, c, &id, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn preview_move(state: State<'_, AppState>, id: String, when: When) -> Result<Vec<Finding>> {
    with_checks(&state, |s, c| checks::move_item(s, c, &id, &when, Utc::now(), true)).map(|o| o.created)
}

#[tauri::command]
#[specta::specta]
pub async fn list_members(state: State<'_, AppState>) -> Result<Vec<Member>> {
    read(&state, members::list)
}

#[tauri::command]
#[specta::specta]
pub async fn create_member(app: AppHandle, state: State<'_, AppState>, draft: MemberDraft) -> Result<Member> {
    write(&app, &state, "member", |s| members::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_member(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: MemberDraft,
) -> Result<Member> {
    write(&app, &state, "member", |s| members::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_member(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, "member", |s| members::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_translation(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    language: String,
) -> Result<CalendarItem> {
    write(&app, &state, "item", |s| items::add_translation(s, &id, &language))
}

#[tauri::command]
#[specta::specta]
pub async fn list_translations(state: State<'_, AppState>, id: String) -> Result<Vec<CalendarItem>> {
    read(&state, |s| items::translations(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_coverage_rule(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: CoverageRuleDraft,
) -> Result<CoverageRule> {
    write(&app, &state, "coverage", |s| coverage::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_coverage_rule(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: CoverageRuleDraft,
) -> Result<CoverageRule> {
    write(&app, &state, "coverage", |s| coverage::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_coverage_rule(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, "coverage", |s| coverage::delete(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn coverage_period_items(
    state: State<'_, AppState>,
    rule_id: String,
    from: String,
    to: String,
) -> Result<Vec<CalendarEntry>> {
    read(&state, |s| coverage::period_items(s, &rule_id, &from, &to))
}

#[tauri::command]
#[specta::specta]
pub async fn propose_fill(state: State<'_, AppState>, year: i32) -> Result<FillProposal> {
    with_checks(&state, |s, c| coverage::propose_fill(s, c, year, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn apply_fill(app: AppHandle, state: State<'_, AppState>, placements: Vec<PlacementChoice>) -> Result<u32> {
    write_checked(&app, &state, "item", |s, c| coverage::apply_fill(s, c, &placements, Utc::now()).map(|n| n as u32))
}

#[tauri::command]
#[specta::specta]
pub async fn active_pause(state: State<'_, AppState>) -> Result<Option<CrisisPause>> {
    read(&state, pause::active)
}

#[tauri::command]
#[specta::specta]
pub async fn pause_plan(app: AppHandle, state: State<'_, AppState>, draft: PauseDraft) -> Result<CrisisPause> {
    write(&app, &state, "pause", |s| pause::pause(s, &draft, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn resume_pause(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    mode: ResumeMode,
) -> Result<CrisisPause> {
    write(&app, &state, "pause", |s| pause::resume(s, &id, mode, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn create_series(app: AppHandle, state: State<'_, AppState>, draft: SeriesDraft) -> Result<SeriesSummary> {
    write(&app, &state, "series", |s| series::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn get_series(state: State<'_, AppState>, id: String) -> Result<SeriesSummary> {
    read(&state, |s| series::get(s, &id))
}

#[tauri::command]
#[specta::specta]
pub async fn edit_series_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: ItemDraft,
    scope: SeriesScope,
) -> Result<CalendarItem> {
    write(&app, &state, "series", |s| series::edit(s, &id, &draft, scope))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_series_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    scope: SeriesScope,
) -> Result<()> {
    write(&app, &state, "series", |s| series::delete(s, &id, scope))
}
