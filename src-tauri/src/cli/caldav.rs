//! The command line's CalDAV push: start pushing the calendar to a collection (the
//! password kept in the system's keyring), push again, stop; and the push after every
//! command that changed the plan.

use std::io::BufRead;
use std::path::Path;

use almanac_core::export::caldav::{self, CalDavTarget, PushReport};
use almanac_core::Store;

use crate::credentials;

/// Starts pushing to `target`, pushes again (`push`), or stops (`stop`).
pub(super) fn caldav(
    data_dir: &Path,
    target: Option<CalDavTarget>,
    password_stdin: bool,
    push: bool,
    stop: bool,
) -> Result<(), String> {
    if stop {
        if let Some(status) = caldav::get(data_dir).map_err(|e| e.to_string())? {
            let _ = credentials::CALENDAR.forget(&status.target.url, &status.target.username);
        }
        caldav::stop(data_dir).map_err(|e| e.to_string())?;
        println!("Stopped pushing the calendar; its events stay on the server.");
        return Ok(());
    }
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let now = chrono::Utc::now();
    let Some(target) = target.filter(|_| !push) else {
        let outbox = caldav::outbox(&store, now).map_err(|e| e.to_string())?.ok_or("the calendar is not pushed")?;
        drop(store);
        let password = password_for(outbox.target(), password_stdin)?;
        let report = outbox.send(&password, &mut |_, _| {}).map_err(|e| e.to_string())?;
        println!("Pushed the calendar: {}.", described(&report));
        return Ok(());
    };
    let password = password_for(&target, password_stdin)?;
    let outbox = caldav::outbox_for(&store, &target, now).map_err(|e| e.to_string())?;
    drop(store);
    let report = outbox.send(&password, &mut |_, _| {}).map_err(|e| e.to_string())?;
    println!("Pushed the calendar to {}: {}.", target.url, described(&report));
    match credentials::CALENDAR.remember(&target.url, &target.username, &password) {
        Ok(()) => println!("The password is kept in the system's keyring; the calendar is pushed after every change."),
        Err(e) => println!("{e}. Later pushes read {} instead.", credentials::CALENDAR.variable),
    }
    Ok(())
}

/// A password from the first line of standard input.
pub(super) fn stdin_password() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(|e| format!("cannot read the password: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// The password: from standard input when asked, else the environment or the keyring.
fn password_for(target: &CalDavTarget, from_stdin: bool) -> Result<String, String> {
    if from_stdin {
        return stdin_password();
    }
    credentials::CALENDAR
        .password(&target.url, &target.username)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no password: give --password-stdin, or set {}", credentials::CALENDAR.variable))
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

fn described(report: &PushReport) -> String {
    format!(
        "{} new, {} changed, {} deleted, {} put back, {} as they were",
        report.created, report.updated, report.deleted, report.restored, report.unchanged
    )
}
