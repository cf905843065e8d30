//! The command boundary's machinery: the plan and its findings cache behind one lock, and
//! the helpers every command goes through, so none lets a panic cross into the web view
//! and every write announces itself with a [`PlanChanged`] event.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;

use almanac_core::ops::arrived::ItemsArrived;
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
    /// Writes the published calendar anew after changes.
    pub(crate) feed: crate::services::publisher::Publisher,
    /// Syncs the plan with the team's server after changes.
    pub(crate) team: crate::services::team_sync::TeamSync,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState {
            feed: crate::services::publisher::Publisher::default(),
            team: crate::services::team_sync::TeamSync::default(),
            store: Mutex::new(store),
            files: crate::files::FileGrants::default(),
            checks: Mutex::new(CheckCache::default()),
        }
    }

    /// Forgets the findings kept for incremental moves (the team's changes came in).
    pub(crate) fn forget_checks(&self) {
        self.checks.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

/// The team sync reads and writes the plan through the window's own lock.
impl almanac_core::team::sync::PlanAccess for AppState {
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        with_store(self, f)
    }
}

/// What a change touched, so each view refreshes only what it shows of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Entity {
    /// Content items (created, edited, moved, deleted, filled into gaps).
    Item,
    /// A recurring series and its occurrences.
    Series,
    /// The team's key dates and blackouts.
    KeyDate,
    /// Campaigns (and the items a shift moves with them).
    Campaign,
    /// Collaborations and their partners' statuses.
    Collaboration,
    /// Partners, their contacts and groups.
    Partner,
    /// Coverage rules.
    Coverage,
    /// A crisis pause or its end.
    Pause,
    /// The plan year's page.
    PlanYear,
    /// The organisation's settings.
    Settings,
    /// Brands.
    Brand,
    /// Channels.
    Channel,
    /// Objectives.
    Objective,
    /// Team members.
    Member,
    /// Requests from other departments.
    Request,
    /// Comments on items, campaigns and collaborations.
    Comment,
    /// The decision log.
    Decision,
    /// Results: items' links, imported numbers, outcomes and lessons.
    Results,
    /// Anything: an undo or redo, a restore, a sample plan.
    Plan,
}

/// Sent after every change to the plan: what it touched (the ids where one command
/// names them) and the journal's position after it, so the view that made the change,
/// having patched itself from the command's answer, knows it has seen it.
#[derive(Debug, Clone, Serialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct PlanChanged {
    /// The kind of record the change touched.
    pub entity: Entity,
    /// The ids of the records, when the command names them; empty means "some".
    pub ids: Vec<String>,
    /// The journal's position after the change.
    // A journal row id, sent as a plain JSON number (exact in JavaScript up to 2^53).
    #[specta(type = u32)]
    pub version: i64,
    /// Items changed elsewhere (a colleague's, another process's), as the views draw them
    /// without asking again; none for this window's own changes.
    pub arrived: Option<ItemsArrived>,
}

/// A change as a write announces it: a kind of record, and the record's id where known.
pub(crate) struct Touched {
    entity: Entity,
    ids: Vec<String>,
}

impl From<Entity> for Touched {
    fn from(entity: Entity) -> Self {
        Touched { entity, ids: vec![] }
    }
}

impl From<(Entity, &str)> for Touched {
    fn from((entity, id): (Entity, &str)) -> Self {
        Touched { entity, ids: vec![id.to_string()] }
    }
}

/// Announces a committed change; a view that misses the event still refreshes on its
/// next query.
fn announce(app: &AppHandle, state: &AppState, touched: Touched) {
    state.feed.changed(app);
    state.team.changed();
    let version = with_store(state, |s| s.version()).unwrap_or(0);
    let _ = PlanChanged { entity: touched.entity, ids: touched.ids, version, arrived: None }.emit(app);
}

/// Runs `f`; a panic inside becomes an `io` error instead of crossing the boundary, so
/// no call from the UI is left without an answer.
pub(crate) fn guarded<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f))
        .unwrap_or_else(|_| Err(Error::io("an internal error stopped this action; nothing was changed")))
}

/// Runs `f` on the store, guarded, without announcing a change: for an operation run with its
/// dry-run flag, which needs the store as a write would but changes nothing.
pub(crate) fn with_store<T>(state: &AppState, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
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
    touched: impl Into<Touched>,
    f: impl FnOnce(&mut Store, &mut CheckCache) -> Result<T>,
) -> Result<T> {
    let out = with_checks(state, f)?;
    announce(app, state, touched.into());
    Ok(out)
}

pub(crate) fn read<T>(state: &AppState, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
    with_store(state, |s| f(s))
}

/// An export to `path`, a file the web view may name with extension `ext` (see `files`):
/// written from the plan as it is, then recorded as this session's, so it may be opened.
pub(crate) fn export_to<T>(
    state: &AppState,
    path: &str,
    ext: &str,
    f: impl FnOnce(&Store, &std::path::Path) -> Result<T>,
) -> Result<T> {
    let out = state.files.writable(path, ext)?;
    let written = read(state, |s| f(s, &out))?;
    state.files.record_export(&out);
    Ok(written)
}

/// Closes the plan at `plan`, runs `f` on its files (a restore puts another file in its
/// place), opens the plan again, as `f` left it or as it was, and announces that anything
/// may have changed. The store stays locked throughout, so no command sees it half done.
pub(crate) fn with_plan_closed<T>(
    app: &AppHandle,
    state: &AppState,
    plan: &std::path::Path,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let mut store = state.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    *store = Store::open_in_memory()?;
    let out = guarded(f);
    *store = Store::open(plan)?;
    state.checks.lock().unwrap_or_else(|p| p.into_inner()).clear();
    drop(store);
    announce(app, state, Entity::Plan.into());
    out
}

pub(crate) fn write<T>(
    app: &AppHandle,
    state: &AppState,
    touched: impl Into<Touched>,
    f: impl FnOnce(&mut Store) -> Result<T>,
) -> Result<T> {
    let out = with_store(state, f)?;
    announce(app, state, touched.into());
    Ok(out)
}
