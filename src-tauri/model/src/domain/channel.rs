//! A channel: a brand's account on one platform, with its colour and limits (items a day,
//! minimum gap, preferred posting times); the draft and its checks.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};
use crate::sentence::{Sentence, SentenceArg};

/// The platform a channel is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Platform {
    /// X (formerly Twitter).
    X,
    /// Instagram.
    Instagram,
    /// Facebook.
    Facebook,
    /// LinkedIn.
    Linkedin,
    /// TikTok.
    Tiktok,
    /// YouTube.
    Youtube,
    /// Bluesky.
    Bluesky,
    /// Threads.
    Threads,
    /// Flickr.
    Flickr,
    /// Snapchat.
    Snapchat,
    /// BeReal.
    Bereal,
    /// Mastodon (any server).
    Mastodon,
    /// The organisation's blog.
    Blog,
    /// An e-mail newsletter.
    Newsletter,
    /// The organisation's website.
    Website,
}

impl Platform {
    /// Every platform, in the order the channel form lists them.
    pub const ALL: [Platform; 15] = [
        Platform::X,
        Platform::Instagram,
        Platform::Facebook,
        Platform::Linkedin,
        Platform::Tiktok,
        Platform::Youtube,
        Platform::Bluesky,
        Platform::Threads,
        Platform::Flickr,
        Platform::Snapchat,
        Platform::Bereal,
        Platform::Mastodon,
        Platform::Blog,
        Platform::Newsletter,
        Platform::Website,
    ];

    /// The platform's name in a reader's words: a network by its own name, a blog, a
    /// newsletter and a website as the reader's language calls them.
    pub fn name(self) -> SentenceArg {
        match self {
            Platform::Blog | Platform::Newsletter | Platform::Website => Sentence::value_of("platform", &self).into(),
            named => named.label().into(),
        }
    }

    /// The platform's name as people write it.
    pub fn label(self) -> &'static str {
        match self {
            Platform::X => "X",
            Platform::Instagram => "Instagram",
            Platform::Facebook => "Facebook",
            Platform::Linkedin => "LinkedIn",
            Platform::Tiktok => "TikTok",
            Platform::Youtube => "YouTube",
            Platform::Bluesky => "Bluesky",
            Platform::Threads => "Threads",
            Platform::Flickr => "Flickr",
            Platform::Snapchat => "Snapchat",
            Platform::Bereal => "BeReal",
            Platform::Mastodon => "Mastodon",
            Platform::Blog => "Blog",
            Platform::Newsletter => "Newsletter",
            Platform::Website => "Website",
        }
    }
}

/// One account on one platform, owned by a brand, with its posting limits.
/// Named SocialChannel in TypeScript, where Tauri's IPC `Channel` already lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename = "SocialChannel", rename_all = "camelCase")]
pub struct Channel {
    /// The channel's id.
    pub id: Uuid,
    /// The brand it speaks for.
    pub brand_id: Uuid,
    /// The platform it is on.
    pub platform: Platform,
    /// Its handle (`@westmarkpolice`) or name.
    pub handle: String,
    /// What it is for.
    pub purpose: String,
    /// Its colour on the calendar (`#rrggbb`).
    pub colour: String,
    /// Inactive channels keep their history but take no new items.
    pub active: bool,
    /// At most this many items a day; none means no limit.
    pub max_per_day: Option<u32>,
    /// At least this many minutes between two timed items; none means no minimum.
    pub min_gap_minutes: Option<u32>,
    /// Preferred posting times on the plan's wall clock, `HH:MM`, earliest first.
    #[serde(default)]
    pub posting_slots: Vec<String>,
}

impl Channel {
    /// The channel as people say it ("Instagram @westmarkpolice", "Nieuwsbrief Westmark
    /// Weekly"), in each reader's words.
    pub fn name(&self) -> Sentence {
        Sentence::new("channel-name").with("platform", self.platform.name()).with("handle", &self.handle)
    }
}

/// A channel as the settings form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ChannelDraft {
    /// The brand's id.
    pub brand_id: String,
    /// The platform.
    pub platform: Platform,
    /// Its handle or name.
    pub handle: String,
    /// What it is for.
    pub purpose: String,
    /// Its colour (`#rrggbb`).
    pub colour: String,
    /// Whether it takes new items.
    pub active: bool,
    /// The most items it carries a day, if limited.
    pub max_per_day: Option<u32>,
    /// The fewest minutes between two timed items, if limited.
    pub min_gap_minutes: Option<u32>,
    /// Its usual posting times (`HH:MM`), used to place items when gaps are filled.
    #[serde(default)]
    pub posting_slots: Vec<String>,
}

impl ChannelDraft {
    /// Checks the draft and makes it the channel `id`.
    pub fn validate(&self, id: Uuid) -> Result<Channel> {
        if self.max_per_day == Some(0) || self.max_per_day.is_some_and(|n| n > 500) {
            return Err(Error::validation("maxPerDay", Sentence::new("error-max-per-day")));
        }
        if self.min_gap_minutes.is_some_and(|n| n > 24 * 60) {
            return Err(Error::validation("minGapMinutes", Sentence::new("error-min-gap")));
        }
        Ok(Channel {
            id,
            brand_id: validate::id("brandId", &self.brand_id)?,
            platform: self.platform,
            handle: validate::text("handle", &self.handle, validate::MAX_SHORT, true)?,
            purpose: validate::text("purpose", &self.purpose, validate::MAX_SHORT, false)?,
            colour: validate::colour("colour", &self.colour)?,
            active: self.active,
            max_per_day: self.max_per_day,
            min_gap_minutes: self.min_gap_minutes.filter(|n| *n > 0),
            posting_slots: posting_slots(&self.posting_slots)?,
        })
    }
}

/// Posting slots as `HH:MM`, sorted and without repeats.
fn posting_slots(slots: &[String]) -> Result<Vec<String>> {
    if slots.len() > 48 {
        return Err(Error::validation("postingSlots", Sentence::new("error-too-many-slots")));
    }
    let mut times = Vec::with_capacity(slots.len());
    for s in slots {
        let t = chrono::NaiveTime::parse_from_str(s.trim(), "%H:%M")
            .map_err(|_| Error::validation("postingSlots", Sentence::new("error-not-time").with("value", s)))?;
        times.push(t);
    }
    times.sort();
    times.dedup();
    Ok(times.into_iter().map(|t| t.format("%H:%M").to_string()).collect())
}
