//! The plan's language for what Almanac writes: an export speaks the language of the
//! plan's locale (Settings → Organisation), not the language of the laptop that writes it.
//! The words themselves are the catalogue's ([`Words`]); here, what only a plan names.

pub use almanac_i18n::Words;

use almanac_i18n::Arg;
use almanac_model::{Sentence, SentenceArg};

use crate::domain::Platform;
use crate::timeline::Mark;

/// What a plan names, in its words.
pub trait PlanWords {
    /// A platform's name: the networks' own ("LinkedIn"), the others' in this language.
    fn platform(&self, platform: Platform) -> String;
    /// A key date's name: the catalogue's in this language, the team's own as they wrote it.
    fn mark_name(&self, mark: &Mark) -> String;
    /// A sentence kept as data (the journal's name of a change), in this language.
    fn sentence(&self, sentence: &Sentence) -> String;
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

    fn sentence(&self, sentence: &Sentence) -> String {
        let args: Vec<(&str, Arg)> = sentence
            .args
            .iter()
            .map(|(name, arg)| {
                let arg = match arg {
                    SentenceArg::Number(n) => Arg::Number(*n),
                    SentenceArg::Text(text) => Arg::Text(text.clone()),
                    SentenceArg::Sentence(inner) => Arg::Text(self.sentence(inner)),
                };
                (name.as_str(), arg)
            })
            .collect();
        self.format(&sentence.id, &args)
    }
}
