//! One debounce for the background services: every committed change knocks, and the
//! service's thread acts once the knocks have settled for a moment (a drag's burst of
//! changes is acted on once).

use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

/// The door a service's thread listens at; the thread is started with the first knock.
#[derive(Default)]
pub(crate) struct Door {
    knock: Mutex<Option<Sender<()>>>,
}

impl Door {
    /// Knocks, starting the thread with `start` (given what it listens to) if none listens yet.
    pub(crate) fn knock(&self, start: impl FnOnce(Receiver<()>)) {
        let mut knock = self.knock.lock().unwrap_or_else(|p| p.into_inner());
        if knock.is_none() {
            let (tx, rx) = channel::<()>();
            start(rx);
            *knock = Some(tx);
        }
        if let Some(tx) = knock.as_ref() {
            let _ = tx.send(());
        }
    }

    /// Knocks only if a thread listens.
    pub(crate) fn knock_if_open(&self) {
        if let Some(tx) = self.knock.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            let _ = tx.send(());
        }
    }

    /// Opens the door for a thread started apart (replacing any earlier one's).
    pub(crate) fn open(&self) -> Receiver<()> {
        let (tx, rx) = channel::<()>();
        *self.knock.lock().unwrap_or_else(|p| p.into_inner()) = Some(tx);
        rx
    }
}

/// What a listening thread heard.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Heard {
    /// Changes, settled for the settling time.
    Settled,
    /// Nothing within the time it looked for.
    Quiet,
    /// The door is gone: the thread ends.
    Closed,
}

/// Waits for a knock (at most `look`, or for ever), then until no knock comes for `settle`.
pub(crate) fn listen(rx: &Receiver<()>, settle: Duration, look: Option<Duration>) -> Heard {
    let first = match look {
        Some(look) => rx.recv_timeout(look),
        None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
    };
    match first {
        Ok(()) => {}
        Err(RecvTimeoutError::Timeout) => return Heard::Quiet,
        Err(RecvTimeoutError::Disconnected) => return Heard::Closed,
    }
    loop {
        match rx.recv_timeout(settle) {
            Ok(()) => continue,
            Err(RecvTimeoutError::Timeout) => return Heard::Settled,
            Err(RecvTimeoutError::Disconnected) => return Heard::Closed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_knocks_is_heard_once_settled_and_silence_as_quiet() {
        let door = Door::default();
        let rx = door.open();
        for _ in 0..5 {
            door.knock_if_open();
        }
        assert_eq!(listen(&rx, Duration::from_millis(20), None), Heard::Settled);
        assert_eq!(listen(&rx, Duration::from_millis(20), Some(Duration::from_millis(20))), Heard::Quiet);
        drop(door);
        assert_eq!(listen(&rx, Duration::from_millis(20), None), Heard::Closed);
    }
}
