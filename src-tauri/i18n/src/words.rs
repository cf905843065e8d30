//! Words with their locale's conventions: a language's messages and the way its locale writes
//! days, times and counts. An export takes the plan's (Settings → Organisation), so a Dutch
//! city's annual plan prints in Dutch whoever exports it; what this laptop says to its own
//! member (a reminder) takes the window's.

use chrono::{Locale, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::{value_id, Arg, Catalogue, Language};

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

    /// The words of `language` with its main country's conventions (what a laptop's member
    /// reads in the language they chose for the window).
    pub fn for_language(language: Language) -> Words {
        Words { language, dates: date_locale("", language) }
    }

    /// The language the words are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The language for typst's shaping, hyphenation and direction (ISO 639: `nl`, `ar`).
    pub fn typst_lang(&self) -> String {
        self.language.tag().split('-').next().unwrap_or("en").to_owned()
    }

    /// The fixed words a template prints, by their ids without the prefix (`brief` and
    /// `["goes-live"]` → `{"goes-live": "Goes live"}`), so a template holds no text of its own.
    pub fn labels(&self, prefix: &str, keys: &[&str]) -> serde_json::Map<String, serde_json::Value> {
        keys.iter().map(|key| ((*key).to_owned(), self.text(&format!("{prefix}-{key}")).into())).collect()
    }

    /// Message `id` of the catalogue.
    pub fn text(&self, id: &str) -> String {
        Catalogue::of(self.language).text(id)
    }

    /// Message `id` with its arguments.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        Catalogue::of(self.language).format(id, args)
    }

    /// Entries in a row as the language lists them ("title, copy"; "العنوان، النص").
    pub fn list<S: AsRef<str>>(&self, entries: &[S]) -> String {
        let entries: Vec<&str> = entries.iter().map(AsRef::as_ref).collect();
        entries.join(&self.text("list-separator"))
    }

    /// The name of an enumeration's value (`("item-status", ItemStatus::InReview)` → "In review").
    pub fn value<T: Serialize>(&self, prefix: &str, value: &T) -> String {
        let name = match serde_json::to_value(value) {
            Ok(serde_json::Value::String(name)) => name,
            _ => String::new(),
        };
        self.text(&value_id(prefix, &name))
    }

    /// A day in full, as the locale writes it ("15 June 2027", "15 juni 2027", "June 15, 2027").
    pub fn long_date(&self, day: NaiveDate) -> String {
        self.date(day, "date-long")
    }

    /// A day in the catalogue's pattern `pattern_id` (`date-month-year`: "May 2027").
    pub fn date(&self, day: NaiveDate, pattern_id: &str) -> String {
        let pattern = self.pattern(pattern_id);
        written(day.format_localized(&pattern, self.dates)).unwrap_or_else(|| day.to_string())
    }

    /// A time of day as the locale reads a clock ("14:30", "2:30 PM").
    pub fn time(&self, time: NaiveTime) -> String {
        // Only a day and time carry the locale's names (AM/PM, and their order).
        let pattern = self.pattern("date-time");
        let at = NaiveDate::MIN.and_time(time).and_utc();
        written(at.format_localized(&pattern, self.dates)).unwrap_or_else(|| time.format("%H:%M").to_string())
    }

    /// A wall-clock reading written `YYYY-MM-DDTHH:MM` as (day in full, time of day); as
    /// written when it does not parse.
    pub fn wall_clock(&self, local: &str) -> (String, String) {
        match NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M") {
            Ok(at) => (self.long_date(at.date()), self.time(at.time())),
            Err(_) => (local.to_owned(), String::new()),
        }
    }

    /// A day (`YYYY-MM-DD`) or a day and time (`YYYY-MM-DDTHH:MM`) on the plan's clock, in
    /// words; as written when it is neither.
    pub fn day_or_time(&self, text: &str) -> String {
        if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return self.long_date(day);
        }
        match NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M") {
            Ok(_) => {
                let (date, time) = self.wall_clock(text);
                self.format("date-at-time", &[("date", date.into()), ("time", time.into())])
            }
            Err(_) => text.to_owned(),
        }
    }

    /// A count with its thousands grouped as the language groups them ("12,345", "12.345");
    /// a fraction under a thousand to one decimal ("12.5", "12,5").
    pub fn count(&self, v: f64) -> String {
        let group = self.pattern("number-group-separator");
        if v.fract().abs() > 1e-9 && v.abs() < 1000.0 {
            return format!("{v:.1}").replace('.', &self.pattern("number-decimal-separator"));
        }
        let whole = format!("{:.0}", v.abs());
        let mut out = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push_str(&group);
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    }

    /// A month's name for a narrow column ("Jan", "mrt", "janv."; Arabic, which does not
    /// shorten its month names, in full).
    pub fn short_month(&self, year: i32, month: u32) -> String {
        NaiveDate::from_ymd_opt(year, month, 1).map(|first| self.date(first, "date-month-column")).unwrap_or_default()
    }

    /// A pattern of the catalogue (a date's strftime codes, a number's separators): the
    /// pseudo-locale, which accents and brackets text, reads British English's.
    fn pattern(&self, id: &str) -> String {
        let language = if self.language == Language::Pseudo { Language::EnGb } else { self.language };
        Catalogue::of(language).text(id)
    }
}

