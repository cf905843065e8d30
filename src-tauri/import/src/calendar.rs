//! A public calendar (bank holidays, a council's meetings, an election timetable) read as
//! key dates or blackout periods. calcard parses real-world files (folded lines, Windows
//! and custom zone names, VTIMEZONE) and expands their recurring events; each occurrence
//! becomes the days it covers on the plan's calendar. One run decides everything (which
//! days, which are already in the plan, what the file got wrong) and writes what it lists
//! in one undoable change; the preview is that run with its dry-run flag.

use std::collections::HashSet;
use std::path::Path;

use calcard::icalendar::dates::TimeOrDelta;
use calcard::icalendar::{ICalendar, ICalendarComponentType, ICalendarProperty};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::domain::{iso, validate, BlackoutLevel, KeyDate, KeyDateCategory};
use crate::error::{Error, Result};
use crate::ops::settings;
use crate::store::backup::{snapshot, Occasion};
use crate::store::records::key_dates;
use crate::store::Store;
use almanac_model::Sentence;

/// The largest calendar file read (10 MiB; a national holiday feed is a few kilobytes).
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;
/// The most occurrences of repeating events expanded from one file.
pub const MAX_OCCURRENCES: usize = 50_000;
/// The most key dates one import adds.
pub const MAX_DATES: usize = 5_000;

/// What a calendar's events become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum CalendarImportKind {
    /// Key dates of a category (holidays, elections…).
    KeyDates,
    /// Blackout periods of a level.
    Blackouts,
}

/// How a calendar is imported.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarImportOptions {
    /// Key dates or blackout periods.
    pub kind: CalendarImportKind,
    /// The key dates' category (blackouts are always `blackout`).
    pub category: KeyDateCategory,
    /// The blackout periods' level.
    pub level: BlackoutLevel,
    /// Where they apply, if not everywhere.
    pub region: String,
    /// The first day taken (`YYYY-MM-DD`); none: 1 January of this year.
    pub from: Option<String>,
    /// The last day taken; none: 31 December two years on.
    pub to: Option<String>,
}

/// One event of the file as it would be imported.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarRow {
    /// The event's summary.
    pub name: String,
    /// Its first day on the plan's calendar.
    pub starts_on: String,
    /// Its last day.
    pub ends_on: String,
    /// Already in the plan (same name and first day): not imported again.
    pub duplicate: bool,
}

/// What an import of a calendar file would do.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarPreview {
    /// The calendar's own name (X-WR-CALNAME), or the file's.
    pub source: String,
    /// Each event in the window, by day.
    pub rows: Vec<CalendarRow>,
    /// How many would be added.
    pub added: u32,
    /// What the file got wrong: events left out, and why.
    pub problems: Vec<Sentence>,
}

/// Reads the file, lists what importing it adds and, unless `dry_run`, adds it (the
/// duplicates aside) in one undoable change after a snapshot of the plan.
pub fn import(
    store: &mut Store,
    path: &Path,
    options: &CalendarImportOptions,
    dry_run: bool,
) -> Result<CalendarPreview> {
    let preview = judge(store, path, options)?;
    let dates = key_dates_of(&preview, options)?;
    if !dry_run && !dates.is_empty() {
        snapshot(store, Occasion::BeforeImport, store.now())?;
        let id = match options.kind {
            CalendarImportKind::KeyDates => "history-import-key-dates",
            CalendarImportKind::Blackouts => "history-import-blackouts",
        };
        let label = Sentence::new(id).with("count", dates.len()).with("file", &preview.source);
        store.write(&label, |b| dates.iter().try_for_each(|d| b.insert(d)))?;
    }
    Ok(preview)
}

