//! What happened after publishing: a published item's link, the numbers a platform
//! reported for a post on a day, and the outcomes and lessons the team notes by hand;
//! the metric names they share, and how two ways of writing a post's link are compared.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{validate, Platform};
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// The metrics the importers read, in the order reports show them.
pub const METRICS: [&str; 11] = [
    "impressions",
    "reach",
    "engagements",
    "likes",
    "comments",
    "shares",
    "saves",
    "link clicks",
    "video views",
    "profile visits",
    "follows",
];

/// A metric's number.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MetricValue {
    /// The metric (see [`METRICS`]).
    pub metric: String,
    /// Its number.
    pub value: f64,
}

/// The numbers of `metrics` summed by metric: in [`METRICS`] order, then any other by name.
pub fn sum_metrics<'a>(metrics: impl Iterator<Item = &'a BTreeMap<String, f64>>) -> Vec<MetricValue> {
    let mut sums: BTreeMap<&str, f64> = BTreeMap::new();
    for (metric, value) in metrics.flatten() {
        *sums.entry(metric.as_str()).or_default() += value;
    }
    let known = METRICS.iter().filter_map(|m| sums.get(m).map(|v| (m.to_string(), *v)));
    let others = sums.iter().filter(|(m, _)| !METRICS.contains(m)).map(|(m, v)| (m.to_string(), *v));
    known.chain(others).map(|(metric, value)| MetricValue { metric, value }).collect()
}

/// A metric's name as stored and compared: lower case, single spaces, and the common
/// other names of a metric (an objective's "followers", "clicks") read as one of [`METRICS`].
pub fn metric_key(name: &str) -> String {
    let words: Vec<String> =
        name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let joined = words.join(" ");
    match joined.as_str() {
        "engagement" => "engagements",
        "impression" | "views" => "impressions",
        "followers" | "new followers" | "new follows" | "follower" => "follows",
        "clicks" | "link click" | "url clicks" => "link clicks",
        "reactions" | "like" => "likes",
        "reposts" | "retweets" => "shares",
        "replies" => "comments",
        _ => return joined,
    }
    .to_string()
}

/// The link of a published item: its permalink or the platform's post id. Its id is
/// the item's id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PostLink {
    /// The item's id.
    pub id: Uuid,
    /// The permalink or post id, as entered.
    pub link: String,
}

impl PostLink {
    /// Checks a link typed or pasted for item `item`.
    pub fn new(item: Uuid, link: &str) -> Result<PostLink> {
        let link = validate::text("link", link, 2_000, true)?;
        if link.chars().any(char::is_whitespace) {
            return Err(Error::validation("link", Sentence::new("error-link-spaces")));
        }
        Ok(PostLink { id: item, link })
    }
}

/// What a platform reported for one post on one day (or, with no post, one channel's day).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PostResult {
    /// Derived from platform, post and day: a re-import of the same post and day replaces it.
    pub id: Uuid,
    /// The platform that reported it.
    pub platform: Platform,
    /// The post's id on the platform (or its normalised permalink); empty for a channel's day.
    pub post: String,
    /// The post's permalink, if the export gave it.
    pub permalink: String,
    /// The day the numbers are for: the post's publishing day when the export gives lifetime numbers.
    pub day: NaiveDate,
    /// The item it was matched to, if any.
    pub item_id: Option<Uuid>,
    /// The channel it was matched to, if any.
    pub channel_id: Option<Uuid>,
    /// The numbers, by [`metric_key`].
    pub metrics: BTreeMap<String, f64>,
    /// The file it came from.
    pub source: String,
    /// When it was imported.
    pub imported_at: DateTime<Utc>,
}

impl PostResult {
    /// The id of the result of `post` on `platform` for `day`: the same on every laptop.
    pub fn id_of(platform: Platform, post: &str, day: NaiveDate) -> Uuid {
        let name = format!("{}|{post}|{day}", super::enum_name(&platform));
        Uuid::new_v5(&RESULTS_NAMESPACE, name.as_bytes())
    }

    /// The number of `metric` (a [`metric_key`]), zero when not reported.
    pub fn get(&self, metric: &str) -> f64 {
        self.metrics.get(metric).copied().unwrap_or(0.0)
    }
}

/// The namespace of [`PostResult::id_of`].
const RESULTS_NAMESPACE: Uuid = Uuid::from_u128(0x6a1e_2b4c_9d3f_4e5a_8b7c_0d1e_2f3a_4b5c);

/// Whether a note is a measured outcome or a lesson learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum OutcomeKind {
    /// Something measured outside the platforms: a survey, take-up, reports received.
    Outcome,
    /// What the team learned, for next time.
    Lesson,
}

