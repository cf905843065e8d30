//! The processes under a test's app: tauri-driver (stopped with SIGTERM so it stops
//! WebKitWebDriver too), its ports, and the WebDriver session opened through it.

use std::net::TcpStream;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

use crate::driver::trace;

/// The tauri-driver process; dropping it stops it with SIGTERM, so it stops
/// WebKitWebDriver too (SIGKILL would leave that running).
pub(crate) struct DriverProcess(pub(crate) Child);

impl Drop for DriverProcess {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        let _ = self.0.wait();
    }
}

/// Opens the WebDriver session, retrying briefly while WebKitWebDriver starts up. A session
/// that does not open within two minutes fails the test (a window that never starts would
/// otherwise keep the suite waiting on the driver's own, much longer, timeout).
pub(crate) async fn open_session(caps: Capabilities, port: u16) -> WebDriverResult<WebDriver> {
    const PATIENCE: Duration = Duration::from_secs(120);
    let mut attempt = 0;
    loop {
        attempt += 1;
        let opening = WebDriver::new(format!("http://127.0.0.1:{port}"), caps.clone());
        let Ok(opened) = tokio::time::timeout(PATIENCE, opening).await else {
            panic!("the app's window did not open within {} s (attempt {attempt})", PATIENCE.as_secs());
        };
        match opened {
            Err(e) if attempt < 5 => {
                trace(&format!("session not open yet ({e}); retrying"));
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            result => return result,
        }
    }
}

pub(crate) fn wait_for_port_free(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_ok() {
        assert!(Instant::now() < deadline, "port {port} is still taken");
        std::thread::sleep(Duration::from_millis(100));
    }
}

pub(crate) fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "tauri-driver did not listen on port {port}");
        std::thread::sleep(Duration::from_millis(100));
    }
}
