//! Keeps the published calendar current: every committed change knocks, and a background
//! thread, once the changes have settled for a moment, writes the calendar anew from its
//! own connection to the plan, so the window never waits for it.

use std::path::PathBuf;
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

use almanac_core::export::feed;
use almanac_core::Store;

/// How long the plan must be quiet before the calendar is written (a drag's burst of
/// changes writes it once).
const SETTLE: Duration = Duration::from_millis(800);

pub struct Publisher {
    knock: Mutex<Option<Sender<()>>>,
}

impl Publisher {
    /// A publisher for the plan file at `plan` (none for a plan in memory).
    pub fn start(plan: Option<PathBuf>) -> Publisher {
        let Some(plan) = plan else { return Publisher { knock: Mutex::new(None) } };
        let (tx, rx) = channel::<()>();
        std::thread::spawn(move || {
            while rx.recv().is_ok() {
                loop {
                    match rx.recv_timeout(SETTLE) {
                        Ok(()) => continue,
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
                let written = Store::open(&plan).and_then(|s| feed::refresh(&s, chrono::Utc::now()));
                if let Err(e) = written {
                    eprintln!("almanac: the published calendar could not be written: {e}");
                }
            }
        });
        Publisher { knock: Mutex::new(Some(tx)) }
    }

    /// The plan changed: the calendar is written anew once it settles.
    pub fn changed(&self) {
        if let Some(tx) = self.knock.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            let _ = tx.send(());
        }
    }
}