/// An outcome or a lesson, dated and sourced, against an objective or a campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// Its id.
    pub id: Uuid,
    /// Outcome or lesson.
    pub kind: OutcomeKind,
    /// The objective it is against.
    pub objective_id: Option<Uuid>,
    /// The campaign it is about.
    pub campaign_id: Option<Uuid>,
    /// The day it was measured or noted.
    pub day: NaiveDate,
    /// What it is: "Residents who know the 20 mph limit", or the lesson itself.
    pub what: String,
    /// The metric it counts towards (a [`metric_key`]); empty when it stands alone.
    pub metric: String,
    /// The number, if it is one.
    pub value: Option<f64>,
    /// Where it comes from: "Resident survey, n = 1,020".
    pub source: String,
}

/// An outcome or lesson as its form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeDraft {
    /// Outcome or lesson.
    pub kind: OutcomeKind,
    /// The objective's id.
    pub objective_id: Option<String>,
    /// The campaign's id.
    pub campaign_id: Option<String>,
    /// The day, `YYYY-MM-DD`.
    pub day: String,
    /// What it is.
    pub what: String,
    /// The metric it counts towards.
    pub metric: String,
    /// The number.
    pub value: Option<f64>,
    /// Where it comes from.
    pub source: String,
}

impl OutcomeDraft {
    /// Checks the draft and makes it the outcome `id`.
    pub fn validate(&self, id: Uuid) -> Result<Outcome> {
        if self.value.is_some_and(|v| !v.is_finite()) {
            return Err(Error::validation("value", Sentence::new("error-not-a-number")));
        }
        let objective_id = validate::optional_id("objectiveId", self.objective_id.as_deref())?;
        let campaign_id = validate::optional_id("campaignId", self.campaign_id.as_deref())?;
        if objective_id.is_none() && campaign_id.is_none() {
            return Err(Error::validation("objectiveId", Sentence::new("error-result-about")));
        }
        let metric = metric_key(&validate::text("metric", &self.metric, validate::MAX_SHORT, false)?);
        if self.value.is_some() && metric.is_empty() && self.kind == OutcomeKind::Outcome {
            return Err(Error::validation("metric", Sentence::new("error-metric-required")));
        }
        Ok(Outcome {
            id,
            kind: self.kind,
            objective_id,
            campaign_id,
            day: validate::date("day", &self.day)?,
            what: validate::text("what", &self.what, validate::MAX_LONG, true)?,
            metric,
            value: self.value,
            source: validate::text("source", &self.source, validate::MAX_SHORT, false)?,
        })
    }
}

/// A post's link in the forms that can be compared: the platform's post id where the
/// link shows one, and the link without scheme, `www.`, query, fragment or final slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostRef {
    /// The post id the link holds (X's status id, LinkedIn's activity id, Facebook's
    /// post id), or the link itself when it is an id.
    pub id: Option<String>,
    /// The normalised link; empty when the text was an id.
    pub url: String,
}

impl PostRef {
    /// Reads a permalink or a bare post id.
    pub fn of(link: &str) -> PostRef {
        let link = link.trim();
        if !link.contains('/') && !link.contains('.') {
            let id =
                link.strip_prefix("urn:li:activity:").or_else(|| link.strip_prefix("urn:li:share:")).unwrap_or(link);
            return PostRef { id: (!id.is_empty()).then(|| id.to_string()), url: String::new() };
        }
        let lower = link.to_lowercase();
        let rest = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
        let rest = rest.split('#').next().unwrap_or_default();
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let path = path.trim_end_matches('/');
        let path = path.strip_prefix("www.").or_else(|| path.strip_prefix("m.")).unwrap_or(path);
        let mut url = match path.split_once('/') {
            Some(("twitter.com" | "mobile.twitter.com", path)) => format!("x.com/{path}"),
            _ => path.to_string(),
        };
        // A query can name the post (YouTube's `v`, Facebook's `story_fbid`); sharing and
        // tracking parameters do not.
        let kept: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !tracking(p)).collect();
        if !kept.is_empty() {
            url = format!("{url}?{}", kept.join("&"));
        }
        PostRef { id: post_id_in(&url, link), url }
    }

    /// When the post went out, where its id says: X's ids and LinkedIn's activity ids
    /// carry their creation time in milliseconds in the bits above the lowest 22 (X's
    /// counted from its own epoch, 4 November 2010).
    pub fn created(&self) -> Option<DateTime<Utc>> {
        const X_EPOCH_MS: i64 = 1_288_834_974_657;
        let id: u64 = self.id.as_deref()?.parse().ok()?;
        let millis = (id >> 22) as i64;
        let host = self.url.split('/').next().unwrap_or_default();
        let at = match host {
            "x.com" => millis + X_EPOCH_MS,
            "linkedin.com" => millis,
            _ => return None,
        };
        DateTime::from_timestamp_millis(at)
    }

    /// Whether the two name the same post.
    pub fn same_post(&self, other: &PostRef) -> bool {
        // Facebook's export writes a post id as `page_post`; its links show the post alone.
        let bare = |id: &str| id.rsplit('_').next().unwrap_or(id).to_string();
        let ids = matches!((&self.id, &other.id), (Some(a), Some(b)) if bare(a) == bare(b));
        ids || (!self.url.is_empty() && self.url == other.url)
    }
}

