//! A throwaway CalDAV server for the tests: Radicale (from the tools' Python, PyPI) on a
//! free localhost port with one user and its storage in a temporary folder, stopped when
//! dropped (optionally behind a layer that writes its listings' addresses as absolute URLs,
//! as other servers do); and an independent client (`tests/interop/caldav_client.py`) to look at it.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The server's one user.
pub const USER: &str = "alice";
/// Her password.
pub const PASSWORD: &str = "s3cret-pass";

/// The Python with Radicale and icalendar (`ALMANAC_PYTHON`, else `python3`).
pub fn python() -> String {
    std::env::var("ALMANAC_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// A Radicale server with one user, stopped when dropped.
pub struct Radicale {
    child: Child,
    pub port: u16,
    /// Its one user.
    pub user: String,
    _dir: tempfile::TempDir,
}

impl Radicale {
    /// A server whose user is [`USER`].
    pub fn start() -> Radicale {
        Radicale::start_as(USER)
    }

    /// A server whose user is `user` (an e-mail address, as Google's and Fastmail's are).
    pub fn start_as(user: &str) -> Radicale {
        Radicale::launch(user, false)
    }

    /// A server whose user is `user` and whose listings name every resource by its
    /// absolute URL (`http://127.0.0.1:port/user/almanac/x.ics`), where Radicale writes paths.
    pub fn start_with_absolute_addresses(user: &str) -> Radicale {
        Radicale::launch(user, true)
    }

    fn launch(user: &str, absolute: bool) -> Radicale {
        let dir = tempfile::tempdir().unwrap();
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        std::fs::write(dir.path().join("users"), format!("{user}:{PASSWORD}\n")).unwrap();
        let config = format!(
            "[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n\
             htpasswd_encryption = plain\n[storage]\nfilesystem_folder = {store}\n[rights]\ntype = owner_only\n\
             [logging]\nlevel = warning\n",
            users = dir.path().join("users").display(),
            store = dir.path().join("collections").display(),
        );
        std::fs::write(dir.path().join("config"), config).unwrap();
        let mut command = Command::new(python());
        if absolute {
            command
                .arg(crate::repo().join("tests/interop/radicale_absolute.py"))
                .arg(dir.path().join("config"))
                .arg(port.to_string());
        } else {
            command.args(["-m", "radicale", "--config"]).arg(dir.path().join("config"));
        }
        let child = command.stdout(Stdio::null()).spawn().expect("Radicale starts");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "Radicale did not listen on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        Radicale { child, port, user: user.to_string(), _dir: dir }
    }

    /// The collection's address, the user's `@` escaped as calendar servers write it
    /// (`…/comms%40westmark.gov.uk/almanac/`).
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/{}/almanac/", self.port, self.user.replace('@', "%40"))
    }

    /// The independent client's view of the collection.
    pub fn client(&self, args: &[&str]) -> Value {
        let script = crate::repo().join("tests/interop/caldav_client.py");
        let out = Command::new(python())
            .arg(script)
            .arg(args[0])
            .args([self.url().as_str(), self.user.as_str(), PASSWORD])
            .args(&args[1..])
            .output()
            .expect("Python runs");
        assert!(out.status.success(), "the CalDAV client failed: {}", String::from_utf8_lossy(&out.stderr));
        if out.stdout.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&out.stdout).unwrap()
        }
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
