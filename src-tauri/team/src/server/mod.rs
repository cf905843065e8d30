//! The team's server: one PostgreSQL database holding one plan's shared history (the
//! plan's id, its members, and the change messages laptops push), reached through
//! tokio-postgres. Its schema is versioned like the laptop's; members are PostgreSQL
//! roles in an editors' or a viewers' group, and what each may write is decided on the
//! server (one function its owner defines), not by the app. TLS is rustls with the
//! system's trust store (or the CA file `sslrootcert` names), and the server's certificate
//! and name are always verified: an address without `sslmode` means `verify-full`;
//! plaintext must be asked for by name (`sslmode=disable`); `prefer` and `allow`, which
//! fall back to plaintext unseen, are refused.

mod members;
mod migrate;
mod sync;

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio_postgres::config::SslMode;
use tokio_postgres::{AsyncMessage, Client, Config, Connection};

use crate::error::{Error, Result};
use crate::Sentence;

pub use crate::domain::change_message::{Message, Pulled};
pub use crate::domain::member::TeamMember;
pub use members::{add_member, append_message, set_member, Approves, MemberRole, NewMember};
pub use migrate::{init, Initialised, SCHEMA_VERSION};
pub use sync::{Pushed, Reason, Refusal, PAGE_BYTES};

/// How long a connection attempt may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The channel the server's pushes are announced on (see migration 0004).
const CHANGES: &str = "almanac_changes";

/// What a connection does on hearing that the team's history grew.
type Hearing = Arc<Mutex<Option<Box<dyn Fn() + Send + Sync>>>>;