/// Every event of the file in the window, by day, each marked when the plan has it.
fn judge(store: &Store, path: &Path, options: &CalendarImportOptions) -> Result<CalendarPreview> {
    let tz = settings::get(store)?.tz();
    let (first, last) = window(options, store.now().with_timezone(&tz).date_naive())?;
    let (ical, source) = read(path)?;
    let mut problems = Vec::new();
    let expanded = ical.expand_dates(calcard::common::timezone::Tz::Tz(tz), MAX_OCCURRENCES);
    for e in &expanded.errors {
        let reason = format!("{:?}", e.error);
        problems.push(match summary(&ical, e.comp_id) {
            Some(name) => Sentence::new("error-files-event-left-out").with("name", name).with("reason", reason),
            None => Sentence::new("error-files-untitled-event-left-out").with("reason", reason),
        });
    }
    if expanded.events.len() >= MAX_OCCURRENCES {
        problems.push(Sentence::new("error-files-too-many-occurrences").with("max", MAX_OCCURRENCES));
    }
    let existing: HashSet<(String, NaiveDate)> = key_dates::overlapping(store.conn(), first, last)?
        .into_iter()
        .map(|k| (k.name.to_lowercase(), k.starts_on))
        .collect();
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    for event in &expanded.events {
        let name = event_name(&ical, event.comp_id);
        let end = match event.end {
            TimeOrDelta::Time(t) => t,
            TimeOrDelta::Delta(d) => event.start + d,
        };
        let (starts_on, ends_on) = if is_all_day(&ical, event.comp_id) {
            // A date is a date wherever the reader is: read it on the event's own clock.
            all_day_days(event.start.naive_local(), end.naive_local())
        } else {
            timed_days(event.start.with_timezone(&Utc), end.with_timezone(&Utc), tz)
        };
        if ends_on < first || starts_on > last || !seen.insert((name.to_lowercase(), starts_on)) {
            continue;
        }
        let duplicate = existing.contains(&(name.to_lowercase(), starts_on));
        rows.push(CalendarRow {
            name,
            starts_on: iso::date_text(starts_on),
            ends_on: iso::date_text(ends_on),
            duplicate,
        });
    }
    rows.sort_by(|a, b| (&a.starts_on, &a.name).cmp(&(&b.starts_on, &b.name)));
    let added = rows.iter().filter(|r| !r.duplicate).count();
    if added > MAX_DATES {
        return Err(Error::validation(
            "file",
            Sentence::new("error-files-too-many-dates").with("count", added).with("max", MAX_DATES),
        ));
    }
    Ok(CalendarPreview { source, rows, added: added as u32, problems })
}

/// The key dates the preview's new rows become.
fn key_dates_of(preview: &CalendarPreview, options: &CalendarImportOptions) -> Result<Vec<KeyDate>> {
    let region = validate::text("region", &options.region, validate::MAX_SHORT, false)?;
    let (category, level) = match options.kind {
        CalendarImportKind::KeyDates => (options.category, None),
        CalendarImportKind::Blackouts => (KeyDateCategory::Blackout, Some(options.level)),
    };
    let date = |row: &CalendarRow| {
        Ok(KeyDate {
            id: Uuid::now_v7(),
            name: validate::text("name", &row.name, validate::MAX_SHORT, true)?,
            starts_on: validate::date("startsOn", &row.starts_on)?,
            ends_on: validate::date("endsOn", &row.ends_on)?,
            category,
            blackout_level: level,
            region: region.clone(),
            source: preview.source.clone(),
        })
    };
    preview.rows.iter().filter(|r| !r.duplicate).map(date).collect()
}

/// The first and last day taken.
fn window(options: &CalendarImportOptions, today: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
    let day = |field: &str, text: &Option<String>, default: NaiveDate| match text.as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(t) => validate::date(field, t),
    };
    let first = day("from", &options.from, NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today))?;
    let last = day("to", &options.to, NaiveDate::from_ymd_opt(today.year() + 2, 12, 31).unwrap_or(today))?;
    if last < first {
        return Err(Error::validation("to", Sentence::new("error-before-first-day")));
    }
    Ok((first, last))
}

