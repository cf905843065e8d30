//! Passwords in the system's keyring (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows), never in the plan or a file beside it: the calendar
//! server's and the team server's. For a machine without a keyring (a server, a script),
//! each can also be given in an environment variable.

use almanac_core::export::caldav::CalDavTarget;
use almanac_core::{Error, Result, Sentence};

/// A kind of password: its keyring service, what a person is asked when they give none (a
/// message of the catalogue), and its environment variable.
pub struct Secret {
    service: &'static str,
    asked: &'static str,
    /// The environment variable a script gives the password in.
    pub variable: &'static str,
}

/// The calendar server's password.
pub const CALENDAR: Secret = Secret {
    service: "Almanac calendar server",
    asked: "error-team-give-account-password",
    variable: "ALMANAC_CALDAV_PASSWORD",
};

/// The team server's password of the member signed in.
pub const TEAM: Secret = Secret {
    service: "Almanac team server",
    asked: "error-team-give-given-password",
    variable: "ALMANAC_SYNC_PASSWORD",
};

impl Secret {
    fn entry(&self, url: &str, username: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(self.service, &format!("{username} at {url}")).map_err(unavailable)
    }

    /// Keeps `password` for `username` at `url`; an empty one is refused (a person who
    /// left the field empty is asked for it), so nothing is sent without one.
    pub fn remember(&self, url: &str, username: &str, password: &str) -> Result<()> {
        if password.is_empty() {
            return Err(Error::validation("password", Sentence::new(self.asked)));
        }
        self.entry(url, username)?.set_password(password).map_err(unavailable)
    }

    /// The password kept for `username` at `url`, else the one in the environment; none
    /// when neither has one.
    pub fn password(&self, url: &str, username: &str) -> Result<Option<String>> {
        if let Ok(p) = std::env::var(self.variable) {
            return Ok(Some(p));
        }
        match self.entry(url, username)?.get_password() {
            Ok(p) => Ok(Some(p)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    /// Forgets the password for `username` at `url` (gone already is fine).
    pub fn forget(&self, url: &str, username: &str) -> Result<()> {
        match self.entry(url, username)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable(e: keyring::Error) -> Error {
    Error::io(Sentence::new("error-team-keyring-unavailable").with("reason", e.to_string()))
}

/// The calendar server's password kept for `target`.
pub fn calendar_password(target: &CalDavTarget) -> Result<String> {
    CALENDAR
        .password(&target.url, &target.username)?
        .ok_or_else(|| Error::validation("password", Sentence::new("error-team-no-password-kept")))
}