/// A connection to the team's server.
pub struct Server {
    client: Client,
    /// Called as each push to the team's history commits, once listened for.
    hearing: Hearing,
    /// The database, whose name prefixes the members' group roles.
    database: String,
    /// The address as given, without its password, for messages and for members.
    address: String,
    /// Whether the connection is encrypted (false only when the address says `sslmode=disable`).
    encrypted: bool,
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
        let (mut config, tls) = parse(url)?;
        if let Some(password) = password {
            config.password(password);
        }
        let address = address_of(url)?;
        let database = config.get_dbname().map(str::to_string).unwrap_or_else(|| user_of(&config));
        let encrypted = tls != Tls::Plaintext;
        let hearing = Hearing::default();
        let client = if let Tls::Verified(trust) = tls {
            let tls = trust.client_config()?;
            let (client, connection) = config
                .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
                .await
                .map_err(|e| refused(&address, &e))?;
            tokio::spawn(drive(connection, hearing.clone()));
            client
        } else {
            let (client, connection) =
                config.connect(tokio_postgres::NoTls).await.map_err(|e| refused(&address, &e))?;
            tokio::spawn(drive(connection, hearing.clone()));
            client
        };
        Ok(Server { client, hearing, database, address, encrypted })
    }

    /// Listens for the team's pushes: `hear` is called as each one commits (a colleague's
    /// or this laptop's own), on the connection's task, so it must not block. False when
    /// the server does not announce them (one older than its notices): the laptop's own
    /// look then finds the news.
    pub async fn listen_for_changes(&self, hear: impl Fn() + Send + Sync + 'static) -> Result<bool> {
        let announces = self
            .client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgname = 'almanac_message_heard')",
                &[],
            )
            .await
            .map_err(|e| database(Sentence::new("error-team-to-listen"), e))?
            .get::<_, bool>(0);
        if !announces {
            return Ok(false);
        }
        *self.hearing.lock().unwrap_or_else(PoisonError::into_inner) = Some(Box::new(hear));
        let listening = self.client.batch_execute(&format!("LISTEN {CHANGES}")).await;
        listening.map_err(|e| database(Sentence::new("error-team-to-listen"), e))?;
        Ok(true)
    }

    /// The address, without its password.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Whether the connection is encrypted (the address did not ask for plaintext).
    pub fn encrypted(&self) -> bool {
        self.encrypted
    }

    /// The group role of the members with `role` (role names are the whole cluster's, so
    /// each database's groups carry its name).
    fn group(&self, role: MemberRole) -> String {
        let suffix = format!("_{}s", role.name());
        format!("{}{suffix}", crate::domain::validate::within_bytes(&self.database, 63 - suffix.len()))
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

/// The password written in the address `url` itself (`postgresql://user:secret@…` or
/// `?password=`), if any.
pub fn password_in(url: &str) -> Result<Option<String>> {
    let (config, _) = parse(url)?;
    Ok(config.get_password().map(|p| String::from_utf8_lossy(p).into_owned()))
}

/// The password `~/.pgpass` (its text given) holds for the address `url`, as libpq reads
/// it: `host:port:database:user:password` lines, `*` for any, `\:` and `\\` escaped.
pub fn pgpass_lookup(text: &str, url: &str) -> Option<String> {
    let (config, _) = parse(url).ok()?;
    let host = match config.get_hosts().first()? {
        tokio_postgres::config::Host::Tcp(name) => name.clone(),
        tokio_postgres::config::Host::Unix(_) => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432).to_string();
    let user = user_of(&config);
    let database = config.get_dbname().map_or_else(|| user.clone(), str::to_string);
    let wanted = [host.as_str(), port.as_str(), database.as_str(), user.as_str()];
    text.lines().filter(|l| !l.trim_start().starts_with('#')).find_map(|line| {
        let parts = pgpass_fields(line);
        let [h, p, d, u, password] = parts.as_slice() else { return None };
        let fits = [h, p, d, u].iter().zip(wanted).all(|(field, want)| field.as_str() == "*" || field.as_str() == want);
        fits.then(|| password.clone())
    })
}

fn pgpass_fields(line: &str) -> Vec<String> {
    let (mut fields, mut field) = (Vec::new(), String::new());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => field.extend(chars.next()),
            ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// An SQL identifier, quoted.
fn quoted(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

/// Drives a connection: its answers, and the notices of the team's pushes, each heard by
/// what listens for them. It ends with the connection (the client's next call says why).
async fn drive<S, T>(mut connection: Connection<S, T>, hearing: Hearing)
where
    S: AsyncRead + AsyncWrite + Unpin,
    T: AsyncRead + AsyncWrite + Unpin,
{
    while let Some(Ok(message)) = std::future::poll_fn(|cx| connection.poll_message(cx)).await {
        if let AsyncMessage::Notification(notice) = message {
            if notice.channel() == CHANGES {
                if let Some(hear) = hearing.lock().unwrap_or_else(PoisonError::into_inner).as_ref() {
                    hear();
                }
            }
        }
    }
}

/// How a connection is made: over TLS, verified against whom, or in plaintext.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tls {
    /// Asked for by name (`sslmode=disable`).
    Plaintext,
    /// TLS with the server's certificate and name verified.
    Verified(Trust),
}

/// Whom a server's certificate must chain to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Trust {
    /// The system's trust store.
    System,
    /// The certificate authorities of a PEM file (`sslrootcert=`, as libpq names it): an
    /// organisation's own CA, which signs its internal servers.
    Roots(std::path::PathBuf),
}

impl Trust {
    fn client_config(&self) -> Result<rustls::ClientConfig> {
        match self {
            Trust::System => {
                <rustls::ClientConfig as rustls_platform_verifier::ConfigVerifierExt>::with_platform_verifier()
                    .map_err(|e| Error::io(Sentence::new("error-team-tls-setup").with("reason", e.to_string())))
            }
            Trust::Roots(path) => {
                use rustls::pki_types::{pem::PemObject, CertificateDer};
                let file = path.display().to_string();
                let unreadable = |e: &dyn std::fmt::Display| {
                    Error::validation(
                        "server",
                        Sentence::new("error-team-not-pem").with("path", &file).with("reason", e.to_string()),
                    )
                };
                let mut roots = rustls::RootCertStore::empty();
                for cert in CertificateDer::pem_file_iter(path).map_err(|e| unreadable(&e))? {
                    roots.add(cert.map_err(|e| unreadable(&e))?).map_err(|e| unreadable(&e))?;
                }
                if roots.is_empty() {
                    return Err(Error::validation(
                        "server",
                        Sentence::new("error-team-pem-holds-none").with("path", file),
                    ));
                }
                Ok(rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth())
            }
        }
    }
}

/// The connection settings of `url`, and how it is secured. No `sslmode` means
/// `verify-full`; libpq's `require`, `verify-ca` and `verify-full` all verify the
/// certificate and the name (rustls always does); `disable` is plaintext on purpose;
/// `prefer` and `allow`, which fall back to plaintext without a word, are refused.
/// `sslrootcert` names the certificate authorities to trust instead of the system's.
fn parse(url: &str) -> Result<(Config, Tls)> {
    let url = url.trim();
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut encrypted = true;
    let mut trust = Trust::System;
    let mut query_out = Vec::new();
    for p in query.split('&').filter(|p| !p.is_empty()) {
        match p.split_once('=') {
            Some(("sslmode", "verify-ca" | "verify-full" | "require")) => {}
            Some(("sslmode", "disable")) => encrypted = false,
            Some(("sslrootcert", "system")) => trust = Trust::System,
            Some(("sslrootcert", path)) => {
                trust = Trust::Roots(percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned().into())
            }
            Some(("sslmode", mode)) => {
                return Err(Error::validation(
                    "server",
                    Sentence::new("error-team-sslmode-falls-back").with("mode", mode),
                ))
            }
            _ => query_out.push(p.to_string()),
        }
    }
    let url = if query_out.is_empty() { base.to_string() } else { format!("{base}?{}", query_out.join("&")) };
    let mut config: Config = url.parse().map_err(|e: tokio_postgres::Error| {
        Error::validation("server", Sentence::new("error-team-not-an-address").with("reason", e.to_string()))
    })?;
    if !url.starts_with("postgres://") && !url.starts_with("postgresql://") {
        return Err(Error::validation("server", Sentence::new("error-team-address-form")));
    }
    if config.get_user().is_none() {
        return Err(Error::validation("server", Sentence::new("error-team-address-no-user")));
    }
    config.connect_timeout(CONNECT_TIMEOUT).application_name("Almanac");
    config.ssl_mode(if encrypted { SslMode::Require } else { SslMode::Disable });
    Ok((config, if encrypted { Tls::Verified(trust) } else { Tls::Plaintext }))
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
            Error::validation("password", Sentence::new("error-team-login-refused").with("address", address))
        }
        Some("3D000") => {
            Error::validation("server", Sentence::new("error-team-no-such-database").with("address", address))
        }
        _ => Error::io(Sentence::new("error-team-unreachable").with("address", address).with("reason", with_causes(e))),
    }
}

