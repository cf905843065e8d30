//! Almanac's one message catalogue: the Fluent files under `locales/`, one folder per
//! language, read here for what the Rust side says (the menu bar, for now) and read by the
//! window's UI from the same files, so a sentence is translated once for both.

mod language;
mod pseudo;
mod words;

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use language::{Direction, Language};
pub use words::Words;

// (language folder, file name, text) of every file of the catalogue (see build.rs).
include!(concat!(env!("OUT_DIR"), "/sources.rs"));

/// The texts of `language`'s files, by file name: what the window's UI reads too.
pub fn files(language: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    SOURCES.iter().filter(move |(folder, _, _)| *folder == language.folder()).map(|&(_, file, text)| (file, text))
}

/// One language's messages, ready to format.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    /// The catalogue of `language`, built once per process.
    pub fn of(language: Language) -> &'static Catalogue {
        static BUILT: OnceLock<HashMap<Language, Catalogue>> = OnceLock::new();
        let built = BUILT.get_or_init(|| Language::EVERY.iter().map(|&l| (l, Catalogue::build(l))).collect());
        &built[&language]
    }

    fn build(language: Language) -> Catalogue {
        let mut bundle = FluentBundle::new_concurrent(vec![language.langid()]);
        // Bidirectional isolation marks keep an argument in its own direction inside a
        // sentence of the other (a Latin campaign name in Arabic text); left-to-right
        // languages leave them out so their text stays as written.
        bundle.set_use_isolating(language.direction() == Direction::Rtl);
        if language == Language::Pseudo {
            bundle.set_transform(Some(pseudo::accented));
        }
        for (file, text) in files(language) {
            let resource = FluentResource::try_new(text.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{}/{file} does not parse: {errors:?}", language.folder()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{}/{file} names a message twice: {errors:?}", language.folder()));
        }
        Catalogue { language, bundle }
    }

    /// The message `id` with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its arguments. A message missing from the catalogue (which
    /// the tests rule out) shows its id rather than failing the caller.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            fluent_args.set(*name, arg.to_fluent());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        if self.language == Language::Pseudo {
            pseudo::bracketed(&text)
        } else {
            text
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }
}

/// An argument of a message: text, or a number that chooses a plural form.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        }
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

/// The message id of an enumeration's value: `prefix` and the value's serialised name in
/// kebab case (`("item-status", "inReview")` → `item-status-in-review`), as the window
/// names them too (ui/src/lib/labels.ts).
pub fn value_id(prefix: &str, value: &str) -> String {
    let mut id = format!("{prefix}-");
    for c in value.chars() {
        if c.is_ascii_uppercase() {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    id
}

/// Message `id` in every offered language: what a file written in any of them may say.
pub fn in_every_language(id: &str) -> impl Iterator<Item = String> + '_ {
    Language::OFFERED.into_iter().map(move |language| Catalogue::of(language).text(id))
}

#[cfg(test)]
mod tests;
