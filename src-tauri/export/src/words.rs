//! The plan's language for what Almanac writes: an export speaks the language of the
//! plan's locale (Settings → Organisation), not the language of the laptop that writes it,
//! so a Dutch city's annual plan prints in Dutch whoever exports it, with its dates
//! written the Dutch way.

use almanac_i18n::{value_id, Arg, Catalogue, Language};
use chrono::{Locale, NaiveDate};
use serde::Serialize;

use crate::domain::enum_name;
use crate::timeline::Mark;

/// The messages and the date conventions of one plan's locale.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    language: Language,
    dates: Locale,
}

impl Words {
    /// The words of the plan whose locale is `tag` (`nl-NL`, `en-GB`, `ar-EG`): the offered
    /// language nearest to it (British English for one Almanac does not speak yet).
    pub fn for_locale(tag: &str) -> Words {
        let language = Language::for_locales([tag]);
        Words { language, dates: date_locale(tag, language) }
    }

    /// The language the words are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Message `id` of the catalogue.
    pub fn text(&self, id: &str) -> String {
        Catalogue::of(self.language).text(id)
    }

    /// Message `id` with its arguments.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        Catalogue::of(self.language).format(id, args)
    }

    /// The name of an enumeration's value (`("item-status", ItemStatus::InReview)` → "In review").
    pub fn value<T: Serialize>(&self, prefix: &str, value: &T) -> String {
        self.text(&value_id(prefix, &enum_name(value)))
    }

    /// A key date's name: the catalogue's in this language, the team's own as they wrote it.
    pub fn mark_name(&self, mark: &Mark) -> String {
        match &mark.catalogue_key {
            Some(key) => self.text(&format!("key-date-{key}")),
            None => mark.name.clone(),
        }
    }

    /// A day in full, as the locale writes it ("15 June 2027", "15 juni 2027", "June 15, 2027").
    pub fn long_date(&self, day: NaiveDate) -> String {
        day.format_localized(&self.text("date-long"), self.dates).to_string()
    }

    /// A month's name for a narrow column ("Jan", "mrt", "janv."; Arabic, which does not
    /// shorten its month names, in full).
    pub fn short_month(&self, year: i32, month: u32) -> String {
        NaiveDate::from_ymd_opt(year, month, 1)
            .map(|first| first.format_localized(&self.text("date-month-column"), self.dates).to_string())
            .unwrap_or_default()
    }
}

/// The date conventions of `tag` when the locale database has them (`fr-BE`, `es-MX`),
/// else those of the language's main country.
fn date_locale(tag: &str, language: Language) -> Locale {
    let posix = tag.split(['.', '@']).next().unwrap_or_default().replace('-', "_");
    Locale::try_from(posix.as_str()).unwrap_or(match language {
        Language::EnUs => Locale::en_US,
        Language::Nl => Locale::nl_NL,
        Language::Fr => Locale::fr_FR,
        Language::Es => Locale::es_ES,
        // Egypt's Arabic names the Gregorian months the plan's calendar counts.
        Language::Ar => Locale::ar_EG,
        Language::EnGb | Language::Pseudo => Locale::en_GB,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 15).unwrap()
    }

    #[test]
    fn a_plans_locale_writes_its_dates_its_own_way() {
        assert_eq!(Words::for_locale("en-GB").long_date(day()), "15 March 2027");
        assert_eq!(Words::for_locale("en-US").long_date(day()), "March 15, 2027");
        assert_eq!(Words::for_locale("nl-NL").long_date(day()), "15 maart 2027");
        assert_eq!(Words::for_locale("fr-BE").long_date(day()), "15 mars 2027");
        assert_eq!(Words::for_locale("es-ES").long_date(day()), "15 de marzo de 2027");
        assert_eq!(Words::for_locale("nl").short_month(2027, 3), "mrt");
        assert_eq!(Words::for_locale("en-GB").short_month(2027, 3), "Mar");
    }

    #[test]
    fn a_locale_almanac_does_not_speak_prints_in_british_english() {
        let words = Words::for_locale("de-DE");
        assert_eq!(words.language(), Language::EnGb);
        assert_eq!(words.text("annual-plan-title"), "Annual plan");
    }
}
