//! How each network counts a post's copy against its limit, one function for the item
//! editor's live count, the checker's finding and the publishing-tool hand-off alike:
//! X weighs each character (most scripts' letters 1, CJK and emoji 2, every link 23, as
//! its twitter-text configuration v3 publishes), Bluesky counts what a reader sees as one
//! character (grapheme clusters: an emoji with a skin tone is one), Mastodon counts
//! characters with every link as 23 and a mention by its name without its server, and
//! the others count characters. Instagram also takes at most 30 hashtags.

use linkify::{LinkFinder, LinkKind};
use serde::{Deserialize, Serialize};
use specta::Type;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::domain::Platform;
use crate::Sentence;

/// A link's length on X and Mastodon, whatever it is: both shorten every link to one of
/// this many characters.
const LINK_LENGTH: u32 = 23;

/// A post's copy as its network counts it, against the network's limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CopyCount {
    /// The network.
    pub platform: Platform,
    /// The copy's length as the network counts it.
    pub length: u32,
    /// The most it takes.
    pub limit: u32,
    /// The copy's hashtags.
    pub hashtags: u32,
    /// The most hashtags it takes, where it has a limit.
    pub hashtag_limit: Option<u32>,
}

impl CopyCount {
    /// What the network would refuse, for a person; none when the copy fits.
    pub fn problem(&self) -> Option<Sentence> {
        let network = self.platform.label();
        if self.length > self.limit {
            return Some(
                Sentence::new("copy-too-long")
                    .with("network", network)
                    .with("length", self.length)
                    .with("limit", self.limit),
            );
        }
        match self.hashtag_limit {
            Some(most) if self.hashtags > most => Some(
                Sentence::new("copy-too-many-hashtags")
                    .with("hashtags", self.hashtags)
                    .with("network", network)
                    .with("most", most),
            ),
            _ => None,
        }
    }
}

/// How a network counts length.
enum Measure {
    /// X's weighted count.
    Weighted,
    /// Grapheme clusters (Bluesky).
    Graphemes,
    /// Characters, every link as [`LINK_LENGTH`], a mention without its server (Mastodon).
    Fediverse,
    /// Unicode characters.
    Characters,
}

/// How `platform` measures copy and its limits; none where it sets none that matters.
fn rules(platform: Platform) -> Option<(Measure, u32, Option<u32>)> {
    Some(match platform {
        Platform::X => (Measure::Weighted, 280, None),
        Platform::Bluesky => (Measure::Graphemes, 300, None),
        Platform::Mastodon => (Measure::Fediverse, 500, None),
        Platform::Threads => (Measure::Characters, 500, None),
        Platform::Instagram => (Measure::Characters, 2_200, Some(30)),
        // The publishing tools' and TikTok's posting API's caption limit.
        Platform::Tiktok => (Measure::Characters, 2_200, None),
        Platform::Linkedin => (Measure::Characters, 3_000, None),
        Platform::Youtube => (Measure::Characters, 5_000, None),
        Platform::Facebook => (Measure::Characters, 63_206, None),
        Platform::Flickr
        | Platform::Snapchat
        | Platform::Bereal
        | Platform::Blog
        | Platform::Newsletter
        | Platform::Website => return None,
    })
}

/// `copy` as `platform` counts it; none for a network without a copy limit.
pub fn count(platform: Platform, copy: &str) -> Option<CopyCount> {
    let (measure, limit, hashtag_limit) = rules(platform)?;
    let copy = copy.trim();
    let length = match measure {
        Measure::Weighted => weighted(copy),
        Measure::Graphemes => copy.graphemes(true).count() as u32,
        Measure::Fediverse => fediverse(copy),
        Measure::Characters => copy.chars().count() as u32,
    };
    Some(CopyCount { platform, length, limit, hashtags: hashtags(copy), hashtag_limit })
}

/// The links in `text` (with a scheme or without, as `example.gov.uk/path`), as byte
/// ranges; the domain of an e-mail address or a mention (`@name@server`) is not one.
fn links(text: &str) -> Vec<(usize, usize)> {
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url]).url_must_have_scheme(false);
    finder.links(text).map(|l| (l.start(), l.end())).filter(|(start, _)| !text[..*start].ends_with('@')).collect()
}

