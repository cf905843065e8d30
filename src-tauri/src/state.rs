//! The command boundary's machinery: the plan and its findings cache behind one lock, and
//! the helpers every command goes through, so none lets a panic cross into the web view
//! and every write announces itself with a [`PlanChanged`] event.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;

use almanac_core::ops::findings::CheckCache;
use almanac_core::{Error, Result, Store};
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::AppHandle;
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