/// An error with what caused it (a TLS handshake fails for a reason: the certificate's
/// name, its issuer), as a person needs it to tell their server's owner.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text = format!("{text}: {c}");
        cause = c.source();
    }
    text
}

/// A database error as the core's error: refusals of rights as conflicts a person can read.
/// `action` is what the server was asked to do (an `error-team-to-…` message: "add the
/// member").
pub(crate) fn database(action: Sentence, e: tokio_postgres::Error) -> Error {
    match e.as_db_error() {
        // insufficient_privilege
        Some(db) if db.code().code() == "42501" => Error::conflict(
            Sentence::new("error-team-server-may-not").with("action", action).with("reason", db.message()),
        ),
        Some(db) => {
            Error::io(Sentence::new("error-team-server-could-not").with("action", action).with("reason", db.message()))
        }
        None => {
            Error::io(Sentence::new("error-team-server-could-not").with("action", action).with("reason", e.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_read_as_libpq_reads_them_with_verification_for_every_tls_mode() {
        let (config, tls) = parse("postgresql://ann:pw@db.example:6543/plan?sslmode=verify-full").unwrap();
        assert_eq!(tls, Tls::Verified(Trust::System));
        assert_eq!(config.get_ssl_mode(), SslMode::Require);
        assert_eq!(redacted(&config, "plan"), "postgresql://ann@db.example:6543/plan", "no password");
        assert_eq!(
            address_of("postgresql://ann:pw@db.example:6543/plan?sslmode=verify-full&password=pw2").unwrap(),
            "postgresql://ann@db.example:6543/plan?sslmode=verify-full",
            "kept to sync again: its TLS demand, never a password"
        );
        let (config, tls) = parse("postgres://ann@localhost/plan").unwrap();
        assert_eq!(tls, Tls::Verified(Trust::System), "no sslmode: verified TLS");
        let (_, tls) = parse("postgres://ann@localhost/plan?sslrootcert=%2Fetc%2Fcouncil%20ca.pem").unwrap();
        assert_eq!(tls, Tls::Verified(Trust::Roots("/etc/council ca.pem".into())), "an organisation's own CA");
        assert_eq!(config.get_ssl_mode(), SslMode::Require);
        let (config, tls) = parse("postgres://ann@localhost/plan?sslmode=disable").unwrap();
        assert_eq!(tls, Tls::Plaintext, "plaintext only when asked for by name");
        assert_eq!(config.get_ssl_mode(), SslMode::Disable);
        for bad in ["", "mysql://ann@h/db", "postgresql://h/db", "not an address"] {
            assert!(matches!(parse(bad), Err(Error::Validation { field, .. }) if field == "server"), "{bad}");
        }
        let pgpass = "# the team's server\nother:5432:*:ann:no\ndb.example:6543:plan:ann:s3cr\\:et\n*:*:*:*:any";
        assert_eq!(pgpass_lookup(pgpass, "postgresql://ann@db.example:6543/plan").as_deref(), Some("s3cr:et"));
        assert_eq!(pgpass_lookup(pgpass, "postgresql://bob@elsewhere/x").as_deref(), Some("any"));
        assert_eq!(pgpass_lookup("", "postgresql://bob@elsewhere/x"), None);
        let err = parse("postgresql://ann@h/db?sslmode=prefer").unwrap_err();
        assert_eq!(
            err.to_string(),
            "server: sslmode=prefer can fall back to plaintext without saying so: leave sslmode out (the server's \
             certificate is then verified) or write sslmode=disable to send in plaintext on purpose"
        );
        for silent in ["prefer", "allow", "whatever"] {
            let err = parse(&format!("postgresql://ann@h/db?sslmode={silent}")).unwrap_err();
            assert!(
                matches!(&err, Error::Validation { message, .. } if message.to_string().contains("plaintext")),
                "{err}"
            );
        }
    }
}
