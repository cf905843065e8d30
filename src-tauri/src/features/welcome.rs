//! Commands of the first run: how much the plan holds, and loading a sample plan.

use almanac_core::ops::summary::{self, PlanSummary};
use almanac_core::sample::{self, Profile, SampleOptions};
use almanac_core::Result;
use tauri::{AppHandle, State};

use crate::state::{read, write, AppState, Entity};

#[tauri::command]
#[specta::specta]
pub async fn plan_summary(state: State<'_, AppState>) -> Result<PlanSummary> {
    read(&state, summary::summary)
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
    write(&app, &state, Entity::Plan, |s| sample::load(s, options))
}
