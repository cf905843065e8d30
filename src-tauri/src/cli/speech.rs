//! What the command line says, in its reader's language: the one named with `--language`,
//! else the one chosen in the app's Settings on this laptop, else the system's. Every line
//! it prints is a message of the catalogue (`cli.ftl`), and so is every refusal.

use std::path::Path;
use std::sync::OnceLock;

use almanac_core::Sentence;
use almanac_i18n::{Language, Words};

use crate::language::LanguageSetting;

static WORDS: OnceLock<Words> = OnceLock::new();

/// The app's config folder, where Settings keeps the language chosen (as the window finds
/// it; an older Almanac's is moved into place first).
pub(crate) fn config_dir() -> Option<std::path::PathBuf> {
    dirs::config_dir().map(|dir| almanac_core::store::folders::app_folder(&dir))
}

/// Settles the language of this run's messages; the first call wins.
pub fn choose(for_this_run: Option<Language>) -> &'static Words {
    WORDS.get_or_init(|| Words::for_language(LanguageSetting::load(config_dir().as_deref(), for_this_run).current()))
}

/// The words the command line speaks (chosen as [`choose`] chooses, when it was not called).
pub fn words() -> &'static Words {
    choose(None)
}

/// Prints `sentence` as one line of standard output.
pub fn say(sentence: Sentence) {
    line(&said(&sentence));
}

/// Prints `text` as one line of standard output. A reader that stopped reading (`| head`)
/// ends nothing: the command still finishes its work.
pub fn line(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

/// A sentence kept as data (a reason, an error) in the command line's language.
pub fn said(sentence: &Sentence) -> String {
    sentence.in_words(words())
}

/// A path as a sentence names it.
pub fn shown(path: &Path) -> String {
    path.display().to_string()
}
