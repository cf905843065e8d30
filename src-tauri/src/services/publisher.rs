//! Keeps the published calendar current: every committed change knocks, and a background
//! thread, once the changes have settled for a moment, writes the calendar anew through
//! the app's own connection (a second connection to the plan would race the window's
//! writes), only when this laptop publishes one; and pushes it to the calendar server
//! when this laptop pushes it there (its events built under the plan's lock, sent after).

use std::sync::mpsc::Receiver;
use std::time::Duration;

use almanac_core::export::{caldav, feed};
use tauri::{AppHandle, Manager};

use super::debounce::{listen, Door, Heard};
use crate::credentials;
use crate::state::{guarded, read, AppState};

/// How long the plan must be quiet before the calendar is written (a drag's burst of
/// changes writes it once).
const SETTLE: Duration = Duration::from_millis(800);

/// The calendar publisher the app state owns.
#[derive(Default)]
pub struct Publisher {
    door: Door,
}

impl Publisher {
    /// The plan changed: the calendar is written anew once it settles (the thread that
    /// writes it starts with the first change).
    pub fn changed(&self, app: &AppHandle) {
        self.door.knock((), |rx| {
            let app = app.clone();
            std::thread::spawn(move || publish_when_settled(&app, &rx));
        });
    }
}

fn publish_when_settled(app: &AppHandle, rx: &Receiver<()>) {
    while listen(rx, SETTLE, None) == Heard::Settled {
        let Some(state) = app.try_state::<AppState>() else { continue };
        if let Err(e) = read(&state, |s| feed::refresh(s, chrono::Utc::now())) {
            log::error!("the published calendar could not be written: {e}");
        }
        push(&state);
    }
}

/// Pushes the calendar to the server, if it is pushed; the outcome is recorded where
/// Settings shows it.
fn push(state: &AppState) {
    let outbox = match read(state, |s| caldav::outbox(s, chrono::Utc::now())) {
        Ok(Some(outbox)) => outbox,
        Ok(None) => return,
        Err(e) => return log::error!("the calendar could not be pushed: {e}"),
    };
    let sent = guarded(|| {
        credentials::calendar_password(outbox.target()).and_then(|password| outbox.send(&password, &mut |_, _| {}))
    });
    if let Err(e) = sent {
        log::error!("the calendar could not be pushed: {e}");
    }
}