/// Whether a query parameter only tracks or shares (`utm_source`, X's `s`, Instagram's `igsh`).
fn tracking(param: &str) -> bool {
    let name = param.split('=').next().unwrap_or_default();
    name.starts_with("utm_")
        || ["s", "t", "ref", "ref_src", "igsh", "igshid", "fbclid", "mibextid", "si", "rcm"].contains(&name)
}

/// The post id a normalised link shows, by the platforms' link shapes.
fn post_id_in(url: &str, original: &str) -> Option<String> {
    let segments: Vec<&str> = url.split('/').collect();
    let after = |word: &str| segments.iter().position(|s| *s == word).and_then(|i| segments.get(i + 1));
    let digits = |s: &&&str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if let Some(id) = after("status").filter(digits) {
        return Some(id.to_string());
    }
    if let Some(at) = url.find("activity:").or_else(|| url.find("activity-")) {
        let id: String = url[at + 9..].chars().take_while(char::is_ascii_digit).collect();
        return (!id.is_empty()).then_some(id);
    }
    if let Some(id) = after("posts").or_else(|| after("videos")).or_else(|| after("reel")).filter(digits) {
        return Some(id.to_string());
    }
    // Instagram's short codes are case-sensitive: take them from the link as written.
    if let Some(i) = segments.iter().position(|s| *s == "p" || *s == "reel" || *s == "tv") {
        let code = original.split(['?', '#']).next()?.trim_end_matches('/').rsplit('/').next()?;
        return segments.get(i + 1).filter(|c| c.eq_ignore_ascii_case(code)).map(|_| code.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_one_post_written_differently_are_the_same_post() {
        let a = PostRef::of("https://twitter.com/WestmarkPolice/status/1770000000000000001?s=20");
        let b = PostRef::of("https://x.com/i/status/1770000000000000001");
        let c = PostRef::of("1770000000000000001");
        assert!(a.same_post(&b) && b.same_post(&c));
        assert!(!a.same_post(&PostRef::of("https://x.com/i/status/1770000000000000002")));
        let li = PostRef::of("https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/");
        assert_eq!(li.id.as_deref(), Some("7100000000000000000"));
        assert!(li.same_post(&PostRef::of("urn:li:activity:7100000000000000000")));
        let ig = PostRef::of("https://www.instagram.com/p/CxYz12AbC/");
        assert_eq!(ig.id.as_deref(), Some("CxYz12AbC"));
        let yt = PostRef::of("https://www.youtube.com/watch?v=AbC123&si=xyz");
        assert_eq!(yt.url, "youtube.com/watch?v=abc123");
        assert!(!yt.same_post(&PostRef::of("https://www.youtube.com/watch?v=Zzz999")));
        let page = PostRef::of("https://example.org/news/road-safety/");
        assert_eq!(page.id, None);
        assert!(page.same_post(&PostRef::of("http://www.example.org/news/road-safety")));
    }

    #[test]
    fn x_and_linkedin_ids_tell_when_the_post_went_out() {
        // 1212092628029698048 is a post of 31 December 2019, 19:26 UTC.
        let x = PostRef::of("https://x.com/TwitterDev/status/1212092628029698048");
        assert_eq!(x.created().map(|t| t.to_rfc3339()).as_deref(), Some("2019-12-31T19:26:16.771+00:00"));
        let li = PostRef::of("https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/");
        assert_eq!(li.created().map(|t| t.date_naive().to_string()).as_deref(), Some("2023-08-23"));
        assert_eq!(PostRef::of("https://www.instagram.com/p/CxYz12AbC/").created(), None);
    }

    #[test]
    fn metric_names_read_as_one_key() {
        assert_eq!(metric_key("Link  clicks"), "link clicks");
        assert_eq!(metric_key("Followers"), "follows");
        assert_eq!(metric_key("Messages received"), "messages received");
    }

    #[test]
    fn the_same_post_and_day_has_the_same_id_everywhere() {
        let day = NaiveDate::from_ymd_opt(2026, 5, 4).unwrap();
        assert_eq!(PostResult::id_of(Platform::X, "17", day), PostResult::id_of(Platform::X, "17", day));
        assert_ne!(PostResult::id_of(Platform::X, "17", day), PostResult::id_of(Platform::Facebook, "17", day));
    }
}
