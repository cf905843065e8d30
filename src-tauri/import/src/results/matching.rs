//! Which planned item a reported post is: the item whose link names the same post, or
//! else the item on a channel of the same platform that went out closest to the post's
//! time (within three hours; the same day for an all-day item), proposed for the team
//! to confirm. One item is matched to one post.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::domain::{Channel, ContentItem, ItemStatus, Platform, PostLink, PostRef, Schedule};
use crate::error::Result;
use crate::store::records::{channels, items, results};
use crate::store::Store;

/// When a post went out, and whether the export gave its time (not just its day).
pub type WentOut = (DateTime<Utc>, bool);

/// How far a post's time may be from an item's for the item to be proposed.
const CLOSE: Duration = Duration::hours(3);

/// How a reported post was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// Through the item's link.
    Linked(Uuid),
    /// Proposed by channel and time; linked only when confirmed.
    Proposed(Uuid),
    /// No item.
    None,
}

/// The plan as reported posts are matched against it.
pub struct Matcher {
    /// Items by the post ids their links hold (Facebook's `page_post` as the post alone).
    by_id: HashMap<String, Uuid>,
    /// Items by their normalised links.
    by_url: HashMap<String, Uuid>,
    channels: Vec<Channel>,
    items: HashMap<Uuid, ContentItem>,
    /// The items that may be proposed (dated in the window, neither an idea nor
    /// cancelled) on each platform's channels, by when they go out.
    on_platform: HashMap<Platform, Vec<(DateTime<Utc>, Uuid)>>,
    /// Items already taken by a link or an earlier row's proposal.
    taken: HashSet<Uuid>,
    tz: Tz,
}

impl Matcher {
    /// Reads the links, the channels and the items dated from `from` to `to` (inclusive).
    pub fn new(store: &Store, from: NaiveDate, to: NaiveDate, tz: Tz) -> Result<Matcher> {
        let links: Vec<PostLink> = results::links(store.conn())?;
        let window = (from - Duration::days(1), to + Duration::days(2));
        let items = items::dated_between(store.conn(), window, tz, &Default::default())?;
        let channels = channels::in_order(store.conn())?;
        let platform_of: HashMap<Uuid, Platform> = channels.iter().map(|c| (c.id, c.platform)).collect();
        let mut on_platform: HashMap<Platform, Vec<(DateTime<Utc>, Uuid)>> = HashMap::new();
        for item in items.iter().filter(|i| !matches!(i.status, ItemStatus::Cancelled | ItemStatus::Idea)) {
            let (Some(platform), Some(at)) = (platform_of.get(&item.channel_id), goes_out(&item.schedule, tz)) else {
                continue;
            };
            on_platform.entry(*platform).or_default().push((at, item.id));
        }
        on_platform.values_mut().for_each(|v| v.sort_unstable());
        let (mut by_id, mut by_url) = (HashMap::new(), HashMap::new());
        for link in &links {
            let post = PostRef::of(&link.link);
            if let Some(id) = &post.id {
                by_id.insert(bare(id).to_string(), link.id);
            }
            if !post.url.is_empty() {
                by_url.insert(post.url, link.id);
            }
        }
        Ok(Matcher {
            taken: links.iter().map(|l| l.id).collect(),
            by_id,
            by_url,
            channels,
            items: items.into_iter().map(|i| (i.id, i)).collect(),
            on_platform,
            tz,
        })
    }

    /// The item a post is, by its id or permalink, else proposed by its time.
    pub fn find(&mut self, post: &PostRef, platform: Platform, published: Option<WentOut>) -> Found {
        let linked = post.id.as_deref().and_then(|id| self.by_id.get(bare(id)));
        if let Some(item) = linked.or_else(|| self.by_url.get(&post.url).filter(|_| !post.url.is_empty())) {
            return Found::Linked(*item);
        }
        let Some((at, timed)) = published else { return Found::None };
        let day = at.with_timezone(&self.tz).date_naive();
        let on = self.on_platform.get(&platform).map_or(&[][..], Vec::as_slice);
        // Only the items within a day and a bit either way can be close enough.
        let (lo, hi) = (at - NEAR, at + NEAR);
        let near = &on[on.partition_point(|(t, _)| *t < lo)..on.partition_point(|(t, _)| *t <= hi)];
        let closest = near
            .iter()
            .filter(|(_, id)| !self.taken.contains(id))
            .filter_map(|(_, id)| self.items.get(id))
            .filter_map(|i| distance(&i.schedule, at, timed, day, self.tz).map(|d| (d, i.id)))
            .min();
        match closest {
            Some((_, item)) => {
                self.taken.insert(item);
                Found::Proposed(item)
            }
            None => Found::None,
        }
    }

    /// The item's title and channel id.
    pub fn item(&self, id: Uuid) -> Option<&ContentItem> {
        self.items.get(&id)
    }

    /// The channel a post without an item is on: the one of its platform whose handle is
    /// the export's account, or the platform's only channel.
    pub fn channel(&self, platform: Platform, account: &str) -> Option<Uuid> {
        let handle = |h: &str| h.trim().trim_start_matches('@').to_lowercase();
        let on: Vec<&Channel> = self.channels.iter().filter(|c| c.platform == platform).collect();
        let named = on.iter().find(|c| !account.is_empty() && handle(&c.handle) == handle(account));
        named.or(if on.len() == 1 { on.first() } else { None }).map(|c| c.id)
    }
}

/// Wider than any gap [`distance`] accepts: a day either way, and the zone's offset.
const NEAR: Duration = Duration::hours(40);

/// When an item goes out, an all-day item at the start of its day on the plan's clock.
fn goes_out(schedule: &Schedule, tz: Tz) -> Option<DateTime<Utc>> {
    match schedule {
        Schedule::At { utc } => Some(*utc),
        Schedule::AllDay { date } => {
            Some(crate::domain::timing::wall_clock(date.and_time(chrono::NaiveTime::MIN), tz).0)
        }
        Schedule::Unscheduled => None,
    }
}

/// A post id without the page part of Facebook's `page_post` ids (as [`PostRef::same_post`]).
fn bare(id: &str) -> &str {
    id.rsplit('_').next().unwrap_or(id)
}

/// How far an item's schedule is from a post's time, if close enough to propose it.
fn distance(schedule: &Schedule, at: DateTime<Utc>, timed: bool, day: NaiveDate, tz: Tz) -> Option<i64> {
    match schedule {
        Schedule::At { utc } if timed => {
            let gap = (*utc - at).abs();
            (gap <= CLOSE).then_some(gap.num_minutes())
        }
        // A date alone (LinkedIn's "Created date") or an all-day item: the same day, after the timed.
        Schedule::At { utc } => (utc.with_timezone(&tz).date_naive() == day).then_some(CLOSE.num_minutes() + 1),
        Schedule::AllDay { date } => (*date == day).then_some(CLOSE.num_minutes() + 1),
        Schedule::Unscheduled => None,
    }
}

/// The platforms a Meta export's post can be on, told by its link or its account column.
pub fn meta_platform(permalink: &str, instagram_columns: bool) -> Platform {
    let link = permalink.to_lowercase();
    if link.contains("instagram.com") || (!link.contains("facebook.com") && instagram_columns) {
        Platform::Instagram
    } else {
        Platform::Facebook
    }
}