/// The file parsed, and the name of its source.
fn read(path: &Path) -> Result<(ICalendar, String)> {
    let bytes = super::read_bounded(path, MAX_BYTES)?;
    let text = String::from_utf8_lossy(&bytes);
    let ical = ICalendar::parse(&text).map_err(|_| Error::validation("file", Sentence::new("error-not-icalendar")))?;
    if !ical.components.iter().any(|c| c.component_type == ICalendarComponentType::VEvent) {
        return Err(Error::validation("file", Sentence::new("error-no-events")));
    }
    let own_name = ical
        .components
        .first()
        .and_then(|root| root.property(&ICalendarProperty::Other("X-WR-CALNAME".into())))
        .and_then(|e| e.values.first())
        .and_then(|v| v.as_text())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    let file_name = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    Ok((ical, own_name.unwrap_or(file_name)))
}

/// The name an event's key date gets: its summary, or "Untitled event".
fn event_name(ical: &ICalendar, comp_id: u32) -> String {
    summary(ical, comp_id).unwrap_or_else(|| "Untitled event".into())
}

/// The event's summary on one line, cut to a key date's name; none when it has none.
fn summary(ical: &ICalendar, comp_id: u32) -> Option<String> {
    let summary = ical
        .components
        .get(comp_id as usize)
        .and_then(|c| c.property(&ICalendarProperty::Summary))
        .and_then(|e| e.values.first())
        .and_then(|v| v.as_text())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    (!summary.is_empty()).then(|| summary.chars().take(validate::MAX_SHORT).collect())
}

/// Whether the event starts on a date rather than at a time.
fn is_all_day(ical: &ICalendar, comp_id: u32) -> bool {
    ical.components
        .get(comp_id as usize)
        .and_then(|c| c.property(&ICalendarProperty::Dtstart))
        .and_then(|e| e.values.first())
        .and_then(|v| v.as_partial_date_time())
        .is_some_and(|d| d.hour.is_none())
}

/// The days an all-day event covers: its end is exclusive.
fn all_day_days(start: NaiveDateTime, end: NaiveDateTime) -> (NaiveDate, NaiveDate) {
    let first = start.date();
    let last = if end <= start { first } else { (end - Duration::seconds(1)).date() };
    (first, last.max(first))
}

/// The plan-zone days a timed event covers: to the day of its last moment (a zero-length
/// event is on its start's day).
fn timed_days(start: DateTime<Utc>, end: DateTime<Utc>, tz: Tz) -> (NaiveDate, NaiveDate) {
    let first = start.with_timezone(&tz).date_naive();
    let last = if end <= start { first } else { (end - Duration::seconds(1)).with_timezone(&tz).date_naive() };
    (first, last.max(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(t: &str) -> DateTime<Utc> {
        t.parse().unwrap()
    }

    #[test]
    fn an_all_day_end_is_exclusive_and_a_timed_event_ends_on_its_last_moment() {
        let london: Tz = "Europe/London".parse().unwrap();
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let midnight = |s: &str| d(s).and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(all_day_days(midnight("2027-12-25"), midnight("2027-12-27")), (d("2027-12-25"), d("2027-12-26")));
        assert_eq!(all_day_days(midnight("2027-12-25"), midnight("2027-12-25")), (d("2027-12-25"), d("2027-12-25")));
        assert_eq!(
            timed_days(utc("2027-05-06T18:00:00Z"), utc("2027-05-06T20:00:00Z"), london),
            (d("2027-05-06"), d("2027-05-06"))
        );
        assert_eq!(
            timed_days(utc("2027-05-06T22:30:00Z"), utc("2027-05-06T23:30:00Z"), london),
            (d("2027-05-06"), d("2027-05-07")),
            "past midnight in summer time"
        );
        assert_eq!(
            timed_days(utc("2027-05-06T09:00:00Z"), utc("2027-05-06T09:00:00Z"), london),
            (d("2027-05-06"), d("2027-05-06"))
        );
    }
}
