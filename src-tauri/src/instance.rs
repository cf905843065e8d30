//! One window per plan, on every platform, through Tauri's single-instance plugin: a second
//! start hands its arguments to the window already open and exits, and that window comes
//! forward, so two windows never edit one plan. On Linux the plugin's D-Bus name is the
//! plan folder's own (two plans open side by side); on Windows and macOS the plugin keys
//! by the app, so a second start on any plan brings the open window forward. The command
//! line's subcommands are not windows and run beside it (their writes are checked against
//! the window's, see the store's journal).

use std::path::Path;

use tauri::{AppHandle, Manager, Runtime};

/// The plugin, keyed by the plan folder where the platform allows it.
pub fn plugin<R: Runtime>(data_dir: &Path) -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new().dbus_id(dbus_id(data_dir)).callback(bring_forward).build()
}

/// `org.almanac.planner.p0123456789abcdef`: the app's identifier and a hash of the plan
/// folder, as a D-Bus name element (letters, digits and `_`, not starting with a digit).
fn dbus_id(data_dir: &Path) -> String {
    use std::hash::{Hash, Hasher};
    let dir = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    dir.hash(&mut hasher);
    format!("{}.p{:016x}", crate::IDENTIFIER, hasher.finish())
}

/// Whether the command line may replace the plan (a restore): not while a window is open
/// on it.
pub enum Claim {
    /// No window is open on the plan, and none opens while this is held.
    Held(Hold),
    /// A window is open on the plan.
    WindowOpen,
}

/// The plan's name on the session bus, held by the command line: a window started
/// meanwhile finds it taken and does not open.
#[cfg(target_os = "linux")]
pub struct Hold(#[allow(dead_code)] Option<zbus::blocking::Connection>);
#[cfg(not(target_os = "linux"))]
pub struct Hold;

/// Takes the name a window on the plan would take (without a session bus, there is no
/// window to find, and the restore goes on).
#[cfg(target_os = "linux")]
pub fn claim(data_dir: &Path) -> Claim {
    let name = format!("{}.SingleInstance", dbus_id(data_dir));
    let Ok(builder) = zbus::blocking::connection::Builder::session() else { return Claim::Held(Hold(None)) };
    let built = builder
        .name(name.as_str())
        .and_then(|b| b.replace_existing_names(false).allow_name_replacements(false).build());
    match built {
        Ok(connection) => Claim::Held(Hold(Some(connection))),
        Err(zbus::Error::NameTaken) => Claim::WindowOpen,
        Err(_) => Claim::Held(Hold(None)),
    }
}

/// Elsewhere the plugin keeps its lock to itself: the restore goes on, as the store's
/// journal checks every write against the window's.
#[cfg(not(target_os = "linux"))]
pub fn claim(_data_dir: &Path) -> Claim {
    Claim::Held(Hold)
}

/// A later start knocked with its arguments: the window comes forward.
fn bring_forward<R: Runtime>(app: &AppHandle<R>, args: Vec<String>, cwd: String) {
    log::info!("a second start on this plan brought the window forward (arguments {args:?}, in {cwd})");
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_plan_folder_has_its_own_valid_dbus_name() {
        let a = super::dbus_id(std::path::Path::new("/tmp/plan-a"));
        let b = super::dbus_id(std::path::Path::new("/tmp/plan-b"));
        assert_ne!(a, b);
        for name in [&a, &b] {
            let name = format!("{name}.SingleInstance");
            assert!(name.len() <= 255);
            for element in name.split('.') {
                assert!(!element.is_empty() && !element.starts_with(|c: char| c.is_ascii_digit()), "{name}");
                assert!(element.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "{name}");
            }
        }
    }
}
