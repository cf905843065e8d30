//! A content item: what it says, where and when it goes out, and where it is in its life;
//! its time and how that moves are `timing`'s.

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::timing::{Schedule, When};
use super::validate;
use crate::error::Result;

/// Where an item is in its life, from an idea to published (or stopped).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ItemStatus {
    /// A thought to develop; not yet planned.
    Idea,
    /// Being written.
    Draft,
    /// Waiting for an approver.
    InReview,
    /// Approved to go out.
    Approved,
    /// Queued in the publishing tool.
    Scheduled,
    /// Gone out.
    Published,
    /// Held back (a crisis pause holds items this way).
    OnHold,
    /// Will not go out.
    Cancelled,
}

/// What kind of content an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ItemFormat {
    /// A text post.
    Post,
    /// A thread of posts.
    Thread,
    /// A single image.
    Image,
    /// Several images or slides.
    Carousel,
    /// A video.
    Video,
    /// A short vertical video (Instagram, Facebook).
    Reel,
    /// A story that disappears after a day.
    Story,
    /// A short vertical video (YouTube, TikTok).
    Short,
    /// A live broadcast.
    Live,
    /// A poll.
    Poll,
    /// A long-form article.
    Article,
    /// An e-mail newsletter.
    Newsletter,
}

/// What a calendar view needs of an item: everything but its copy and notes, which
/// can be long and are only read when the item is opened.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemSummary {
    /// The item's id.
    pub id: Uuid,
    /// What the team calls it.
    pub title: String,
    /// What kind of content it is.
    pub format: ItemFormat,
    /// The channel it goes out on.
    pub channel_id: Uuid,
    /// The campaign it belongs to, if any.
    pub campaign_id: Option<Uuid>,
    /// The objectives it serves.
    pub objective_ids: Vec<Uuid>,
    /// Where it is in its life.
    pub status: ItemStatus,
    /// When it goes out.
    pub schedule: Schedule,
    /// The series it is an occurrence of, if any.
    pub series_id: Option<Uuid>,
    /// The member who prepares it, if anyone yet.
    pub owner_id: Option<Uuid>,
}

impl From<&ContentItem> for ItemSummary {
    fn from(item: &ContentItem) -> Self {
        ItemSummary {
            id: item.id,
            title: item.title.clone(),
            format: item.format,
            channel_id: item.channel_id,
            campaign_id: item.campaign_id,
            objective_ids: item.objective_ids.clone(),
            status: item.status,
            schedule: item.schedule,
            series_id: item.series_id,
            owner_id: item.owner_id,
        }
    }
}

/// A piece of content on one channel: a post, a reel, a newsletter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ContentItem {
    /// The item's id (UUIDv7: ids made on two laptops never collide).
    pub id: Uuid,
    /// What the team calls it.
    pub title: String,
    /// The text that goes out.
    pub copy: String,
    /// What kind of content it is.
    pub format: ItemFormat,
    /// The channel it goes out on.
    pub channel_id: Uuid,
    /// The campaign it belongs to, if any.
    pub campaign_id: Option<Uuid>,
    /// The objectives it serves, in order.
    pub objective_ids: Vec<Uuid>,
    /// Where it is in its life.
    pub status: ItemStatus,
    /// When it goes out.
    pub schedule: Schedule,
    /// Its language (a BCP 47 tag such as `en` or `cy`).
    pub language: String,
    /// Notes for the team; never published.
    pub notes: String,
    /// The team member who prepares it.
    pub owner_id: Option<Uuid>,
    /// The item's versions in other languages share this id; they go out together.
    pub translation_group: Option<Uuid>,
    /// A backlog item that fits any time: gap filling may place it.
    /// (Journal entries written before these fields existed read as the defaults.)
    #[serde(default)]
    pub evergreen: bool,
    /// The series it is an occurrence of.
    #[serde(default)]
    pub series_id: Option<Uuid>,
    /// Its start in the series' rule (plan-zone wall clock), kept when it is moved.
    #[serde(default)]
    pub recurrence_id: Option<String>,
    /// Edited on its own: changes to the whole series leave it as it is.
    #[serde(default)]
    pub detached: bool,
}

impl ContentItem {
    /// A plain item: a draft post in English, in the Ideas backlog, with nothing linked. The
    /// one place an item is made from nothing; every maker names what differs.
    pub fn new(id: Uuid, title: String, channel_id: Uuid) -> Self {
        ContentItem {
            id,
            title,
            copy: String::new(),
            format: ItemFormat::Post,
            channel_id,
            campaign_id: None,
            objective_ids: vec![],
            status: ItemStatus::Draft,
            schedule: Schedule::Unscheduled,
            language: "en".into(),
            notes: String::new(),
            owner_id: None,
            translation_group: None,
            evergreen: false,
            series_id: None,
            recurrence_id: None,
            detached: false,
        }
    }

    /// A post of the unit tests: its title, status and time; everything else plain.
    #[cfg(test)]
    pub(crate) fn for_test(title: &str, status: ItemStatus, schedule: Schedule) -> Self {
        ContentItem { status, schedule, ..ContentItem::new(Uuid::now_v7(), title.into(), Uuid::from_u128(1)) }
    }
}

/// A content item as the editor sends it, before it is checked.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemDraft {
    /// What the team calls it.
    pub title: String,
    /// The text that goes out.
    pub copy: String,
    /// What kind of content it is.
    pub format: ItemFormat,
    /// The channel's id.
    pub channel_id: String,
    /// The campaign's id, if any.
    pub campaign_id: Option<String>,
    /// The ids of the objectives it serves.
    pub objective_ids: Vec<String>,
    /// Where it is in its life.
    pub status: ItemStatus,
    /// When it goes out.
    pub when: When,
    /// Its language tag.
    pub language: String,
    /// Notes for the team.
    pub notes: String,
    /// The member who owns it, if any.
    #[serde(default)]
    pub owner_id: Option<String>,
    /// Worth posting again: offered first when a coverage gap is filled.
    #[serde(default)]
    pub evergreen: bool,
}

impl ItemDraft {
    /// Checks the draft and makes it the item `id`; times are read on the plan's wall clock in `tz`.
    pub fn validate(&self, id: Uuid, tz: Tz) -> Result<ContentItem> {
        // Checked in the editor's order, so the first field named is the same as ever.
        let title = validate::text("title", &self.title, validate::MAX_TITLE, true)?;
        let copy = validate::text("copy", &self.copy, validate::MAX_COPY, false)?;
        let channel_id = validate::id("channelId", &self.channel_id)?;
        // A draft neither regroups translations nor changes a series: the caller keeps those
        // from the stored item.
        Ok(ContentItem {
            copy,
            format: self.format,
            campaign_id: validate::optional_id("campaignId", self.campaign_id.as_deref())?,
            objective_ids: validate::ids("objectiveIds", &self.objective_ids)?,
            status: self.status,
            schedule: self.when.resolve(tz)?,
            language: validate::text("language", &self.language, 35, false)?,
            notes: validate::text("notes", &self.notes, validate::MAX_LONG, false)?,
            owner_id: validate::optional_id("ownerId", self.owner_id.as_deref())?,
            evergreen: self.evergreen,
            ..ContentItem::new(id, title, channel_id)
        })
    }
}
