//! The languages Almanac speaks, and which of them a system's locale asks for.

use serde::{Deserialize, Serialize};
use specta::Type;
use unic_langid::LanguageIdentifier;

/// A language of the window: British English is the source the others translate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
pub enum Language {
    #[serde(rename = "en-GB")]
    EnGb,
    #[serde(rename = "en-US")]
    EnUs,
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "ar")]
    Ar,
    /// British English accented, lengthened by a third and bracketed: what the tests run
    /// the window in to find text that is not in the catalogue or does not fit. Never offered.
    #[serde(rename = "en-XA")]
    Pseudo,
}

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of HTML's `dir` attribute.
    pub fn html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Language {
    /// The languages a person can choose, in the order they are offered.
    pub const OFFERED: [Language; 6] =
        [Language::EnGb, Language::EnUs, Language::Nl, Language::Fr, Language::Es, Language::Ar];
    /// Every language with a catalogue, the pseudo-locale included.
    pub const EVERY: [Language; 7] =
        [Language::EnGb, Language::EnUs, Language::Nl, Language::Fr, Language::Es, Language::Ar, Language::Pseudo];

    /// Its BCP 47 tag, as the window's `lang` attribute and the command line take it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::EnGb => "en-GB",
            Language::EnUs => "en-US",
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ar => "ar",
            Language::Pseudo => "en-XA",
        }
    }

    /// The catalogue folder its messages come from (the pseudo-locale's are British English's).
    pub fn folder(self) -> &'static str {
        match self {
            Language::Pseudo => Language::EnGb.tag(),
            other => other.tag(),
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        self.tag().parse().expect("every language's tag is a valid BCP 47 tag")
    }

    /// The language of `tag` exactly as `tag()` writes it, or none.
    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::EVERY.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The offered language closest to the locales a system asks for, in its order of
    /// preference (`nl-BE` is Dutch, `en-AU` British English, `en-US` and `en-CA`
    /// American English, POSIX's `fr_FR.UTF-8` French); British English when none is offered.
    pub fn for_locales<'a>(locales: impl IntoIterator<Item = &'a str>) -> Language {
        locales.into_iter().find_map(Language::for_locale).unwrap_or(Language::EnGb)
    }

    fn for_locale(locale: &str) -> Option<Language> {
        // POSIX locales: `nl_BE.UTF-8@euro` is `nl-BE`.
        let tag = locale.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
        let id: LanguageIdentifier = tag.parse().ok()?;
        let region = id.region.map(|r| r.to_string());
        match (id.language.as_str(), region.as_deref()) {
            ("en", Some("US" | "CA" | "PH")) => Some(Language::EnUs),
            ("en", _) => Some(Language::EnGb),
            ("nl", _) => Some(Language::Nl),
            ("fr", _) => Some(Language::Fr),
            ("es", _) => Some(Language::Es),
            ("ar", _) => Some(Language::Ar),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_systems_locale_chooses_the_nearest_offered_language() {
        assert_eq!(Language::for_locales(["nl-BE"]), Language::Nl);
        assert_eq!(Language::for_locales(["nl_NL.UTF-8"]), Language::Nl);
        assert_eq!(Language::for_locales(["fr_BE.UTF-8@euro"]), Language::Fr);
        assert_eq!(Language::for_locales(["en-AU"]), Language::EnGb);
        assert_eq!(Language::for_locales(["en-US"]), Language::EnUs);
        assert_eq!(Language::for_locales(["es-419"]), Language::Es);
        assert_eq!(Language::for_locales(["ar-EG"]), Language::Ar);
        // The first offered language in the system's order wins; nothing offered is British English.
        assert_eq!(Language::for_locales(["de-DE", "fr-FR", "nl-NL"]), Language::Fr);
        assert_eq!(Language::for_locales(["de-DE", "C"]), Language::EnGb);
        assert_eq!(Language::for_locales([]), Language::EnGb);
    }

    #[test]
    fn tags_read_back_as_their_language() {
        for language in Language::EVERY {
            assert_eq!(Language::from_tag(language.tag()), Some(language));
        }
        assert_eq!(Language::from_tag("de"), None);
    }
}
