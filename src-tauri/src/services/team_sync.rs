//! The team sync the app state owns: after every change here once the plan is quiet,
//! as soon as the server announces a colleague's push (or, on a server that does not, at
//! the next look), and every minute, on a thread of its own; and the one sync at a time
//! that the commands start too. The plan is locked only to read or write it, never while
//! the network is waited on, so the window never blocks on the server.

use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use almanac_core::team::server::{address_of, Server};
use almanac_core::team::sync::{self as team, sync, PlanAccess, SyncReport, SyncStatus};
use almanac_core::{Error, Result};
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::{AppHandle, Manager};
use tauri_specta::Event;

use super::debounce::{listen, Door, Heard, Knock};
use crate::credentials;
use crate::state::{read, AppState};

/// How long the plan must be quiet after a change before it is synced.
const SETTLE: Duration = Duration::from_millis(1500);
/// How often the plan syncs in full when nothing changes here.
const EVERY: Duration = Duration::from_secs(60);
/// How often the server is asked whether the team changed something (one small query
/// on a connection kept open, so a colleague's change shows within seconds) when it does
/// not announce its pushes, and when it does (in case a notice was lost).
const LOOK: Duration = Duration::from_secs(3);
const LOOK_WHEN_TOLD: Duration = Duration::from_secs(30);
/// How often a laptop that lost the server tries to reach it again.
const RETRY: Duration = Duration::from_secs(10);

/// The background sync's doorbell, and the one sync running at a time.
#[derive(Default)]
pub struct TeamSync {
    door: Door<Wake>,
    running: tokio::sync::Mutex<()>,
}

/// What wakes the background sync.
#[derive(Debug, Clone, Copy)]
enum Wake {
    /// The plan changed here: synced once it settles.
    Changed,
    /// The server announced a push: looked at now.
    Pushed,
}

impl Knock for Wake {
    fn urgent(&self) -> bool {
        matches!(self, Wake::Pushed)
    }
}

/// Where this laptop stands with the team, and whether a sync is running.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct TeamSyncState {
    /// The server, the member, the last sync, what waits and the conflicts.
    pub status: Option<SyncStatus>,
    /// Whether a sync is running now.
    pub syncing: bool,
}

/// How far joining has come: messages applied, of all.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct TeamSyncProgress {
    /// Messages applied.
    pub done: u32,
    /// Messages to apply in all.
    pub total: u32,
}

impl TeamSync {
    /// The plan changed here: it is synced once it settles.
    pub fn changed(&self) {
        self.door.knock_if_open(Wake::Changed);
    }

    /// Whether a sync is running now.
    pub fn is_running(&self) -> bool {
        self.running.try_lock().is_err()
    }
}

/// Starts the background sync of the window's plan.
pub fn start(app: &AppHandle) {
    let Some(state) = app.try_state::<AppState>() else { return };
    let rx = state.team.door.open();
    let app = app.clone();
    std::thread::spawn(move || sync_in_background(&app, &rx));
}

fn sync_in_background(app: &AppHandle, rx: &Receiver<Wake>) {
    // A worker of its own drives the connection while this thread waits at the door, so
    // the server's notices are heard as they come.
    let Ok(runtime) = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build() else {
        return;
    };
    let mut server: Option<Server> = None;
    let mut told = false;
    let mut last_full = Instant::now();
    let mut last_attempt = Instant::now();
    // The first look is at once: the server's notices are heard from the window's start,
    // not from a first pause's end.
    let mut first = true;
    loop {
        let look = match (first, server.is_some() && told) {
            (true, _) => Duration::ZERO,
            (false, true) => LOOK_WHEN_TOLD,
            (false, false) => LOOK,
        };
        first = false;
        let knocked = match listen(rx, SETTLE, Some(look)) {
            Heard::Settled => true,
            Heard::Quiet => false,
            Heard::Closed => return,
        };
        let Some(state) = app.try_state::<AppState>() else { continue };
        let Ok(status) = read(&state, team::status) else { continue };
        if status.server.is_none() {
            server = None;
            continue;
        }
        let due = knocked || last_full.elapsed() >= EVERY;
        runtime.block_on(async {
            if server.is_none() && (due || status.last_error.is_none() || last_attempt.elapsed() >= RETRY) {
                last_attempt = Instant::now();
                server = connect(&state, None).await.map_err(|e| record_failure(app, &state, &e)).ok();
                told = match &server {
                    Some(connected) => hear_pushes(app, connected).await,
                    None => false,
                };
            }
            let Some(connected) = server.as_mut() else { return };
            let behind = match (connected.head().await, read(&state, team::standing)) {
                (Ok(head), Ok(standing)) => head > standing.pulled,
                _ => true,
            };
            // Changes waiting from an outage go as soon as the server is back.
            if due || behind || (status.waiting > 0 && status.last_error.is_some()) {
                last_full = Instant::now();
                if let Err(e) = sync_on(app, &state, connected).await {
                    log::error!("the team sync failed: {e}");
                    server = None;
                }
            }
        });
    }
}

