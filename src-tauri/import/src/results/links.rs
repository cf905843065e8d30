//! Links pasted in bulk: a column of permalinks copied from a platform or a spreadsheet,
//! each with its time on the same line or, for X and LinkedIn, the time its id carries;
//! each proposed to the item on a channel of its platform that went out then (the same
//! rule as the results import), and linked once the team confirms. Dry run previews.

use serde::{Deserialize, Serialize};
use specta::Type;

use super::cells::{self, DayOrder};
use super::matching::{Found, Matcher, WentOut};
use super::MatchKind;
use crate::domain::{Platform, PostLink, PostRef};
use crate::error::{Error, Result};
use crate::ops::settings;
use crate::store::Store;
use almanac_model::Sentence;

/// The most lines one paste takes.
pub const MAX_LINES: usize = 2_000;

/// One pasted line as the preview shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PastedLink {
    /// Its line in the paste, from 1.
    pub line: u32,
    /// The link.
    pub link: String,
    /// When the post went out, as the line or the id says (the plan's clock).
    pub at: Option<String>,
    /// How it found its item.
    pub found: MatchKind,
    /// The item's id.
    pub item_id: Option<String>,
    /// The item's title.
    pub item_title: String,
    /// Whether the link is written (a confirmed proposal).
    pub accepted: bool,
    /// Why it cannot be linked.
    pub error: Option<Sentence>,
}

/// Which pasted lines the team confirmed.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LinkPaste {
    /// The pasted text.
    pub text: String,
    /// The lines whose proposed item is confirmed.
    pub accept_lines: Vec<u32>,
}

/// What a paste did, or would do.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PastedLinks {
    /// Every line with a link.
    pub rows: Vec<PastedLink>,
    /// How many links were written (or would be).
    pub linked: u32,
}

/// Reads the pasted links and proposes their items; without `dry_run`, links the
/// confirmed ones in one undoable change.
pub fn paste(store: &mut Store, paste: &LinkPaste, dry_run: bool) -> Result<PastedLinks> {
    let settings = settings::get(store)?;
    let tz = settings.tz();
    // A person types dates in their own order: month first only in a US plan.
    let slash = if settings.locale.eq_ignore_ascii_case("en-US") { DayOrder::MonthFirst } else { DayOrder::DayFirst };
    let lines: Vec<(u32, &str, String)> = paste
        .text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let link = line.split(|c: char| c.is_whitespace() || c == ',' || c == ';').find(|w| is_link(w))?;
            Some((i as u32 + 1, link, line.replacen(link, " ", 1).trim_matches([' ', '\t', ',', ';']).to_string()))
        })
        .collect();
    if lines.is_empty() {
        return Err(Error::validation("text", Sentence::new("error-paste-permalinks")));
    }
    if lines.len() > MAX_LINES {
        return Err(Error::validation("text", Sentence::new("error-too-many-links").with("max", MAX_LINES)));
    }
    let order = cells::day_order(lines.iter().map(|(_, _, rest)| rest.as_str()), slash);
    let timed: Vec<(u32, &str, Option<WentOut>)> = lines
        .iter()
        .map(|(n, link, rest)| {
            let at = cells::instant(rest, order, tz).or_else(|| PostRef::of(link).created().map(|t| (t, true)));
            (*n, *link, at)
        })
        .collect();
    let days = timed.iter().filter_map(|(_, _, at)| at.map(|(t, _)| t.with_timezone(&tz).date_naive()));
    let (from, to) = (days.clone().min().unwrap_or_default(), days.max().unwrap_or_default());
    let mut matcher = Matcher::new(store, from, to, tz)?;
    let rows: Vec<PastedLink> = timed
        .into_iter()
        .map(|(line, link, at)| {
            let post = PostRef::of(link);
            let found = match platform_of(&post) {
                None => Err("error-files-link-not-a-post"),
                Some(_) if at.is_none() => Err("error-files-link-needs-time"),
                Some(platform) => Ok(matcher.find(&post, platform, at)),
            };
            let (kind, item) = match found {
                Ok(Found::Linked(i)) => (MatchKind::Linked, Some(i)),
                Ok(Found::Proposed(i)) => (MatchKind::Proposed, Some(i)),
                _ => (MatchKind::Unmatched, None),
            };
            PastedLink {
                line,
                link: link.to_string(),
                at: at.map(|(t, _)| t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()),
                found: kind,
                item_id: item.map(|i| i.to_string()),
                item_title: item.and_then(|i| matcher.item(i)).map(|i| i.title.clone()).unwrap_or_default(),
                accepted: kind == MatchKind::Proposed && paste.accept_lines.contains(&line),
                error: found.err().map(Sentence::new),
            }
        })
        .collect();
    let links: Vec<PostLink> = rows
        .iter()
        .filter(|r| r.accepted)
        .filter_map(|r| r.item_id.as_deref().and_then(|i| i.parse().ok()).map(|i| PostLink::new(i, &r.link)))
        .collect::<Result<_>>()?;
    let linked = links.len() as u32;
    if !dry_run && linked > 0 {
        store.write(&Sentence::new("history-link-posts").with("count", linked), |b| {
            links.iter().try_for_each(|l| b.put(l))
        })?;
    }
    Ok(PastedLinks { rows, linked })
}

/// Whether a word of the paste is a link.
fn is_link(word: &str) -> bool {
    word.starts_with("https://") || word.starts_with("http://")
}

/// The platform a link's host is.
pub(super) fn platform_of(post: &PostRef) -> Option<Platform> {
    let host = post.url.split('/').next().unwrap_or_default();
    Some(match host {
        "x.com" => Platform::X,
        "facebook.com" => Platform::Facebook,
        "instagram.com" => Platform::Instagram,
        "linkedin.com" => Platform::Linkedin,
        "tiktok.com" => Platform::Tiktok,
        "youtube.com" | "youtu.be" => Platform::Youtube,
        "bsky.app" => Platform::Bluesky,
        "threads.net" | "threads.com" => Platform::Threads,
        _ => return None,
    })
}
