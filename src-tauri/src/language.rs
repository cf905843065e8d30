//! The window's language on this laptop: the system's unless the person chose another in
//! Settings (kept in the app's config folder, not in the plan: colleagues sharing one plan
//! each read it in their own language), or one named for a run with `--language`.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use almanac_i18n::Language;
use serde::{Deserialize, Serialize};

/// The file in the app's config folder that keeps the choice.
const PREFERENCES_FILE: &str = "preferences.json";

#[derive(Debug, Default, Serialize, Deserialize)]
struct Preferences {
    /// The language chosen in Settings; none follows the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<Language>,
}

/// The language in force, and what it comes from.
pub struct LanguageSetting {
    file: Option<PathBuf>,
    system: Language,
    /// `--language` for this run: wins over the choice kept, and is not kept.
    for_this_run: Option<Language>,
    chosen: Mutex<Option<Language>>,
}

impl LanguageSetting {
    /// Reads the choice kept in `config_dir` (none when the folder is unknown or the file
    /// unreadable: a damaged preferences file falls back to the system's language).
    pub fn load(config_dir: Option<&Path>, for_this_run: Option<Language>) -> LanguageSetting {
        let file = config_dir.map(|dir| dir.join(PREFERENCES_FILE));
        let chosen = file.as_deref().and_then(read).and_then(|p| p.language);
        LanguageSetting { file, system: system_language(), for_this_run, chosen: Mutex::new(chosen) }
    }

    /// The language the window and menus speak.
    pub fn current(&self) -> Language {
        self.for_this_run.or(self.chosen()).unwrap_or(self.system)
    }

    pub fn chosen(&self) -> Option<Language> {
        *self.chosen.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn system(&self) -> Language {
        self.system
    }

    /// Keeps `language` (none: the system's) for the next starts too. Written to a
    /// temporary file and renamed over the old, so a crash never leaves half a file.
    pub fn choose(&self, language: Option<Language>) -> std::io::Result<()> {
        if let Some(file) = &self.file {
            crate::kept::write(file, &Preferences { language })?;
        }
        *self.chosen.lock().unwrap_or_else(|p| p.into_inner()) = language;
        Ok(())
    }
}

fn read(file: &Path) -> Option<Preferences> {
    crate::kept::read(file, "the system's language")
}

/// The offered language nearest to the system's preferred locales.
fn system_language() -> Language {
    let locales: Vec<String> = sys_locale::get_locales().collect();
    Language::for_locales(locales.iter().map(String::as_str))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_kept_for_the_next_start_and_a_run_override_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let setting = LanguageSetting::load(Some(dir.path()), None);
        assert_eq!(setting.chosen(), None);
        setting.choose(Some(Language::Nl)).unwrap();
        let again = LanguageSetting::load(Some(dir.path()), Some(Language::Ar));
        assert_eq!((again.chosen(), again.current()), (Some(Language::Nl), Language::Ar));
        let plain = LanguageSetting::load(Some(dir.path()), None);
        assert_eq!(plain.current(), Language::Nl);
        plain.choose(None).unwrap();
        assert_eq!(LanguageSetting::load(Some(dir.path()), None).chosen(), None);
    }

    #[test]
    fn a_damaged_preferences_file_falls_back_to_the_system() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(PREFERENCES_FILE), "{\"language\": \"klingon\"").unwrap();
        let setting = LanguageSetting::load(Some(dir.path()), None);
        assert_eq!((setting.chosen(), setting.current()), (None, setting.system()));
    }
}
