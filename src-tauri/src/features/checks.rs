//! Commands of the Checks view (and the findings the calendar and the Plan show): a
//! year's findings and coverage, a window's findings, coverage rules and gap filling.

use almanac_core::domain::{CoverageRule, CoverageRuleDraft};
use almanac_core::ops::coverage::{self, PlacementChoice};
use almanac_core::ops::findings::{self, CheckReport};
use almanac_core::ops::items::CalendarEntry;
use almanac_core::schedule::coverage::fill::FillProposal;
use almanac_core::schedule::findings::Finding;
use almanac_core::Result;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::state::{read, with_checks, write, write_checked, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn check_plan(state: State<'_, AppState>, year: i32) -> Result<CheckReport> {
    with_checks(&state, |s, c| findings::check_year(s, c, year, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn findings_between(state: State<'_, AppState>, from: String, to: String) -> Result<Vec<Finding>> {
    with_checks(&state, |s, c| findings::findings_between(s, c, &from, &to, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn create_coverage_rule(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: CoverageRuleDraft,
) -> Result<CoverageRule> {
    write(&app, &state, Entity::Coverage, |s| coverage::create(s, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn update_coverage_rule(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: CoverageRuleDraft,
) -> Result<CoverageRule> {
    write(&app, &state, Entity::Coverage, |s| coverage::update(s, &id, &draft))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_coverage_rule(app: AppHandle, state: State<'_, AppState>, id: String) -> Result<()> {
    write(&app, &state, Entity::Coverage, |s| coverage::delete(s, &id))
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
    write_checked(&app, &state, Entity::Item, |s, c| {
        coverage::apply_fill(s, c, &placements, Utc::now()).map(|n| n as u32)
    })
}
