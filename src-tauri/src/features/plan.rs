//! Commands of the Plan view: the year's written plan, its timeline, its one-page PDF, and
//! the re-plan of an election called at short notice.

use almanac_core::domain::{PlanYear, PlanYearDraft};
use almanac_core::export::annual_plan::{self, AnnualPlanOptions, ExportedFile};
use almanac_core::ops::election::{self, ElectionDraft, ElectionReplan};
use almanac_core::ops::{plan_year, year_timeline};
use almanac_core::timeline::{GroupBy, YearTimeline};
use almanac_core::Result;
use tauri::{AppHandle, State};

use crate::state::{export_to, read, with_checks, write, write_checked, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn get_plan_year(state: State<'_, AppState>, year: i32) -> Result<PlanYear> {
    read(&state, |s| plan_year::get(s, year))
}

#[tauri::command]
#[specta::specta]
pub async fn save_plan_year(app: AppHandle, state: State<'_, AppState>, draft: PlanYearDraft) -> Result<PlanYear> {
    write(&app, &state, Entity::PlanYear, |s| plan_year::save(s, &draft))
}

/// Writes the one-page annual plan to `path` (atomically: a failure leaves no file).
#[tauri::command]
#[specta::specta]
pub async fn export_annual_plan(
    state: State<'_, AppState>,
    options: AnnualPlanOptions,
    path: String,
) -> Result<ExportedFile> {
    export_to(&state, &path, "pdf", |s, out| annual_plan::export(s, &options, chrono::Utc::now(), out))
}

/// The year's campaigns grouped and packed into lanes, with its key dates: what the
/// annual plan's timeline draws, its channels named in the window's language.
#[tauri::command]
#[specta::specta]
pub async fn year_timeline(
    state: State<'_, AppState>,
    language: State<'_, crate::language::LanguageSetting>,
    year: i32,
    group_by: GroupBy,
) -> Result<YearTimeline> {
    let words = almanac_i18n::Words::for_language(language.current());
    read(&state, |s| year_timeline::year(s, year, group_by, &|c| c.name().in_words(&words)))
}

/// What an election called at short notice would do to the plan (the dialog's proposal,
/// with the choices made so far); writes nothing.
#[tauri::command]
#[specta::specta]
pub async fn preview_election(state: State<'_, AppState>, draft: ElectionDraft) -> Result<ElectionReplan> {
    with_checks(&state, |s, c| election::replan(s, c, &draft, chrono::Utc::now(), true))
}

/// Re-plans the plan for an election, as previewed: one undoable change.
#[tauri::command]
#[specta::specta]
pub async fn replan_election(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: ElectionDraft,
) -> Result<ElectionReplan> {
    write_checked(&app, &state, Entity::Plan, |s, c| election::replan(s, c, &draft, chrono::Utc::now(), false))
}
