//! A throwaway PostgreSQL cluster for the tests: Debian's server binaries run as the
//! `postgres` user (initdb, then pg_ctl) in a temporary folder on a free localhost port,
//! with password authentication over TCP as a team's server has it, and stopped (its
//! folder removed) when dropped.

use std::net::TcpListener;
use std::os::unix::fs::{chown, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The cluster's superuser, who creates databases and runs `almanac server init`.
pub const ADMIN: &str = "almanac_admin";
/// Its password.
pub const ADMIN_PASSWORD: &str = "admin-secret";

/// A running cluster.
pub struct Postgres {
    dir: tempfile::TempDir,
    bin: PathBuf,
    /// Its port on 127.0.0.1.
    pub port: u16,
}

/// The newest installed server's binaries (`/usr/lib/postgresql/<version>/bin`).
fn binaries() -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed (Debian's postgresql package)")
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|p| p.join("initdb").is_file())
        .collect();
    versions.sort_by_key(|p| p.parent().and_then(|v| v.file_name()?.to_str()?.parse::<u32>().ok()));
    versions.pop().expect("an initdb under /usr/lib/postgresql")
}

/// The `postgres` user's user and group ids.
fn postgres_ids() -> (u32, u32) {
    let id = |flag: &str| -> u32 {
        let out = Command::new("id").args([flag, "postgres"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
    };
    (id("-u"), id("-g"))
}

fn as_postgres(bin: &Path, tool: &str, args: &[&str]) {
    let out = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(bin.join(tool))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} runs: {e}"));
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
}

impl Postgres {
    /// Starts a cluster with one database, `database`, that also speaks TLS with a
    /// certificate for `localhost` from a test CA made here; returns the CA's PEM file.
    pub fn start_with_tls(database: &str) -> (Postgres, PathBuf) {
        let cluster = Self::start(database);
        let certs = cluster.dir.path().join("certs");
        std::fs::create_dir(&certs).unwrap();
        let run = |args: &[&str]| {
            let out = Command::new("openssl").args(args).current_dir(&certs).output().expect("openssl runs");
            assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        };
        let p256 = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2"];
        run(&[
            &["req", "-x509", "-subj", "/CN=Almanac Test CA", "-keyout", "ca.key", "-out", "ca.pem"][..],
            &["-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
            &p256,
        ]
        .concat());
        run(&[&["req", "-subj", "/CN=localhost", "-keyout", "server.key", "-out", "server.csr"][..], &p256[..5]]
            .concat());
        std::fs::write(
            certs.join("server.ext"),
            "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        run(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "server.ext",
            "-out",
            "server.crt",
        ]);
        let (uid, gid) = postgres_ids();
        for file in ["server.crt", "server.key"] {
            let to = cluster.dir.path().join(file);
            std::fs::copy(certs.join(file), &to).unwrap();
            chown(&to, Some(uid), Some(gid)).unwrap();
            std::fs::set_permissions(&to, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let dir = cluster.dir.path().display().to_string();
        std::fs::write(
            cluster.dir.path().join("data/postgresql.auto.conf"),
            format!("ssl = on\nssl_cert_file = '{dir}/server.crt'\nssl_key_file = '{dir}/server.key'\n"),
        )
        .unwrap();
        cluster.restart();
        (cluster, certs.join("ca.pem"))
    }

    /// Starts a cluster with one database, `database`.
    pub fn start(database: &str) -> Postgres {
        let dir = tempfile::tempdir().unwrap();
        let (uid, gid) = postgres_ids();
        chown(dir.path(), Some(uid), Some(gid)).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let pw = dir.path().join("pw");
        std::fs::write(&pw, ADMIN_PASSWORD).unwrap();
        chown(&pw, Some(uid), Some(gid)).unwrap();
        let data = dir.path().join("data");
        let bin = binaries();
        let (data_s, pw_s) = (data.to_str().unwrap(), pw.to_str().unwrap());
        as_postgres(
            &bin,
            "initdb",
            &[
                "-D",
                data_s,
                "-U",
                ADMIN,
                "--pwfile",
                pw_s,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        );
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let options = format!("-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off", dir.path().display());
        let log = dir.path().join("log");
        as_postgres(&bin, "pg_ctl", &["-D", data_s, "-l", log.to_str().unwrap(), "-o", &options, "-w", "start"]);
        let cluster = Postgres { dir, bin, port };
        let out = Command::new(cluster.bin.join("createdb"))
            .args(["-h", "127.0.0.1", "-p", &port.to_string(), "-U", ADMIN, database])
            .env("PGPASSWORD", ADMIN_PASSWORD)
            .output()
            .unwrap();
        assert!(out.status.success(), "createdb failed: {}", String::from_utf8_lossy(&out.stderr));
        cluster
    }

    /// The address of `database` for `user` with `password` at `host`, with `query` (the
    /// TLS settings) as written.
    pub fn url_at(&self, host: &str, user: &str, password: &str, database: &str, query: &str) -> String {
        format!("postgresql://{user}:{password}@{host}:{}/{database}{query}", self.port)
    }

    /// The address of `database` for `user` with `password`, in plaintext (asked for by
    /// name: the throwaway cluster has no certificate; an address without `sslmode` means
    /// verified TLS).
    pub fn url(&self, user: &str, password: &str, database: &str) -> String {
        format!("postgresql://{user}:{password}@127.0.0.1:{}/{database}?sslmode=disable", self.port)
    }

    /// Stops the server, as an outage does.
    pub fn stop(&self) {
        let data = self.dir.path().join("data");
        as_postgres(&self.bin, "pg_ctl", &["-D", data.to_str().unwrap(), "-m", "fast", "-w", "stop"]);
    }

    /// Starts the stopped server again, on its port.
    pub fn resume(&self) {
        let data = self.dir.path().join("data");
        let log = self.dir.path().join("log");
        let options =
            format!("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off", self.port, self.dir.path().display());
        let (data, log) = (data.to_str().unwrap(), log.to_str().unwrap());
        as_postgres(&self.bin, "pg_ctl", &["-D", data, "-l", log, "-o", &options, "-w", "start"]);
    }

    /// Restarts the server (a maintenance window, a failover): open connections are cut.
    pub fn restart(&self) {
        let data = self.dir.path().join("data");
        let log = self.dir.path().join("log");
        let (data, log) = (data.to_str().unwrap(), log.to_str().unwrap());
        as_postgres(&self.bin, "pg_ctl", &["-D", data, "-l", log, "-m", "fast", "-w", "restart"]);
    }

    /// The superuser's address of `database`.
    pub fn admin_url(&self, database: &str) -> String {
        self.url(ADMIN, ADMIN_PASSWORD, database)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-D", data.to_str().unwrap_or_default(), "-m", "immediate", "stop"])
            .output();
    }
}
