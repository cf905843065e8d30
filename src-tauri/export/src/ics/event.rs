//! The VEVENTs of a calendar export, built as calcard components: an item, a series'
//! master event, a campaign and a key date, each with the UID, stamps and SEQUENCE its
//! row's revision gives, and the plan zone's VTIMEZONE added once at the end.

use std::collections::HashMap;

use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarEntry, ICalendarParameter, ICalendarParameterName,
    ICalendarProperty, ICalendarStatus, ICalendarTransparency, ICalendarValue, ICalendarValueType,
};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

use super::IcsCalendar;
use crate::domain::series::SeriesStart;
use crate::domain::{Campaign, ContentItem, ItemStatus, KeyDate, Schedule, Series};
use crate::schedule::series::until_in_zone;
use crate::store::journal::Revision;

/// What every event reads besides its own row.
pub(super) struct EventFacts<'a> {
    /// The plan's zone.
    pub tz: Tz,
    /// The stamp of rows the journal has no time for.
    pub now: DateTime<Utc>,
    /// Each row's revision.
    pub revisions: &'a HashMap<Uuid, Revision>,
    /// Channel labels by id.
    pub channels: &'a HashMap<Uuid, String>,
    /// Campaign names by id.
    pub campaigns: &'a HashMap<Uuid, String>,
    /// The category a campaign's span is filed under, in the plan's language.
    pub campaign_category: &'a str,
}

/// A start as an event gives it: a day, or a wall-clock time in the plan's zone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum When {
    Day(NaiveDate),
    Local(NaiveDateTime),
}

impl When {
    /// The start an occurrence has in its series' rule (its RECURRENCE-ID).
    pub fn recurrence(start: SeriesStart, recurrence_id: &str) -> When {
        match start {
            SeriesStart::Day(d) => When::Day(recurrence_id.parse().unwrap_or(d)),
            SeriesStart::At(t) => {
                When::Local(NaiveDateTime::parse_from_str(recurrence_id, "%Y-%m-%dT%H:%M").unwrap_or(t))
            }
        }
    }
}

/// A calendar being written: its own properties, its events written out one by one as
/// they are made (a year of a plan is 12,000 events; none is kept once written), and the
/// span its timed events cover (for the VTIMEZONE, written ahead of them at the end).
pub(super) struct Calendar {
    root: ICalendarComponent,
    written: String,
    /// Where each event is in `written`, with its UID.
    spans: Vec<(Uuid, std::ops::Range<usize>)>,
    tz: Tz,
    events: usize,
    timed: Option<(i64, i64)>,
}

impl Calendar {
    /// An empty calendar with the properties every reader expects.
    pub fn new(tz: Tz) -> Calendar {
        let mut root = ICalendarComponent::new(ICalendarComponentType::VCalendar);
        root.add_property(ICalendarProperty::Version, "2.0");
        root.add_property(
            ICalendarProperty::Prodid,
            format!("-//Almanac//Almanac {}//EN", env!("CARGO_PKG_VERSION")).as_str(),
        );
        root.add_property(ICalendarProperty::Calscale, "GREGORIAN");
        // No METHOD: without one, each event's DTSTAMP is when it was last revised (RFC 5545,
        // 3.8.7.2), which is what a subscribed calendar compares.
        root.add_property(ICalendarProperty::Other("X-WR-CALNAME".into()), "Almanac");
        Calendar { root, written: String::with_capacity(1 << 20), spans: Vec::new(), tz, events: 0, timed: None }
    }

    /// An item: on its own, or (with its series and rule start) an occurrence overriding it.
    pub fn item(&mut self, facts: &EventFacts, item: &ContentItem, occurrence: Option<(Uuid, When)>) {
        let uid = occurrence.map_or(item.id, |(series, _)| series);
        let mut event = event(uid, facts.revisions.get(&item.id), facts.now);
        if let Some((_, start)) = occurrence {
            event.entries.push(self.when(ICalendarProperty::RecurrenceId, start));
        }
        match item.schedule {
            Schedule::Unscheduled => return,
            Schedule::AllDay { date } => self.all_day(&mut event, date, date),
            Schedule::At { utc } => {
                let local = utc.with_timezone(&self.tz).naive_local();
                event.entries.push(self.when(ICalendarProperty::Dtstart, When::Local(local)));
            }
        }
        describe(&mut event, facts, item);
        self.push(uid, event);
    }

