//! The window's appearance on this laptop: its theme (the system's unless the person chose
//! light or dark in Settings) and its zoom (View → Zoom In, Zoom Out, Actual Size). Kept in
//! the app's config folder beside the language, not in the plan: each colleague sharing a
//! plan keeps their own.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use specta::Type;

/// The file in the app's config folder that keeps the choice. A file of its own rather
/// than the language's, so that neither choice ever overwrites the other.
const APPEARANCE_FILE: &str = "appearance.json";

/// A theme a person may choose; none chosen follows the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Theme {
    Light,
    Dark,
}

impl From<Theme> for tauri::Theme {
    fn from(theme: Theme) -> tauri::Theme {
        match theme {
            Theme::Light => tauri::Theme::Light,
            Theme::Dark => tauri::Theme::Dark,
        }
    }
}

/// The zoom levels, in percent, that Zoom In and Zoom Out step through: a browser's steps,
/// from half size to the four times WCAG's reflow criterion asks for.
pub const ZOOM_STEPS: [u16; 14] = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400];

/// Actual Size.
pub const ACTUAL_SIZE: u16 = 100;

/// A step of the zoom from View (or the numeric keypad's keys, which the page hears).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ZoomStep {
    In,
    Out,
    ActualSize,
}

/// The zoom after `step` from `current` (a level between the steps, from an edited file,
/// goes to the nearest step in that direction; the ends stay where they are).
pub fn zoomed(current: u16, step: ZoomStep) -> u16 {
    match step {
        ZoomStep::In => ZOOM_STEPS.iter().copied().find(|&z| z > current).unwrap_or(current),
        ZoomStep::Out => ZOOM_STEPS.iter().rev().copied().find(|&z| z < current).unwrap_or(current),
        ZoomStep::ActualSize => ACTUAL_SIZE,
    }
}

#[derive(Debug, Default, Clone, Copy, Serialize, Deserialize)]
struct Appearance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    theme: Option<Theme>,
    /// In percent; none is actual size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    zoom: Option<u16>,
}

/// The theme and zoom chosen on this laptop.
pub struct AppearanceSetting {
    file: Option<PathBuf>,
    chosen: Mutex<Appearance>,
}

impl AppearanceSetting {
    /// Reads the choices kept in `config_dir` (none when the folder is unknown or the file
    /// unreadable: a damaged file falls back to the system's theme at actual size; a zoom
    /// outside the steps' range is brought inside it).
    pub fn load(config_dir: Option<&Path>) -> AppearanceSetting {
        let file = config_dir.map(|dir| dir.join(APPEARANCE_FILE));
        let mut chosen = file.as_deref().and_then(read).unwrap_or_default();
        chosen.zoom = chosen.zoom.map(|z| z.clamp(ZOOM_STEPS[0], ZOOM_STEPS[ZOOM_STEPS.len() - 1]));
        AppearanceSetting { file, chosen: Mutex::new(chosen) }
    }

    fn get(&self) -> Appearance {
        *self.chosen.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn chosen(&self) -> Option<Theme> {
        self.get().theme
    }

    /// The zoom in percent.
    pub fn zoom(&self) -> u16 {
        self.get().zoom.unwrap_or(ACTUAL_SIZE)
    }

    /// Keeps `theme` (none: the system's) for the next starts too.
    pub fn choose(&self, theme: Option<Theme>) -> std::io::Result<()> {
        self.keep(Appearance { theme, ..self.get() })
    }

    /// Keeps `zoom` (in percent) for the next starts too.
    pub fn choose_zoom(&self, zoom: u16) -> std::io::Result<()> {
        self.keep(Appearance { zoom: (zoom != ACTUAL_SIZE).then_some(zoom), ..self.get() })
    }

    /// Written to a temporary file and renamed over the old, so a crash never leaves half
    /// a file; a choice that could not be kept changes nothing.
    fn keep(&self, appearance: Appearance) -> std::io::Result<()> {
        if let Some(file) = &self.file {
            crate::kept::write(file, &appearance)?;
        }
        *self.chosen.lock().unwrap_or_else(|p| p.into_inner()) = appearance;
        Ok(())
    }
}

fn read(file: &Path) -> Option<Appearance> {
    crate::kept::read(file, "the system's theme at actual size")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_kept_for_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let setting = AppearanceSetting::load(Some(dir.path()));
        assert_eq!(setting.chosen(), None);
        setting.choose(Some(Theme::Dark)).unwrap();
        assert_eq!(AppearanceSetting::load(Some(dir.path())).chosen(), Some(Theme::Dark));
        setting.choose(None).unwrap();
        assert_eq!(AppearanceSetting::load(Some(dir.path())).chosen(), None);
    }

    #[test]
    fn the_zoom_is_kept_beside_the_theme_and_neither_overwrites_the_other() {
        let dir = tempfile::tempdir().unwrap();
        let setting = AppearanceSetting::load(Some(dir.path()));
        assert_eq!(setting.zoom(), 100);
        setting.choose(Some(Theme::Dark)).unwrap();
        setting.choose_zoom(200).unwrap();
        let again = AppearanceSetting::load(Some(dir.path()));
        assert_eq!((again.chosen(), again.zoom()), (Some(Theme::Dark), 200));
        again.choose(Some(Theme::Light)).unwrap();
        assert_eq!(AppearanceSetting::load(Some(dir.path())).zoom(), 200);
    }

    #[test]
    fn a_damaged_file_falls_back_to_the_system() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(APPEARANCE_FILE), "{\"theme\": \"sepia\"}").unwrap();
        assert_eq!(AppearanceSetting::load(Some(dir.path())).chosen(), None);
        std::fs::write(dir.path().join(APPEARANCE_FILE), "{\"zoom\": 4000}").unwrap();
        assert_eq!(AppearanceSetting::load(Some(dir.path())).zoom(), 400, "brought inside the range");
    }

    #[test]
    fn zoom_steps_as_a_browser_does_and_stops_at_the_ends() {
        assert_eq!(zoomed(100, ZoomStep::In), 110);
        assert_eq!(zoomed(100, ZoomStep::Out), 90);
        assert_eq!(zoomed(400, ZoomStep::In), 400);
        assert_eq!(zoomed(50, ZoomStep::Out), 50);
        assert_eq!(zoomed(130, ZoomStep::In), 150, "a level between steps goes to the next");
        assert_eq!(zoomed(130, ZoomStep::Out), 125);
        assert_eq!(zoomed(250, ZoomStep::ActualSize), 100);
        let mut z = 50;
        let mut seen = vec![z];
        while zoomed(z, ZoomStep::In) != z {
            z = zoomed(z, ZoomStep::In);
            seen.push(z);
        }
        assert_eq!(seen, ZOOM_STEPS);
    }
}
