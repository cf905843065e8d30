//! The calendar server's password in the system's keyring (Secret Service on Linux,
//! Keychain on macOS, Credential Manager on Windows): never in the plan or a file beside
//! it. For a machine without a keyring (a server, a script), the command line also reads
//! `ALMANAC_CALDAV_PASSWORD`.

use almanac_core::{Error, Result};

/// The keyring's service name for Almanac's calendar server passwords.
const SERVICE: &str = "Almanac calendar server";

/// The environment variable a script gives the password in.
pub const PASSWORD_VARIABLE: &str = "ALMANAC_CALDAV_PASSWORD";

fn entry(url: &str, username: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, &format!("{username} at {url}")).map_err(unavailable)
}

fn unavailable(e: keyring::Error) -> Error {
    Error::io(format!("the system keyring cannot be used ({e}); on Linux, GNOME Keyring or KWallet keeps passwords"))
}

/// Keeps `password` for `username` at `url`.
pub fn remember(url: &str, username: &str, password: &str) -> Result<()> {
    entry(url, username)?.set_password(password).map_err(unavailable)
}

/// The password kept for `username` at `url`, else the one in the environment; none when
/// neither has one.
pub fn password(url: &str, username: &str) -> Result<Option<String>> {
    if let Ok(p) = std::env::var(PASSWORD_VARIABLE) {
        return Ok(Some(p));
    }
    match entry(url, username)?.get_password() {
        Ok(p) => Ok(Some(p)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Forgets the password for `username` at `url` (gone already is fine).
pub fn forget(url: &str, username: &str) -> Result<()> {
    match entry(url, username)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}