    /// A series' master event: its template from the rule's start, with its rule and the
    /// rule's starts it leaves out.
    pub fn series(&mut self, facts: &EventFacts, series: &Series, start: SeriesStart, excluded: &[String]) {
        let mut event = event(series.id, facts.revisions.get(&series.id), facts.now);
        let rule = series.rrule.trim().trim_start_matches("RRULE:");
        let rule = match start {
            SeriesStart::Day(d) => {
                self.all_day(&mut event, d, d);
                rule.to_string()
            }
            SeriesStart::At(t) => {
                event.entries.push(self.when(ICalendarProperty::Dtstart, When::Local(t)));
                // UNTIL beside a zoned start is UTC (RFC 5545, 3.3.10).
                until_in_zone(rule, self.tz)
            }
        };
        event.add_property(ICalendarProperty::Rrule, rule.as_str());
        for id in excluded {
            event.entries.push(self.when(ICalendarProperty::Exdate, When::recurrence(start, id)));
        }
        describe(&mut event, facts, &series.template);
        if let Some(last) = until(&rule) {
            self.cover(last);
        }
        self.push(series.id, event);
    }

    /// A campaign as an all-day span.
    pub fn campaign(&mut self, facts: &EventFacts, campaign: &Campaign) {
        let mut event = event(campaign.id, facts.revisions.get(&campaign.id), facts.now);
        self.all_day(&mut event, campaign.start_date, campaign.end_date);
        text(&mut event, ICalendarProperty::Summary, clean(&campaign.name));
        if !campaign.core_message.trim().is_empty() {
            text(&mut event, ICalendarProperty::Description, clean(&campaign.core_message));
        }
        categories(&mut event, [facts.campaign_category.to_string()]);
        event.add_property(ICalendarProperty::Transp, ICalendarValue::Transparency(ICalendarTransparency::Transparent));
        self.push(campaign.id, event);
    }

    /// A key date or blackout period as an all-day span.
    pub fn key_date(&mut self, facts: &EventFacts, key_date: &KeyDate) {
        let mut event = event(key_date.id, facts.revisions.get(&key_date.id), facts.now);
        self.all_day(&mut event, key_date.starts_on, key_date.ends_on);
        text(&mut event, ICalendarProperty::Summary, clean(&key_date.name));
        let about: Vec<&str> =
            [key_date.region.as_str(), key_date.source.as_str()].into_iter().filter(|s| !s.trim().is_empty()).collect();
        if !about.is_empty() {
            text(&mut event, ICalendarProperty::Description, clean(&about.join("\n")));
        }
        let mut tags = vec!["Key date".to_string()];
        if key_date.blackout_level.is_some() {
            tags.push("Blackout".to_string());
        }
        categories(&mut event, tags);
        event.add_property(ICalendarProperty::Transp, ICalendarValue::Transparency(ICalendarTransparency::Transparent));
        self.push(key_date.id, event);
    }

    /// Adds the events of `later`, written for this calendar, after its own.
    pub fn append(&mut self, later: Calendar) {
        let offset = self.written.len();
        self.spans.extend(later.spans.into_iter().map(|(uid, r)| (uid, r.start + offset..r.end + offset)));
        self.written.push_str(&later.written);
        self.events += later.events;
        if let Some((from, to)) = later.timed {
            self.cover(from);
            self.cover(to);
        }
    }

    /// The text: the calendar's properties, the plan zone's VTIMEZONE when a timed event
    /// needs it, then the events.
    pub fn finish(self) -> IcsCalendar {
        let mut text = String::with_capacity(self.written.len() + 4096);
        // Writing into a String cannot fail.
        let _ = self.write_head(&mut text);
        text.push_str(&self.written);
        text.push_str("END:VCALENDAR\r\n");
        IcsCalendar { text, events: self.events }
    }

