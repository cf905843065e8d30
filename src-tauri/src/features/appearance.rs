//! Settings → Appearance: the window's theme on this laptop (light, dark or the system's).

use almanac_core::{Error, Result, Sentence};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager, State};

use crate::appearance::{Theme, ThemeSetting};

/// The theme chosen on this laptop; none follows the system (which the page itself watches).
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct UiTheme {
    pub chosen: Option<Theme>,
}

#[tauri::command]
#[specta::specta]
pub async fn ui_theme(setting: State<'_, ThemeSetting>) -> Result<UiTheme> {
    Ok(UiTheme { chosen: setting.chosen() })
}

/// Chooses the window's theme on this laptop (none: the system's), kept for the next starts;
/// the windows' title bars follow at once.
#[tauri::command]
#[specta::specta]
pub async fn choose_ui_theme(
    app: AppHandle,
    setting: State<'_, ThemeSetting>,
    theme: Option<Theme>,
) -> Result<UiTheme> {
    setting
        .choose(theme)
        .map_err(|e| Error::Io { message: Sentence::new("error-team-theme-not-kept").with("reason", e.to_string()) })?;
    tell_the_windows(&app, theme);
    Ok(UiTheme { chosen: theme })
}

/// Gives the native windows the theme (their title bars; on Linux GTK's dark preference, which
/// the web view's `prefers-color-scheme` reads too). A failure only leaves the frame as it was.
pub fn tell_the_windows(app: &AppHandle, theme: Option<Theme>) {
    for window in app.webview_windows().values() {
        if let Err(e) = window.set_theme(theme.map(Into::into)) {
            log::warn!("the window's theme could not be set: {e}");
        }
    }
}