/// Asks the server to announce each push, which wakes the sync at once; false when it
/// will not (a server older than its notices is looked at every few seconds instead).
async fn hear_pushes(app: &AppHandle, server: &Server) -> bool {
    let app = app.clone();
    let hear = move || {
        if let Some(state) = app.try_state::<AppState>() {
            state.team.door.knock_if_open(Wake::Pushed);
        }
    };
    match server.listen_for_changes(hear).await {
        Ok(told) => told,
        Err(e) => {
            log::warn!("the team's server's notices of pushes are not heard: {e}");
            false
        }
    }
}

/// Where this laptop stands with the team now.
pub(crate) fn current(state: &AppState, syncing: bool) -> Result<TeamSyncState> {
    let status = read(state, team::status)?;
    let status = status.server.is_some().then_some(status);
    Ok(TeamSyncState { status, syncing })
}

/// One sync, at `target` (address and password) or where this laptop joined; the window
/// hears that it runs, how far it is, and how it ended.
pub(crate) async fn sync_now(
    app: &AppHandle,
    state: &AppState,
    target: Option<(String, String)>,
) -> Result<SyncReport> {
    match connect(state, target).await {
        Ok(mut server) => sync_on(app, state, &mut server).await,
        Err(e) => {
            record_failure(app, state, &e);
            Err(e)
        }
    }
}

/// A server that cannot be reached or refuses the password is the status too.
fn record_failure(app: &AppHandle, state: &AppState, e: &Error) {
    let _ = state.with(|s| s.record_sync(Err(&e.as_sentence())));
    let _ = current(state, false).map(|c| c.emit(app));
}

/// Connects to `target` (address and password) or where this laptop joined.
async fn connect(state: &AppState, target: Option<(String, String)>) -> Result<Server> {
    let (url, password) = match target {
        Some((url, password)) => (url, Some(password)),
        None => {
            let url = read(state, team::status)?
                .server
                .ok_or_else(|| Error::validation("server", "this laptop has not joined a team's plan"))?;
            let address = address_of(&url)?;
            (url, credentials::TEAM.password(&address, "member")?)
        }
    };
    Server::connect_as(&url, password.as_deref()).await
}

/// One sync on `server`, one at a time; the window hears that it runs, how far it is, and
/// how it ended, and the views refresh when the team's changes came in.
async fn sync_on(app: &AppHandle, state: &AppState, server: &mut Server) -> Result<SyncReport> {
    let _running = state.team.running.lock().await;
    let _ = current(state, true).map(|c| c.emit(app));
    let outcome = pull_and_push(app, state, server).await;
    let _ = current(state, false).map(|c| c.emit(app));
    outcome
}

async fn pull_and_push(app: &AppHandle, state: &AppState, server: &mut Server) -> Result<SyncReport> {
    let progress_app = app.clone();
    let mut progress = move |done: u64, total: u64| {
        let _ = TeamSyncProgress { done: done as u32, total: total as u32 }.emit(&progress_app);
    };
    let before = read(state, |s| s.version())?;
    let report = sync(state, server, &mut progress).await?;
    if report.rows > 0 {
        super::outside::changed_elsewhere(app, state, before);
    }
    Ok(report)
}