    /// One calendar object per UID, each with the calendar's head and its events.
    pub fn resources(self) -> Vec<(Uuid, String)> {
        let mut head = String::new();
        // Writing into a String cannot fail.
        let _ = self.write_head(&mut head);
        let mut order: Vec<Uuid> = Vec::new();
        let mut by_uid: HashMap<Uuid, Vec<std::ops::Range<usize>>> = HashMap::new();
        for (uid, range) in self.spans {
            let spans = by_uid.entry(uid).or_default();
            if spans.is_empty() {
                order.push(uid);
            }
            spans.push(range);
        }
        order
            .into_iter()
            .map(|uid| {
                let mut text = head.clone();
                by_uid.get(&uid).into_iter().flatten().for_each(|r| text.push_str(&self.written[r.clone()]));
                text.push_str("END:VCALENDAR\r\n");
                (uid, text)
            })
            .collect()
    }

    fn write_head(&self, out: &mut String) -> std::fmt::Result {
        out.push_str("BEGIN:VCALENDAR\r\n");
        for entry in &self.root.entries {
            entry.write_to(out)?;
        }
        if let (Some((from, to)), false) = (self.timed, self.tz == Tz::UTC) {
            // calcard writes the zone's observances from the zone database; the calendar
            // lines around them are this calendar's own.
            let year = 366 * 86_400;
            let mut zone = ICalendar { components: vec![ICalendarComponent::new(ICalendarComponentType::VCalendar)] };
            zone.add_timezone(self.tz.name(), from - year, to + year);
            let text = zone.to_string();
            let inner = text.strip_prefix("BEGIN:VCALENDAR\r\n").and_then(|t| t.strip_suffix("END:VCALENDAR\r\n"));
            out.push_str(inner.unwrap_or_default());
        }
        Ok(())
    }

    /// Writes the event out (calcard folds and escapes each property) and lets it go.
    fn push(&mut self, uid: Uuid, event: ICalendarComponent) {
        let start = self.written.len();
        self.written.push_str("BEGIN:VEVENT\r\n");
        for entry in &event.entries {
            // Writing into a String cannot fail.
            let _ = entry.write_to(&mut self.written);
        }
        self.written.push_str("END:VEVENT\r\n");
        self.spans.push((uid, start..self.written.len()));
        self.events += 1;
    }

    /// DTSTART and the exclusive DTEND of the days from `first` to `last`.
    fn all_day(&mut self, event: &mut ICalendarComponent, first: NaiveDate, last: NaiveDate) {
        event.entries.push(self.when(ICalendarProperty::Dtstart, When::Day(first)));
        let end = last.max(first).succ_opt().unwrap_or(last);
        event.entries.push(self.when(ICalendarProperty::Dtend, When::Day(end)));
    }

    /// A date property: `VALUE=DATE`, or the plan zone's wall clock with its TZID (UTC with `Z`).
    fn when(&mut self, name: ICalendarProperty, when: When) -> ICalendarEntry {
        match when {
            When::Day(d) => ICalendarEntry::new(name)
                .with_param(ICalendarParameter::new(ICalendarParameterName::Value, ICalendarValueType::Date))
                .with_value(date(d)),
            When::Local(t) => {
                let instant = self.tz.from_local_datetime(&t).earliest().map_or(t.and_utc(), |i| i.with_timezone(&Utc));
                self.cover(instant.timestamp());
                if self.tz == Tz::UTC {
                    return ICalendarEntry::new(name).with_value(utc(instant));
                }
                ICalendarEntry::new(name)
                    .with_param(ICalendarParameter::new(ICalendarParameterName::Tzid, self.tz.name().to_string()))
                    .with_value(local(t))
            }
        }
    }

    fn cover(&mut self, at: i64) {
        self.timed = Some(self.timed.map_or((at, at), |(a, b)| (a.min(at), b.max(at))));
    }
}

/// The last start a timed rule can reach, from its UTC UNTIL (for the VTIMEZONE's span);
/// a COUNT rule's starts are covered by its EXDATEs and the zone's year of margin.
fn until(rule: &str) -> Option<i64> {
    let until = rule.split(';').find_map(|p| p.strip_prefix("UNTIL="))?;
    NaiveDateTime::parse_from_str(until.trim_end_matches('Z'), "%Y%m%dT%H%M%S").ok().map(|t| t.and_utc().timestamp())
}

