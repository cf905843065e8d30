//! A content item and its time: unscheduled, all-day on a plan-zone date, or at a UTC
//! instant shown on the plan's wall clock; how a schedule moves, and the one rule for
//! wall-clock times the clocks skip.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{iso, validate};
use crate::error::{Error, Result};
use crate::sentence::Sentence;

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

/// When an item goes out: not yet (the ideas backlog), on a day, or at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Schedule {
    /// In the ideas backlog: no date yet.
    Unscheduled,
    /// On a day, at no particular time.
    AllDay {
        /// The day, on the plan's calendar.
        date: NaiveDate,
    },
    /// An instant, stored in UTC and shown in the plan's time zone.
    At {
        /// The instant it goes out.
        utc: DateTime<Utc>,
    },
}

impl Schedule {
    /// The plan-zone wall-clock start, for display: `2027-03-31T09:30:00`, or the date of an
    /// all-day item.
    pub fn local_start(&self, tz: Tz) -> Option<String> {
        match self {
            Schedule::Unscheduled => None,
            Schedule::AllDay { date } => Some(iso::date_text(*date)),
            Schedule::At { utc } => Some(iso::date_time_text(utc.with_timezone(&tz).naive_local())),
        }
    }

    /// The same schedule `days` later (earlier if negative) on the plan's wall clock, so a
    /// 09:00 post stays at 09:00 across a daylight-saving change (see [`Schedule::moved_by`]).
    pub fn shifted(&self, days: i64, tz: Tz) -> Schedule {
        self.moved_by(chrono::Duration::days(days), tz).schedule
    }

    /// The schedule moved by `delta` on the plan's wall clock: a timed item by the whole
    /// span (a 3-hour pause moves 10:00 to 13:00), an all-day item by the span's whole days,
    /// rounded. Where the clocks skip the time it lands on, [`wall_clock`] decides, and the
    /// answer says so, for previews to tell.
    pub fn moved_by(&self, delta: chrono::Duration, tz: Tz) -> Moved {
        match self {
            Schedule::Unscheduled => Moved { schedule: Schedule::Unscheduled, skipped: None },
            Schedule::AllDay { date } => {
                let days = (delta.num_minutes() as f64 / (24.0 * 60.0)).round() as i64;
                Moved { schedule: Schedule::AllDay { date: *date + chrono::Duration::days(days) }, skipped: None }
            }
            Schedule::At { utc } => {
                let local = utc.with_timezone(&tz).naive_local() + delta;
                let (utc, skipped) = wall_clock(local, tz);
                Moved { schedule: Schedule::At { utc }, skipped: skipped.then_some(local) }
            }
        }
    }

    /// The day the item is on in the plan's zone.
    pub fn local_date(&self, tz: Tz) -> Option<NaiveDate> {
        match self {
            Schedule::Unscheduled => None,
            Schedule::AllDay { date } => Some(*date),
            Schedule::At { utc } => Some(utc.with_timezone(&tz).date_naive()),
        }
    }
}

/// What the UI sends for "when": dates and times as typed, in the plan's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum When {
    /// Take it off the calendar, into the backlog.
    Unscheduled,
    /// A day, at no particular time.
    AllDay {
        /// `YYYY-MM-DD`.
        date: String,
    },
    /// Wall-clock time in the plan's zone, `2027-03-31T09:30`.
    At {
        /// The plan zone's wall clock, `YYYY-MM-DDTHH:MM`.
        local: String,
    },
}

/// What a move in the planning grid changes besides the day: the item takes the row
/// it is dropped in (a channel, a campaign or an owner; none for "no campaign" or
/// "unassigned").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Reassign {
    /// Goes out on another channel.
    Channel {
        /// The channel's id.
        id: String,
    },
    /// Belongs to another campaign, or to none.
    Campaign {
        /// The campaign's id; none takes it out of its campaign.
        id: Option<String>,
    },
    /// Is prepared by another member, or by nobody yet.
    Owner {
        /// The member's id; none leaves it unassigned.
        id: Option<String>,
    },
}

/// Where a move takes an item: a day or time (or the backlog), and in the grid also a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MoveTo {
    /// When it goes out.
    pub when: When,
    /// The row it moves to, if the move changes one.
    #[serde(default)]
    pub reassign: Option<Reassign>,
}

impl From<When> for MoveTo {
    fn from(when: When) -> Self {
        MoveTo { when, reassign: None }
    }
}

impl When {
    /// Resolves the typed value in the plan's zone. A wall-clock time that does not
    /// exist (the hour skipped when clocks go forward) is refused; an ambiguous one
    /// (the hour repeated when they go back) means its first occurrence.
    pub fn resolve(&self, tz: Tz) -> Result<Schedule> {
        match self {
            When::Unscheduled => Ok(Schedule::Unscheduled),
            When::AllDay { date } => Ok(Schedule::AllDay { date: validate::date("when", date)? }),
            When::At { local } => {
                let naive = validate::local_date_time("when", local)?;
                Ok(Schedule::At { utc: local_to_utc(naive, tz)? })
            }
        }
    }
}

/// A schedule after a move, and the wall-clock time asked for if the clocks skip it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Moved {
    /// Where the schedule lands.
    pub schedule: Schedule,
    /// The wall-clock time asked for, when the clocks skip it (the schedule is then the same time after the gap).
    pub skipped: Option<NaiveDateTime>,
}

