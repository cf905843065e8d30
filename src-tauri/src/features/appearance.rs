//! Settings → Appearance and View → Zoom: the window's theme (light, dark or the system's)
//! and its zoom on this laptop.

use almanac_core::{Error, Result, Sentence};
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::{AppHandle, Manager, State};
use tauri_specta::Event;

use crate::appearance::{zoomed, AppearanceSetting, Theme, ZoomStep};

/// The theme chosen on this laptop; none follows the system (which the page itself watches).
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct UiTheme {
    pub chosen: Option<Theme>,
}

#[tauri::command]
#[specta::specta]
pub async fn ui_theme(setting: State<'_, AppearanceSetting>) -> Result<UiTheme> {
    Ok(UiTheme { chosen: setting.chosen() })
}

/// Chooses the window's theme on this laptop (none: the system's), kept for the next starts;
/// the windows' title bars follow at once.
#[tauri::command]
#[specta::specta]
pub async fn choose_ui_theme(
    app: AppHandle,
    setting: State<'_, AppearanceSetting>,
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

/// The window's zoom changed (View → Zoom In, Zoom Out, Actual Size), for the page to say so.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct ZoomChanged {
    /// In percent.
    pub percent: u16,
}

/// Zooms every window by `step` from the zoom kept on this laptop, keeps the new zoom for the
/// next starts and tells the page, which announces it. The web view's own zoom: the page's
/// CSS viewport shrinks, so its layout reflows rather than being scaled as a picture.
pub fn step_zoom(app: &AppHandle, step: ZoomStep) {
    let setting = app.state::<AppearanceSetting>();
    let percent = zoomed(setting.zoom(), step);
    if let Err(e) = setting.choose_zoom(percent) {
        return log::error!("the zoom could not be kept: {e}");
    }
    zoom_the_windows(app, percent);
    if let Err(e) = (ZoomChanged { percent }).emit(app) {
        log::error!("the zoom could not be told to the window: {e}");
    }
}

/// Zooms by `step` for the keys the menu bar's accelerators do not take: Ctrl and + (the
/// same key as = with Shift) and the numeric keypad's +, − and 0, which the page hears.
#[tauri::command]
#[specta::specta]
pub async fn zoom_window(app: AppHandle, step: ZoomStep) -> Result<()> {
    step_zoom(&app, step);
    Ok(())
}

/// Gives every window the zoom `percent`. A failure leaves the window at its size.
pub fn zoom_the_windows(app: &AppHandle, percent: u16) {
    for window in app.webview_windows().values() {
        if let Err(e) = window.set_zoom(f64::from(percent) / 100.0) {
            log::warn!("the window's zoom could not be set: {e}");
        }
    }
}