/// An event with its UID, DTSTAMP (when its row last changed) and SEQUENCE.
fn event(uid: Uuid, revision: Option<&Revision>, now: DateTime<Utc>) -> ICalendarComponent {
    let mut event = ICalendarComponent::new(ICalendarComponentType::VEvent);
    event.entries.reserve(12);
    text(&mut event, ICalendarProperty::Uid, uid.to_string());
    event.add_dtstamp(partial_utc(revision.map_or(now, |r| r.modified)));
    event.add_sequence(revision.map_or(0, |r| i64::from(r.sequence)));
    event
}

/// A text property, given its value (no copy made).
fn text(event: &mut ICalendarComponent, name: ICalendarProperty, value: String) {
    event.entries.push(ICalendarEntry::new(name).with_value(ICalendarValue::Text(value)));
}

/// An item's (or a template's) title, copy, status and categories.
fn describe(event: &mut ICalendarComponent, facts: &EventFacts, item: &ContentItem) {
    text(event, ICalendarProperty::Summary, clean(&item.title));
    if !item.copy.trim().is_empty() {
        text(event, ICalendarProperty::Description, clean(&item.copy));
    }
    let status = match item.status {
        ItemStatus::Cancelled => ICalendarStatus::Cancelled,
        ItemStatus::Approved | ItemStatus::Scheduled | ItemStatus::Published => ICalendarStatus::Confirmed,
        _ => ICalendarStatus::Tentative,
    };
    event.add_property(ICalendarProperty::Status, ICalendarValue::Status(status));
    let mut tags = Vec::with_capacity(3);
    if let Some(channel) = facts.channels.get(&item.channel_id) {
        tags.push(channel.clone());
    }
    if let Some(campaign) = item.campaign_id.and_then(|id| facts.campaigns.get(&id)) {
        tags.push(campaign.clone());
    }
    tags.push(item.status.label().to_string());
    categories(event, tags);
    // A post does not make anyone busy: Outlook's free/busy stays free.
    event.add_property(ICalendarProperty::Transp, ICalendarValue::Transparency(ICalendarTransparency::Transparent));
}

fn categories(event: &mut ICalendarComponent, tags: impl IntoIterator<Item = String>) {
    let values: Vec<ICalendarValue> = tags
        .into_iter()
        .map(|t| clean(&t).replace('\n', " "))
        .filter(|t| !t.is_empty())
        .map(ICalendarValue::Text)
        .collect();
    if !values.is_empty() {
        event.entries.push(ICalendarEntry::new(ICalendarProperty::Categories).with_values(values));
    }
}

/// Text as RFC 5545 allows it: line breaks as LF (written `\n`), no other control
/// characters but tab (a stray CR or NUL from a pasted document would break readers).
pub(super) fn clean(text: &str) -> String {
    if !text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return text.to_string();
    }
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect()
}

fn partial_date(d: NaiveDate) -> PartialDateTime {
    PartialDateTime {
        year: Some(d.year() as u16),
        month: Some(d.month() as u8),
        day: Some(d.day() as u8),
        ..PartialDateTime::default()
    }
}

fn partial_local(t: NaiveDateTime) -> PartialDateTime {
    PartialDateTime {
        hour: Some(t.hour() as u8),
        minute: Some(t.minute() as u8),
        second: Some(t.second() as u8),
        ..partial_date(t.date())
    }
}

fn partial_utc(t: DateTime<Utc>) -> PartialDateTime {
    PartialDateTime { tz_hour: Some(0), tz_minute: Some(0), ..partial_local(t.naive_utc()) }
}

fn date(d: NaiveDate) -> ICalendarValue {
    ICalendarValue::PartialDateTime(Box::new(partial_date(d)))
}

fn local(t: NaiveDateTime) -> ICalendarValue {
    ICalendarValue::PartialDateTime(Box::new(partial_local(t)))
}

fn utc(t: DateTime<Utc>) -> ICalendarValue {
    ICalendarValue::PartialDateTime(Box::new(partial_utc(t)))
}