/// A formatted day or time, or None when a translation's pattern has a code chrono does not
/// know: the caller writes it plainly rather than fail.
fn written(shown: impl std::fmt::Display) -> Option<String> {
    use std::fmt::Write as _;
    let mut out = String::new();
    write!(out, "{shown}").ok().map(|()| out)
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
        let evening = NaiveTime::from_hms_opt(18, 5, 0).unwrap();
        assert_eq!(Words::for_locale("en-GB").time(evening), "18:05");
        assert_eq!(Words::for_locale("en-US").time(evening), "6:05 PM");
        assert_eq!(Words::for_locale("en-US").day_or_time("2027-03-15T18:05"), "March 15, 2027, 6:05 PM");
        assert_eq!(Words::for_locale("en-GB").day_or_time("2027-03-15"), "15 March 2027");
        assert_eq!(
            Words::for_locale("nl-BE").wall_clock("2027-03-15T09:30"),
            ("15 maart 2027".to_owned(), "09:30".to_owned())
        );
    }

    #[test]
    fn the_pseudo_locale_writes_days_as_british_english_does_and_a_bad_pattern_writes_them_plainly() {
        let pseudo = Words::for_language(Language::Pseudo);
        assert_eq!(pseudo.long_date(day()), "15 March 2027");
        assert_eq!(pseudo.count(12345.0), "12,345");
        assert_eq!(written(day().format("%-d %Q")), None, "an unknown code");
        assert_eq!(Words::for_locale("en-GB").date(day(), "no-such-pattern"), "no-such-pattern");
    }

    #[test]
    fn every_languages_date_patterns_are_codes_chrono_knows() {
        const PATTERNS: [&str; 6] =
            ["date-long", "date-month-column", "date-time", "date-month-year", "date-weekday-short", "date-day-short"];
        for language in Language::EVERY {
            let words = Words::for_language(language);
            for id in PATTERNS {
                let pattern = words.pattern(id);
                let at = day().and_hms_opt(18, 5, 0).unwrap().and_utc();
                assert!(written(at.format_localized(&pattern, words.dates)).is_some(), "{language:?} {id}: {pattern}");
            }
        }
    }

    #[test]
    fn counts_are_grouped_by_thousands_as_the_language_groups_them() {
        let english = Words::for_locale("en-GB");
        assert_eq!(english.count(1234567.0), "1,234,567");
        assert_eq!(english.count(-1234.0), "-1,234");
        assert_eq!(english.count(999.0), "999");
        assert_eq!(english.count(12.5), "12.5");
        assert_eq!(english.count(0.0), "0");
        let dutch = Words::for_locale("nl-NL");
        assert_eq!(dutch.count(1234567.0), "1.234.567");
        assert_eq!(dutch.count(12.5), "12,5");
    }

    #[test]
    fn a_locale_almanac_does_not_speak_prints_in_british_english() {
        let words = Words::for_locale("de-DE");
        assert_eq!(words.language(), Language::EnGb);
        assert_eq!(words.text("annual-plan-title"), "Annual plan");
    }
}
