//! One window per plan. The first start on a data folder listens on a local socket named
//! after the folder (an abstract Unix socket: no file to leave behind after a crash); a
//! second start finds it, asks the running window to come forward, and exits, so two
//! windows never edit one plan. The command line's subcommands are not windows and run
//! beside it (their writes are checked against the window's, see the store's journal).

use std::path::Path;

/// The outcome of claiming a data folder.
pub enum Claim {
    /// This is the only window on the folder; `listener` hears later starts.
    First(Option<Listener>),
    /// A window is already open on the folder and was asked to come forward.
    AlreadyOpen,
}

#[cfg(target_os = "linux")]
pub type Listener = std::os::unix::net::UnixListener;
#[cfg(not(target_os = "linux"))]
pub type Listener = ();

#[cfg(target_os = "linux")]
fn address(data_dir: &Path) -> std::io::Result<std::os::unix::net::SocketAddr> {
    use std::hash::{Hash, Hasher};
    use std::os::linux::net::SocketAddrExt;
    let dir = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    dir.hash(&mut hasher);
    let name = format!("{}/{:016x}", crate::IDENTIFIER, hasher.finish());
    std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes())
}

#[cfg(target_os = "linux")]
pub fn claim(data_dir: &Path) -> Claim {
    use std::io::Write;
    use std::os::unix::net::{UnixListener, UnixStream};
    let Ok(addr) = address(data_dir) else { return Claim::First(None) };
    match UnixListener::bind_addr(&addr) {
        Ok(listener) => Claim::First(Some(listener)),
        Err(_) => match UnixStream::connect_addr(&addr) {
            // A live window took the call. The knock itself may meet a closed stream if
            // that window answered at once; it was heard all the same.
            Ok(mut stream) => {
                let _ = stream.write_all(b"focus\n");
                Claim::AlreadyOpen
            }
            // Nobody answers: not a live window; go on without the guard.
            Err(_) => Claim::First(None),
        },
    }
}

#[cfg(not(target_os = "linux"))]
pub fn claim(_data_dir: &Path) -> Claim {
    Claim::First(None)
}

/// Brings the main window forward whenever a later start knocks.
#[cfg(target_os = "linux")]
pub fn serve(listener: Listener, app: tauri::AppHandle) {
    use std::io::Read;
    use tauri::Manager;
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            // Read the knock before answering, so the caller's write completes.
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_millis(500)));
            let _ = stream.read(&mut [0u8; 16]);
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }
    });
}

#[cfg(not(target_os = "linux"))]
pub fn serve(_listener: Listener, _app: tauri::AppHandle) {}
