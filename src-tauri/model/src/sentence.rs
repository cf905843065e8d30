//! A sentence for a person kept as data: the catalogue's message id and its arguments. The
//! journal names each change this way, so a colleague reads "Verplaats ‘Cone Zone’" in Dutch
//! what was done in English on another laptop, and every reader (the window, the exports,
//! the command line) puts it in its own language.

use std::collections::BTreeMap;

use almanac_i18n::{Arg, Words};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// A sentence: the catalogue's message (`history-move`) with its arguments (`title`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Sentence {
    /// The catalogue's message id.
    pub id: String,
    /// The arguments the sentence names, by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, SentenceArg>,
}

/// One argument: a number (which chooses a plural form), a text, a message of its own
/// ("Undo: Move ‘Post’" holds the move's sentence), a day or a list, put into words first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(untagged)]
pub enum SentenceArg {
    /// A count or an amount.
    Number(f64),
    /// A text written as it is (a title, a file name).
    Text(String),
    /// A sentence put into words before the one that holds it.
    Sentence(Box<Sentence>),
    /// A day, written as the reader's locale writes days.
    Day {
        /// The day.
        day: NaiveDate,
    },
    /// Several arguments in a row, each put into words and joined as the language lists.
    List(Vec<SentenceArg>),
}

/// The message a journal entry written before names were kept as data carries: its words
/// as they were written.
const RECORDED: &str = "history-recorded";

/// The message of words not (yet) in the catalogue: an error's English, a server's reason.
pub const SAID: &str = "said";

impl Sentence {
    /// The message `id` with no arguments yet.
    pub fn new(id: impl Into<String>) -> Self {
        Sentence { id: id.into(), args: BTreeMap::new() }
    }

    /// The message `id` naming a record by its `title`, cut as a label shows it.
    pub fn titled(id: impl Into<String>, title: &str) -> Self {
        Sentence::new(id).with("title", short_title(title))
    }

    /// The name of an enumeration's value (`("item-status", ItemStatus::InReview)` →
    /// `item-status-in-review`), as the window names it.
    pub fn value_of<T: Serialize>(prefix: &str, value: &T) -> Self {
        let name = match serde_json::to_value(value) {
            Ok(serde_json::Value::String(name)) => name,
            _ => String::new(),
        };
        Sentence::new(almanac_i18n::value_id(prefix, &name))
    }

    /// The message with the argument `name` set to `value`.
    pub fn with(mut self, name: &str, value: impl Into<SentenceArg>) -> Self {
        self.args.insert(name.to_owned(), value.into());
        self
    }

    /// The sentence in `words`' language; a sentence inside it is put into words first.
    pub fn in_words(&self, words: &Words) -> String {
        let args: Vec<(&str, Arg)> = self.args.iter().map(|(name, arg)| (name.as_str(), arg.in_words(words))).collect();
        words.format(&self.id, &args)
    }

    /// The form kept in the journal's text column (JSON).
    pub fn stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The message a journal's text column holds: JSON as [`Sentence::stored`] writes it, or
    /// the words of an entry written before (or by an older version of Almanac on a
    /// colleague's laptop), kept as they are.
    pub fn from_stored(text: &str) -> Self {
        match serde_json::from_str::<Sentence>(text) {
            Ok(message) if !message.id.is_empty() => message,
            _ => Sentence::new(RECORDED).with("text", text),
        }
    }
}

impl SentenceArg {
    /// The argument as the catalogue takes it: a number stays a number (it may choose a
    /// plural form), anything else becomes its words.
    fn in_words(&self, words: &Words) -> Arg {
        match self {
            SentenceArg::Number(n) => Arg::Number(*n),
            SentenceArg::Text(text) => Arg::Text(text.clone()),
            SentenceArg::Sentence(inner) => Arg::Text(inner.in_words(words)),
            SentenceArg::Day { day } => Arg::Text(words.long_date(*day)),
            SentenceArg::List(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| match item.in_words(words) {
                        Arg::Text(text) => text,
                        Arg::Number(n) => words.count(n),
                    })
                    .collect();
                Arg::Text(words.list(&items))
            }
        }
    }
}

/// A title cut to what a label shows (40 characters and an ellipsis); the catalogue quotes it
/// as its language does.
pub fn short_title(title: &str) -> String {
    let mut short: String = title.chars().take(40).collect();
    if title.chars().count() > 40 {
        short.push('…');
    }
    short
}

/// Words not in the catalogue, said as they are (an error not yet given a message of its own,
/// what a server or the operating system said).
impl From<&str> for Sentence {
    fn from(text: &str) -> Self {
        Sentence::new(SAID).with("text", text)
    }
}

impl From<String> for Sentence {
    fn from(text: String) -> Self {
        Sentence::new(SAID).with("text", text)
    }
}

/// British English, as a log, the command line and a test read it.
impl std::fmt::Display for Sentence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_words(&Words::for_locale("en-GB")))
    }
}

impl From<&str> for SentenceArg {
    fn from(text: &str) -> Self {
        SentenceArg::Text(text.to_owned())
    }
}

impl From<String> for SentenceArg {
    fn from(text: String) -> Self {
        SentenceArg::Text(text)
    }
}

impl From<&String> for SentenceArg {
    fn from(text: &String) -> Self {
        SentenceArg::Text(text.clone())
    }
}

impl From<Sentence> for SentenceArg {
    fn from(message: Sentence) -> Self {
        SentenceArg::Sentence(Box::new(message))
    }
}

impl From<NaiveDate> for SentenceArg {
    fn from(day: NaiveDate) -> Self {
        SentenceArg::Day { day }
    }
}

impl<T: Into<SentenceArg>> From<Vec<T>> for SentenceArg {
    fn from(items: Vec<T>) -> Self {
        SentenceArg::List(items.into_iter().map(Into::into).collect())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for SentenceArg {
            fn from(n: $t) -> Self {
                SentenceArg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u32, i32, u64, i64, usize);

impl From<f64> for SentenceArg {
    fn from(n: f64) -> Self {
        SentenceArg::Number(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_kept_and_read_back_whole_with_a_message_inside() {
        let moved = Sentence::new("history-move").with("title", "Cone Zone reel");
        let undo = Sentence::new("history-undo").with("action", moved.clone()).with("count", 3usize);
        let read = Sentence::from_stored(&undo.stored());
        assert_eq!(read, undo);
        assert_eq!(read.args["action"], SentenceArg::Sentence(Box::new(moved)));
        assert_eq!(read.args["count"], SentenceArg::Number(3.0));
    }

    #[test]
    fn words_written_before_messages_were_kept_as_data_are_read_as_they_were() {
        for old in ["Move “Post”", "", "{not json", "{\"id\":\"\"}", "42"] {
            let read = Sentence::from_stored(old);
            assert_eq!(read.id, RECORDED, "{old}");
            assert_eq!(read.args["text"], SentenceArg::Text(old.to_owned()));
        }
    }

    #[test]
    fn a_long_title_is_cut_at_forty_characters_with_an_ellipsis() {
        assert_eq!(short_title("Post"), "Post");
        let long = "é".repeat(41);
        assert_eq!(short_title(&long), format!("{}…", "é".repeat(40)));
    }
}
