//! The plan as an iCalendar (RFC 5545) file for Outlook, Google, Apple Calendar and
//! Thunderbird: items at their time in the plan's zone (with its VTIMEZONE) or all day,
//! a series as one event with its rule, the occurrences it leaves out and the ones edited
//! on their own, and optionally campaigns and key dates as all-day spans. UIDs are the
//! rows' ids and SEQUENCE grows with each change to a row (the same on every laptop of a
//! team), so a subscribed calendar updates in place. Written by calcard, which folds and
//! escapes.

mod event;

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::Selection;
use crate::domain::series::SeriesStart;
use crate::domain::{ContentItem, Series};
use crate::error::Result;
use crate::ops::settings;
use crate::schedule::series::expand;
use crate::store::journal::revisions;
use crate::store::records::{campaigns, channels as channel_rows, key_dates, series as series_rows};
use crate::store::Store;
use crate::words::Words;

use event::{Calendar, EventFacts, When};

/// What goes into a calendar file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct IcsOptions {
    /// Which items, over which days.
    pub selection: Selection,
    /// Campaigns as all-day spans.
    pub campaigns: bool,
    /// Key dates and blackout periods as all-day spans.
    pub key_dates: bool,
}

/// A calendar file's text and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct IcsCalendar {
    /// The iCalendar text (CRLF lines, folded at 75 octets).
    pub text: String,
    /// How many events (VEVENTs) it holds, overrides of a series included.
    pub events: usize,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct IcsWritten {
    /// The file written.
    pub path: String,
    /// The events in it.
    pub events: u32,
}

/// The calendar of the plan as `options` ask; `now` stamps rows the journal has no time for.
pub fn calendar(store: &Store, options: &IcsOptions, now: DateTime<Utc>) -> Result<IcsCalendar> {
    Ok(build(store, options, now)?.finish())
}

/// The same calendar as one iCalendar object per event UID (a series with its overrides
/// is one), each with the calendar's properties and VTIMEZONE: what a CalDAV collection
/// stores, one resource each (RFC 4791, 4.1). In the order the events are written.
pub fn resources(store: &Store, options: &IcsOptions, now: DateTime<Utc>) -> Result<Vec<(Uuid, String)>> {
    Ok(build(store, options, now)?.resources())
}

fn build(store: &Store, options: &IcsOptions, now: DateTime<Utc>) -> Result<Calendar> {
    let settings = settings::get(store)?;
    let (tz, words) = (settings.tz(), Words::for_locale(&settings.locale));
    let (first, last) = options.selection.days()?;
    let items = options.selection.items(store, tz)?;
    let conn = store.conn();
    let revisions = revisions(conn, &["contentItem", "series", "campaign", "keyDate"])?;
    let channel_labels: HashMap<Uuid, String> =
        channel_rows::in_order(conn)?.iter().map(|c| (c.id, c.name().in_words(&words))).collect();
    let all_campaigns = campaigns::all(conn)?;
    let campaign_names: HashMap<Uuid, String> = all_campaigns.iter().map(|c| (c.id, c.name.clone())).collect();
    let campaign_category = words.text("exports-calendar-category-campaign");
    let facts = EventFacts {
        tz,
        now,
        revisions: &revisions,
        channels: &channel_labels,
        campaigns: &campaign_names,
        campaign_category: &campaign_category,
    };

    let (singles, by_series) = split_series(items);
    let all_series: HashMap<Uuid, Series> = series_rows::all(conn)?.into_iter().map(|s| (s.id, s)).collect();
    let key_dates = if options.key_dates { key_dates::overlapping(conn, first, last)? } else { Vec::new() };
    // The first half of the items is written on a second core while this one writes the
    // rest; the halves are joined in order, so the file is the same as written in one go.
    let (head, tail) = singles.split_at(singles.len() / 2);
    let (mut cal, rest) = std::thread::scope(|scope| -> Result<(Calendar, Calendar)> {
        let first_half = scope.spawn(|| {
            let mut part = Calendar::new(tz);
            head.iter().for_each(|item| part.item(&facts, item, None));
            part
        });
        let mut rest = Calendar::new(tz);
        tail.iter().for_each(|item| rest.item(&facts, item, None));
        for (series_id, kept) in by_series {
            match all_series.get(&series_id) {
                Some(series) => write_series(&mut rest, &facts, series, &kept)?,
                // A series row gone missing: its items still go out, each on its own.
                None => kept.iter().for_each(|item| rest.item(&facts, item, None)),
            }
        }
        if options.campaigns {
            for c in all_campaigns.iter().filter(|c| c.start_date <= last && c.end_date >= first) {
                rest.campaign(&facts, c);
            }
        }
        key_dates.iter().for_each(|k| rest.key_date(&facts, k));
        Ok((first_half.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), rest))
    })?;
    cal.append(rest);
    Ok(cal)
}