/// `text` with every link counted as [`LINK_LENGTH`] and the rest by `rest`.
fn with_links(text: &str, rest: impl Fn(&str) -> u32) -> u32 {
    let mut total = 0;
    let mut at = 0;
    for (start, end) in links(text) {
        total += rest(&text[at..start]) + LINK_LENGTH;
        at = end;
    }
    total + rest(&text[at..])
}

/// X's weighted length (twitter-text, configuration v3): the text in Unicode NFC, each
/// link 23, each emoji 2, each other character 1 in the ranges below and 2 elsewhere.
fn weighted(copy: &str) -> u32 {
    let text: String = copy.nfc().collect();
    with_links(&text, |part| part.graphemes(true).map(cluster_weight).sum())
}

/// The code points X counts as 1 (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts…
/// up to U+10FF, and the general punctuation spaces, dashes and quotes); others count 2.
const LIGHT: [(u32, u32); 4] = [(0, 4351), (8192, 8205), (8208, 8223), (8242, 8247)];

fn cluster_weight(cluster: &str) -> u32 {
    if is_emoji(cluster) {
        return 2;
    }
    cluster.chars().map(|c| if LIGHT.iter().any(|(lo, hi)| (*lo..=*hi).contains(&u32::from(c))) { 1 } else { 2 }).sum()
}

/// Whether a grapheme cluster is one emoji (with its skin tone, joined family or flag tags).
fn is_emoji(cluster: &str) -> bool {
    if emojis::get(cluster).is_some() {
        return true;
    }
    let first = cluster.chars().next().map_or(0, u32::from);
    // Pictographs and flags, or a symbol shown as an emoji by its selector or joiner.
    (0x1F000..=0x1FAFF).contains(&first)
        || (cluster.chars().nth(1).is_some()
            && cluster.chars().any(|c| matches!(c, '\u{FE0F}' | '\u{200D}' | '\u{20E3}')))
}

/// Mastodon's length: characters, each link 23, `@name@server` counted as `@name`.
fn fediverse(copy: &str) -> u32 {
    with_links(&without_mention_servers(copy), |part| part.chars().count() as u32)
}

