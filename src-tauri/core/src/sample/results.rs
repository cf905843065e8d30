//! The sample's results: a link on every published item, in the shape of its platform's
//! permalinks; a season of numbers (the 13 weeks before today) for the posts on the four
//! platforms whose exports Almanac reads; and the outcomes and lessons the team noted.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::domain::{
    metric_key, Channel, ContentItem, ItemStatus, Objective, Outcome, OutcomeKind, Platform, PostLink, PostResult,
    Schedule,
};

/// How long the season of results runs, up to yesterday.
pub const SEASON_DAYS: i64 = 91;

/// The link of a published item, made from its id the way its platform writes links.
pub fn permalink(item: &ContentItem, channel: &Channel) -> String {
    let n = item.id.as_u128();
    // Ids as X and LinkedIn make them: the time the post went out in the bits above 22.
    let at = match item.schedule {
        Schedule::At { utc } => utc.timestamp_millis(),
        Schedule::AllDay { date } => date.and_hms_opt(9, 0, 0).unwrap_or_default().and_utc().timestamp_millis(),
        Schedule::Unscheduled => 0,
    };
    let from_epoch = |epoch: i64| (((at - epoch).max(0) as u128) << 22) | (n & 0x3f_ffff);
    let long = from_epoch(0);
    let handle = channel.handle.trim_start_matches('@').replace(' ', "");
    match channel.platform {
        Platform::X => format!("https://x.com/{handle}/status/{}", from_epoch(1_288_834_974_657)),
        Platform::Facebook => format!("https://www.facebook.com/{handle}/posts/{long}"),
        Platform::Instagram => format!("https://www.instagram.com/p/{}/", short_code(n)),
        Platform::Linkedin => format!("https://www.linkedin.com/feed/update/urn:li:activity:{long}/"),
        Platform::Tiktok => format!("https://www.tiktok.com/@{handle}/video/{long}"),
        Platform::Youtube => format!("https://www.youtube.com/watch?v={}", short_code(n)),
        Platform::Bluesky => format!("https://bsky.app/profile/{handle}/post/{}", short_code(n).to_lowercase()),
        _ => format!("https://www.westmark.police.uk/news/{}", item.id.simple()),
    }
}

/// Eleven characters of Instagram's and YouTube's alphabet from `n`.
fn short_code(mut n: u128) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..11)
        .map(|_| {
            let c = ALPHABET[(n % 64) as usize] as char;
            n /= 64;
            c
        })
        .collect()
}

/// Every published item's link.
pub fn links(items: &[ContentItem], channels: &[Channel]) -> Vec<PostLink> {
    let by_id: HashMap<Uuid, &Channel> = channels.iter().map(|c| (c.id, c)).collect();
    items
        .iter()
        .filter(|i| i.status == ItemStatus::Published)
        .filter_map(|i| by_id.get(&i.channel_id).map(|c| PostLink { id: i.id, link: permalink(i, c) }))
        .collect()
}

/// The numbers of the season's published posts on X, Facebook, Instagram and LinkedIn:
/// lifetime numbers on the day each went out, drawn from the item's id so a seed gives
/// the same season.
pub fn season(
    items: &[ContentItem],
    channels: &[Channel],
    today: NaiveDate,
    tz: Tz,
    now: DateTime<Utc>,
) -> Vec<PostResult> {
    let from = today - Duration::days(SEASON_DAYS);
    let by_id: HashMap<Uuid, &Channel> = channels.iter().map(|c| (c.id, c)).collect();
    items
        .iter()
        .filter(|i| i.status == ItemStatus::Published)
        .filter_map(|i| {
            let channel = by_id.get(&i.channel_id)?;
            let reach = match channel.platform {
                Platform::X => 2_400.0,
                Platform::Facebook => 6_500.0,
                Platform::Instagram => 3_800.0,
                Platform::Linkedin => 1_600.0,
                _ => return None,
            };
            let day = i.schedule.local_date(tz).filter(|d| (from..today).contains(d))?;
            let link = permalink(i, channel);
            let post = crate::domain::PostRef::of(&link).id.unwrap_or(link.clone());
            Some(PostResult {
                id: PostResult::id_of(channel.platform, &post, day),
                platform: channel.platform,
                post,
                permalink: link,
                day,
                item_id: Some(i.id),
                channel_id: Some(channel.id),
                metrics: numbers(i.id, reach, i.campaign_id.is_some()),
                source: "sample".into(),
                imported_at: now,
            })
        })
        .collect()
}

