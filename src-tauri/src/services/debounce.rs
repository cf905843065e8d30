//! One debounce for the background services: every committed change knocks, and the
//! service's thread acts once the knocks have settled for a moment (a drag's burst of
//! changes is acted on once); an urgent knock (the team's server announcing a push) is
//! acted on at once, a burst of them once.

use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

/// A knock: a change, which waits for the plan to settle, or news that cannot wait.
pub(crate) trait Knock: Send + 'static {
    /// Whether the thread acts at once rather than once the knocks settle.
    fn urgent(&self) -> bool {
        false
    }
}

impl Knock for () {}

/// The door a service's thread listens at; the thread is started with the first knock.
pub(crate) struct Door<K = ()> {
    knock: Mutex<Option<Sender<K>>>,
}

impl<K> Default for Door<K> {
    fn default() -> Self {
        Door { knock: Mutex::new(None) }
    }
}

impl<K: Knock> Door<K> {
    /// Knocks, starting the thread with `start` (given what it listens to) if none listens yet.
    pub(crate) fn knock(&self, knock: K, start: impl FnOnce(Receiver<K>)) {
        let mut door = self.knock.lock().unwrap_or_else(|p| p.into_inner());
        if door.is_none() {
            let (tx, rx) = channel::<K>();
            start(rx);
            *door = Some(tx);
        }
        if let Some(tx) = door.as_ref() {
            let _ = tx.send(knock);
        }
    }

    /// Knocks only if a thread listens.
    pub(crate) fn knock_if_open(&self, knock: K) {
        if let Some(tx) = self.knock.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            let _ = tx.send(knock);
        }
    }

    /// Opens the door for a thread started apart (replacing any earlier one's).
    pub(crate) fn open(&self) -> Receiver<K> {
        let (tx, rx) = channel::<K>();
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

/// Waits for a knock (at most `look`, or for ever), then until no knock comes for `settle`;
/// an urgent knock ends the wait at once, with the knocks already waiting behind it.
pub(crate) fn listen<K: Knock>(rx: &Receiver<K>, settle: Duration, look: Option<Duration>) -> Heard {
    let first = match look {
        Some(look) => rx.recv_timeout(look),
        None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
    };
    let mut knock = match first {
        Ok(knock) => knock,
        Err(RecvTimeoutError::Timeout) => return Heard::Quiet,
        Err(RecvTimeoutError::Disconnected) => return Heard::Closed,
    };
    loop {
        if knock.urgent() {
            while rx.try_recv().is_ok() {}
            return Heard::Settled;
        }
        knock = match rx.recv_timeout(settle) {
            Ok(knock) => knock,
            Err(RecvTimeoutError::Timeout) => return Heard::Settled,
            Err(RecvTimeoutError::Disconnected) => return Heard::Closed,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_knocks_is_heard_once_settled_and_silence_as_quiet() {
        let door = Door::<()>::default();
        let rx = door.open();
        for _ in 0..5 {
            door.knock_if_open(());
        }
        assert_eq!(listen(&rx, Duration::from_millis(20), None), Heard::Settled);
        assert_eq!(listen(&rx, Duration::from_millis(20), Some(Duration::from_millis(20))), Heard::Quiet);
        drop(door);
        assert_eq!(listen(&rx, Duration::from_millis(20), None), Heard::Closed);
    }

    /// A knock that is news: `true` cannot wait.
    impl Knock for bool {
        fn urgent(&self) -> bool {
            *self
        }
    }

    #[test]
    fn an_urgent_knock_is_heard_at_once_and_a_burst_of_them_once() {
        let door = Door::<bool>::default();
        let rx = door.open();
        let hour = Duration::from_secs(3600);
        door.knock_if_open(false);
        door.knock_if_open(true);
        assert_eq!(listen(&rx, hour, None), Heard::Settled, "news does not wait an hour for the change before it");
        for _ in 0..5 {
            door.knock_if_open(true);
        }
        assert_eq!(listen(&rx, hour, None), Heard::Settled);
        assert_eq!(listen(&rx, hour, Some(Duration::from_millis(20))), Heard::Quiet, "the burst was heard once");
    }
}