/// `text` with each mention's `@server` taken off (`@comms@mastodon.social` → `@comms`).
fn without_mention_servers(text: &str) -> String {
    let handle = |c: char| c.is_alphanumeric() || c == '_';
    let host = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let name = from[1..].trim_start_matches(handle);
        let named = from.len() - 1 - name.len();
        let starts_mention = !before.chars().next_back().is_some_and(handle);
        out.push_str(&from[..1 + named]);
        rest = name;
        if let Some(after) = name.strip_prefix('@').filter(|_| named > 0 && starts_mention) {
            // A sentence's full stop after the server stays.
            let server = after[..after.len() - after.trim_start_matches(host).len()].trim_end_matches('.');
            if !server.is_empty() {
                rest = &after[server.len()..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The hashtags in `text`: `#` after a space or the start, then letters, digits or `_`,
/// not digits alone.
fn hashtags(text: &str) -> u32 {
    let mut n = 0;
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if c == '#' && !(previous.is_alphanumeric() || previous == '_' || previous == '#') {
            let tag: String = text[i + 1..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if tag.chars().any(|c| !c.is_ascii_digit()) {
                n += 1;
            }
        }
        previous = c;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn x(copy: &str) -> u32 {
        count(Platform::X, copy).unwrap().length
    }

    #[test]
    fn x_counts_as_twitter_text_s_conformance_cases_say() {
        assert_eq!(x("This is a test."), 15);
        assert_eq!(
            x("Test https://test.com test https://test.com test.com test"),
            86,
            "links 23, with a scheme or not"
        );
        assert_eq!(x(&"https://www.twitter.com/aloha ".repeat(10)), 239, "ten links (the trailing space trimmed)");
        let middle = format!("285 chars- http://www.twitter.com/jack {}", "xxxxxxxxxx-".repeat(24));
        assert_eq!(x(&middle), 299);
        assert_eq!(x("Unicode 9.0 emoji: 🤠; 💃; 💃🏾"), 29, "an emoji with a skin tone is 2");
        let flag = "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
        assert_eq!(x(&format!("Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; {flag}")), 34, "a tag-sequence flag is 2");
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦";
        assert_eq!(x(&family.repeat(140)), 280, "a joined family is one emoji");
        assert_eq!(x("A\u{301}B"), 2, "normalised: Á is one character");
        assert_eq!(x(&"故".repeat(160)), 320, "CJK counts 2");
        assert_eq!(x("a\u{2000}\u{2014}\u{201C}"), 4, "general punctuation counts 1");
    }

    #[test]
    fn a_tracked_link_counts_23_and_japanese_counts_double() {
        let link = format!(
            "https://www.westmark.police.uk/bike-marking?utm_source=x&utm_medium=social&utm_campaign={}",
            "a".repeat(50)
        );
        let copy = format!(
            "{} {link}",
            "Bike marking this Saturday at the station: bring your bike and ID. ".repeat(3).trim()
        );
        let words = copy.chars().count() as u32 - link.chars().count() as u32;
        let counted = count(Platform::X, &copy).unwrap();
        assert_eq!(counted.length, words + 23);
        assert!(counted.problem().is_none(), "{counted:?}");
        assert!(copy.chars().count() > 280, "too long by characters, not as X counts it");

        let japanese = count(Platform::X, &"自転車の防犯登録".repeat(20)[..156 * 3]).unwrap();
        assert_eq!(japanese.length, 312);
        assert_eq!(
            japanese.problem().map(|p| p.to_string()).as_deref(),
            Some("X counts 312 characters in the copy; it takes 280")
        );
    }

    #[test]
    fn bluesky_counts_what_a_reader_sees_and_mastodon_links_and_mentions_as_it_shows_them() {
        let thumbs = "👍🏽";
        assert_eq!(count(Platform::Bluesky, &format!("Thanks {thumbs}")).unwrap().length, 8);
        assert_eq!(count(Platform::Bluesky, "👨\u{200D}👩\u{200D}👧").unwrap().length, 1);
        assert!(count(Platform::Bluesky, "x".repeat(301).as_str()).unwrap().problem().is_some());
        let toot = "Thanks @comms@mastodon.social, see https://example.org/a/very/long/path/indeed";
        // "Thanks @comms, see " is 19 characters, the link 23.
        assert_eq!(count(Platform::Mastodon, toot).unwrap().length, 19 + 23);
        assert_eq!(count(Platform::Threads, toot).unwrap().length, toot.chars().count() as u32);
    }

    #[test]
    fn instagram_takes_thirty_hashtags_and_some_networks_no_limit() {
        let tags: Vec<String> = (0..31).map(|i| format!("#tag{i}")).collect();
        let over = count(Platform::Instagram, &tags.join(" ")).unwrap();
        assert_eq!(over.hashtags, 31);
        assert_eq!(
            over.problem().map(|p| p.to_string()).as_deref(),
            Some("the copy has 31 hashtags; Instagram takes at most 30")
        );
        assert_eq!(count(Platform::Instagram, "#2024 #ok a#b ##x #_ #é").unwrap().hashtags, 3, "#ok, #_, #é");
        assert!(count(Platform::Instagram, &tags[..30].join(" ")).unwrap().problem().is_none());
        assert!(count(Platform::Blog, &"x".repeat(100_000)).is_none());
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_counted_and_never_longer_by_graphemes_than_by_characters(
            text in r"([@#a-z0-9_.:/ -]|é|🏽|\x{200D}|👍|故|https://|\PC){0,120}"
        ) {
            for platform in [Platform::X, Platform::Mastodon, Platform::Instagram] {
                proptest::prop_assert!(count(platform, &text).is_some());
            }
            let chars = text.trim().chars().count() as u32;
            proptest::prop_assert!(count(Platform::Bluesky, &text).unwrap().length <= chars);
            proptest::prop_assert!(count(Platform::Threads, &text).unwrap().length == chars);
        }
    }
}
