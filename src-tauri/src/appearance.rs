//! The window's theme on this laptop: the system's unless the person chose light or dark in
//! Settings. Kept in the app's config folder beside the language, not in the plan: each
//! colleague sharing a plan keeps their own.

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

#[derive(Debug, Default, Serialize, Deserialize)]
struct Appearance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    theme: Option<Theme>,
}

/// The theme chosen on this laptop, if any.
pub struct ThemeSetting {
    file: Option<PathBuf>,
    chosen: Mutex<Option<Theme>>,
}

impl ThemeSetting {
    /// Reads the choice kept in `config_dir` (none when the folder is unknown or the file
    /// unreadable: a damaged file falls back to the system's theme).
    pub fn load(config_dir: Option<&Path>) -> ThemeSetting {
        let file = config_dir.map(|dir| dir.join(APPEARANCE_FILE));
        let chosen = file.as_deref().and_then(read).and_then(|a| a.theme);
        ThemeSetting { file, chosen: Mutex::new(chosen) }
    }

    pub fn chosen(&self) -> Option<Theme> {
        *self.chosen.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Keeps `theme` (none: the system's) for the next starts too. Written to a temporary
    /// file and renamed over the old, so a crash never leaves half a file.
    pub fn choose(&self, theme: Option<Theme>) -> std::io::Result<()> {
        if let Some(file) = &self.file {
            crate::kept::write(file, &Appearance { theme })?;
        }
        *self.chosen.lock().unwrap_or_else(|p| p.into_inner()) = theme;
        Ok(())
    }
}

fn read(file: &Path) -> Option<Appearance> {
    crate::kept::read(file, "the system's theme")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_kept_for_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let setting = ThemeSetting::load(Some(dir.path()));
        assert_eq!(setting.chosen(), None);
        setting.choose(Some(Theme::Dark)).unwrap();
        assert_eq!(ThemeSetting::load(Some(dir.path())).chosen(), Some(Theme::Dark));
        setting.choose(None).unwrap();
        assert_eq!(ThemeSetting::load(Some(dir.path())).chosen(), None);
    }

    #[test]
    fn a_damaged_file_falls_back_to_the_system() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(APPEARANCE_FILE), "{\"theme\": \"sepia\"}").unwrap();
        assert_eq!(ThemeSetting::load(Some(dir.path())).chosen(), None);
    }
}
