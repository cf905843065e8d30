//! The team's server: one PostgreSQL database holding one plan's shared history (the
//! plan's id, its members, and the change messages laptops push), reached through
//! tokio-postgres. Its schema is versioned like the laptop's; members are PostgreSQL
//! roles in an editors' or a viewers' group, and what each may do is decided by GRANTs
//! on the server, not by the app. TLS is rustls with the system's trust store: whenever
//! the address asks for TLS (`sslmode=require`, `verify-ca`, `verify-full`), the
//! server's certificate and name are verified.

mod members;
mod migrate;
mod sync;

use std::time::Duration;

use tokio_postgres::config::SslMode;
use tokio_postgres::{Client, Config};

use crate::error::{Error, Result};

pub use members::{add_member, append_message, MemberRole, Message, NewMember};
pub use migrate::{init, Initialised, SCHEMA_VERSION};
pub use sync::{Pulled, TeamMember};

/// How long a connection attempt may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A connection to the team's server.
pub struct Server {
    client: Client,
    /// The database, whose name prefixes the members' group roles.
    database: String,
    /// The address as given, without its password, for messages and for members.
    address: String,
}

impl Server {
    /// Connects to the server at `url` (`postgresql://user:password@host:port/database`,
    /// with `?sslmode=` as libpq reads it).
    pub async fn connect(url: &str) -> Result<Server> {
        Self::connect_as(url, None).await
    }

    /// Connects to the server at `url` with `password` (kept apart from the address, in
    /// the keyring), or the address's own password when none is given.
    pub async fn connect_as(url: &str, password: Option<&str>) -> Result<Server> {
        let (mut config, wants_tls) = parse(url)?;
        if let Some(password) = password {
            config.password(password);
        }
        let address = address_of(url)?;
        let database = config.get_dbname().map(str::to_string).unwrap_or_else(|| user_of(&config));
        let client = if wants_tls {
            let tls = <rustls::ClientConfig as rustls_platform_verifier::ConfigVerifierExt>::with_platform_verifier()
                .map_err(|e| Error::io(format!("TLS cannot be set up: {e}")))?;
            let (client, connection) = config
                .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
                .await
                .map_err(|e| refused(&address, &e))?;
            tokio::spawn(connection);
            client
        } else {
            let (client, connection) =
                config.connect(tokio_postgres::NoTls).await.map_err(|e| refused(&address, &e))?;
            tokio::spawn(connection);
            client
        };
        Ok(Server { client, database, address })
    }

    /// The address, without its password.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The group role of the members with `role` (role names are the whole cluster's, so
    /// each database's groups carry its name).
    fn group(&self, role: MemberRole) -> String {
        format!("{}_{}s", self.database, role.name())
    }
}

/// The address of `url` without its password: how Settings shows it, the laptop keeps it
/// to sync again, and the keyring names its password. Its other settings stay, so a
/// server asked for with `sslmode=verify-full` is always reached over verified TLS.
pub fn address_of(url: &str) -> Result<String> {
    let (config, _) = parse(url)?;
    let database = config.get_dbname().map(str::to_string).unwrap_or_else(|| user_of(&config));
    let query = url.trim().split_once('?').map_or("", |(_, q)| q);
    let kept: Vec<&str> =
        query.split('&').filter(|p| !p.is_empty() && !p.to_ascii_lowercase().starts_with("password=")).collect();
    let address = redacted(&config, &database);
    Ok(if kept.is_empty() { address } else { format!("{address}?{}", kept.join("&")) })
}

/// An SQL identifier, quoted.
fn quoted(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

/// The connection settings of `url`, and whether it asks for TLS. libpq's `verify-ca` and
/// `verify-full` are read as `require`: rustls always verifies the certificate and name.
fn parse(url: &str) -> Result<(Config, bool)> {
    let url = url.trim();
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut wants_tls = false;
    let query: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some(("sslmode", "verify-ca" | "verify-full" | "require")) => {
                wants_tls = true;
                "sslmode=require".to_string()
            }
            _ => p.to_string(),
        })
        .collect();
    let url = if query.is_empty() { base.to_string() } else { format!("{base}?{}", query.join("&")) };
    let mut config: Config = url.parse().map_err(|e| {
        Error::validation("server", format!("not a server address ({e}); write postgresql://user@host:5432/database"))
    })?;
    if !url.starts_with("postgres://") && !url.starts_with("postgresql://") {
        return Err(Error::validation("server", "write the address as postgresql://user@host:5432/database"));
    }
    if config.get_user().is_none() {
        return Err(Error::validation("server", "the address names no user: postgresql://user@host/database"));
    }
    config.connect_timeout(CONNECT_TIMEOUT).application_name("Almanac");
    if !wants_tls {
        config.ssl_mode(SslMode::Disable);
    }
    Ok((config, wants_tls))
}

fn user_of(config: &Config) -> String {
    config.get_user().unwrap_or_default().to_string()
}

fn redacted(config: &Config, database: &str) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_default();
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!("postgresql://{}@{host}:{port}/{database}", user_of(config))
}

/// The error for a connection the server refused or could not be made.
fn refused(address: &str, e: &tokio_postgres::Error) -> Error {
    match e.as_db_error().map(|d| d.code().code()) {
        // invalid_password, invalid_authorization_specification
        Some("28P01" | "28000") => {
            Error::validation("password", format!("{address} refused the user name or password"))
        }
        Some("3D000") => Error::validation("server", format!("{address}: there is no such database")),
        _ => Error::io(format!("cannot reach the team's server at {address}: {e}")),
    }
}

/// A database error as the core's error: refusals of rights as conflicts a person can read.
pub(crate) fn database(doing: &str, e: tokio_postgres::Error) -> Error {
    match e.as_db_error() {
        // insufficient_privilege
        Some(db) if db.code().code() == "42501" => {
            Error::conflict(format!("the team's server refused to {doing}: this member may not ({})", db.message()))
        }
        Some(db) => Error::io(format!("the team's server could not {doing}: {}", db.message())),
        None => Error::io(format!("the team's server could not {doing}: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_read_as_libpq_reads_them_with_verification_for_every_tls_mode() {
        let (config, tls) = parse("postgresql://ann:pw@db.example:6543/plan?sslmode=verify-full").unwrap();
        assert!(tls);
        assert_eq!(config.get_ssl_mode(), SslMode::Require);
        assert_eq!(redacted(&config, "plan"), "postgresql://ann@db.example:6543/plan", "no password");
        assert_eq!(
            address_of("postgresql://ann:pw@db.example:6543/plan?sslmode=verify-full&password=pw2").unwrap(),
            "postgresql://ann@db.example:6543/plan?sslmode=verify-full",
            "kept to sync again: its TLS demand, never a password"
        );
        let (config, tls) = parse("postgres://ann@localhost/plan").unwrap();
        assert!(!tls);
        assert_eq!(config.get_ssl_mode(), SslMode::Disable);
        for bad in ["", "mysql://ann@h/db", "postgresql://h/db", "not an address"] {
            assert!(matches!(parse(bad), Err(Error::Validation { field, .. }) if field == "server"), "{bad}");
        }
    }
}