/// The one rule for a wall-clock time that moves and code (not a person) chose: a time the
/// clocks skip is read with the offset in force before the skip, as RFC 5545 reads it
/// (02:30 on the spring-forward night is 03:30), and `true` says it was; a repeated time
/// is its first occurrence. A time a person types is refused instead ([`local_to_utc`]).
pub fn wall_clock(local: NaiveDateTime, tz: Tz) -> (DateTime<Utc>, bool) {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => (t.with_timezone(&Utc), false),
        LocalResult::Ambiguous(first, _) => (first.with_timezone(&Utc), false),
        LocalResult::None => {
            // No gap is longer than a day: the day before is on the offset before the gap.
            let before = tz.from_local_datetime(&(local - chrono::Duration::days(1))).earliest();
            let offset = before.map_or(0, |t| t.offset().fix().local_minus_utc());
            let utc = local - chrono::Duration::seconds(offset.into());
            (DateTime::from_naive_utc_and_offset(utc, Utc), true)
        }
    }
}

/// Midnight of a plan-zone date, as a UTC instant (the first instant of the day where
/// midnight itself is skipped by a clock change).
pub fn start_of_day_utc(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    wall_clock(date.and_time(chrono::NaiveTime::MIN), tz).0
}

/// A wall-clock time a person typed, in the plan's zone; a time the clocks skip is refused.
pub fn local_to_utc(naive: NaiveDateTime, tz: Tz) -> Result<DateTime<Utc>> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(Error::validation(
            "when",
            Sentence::new("error-clocks-go-forward")
                .with("value", naive.format("%Y-%m-%d %H:%M").to_string())
                .with("zone", tz.name()),
        )),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    #[test]
    fn wall_clock_times_resolve_across_daylight_saving() {
        let winter = When::At { local: "2027-01-15T09:00".into() }.resolve(London).unwrap();
        let summer = When::At { local: "2027-07-15T09:00".into() }.resolve(London).unwrap();
        assert_eq!(winter, Schedule::At { utc: "2027-01-15T09:00:00Z".parse().unwrap() });
        assert_eq!(summer, Schedule::At { utc: "2027-07-15T08:00:00Z".parse().unwrap() });
        assert_eq!(summer.local_start(London).as_deref(), Some("2027-07-15T09:00:00"));
    }

    #[test]
    fn a_skipped_hour_is_refused_and_a_repeated_one_means_the_first() {
        let gap = When::At { local: "2027-03-28T01:30".into() }.resolve(London);
        assert!(matches!(gap, Err(Error::Validation { field, .. }) if field == "when"));
        let repeated = When::At { local: "2027-10-31T01:30".into() }.resolve(London).unwrap();
        assert_eq!(repeated, Schedule::At { utc: "2027-10-31T00:30:00Z".parse().unwrap() });
    }

    #[test]
    fn shifting_keeps_the_wall_clock_across_daylight_saving() {
        let before = When::At { local: "2027-03-20T09:00".into() }.resolve(London).unwrap();
        let after = before.shifted(14, London);
        assert_eq!(after, Schedule::At { utc: "2027-04-03T08:00:00Z".parse().unwrap() }, "09:00 BST");
        assert_eq!(after.shifted(-14, London), before);
        let day = Schedule::AllDay { date: "2027-12-30".parse().unwrap() };
        assert_eq!(day.shifted(3, London), Schedule::AllDay { date: "2028-01-02".parse().unwrap() });
        let moved = When::At { local: "2027-03-21T01:30".into() }
            .resolve(London)
            .unwrap()
            .moved_by(chrono::Duration::days(7), London);
        assert_eq!(
            moved.schedule.local_start(London).as_deref(),
            Some("2027-03-28T02:30:00"),
            "01:30 does not exist that day"
        );
        assert_eq!(
            moved.skipped.map(|t| t.to_string()).as_deref(),
            Some("2027-03-28 01:30:00"),
            "and the move says so"
        );
    }

    #[test]
    fn a_move_by_hours_moves_timed_items_by_the_hours_and_all_day_items_by_rounded_days() {
        let three_hours = chrono::Duration::hours(3);
        let at = When::At { local: "2027-06-01T10:00".into() }.resolve(London).unwrap();
        assert_eq!(
            at.moved_by(three_hours, London).schedule.local_start(London).as_deref(),
            Some("2027-06-01T13:00:00")
        );
        let day = Schedule::AllDay { date: "2027-06-01".parse().unwrap() };
        assert_eq!(day.moved_by(three_hours, London).schedule, day, "three hours is no whole day");
        let later = day.moved_by(chrono::Duration::hours(40), London).schedule;
        assert_eq!(later, Schedule::AllDay { date: "2027-06-03".parse().unwrap() });
        // A skipped time in a zone whose gap is half an hour (Lord Howe Island).
        let lhi = chrono_tz::Australia::Lord_Howe;
        let (utc, skipped) = wall_clock("2027-10-03T02:15:00".parse().unwrap(), lhi);
        assert!(skipped);
        assert_eq!(utc.with_timezone(&lhi).naive_local().to_string(), "2027-10-03 02:45:00");
    }

    #[test]
    fn malformed_dates_name_the_field() {
        let err = When::AllDay { date: "31/03/2027".into() }.resolve(London).unwrap_err();
        assert_eq!(err.code(), "validation");
        assert!(matches!(err, Error::Validation { field, .. } if field == "when"));
    }
}