/// One post's numbers: a spread of a few times either way around the platform's usual
/// reach, campaigns' posts reaching further.
fn numbers(id: Uuid, usual: f64, campaign: bool) -> BTreeMap<String, f64> {
    let bits = id.as_u128();
    let draw = |shift: u32| ((bits >> shift) & 0xffff) as f64 / 65_535.0;
    let impressions = (usual * (0.25 + 3.0 * draw(0).powi(2)) * if campaign { 1.6 } else { 1.0 }).round();
    let rate = 0.01 + 0.05 * draw(16);
    let engagements = (impressions * rate).round();
    let likes = (engagements * 0.6).round();
    let comments = (engagements * 0.1).round();
    let shares = (engagements * 0.12).round();
    [
        ("impressions", impressions),
        ("reach", (impressions * (0.6 + 0.2 * draw(32))).round()),
        ("engagements", engagements),
        ("likes", likes),
        ("comments", comments),
        ("shares", shares),
        ("link clicks", (engagements - likes - comments - shares).max(0.0)),
        ("follows", (impressions * 0.0008 * draw(48)).round()),
    ]
    .into_iter()
    .map(|(m, v)| (m.to_string(), v))
    .collect()
}

/// The outcomes and lessons the team noted in the season.
pub fn notes(objectives: &[Objective], today: NaiveDate, ids: &mut impl FnMut() -> Uuid) -> Vec<Outcome> {
    let named = |name: &str| objectives.iter().find(|o| o.name == name).map(|o| o.id);
    let day = |back: i64| today - Duration::days(back);
    let mut note = |kind, objective: &str, back, what: &str, metric: &str, value, source: &str| Outcome {
        id: ids(),
        kind,
        objective_id: named(objective),
        campaign_id: None,
        day: day(back),
        what: what.into(),
        metric: metric_key(metric),
        value,
        source: source.into(),
    };
    vec![
        note(
            OutcomeKind::Outcome,
            "Recruit officers and staff",
            60,
            "Applications after the autumn recruitment push",
            "applications",
            Some(412.0),
            "HR recruitment tracker",
        ),
        note(
            OutcomeKind::Outcome,
            "Solve cases with public help",
            45,
            "Information received through the online appeal form",
            "messages received",
            Some(1_180.0),
            "Contact centre report",
        ),
        note(
            OutcomeKind::Outcome,
            "Solve cases with public help",
            20,
            "Information received by phone after appeals",
            "messages received",
            Some(640.0),
            "Contact centre report",
        ),
        note(
            OutcomeKind::Outcome,
            "Build trust and confidence",
            45,
            "Residents who say the police deal with local concerns (%)",
            "confidence",
            Some(59.0),
            "Westmark resident survey, n = 980",
        ),
        note(
            OutcomeKind::Outcome,
            "Build trust and confidence",
            30,
            "Residents who say the police deal with local concerns (%)",
            "confidence",
            Some(61.0),
            "Westmark resident survey, n = 1,020",
        ),
        note(
            OutcomeKind::Lesson,
            "Keep roads safe",
            50,
            "Short road-safety videos reached three times more people than images; lead with video next season.",
            "",
            None,
            "",
        ),
        note(
            OutcomeKind::Lesson,
            "Solve cases with public help",
            25,
            "Appeals posted before 08:00 drew the most information; schedule them early.",
            "",
            None,
            "",
        ),
        note(
            OutcomeKind::Lesson,
            "Prevent crime",
            10,
            "Fraud advice shared by partner councils reached audiences our own channels do not.",
            "",
            None,
            "",
        ),
    ]
}
