//! The plan's language for what Almanac writes: an export speaks the language of the
//! plan's locale (Settings → Organisation), not the language of the laptop that writes it.
//! The words themselves are the catalogue's ([`Words`]); here, what only a plan names.

pub use almanac_i18n::Words;

use crate::domain::Platform;
use crate::timeline::Mark;

/// What a plan names, in its words.
pub trait PlanWords {
    /// A platform's name: the networks' own ("LinkedIn"), the others' in this language.
    fn platform(&self, platform: Platform) -> String;
    /// A key date's name: the catalogue's in this language, the team's own as they wrote it.
    fn mark_name(&self, mark: &Mark) -> String;
}

impl PlanWords for Words {
    fn platform(&self, platform: Platform) -> String {
        match platform {
            Platform::Blog | Platform::Newsletter | Platform::Website => self.value("platform", &platform),
            network => network.label().to_owned(),
        }
    }

    fn mark_name(&self, mark: &Mark) -> String {
        match &mark.catalogue_key {
            Some(key) => self.text(&format!("key-date-{key}")),
            None => mark.name.clone(),
        }
    }
}

/// A stretch of days in full ("3 May 2027 to 9 May 2027"); one day alone.
pub fn day_range(words: &Words, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    if from == to {
        words.long_date(from)
    } else {
        words.format("web-page-range", &[("from", words.long_date(from).into()), ("to", words.long_date(to).into())])
    }
}