/// Writes the calendar to `path` atomically.
pub fn export(store: &Store, options: &IcsOptions, now: DateTime<Utc>, path: &Path) -> Result<IcsWritten> {
    let calendar = calendar(store, options, now)?;
    super::write_atomically("out", path, calendar.text.as_bytes())?;
    Ok(IcsWritten { path: path.display().to_string(), events: calendar.events as u32 })
}

/// The items on their own, and the occurrences kept by the export, by series.
fn split_series(items: Vec<ContentItem>) -> (Vec<ContentItem>, Vec<(Uuid, Vec<ContentItem>)>) {
    let mut singles = Vec::new();
    let mut order: Vec<Uuid> = Vec::new();
    let mut by_series: HashMap<Uuid, Vec<ContentItem>> = HashMap::new();
    for item in items {
        match item.series_id {
            Some(id) => {
                if !by_series.contains_key(&id) {
                    order.push(id);
                }
                by_series.entry(id).or_default().push(item);
            }
            None => singles.push(item),
        }
    }
    let grouped = order.into_iter().map(|id| (id, by_series.remove(&id).unwrap_or_default())).collect();
    (singles, grouped)
}

/// A series as its rule, with an EXDATE for every start of the rule the export does not
/// keep (deleted, filtered out, outside the window, moved to the backlog) and an override
/// for every kept occurrence that is not the template at its rule's start.
fn write_series(cal: &mut Calendar, facts: &EventFacts, series: &Series, kept: &[ContentItem]) -> Result<()> {
    let start = SeriesStart::parse("dtstart", &series.dtstart)?;
    let rule_starts = expand(&series.rrule, start, facts.tz, &series.exceptions)?;
    let kept_by_start: HashMap<&str, &ContentItem> =
        kept.iter().filter_map(|i| i.recurrence_id.as_deref().map(|r| (r, i))).collect();
    let mut excluded: Vec<String> = series.exceptions.clone();
    let mut overrides = Vec::new();
    for occurrence in &rule_starts {
        match kept_by_start.get(occurrence.recurrence_id.as_str()) {
            None => excluded.push(occurrence.recurrence_id.clone()),
            Some(item) if item.detached || item.schedule != occurrence.schedule || differs(item, &series.template) => {
                overrides.push((occurrence.recurrence_id.as_str(), *item));
            }
            Some(_) => {}
        }
    }
    let in_rule =
        |i: &&ContentItem| i.recurrence_id.as_deref().is_some_and(|r| rule_starts.iter().any(|o| o.recurrence_id == r));
    // Occurrences the rule no longer yields go out as events of their own.
    for stray in kept.iter().filter(|i| !in_rule(i)) {
        cal.item(facts, stray, None);
    }
    if excluded.len() == series.exceptions.len() + rule_starts.len() {
        return Ok(());
    }
    cal.series(facts, series, start, &excluded);
    for (recurrence_id, item) in overrides {
        cal.item(facts, item, Some((series.id, When::recurrence(start, recurrence_id))));
    }
    Ok(())
}

/// An occurrence that says something the series' template does not.
fn differs(item: &ContentItem, template: &ContentItem) -> bool {
    item.title != template.title
        || item.copy != template.copy
        || item.status != template.status
        || item.channel_id != template.channel_id
        || item.campaign_id != template.campaign_id
}
