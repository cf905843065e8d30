//! Commands of Settings → Published calendar's calendar server: where the plan's calendar
//! is pushed (CalDAV) and how the last push went, a push started with the password (kept
//! in the system's keyring), and stopping. The calendar's events are built under the
//! plan's lock; the network work runs on a blocking thread after it is released, with
//! its progress sent to the window.

use almanac_core::export::caldav::{self, CalDavStatus, CalDavTarget, Outbox, PushReport};
use almanac_core::{Error, Result, Sentence};
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::{AppHandle, State};
use tauri_specta::Event;

use crate::credentials;
use crate::startup::Startup;
use crate::state::{guarded, read, AppState};

/// How far a push has come: events sent or checked, of all.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct CalendarPushProgress {
    /// Events done.
    pub done: u32,
    /// Events in all.
    pub total: u32,
}

/// Where this laptop pushes the plan's calendar, and how the last push went.
#[tauri::command]
#[specta::specta]
pub async fn calendar_server(startup: State<'_, Startup>) -> Result<Option<CalDavStatus>> {
    guarded(|| caldav::get(startup.data_dir()))
}

/// Pushes the calendar to `target` now and after every change; the password is kept in
/// the system's keyring.
#[tauri::command]
#[specta::specta]
pub async fn push_to_calendar_server(
    app: AppHandle,
    state: State<'_, AppState>,
    target: CalDavTarget,
    password: String,
) -> Result<PushReport> {
    let outbox = read(&state, |s| caldav::outbox_for(s, &target, chrono::Utc::now()))?;
    // Kept first: a laptop whose keyring cannot keep it (or a person who gave none) learns
    // so before anything is pushed.
    credentials::CALENDAR.remember(&target.url, &target.username, &password)?;
    send(app, outbox, password).await
}

/// Pushes again now, with the password kept in the keyring.
#[tauri::command]
#[specta::specta]
pub async fn push_calendar_now(app: AppHandle, state: State<'_, AppState>) -> Result<PushReport> {
    let outbox = read(&state, |s| caldav::outbox(s, chrono::Utc::now()))?
        .ok_or_else(|| Error::validation("url", Sentence::new("error-team-calendar-not-pushed")))?;
    let password = credentials::calendar_password(outbox.target())?;
    send(app, outbox, password).await
}

/// Stops pushing and forgets the password; the events on the server stay.
#[tauri::command]
#[specta::specta]
pub async fn stop_pushing(startup: State<'_, Startup>) -> Result<()> {
    guarded(|| {
        if let Some(status) = caldav::get(startup.data_dir())? {
            credentials::CALENDAR.forget(&status.target.url, &status.target.username)?;
        }
        caldav::stop(startup.data_dir())
    })
}

/// Sends `outbox` on a blocking thread, its progress to the window.
async fn send(app: AppHandle, outbox: Outbox, password: String) -> Result<PushReport> {
    tauri::async_runtime::spawn_blocking(move || {
        guarded(|| {
            outbox.send(&password, &mut |done, total| {
                let _ = CalendarPushProgress { done, total }.emit(&app);
            })
        })
    })
    .await
    .map_err(|e| Error::io(Sentence::new("error-team-push-stopped").with("reason", e.to_string())))?
}
