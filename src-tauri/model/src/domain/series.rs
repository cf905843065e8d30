//! Recurring series: an RFC 5545 RRULE from a start on the plan's wall clock, the
//! occurrences removed from it and the item each occurrence is made from. How a rule
//! expands into occurrences is a scheduling rule, in `schedule::series`.

use chrono::{NaiveDate, NaiveDateTime};
use rrule::{RRule, Unvalidated};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{iso, validate, ContentItem, Schedule};
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// The most occurrences one series may have: its items are all in the plan.
pub const MAX_OCCURRENCES: usize = 500;

/// Where a series starts: a day (all-day occurrences) or a wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesStart {
    /// All-day occurrences, from this day.
    Day(NaiveDate),
    /// Timed occurrences, from this wall-clock time.
    At(NaiveDateTime),
}

impl SeriesStart {
    /// `2027-03-01` or `2027-03-01T09:00`, as stored and as the UI sends it.
    pub fn parse(field: &str, text: &str) -> Result<Self> {
        if text.trim().len() == 10 {
            Ok(SeriesStart::Day(validate::date(field, text)?))
        } else {
            Ok(SeriesStart::At(validate::local_date_time(field, text)?))
        }
    }

    /// As stored and as the UI sends it.
    pub fn text(&self) -> String {
        match self {
            SeriesStart::Day(d) => iso::date_text(*d),
            SeriesStart::At(t) => t.format("%Y-%m-%dT%H:%M").to_string(),
        }
    }
}

/// A series: the rule, where it starts, the occurrences removed from it, and the item
/// every occurrence is made from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Series {
    /// The series' id.
    pub id: Uuid,
    /// The RRULE value, without `RRULE:`: `FREQ=WEEKLY;BYDAY=MO;COUNT=10`.
    pub rrule: String,
    /// Plan-zone wall clock (`2027-03-01T09:00`), or a date for all-day occurrences.
    pub dtstart: String,
    /// Occurrence starts (as `dtstart` is written) removed from the series.
    pub exceptions: Vec<String>,
    /// What each occurrence is made from (its schedule aside).
    pub template: ContentItem,
}

/// Checks an RRULE value: it parses, it ends (COUNT or UNTIL), and carries no DTSTART.
pub fn parse_rule(rule: &str) -> Result<RRule<Unvalidated>> {
    let text = rule.trim();
    let text = text.strip_prefix("RRULE:").unwrap_or(text);
    if text.is_empty() {
        return Err(Error::validation("rrule", Sentence::new("error-required")));
    }
    if text.to_ascii_uppercase().contains("DTSTART") {
        return Err(Error::validation("rrule", Sentence::new("error-rrule-dtstart")));
    }
    let parsed: RRule<Unvalidated> = text.parse().map_err(|e: rrule::RRuleError| {
        Error::validation(
            "rrule",
            Sentence::new("error-rules-rrule-unreadable").with("value", text).with("reason", e.to_string()),
        )
    })?;
    if parsed.get_count().is_none() && parsed.get_until().is_none() {
        return Err(Error::validation("rrule", Sentence::new("error-rrule-never-ends")));
    }
    Ok(parsed)
}

impl Series {
    /// What every series of a plan keeps: its rule parses and ends, its start reads.
    pub fn check(&self) -> Result<()> {
        parse_rule(&self.rrule)?;
        SeriesStart::parse("dtstart", &self.dtstart).map(|_| ())
    }
}

/// One occurrence: its start as the rule gives it (the recurrence id) and its schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    /// Its start as the rule gives it.
    pub recurrence_id: String,
    /// Its schedule.
    pub schedule: Schedule,
}
