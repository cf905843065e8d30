//! An item's time: unscheduled, all-day on a plan-zone date, or at a UTC instant shown on
//! the plan's wall clock; how a schedule moves, and the one rule for wall-clock times the
//! clocks skip.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{iso, validate};
use crate::error::{Error, Result};
use crate::sentence::Sentence;

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
