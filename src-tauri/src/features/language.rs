//! Settings → Language: the language of the window and its menus on this laptop.

use almanac_core::{Error, Result, Sentence};
use almanac_i18n::{Direction, Language};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, State};

use crate::language::LanguageSetting;

/// The language the window speaks, and what a person may choose.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct UiLanguage {
    /// The language in force.
    pub language: Language,
    /// Which way its text runs (the page's `dir`).
    pub direction: Direction,
    /// The language chosen in Settings; none follows the system.
    pub chosen: Option<Language>,
    /// The system's language, as the nearest offered one.
    pub system: Language,
    /// The languages offered, in order.
    pub offered: Vec<Language>,
}

fn ui_language_of(setting: &LanguageSetting) -> UiLanguage {
    let language = setting.current();
    UiLanguage {
        language,
        direction: language.direction(),
        chosen: setting.chosen(),
        system: setting.system(),
        offered: Language::OFFERED.to_vec(),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn ui_language(setting: State<'_, LanguageSetting>) -> Result<UiLanguage> {
    Ok(ui_language_of(&setting))
}

/// Chooses the window's language on this laptop (none: the system's), kept for the next
/// starts; the menu bar is rebuilt in it at once.
#[tauri::command]
#[specta::specta]
pub async fn choose_ui_language(
    app: AppHandle,
    setting: State<'_, LanguageSetting>,
    language: Option<Language>,
) -> Result<UiLanguage> {
    if language.is_some_and(|l| !Language::OFFERED.contains(&l)) {
        return Err(Error::Validation {
            field: "language".into(),
            message: Sentence::new("error-team-language-not-offered"),
        });
    }
    setting.choose(language).map_err(|e| Error::Io {
        message: Sentence::new("error-team-language-not-kept").with("reason", e.to_string()),
    })?;
    crate::menu::rebuild(&app, setting.current());
    Ok(ui_language_of(&setting))
}
