//! The command line's CalDAV push: start pushing the calendar to a collection (the
//! password kept in the system's keyring), push again, stop; and the push after every
//! command that changed the plan.

use std::io::BufRead;
use std::path::Path;

use almanac_core::export::caldav::{self, CalDavTarget, PushReport};
use almanac_core::Store;

use super::speech::say;
use crate::credentials;
use almanac_core::Sentence;

/// Starts pushing to `target`, pushes again (`push`), or stops (`stop`).
pub(super) fn caldav(
    data_dir: &Path,
    target: Option<CalDavTarget>,
    password_stdin: bool,
    push: bool,
    stop: bool,
) -> Result<(), Sentence> {
    if stop {
        if let Some(status) = caldav::get(data_dir)? {
            let _ = credentials::CALENDAR.forget(&status.target.url, &status.target.username);
        }
        caldav::stop(data_dir)?;
        say(Sentence::new("cli-caldav-stopped"));
        return Ok(());
    }
    let store = Store::open_existing_dir(data_dir)?;
    let now = chrono::Utc::now();
    let Some(target) = target.filter(|_| !push) else {
        let outbox = caldav::outbox(&store, now)?.ok_or_else(|| Sentence::new("cli-caldav-not-pushed"))?;
        drop(store);
        let password = password_for(outbox.target(), password_stdin)?;
        let report = outbox.send(&password, &mut |_, _| {})?;
        say(Sentence::new("cli-caldav-pushed").with("report", described(&report)));
        return Ok(());
    };
    let password = password_for(&target, password_stdin)?;
    let outbox = caldav::outbox_for(&store, &target, now)?;
    drop(store);
    let report = outbox.send(&password, &mut |_, _| {})?;
    say(Sentence::new("cli-caldav-pushed-to").with("url", &target.url).with("report", described(&report)));
    match credentials::CALENDAR.remember(&target.url, &target.username, &password) {
        Ok(()) => say(Sentence::new("cli-caldav-password-kept")),
        Err(e) => say(Sentence::new("cli-caldav-password-not-kept")
            .with("reason", Sentence::from(e))
            .with("variable", credentials::CALENDAR.variable)),
    }
    Ok(())
}

/// A password from the first line of standard input.
pub(super) fn stdin_password() -> Result<String, Sentence> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Sentence::new("cli-password-unreadable").with("reason", e.to_string()))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// The password: from standard input when asked, else the environment or the keyring.
fn password_for(target: &CalDavTarget, from_stdin: bool) -> Result<String, Sentence> {
    if from_stdin {
        return stdin_password();
    }
    credentials::CALENDAR
        .password(&target.url, &target.username)?
        .ok_or_else(|| Sentence::new("cli-caldav-no-password").with("variable", credentials::CALENDAR.variable))
}

/// After a command changed the plan: pushes the calendar, if it is pushed. A failure is
/// reported and recorded (Settings shows it); the command itself still succeeded.
pub(super) fn push_calendar(data_dir: &Path) {
    let Ok(Some(status)) = caldav::get(data_dir) else { return };
    let outbox = Store::open_existing_dir(data_dir).and_then(|s| caldav::outbox(&s, chrono::Utc::now()));
    let pushed = match (outbox, credentials::CALENDAR.password(&status.target.url, &status.target.username)) {
        (Ok(Some(outbox)), Ok(Some(password))) => outbox.send(&password, &mut |_, _| {}).map(|_| ()),
        (Ok(None), Ok(_)) => return,
        (Ok(Some(_)), Ok(None)) => {
            log::error!("the calendar was not pushed: no password (set {})", credentials::CALENDAR.variable);
            return;
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    if let Err(e) = pushed {
        log::error!("the calendar could not be pushed: {e}");
    }
}

fn described(report: &PushReport) -> Sentence {
    Sentence::new("cli-caldav-report")
        .with("created", report.created)
        .with("updated", report.updated)
        .with("deleted", report.deleted)
        .with("restored", report.restored)
        .with("unchanged", report.unchanged)
}
