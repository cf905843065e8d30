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
    links: Vec<(PostRef, Uuid)>,
    channels: Vec<Channel>,
    items: HashMap<Uuid, ContentItem>,
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
        Ok(Matcher {
            taken: links.iter().map(|l| l.id).collect(),
            links: links.into_iter().map(|l| (PostRef::of(&l.link), l.id)).collect(),
            channels: channels::in_order(store.conn())?,
            items: items.into_iter().map(|i| (i.id, i)).collect(),
            tz,
        })
    }

    /// The item a post is, by its id or permalink, else proposed by its time.
    pub fn find(&mut self, post: &PostRef, platform: Platform, published: Option<(DateTime<Utc>, bool)>) -> Found {
        if let Some((_, item)) = self.links.iter().find(|(link, _)| link.same_post(post)) {
            return Found::Linked(*item);
        }
        let Some((at, timed)) = published else { return Found::None };
        let on_platform: HashSet<Uuid> =
            self.channels.iter().filter(|c| c.platform == platform).map(|c| c.id).collect();
        let day = at.with_timezone(&self.tz).date_naive();
        let closest = self
            .items
            .values()
            .filter(|i| on_platform.contains(&i.channel_id) && !self.taken.contains(&i.id))
            .filter(|i| !matches!(i.status, ItemStatus::Cancelled | ItemStatus::Idea))
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
