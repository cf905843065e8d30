//! Recurring series as the team edits them: create one from an item and a rule (each
//! occurrence becomes an item), edit or delete one occurrence, this and the following
//! ones, or all of them — each as one undoable change.

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::items::{self, CalendarItem};
use super::{settings, target, Sentence};
use crate::domain::series::{Occurrence, SeriesStart};
use crate::domain::{ContentItem, ItemDraft, Schedule, Series, When};
use crate::error::{Error, Result};
use crate::schedule::series;
use crate::store::records::items::{self as item_rows, ItemLink};
use crate::store::{Batch, Store};

/// A new series as the repeat editor sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SeriesDraft {
    /// The item to repeat; its `when` is the first occurrence.
    pub item: ItemDraft,
    /// The RRULE value: `FREQ=WEEKLY;BYDAY=MO;COUNT=10`.
    pub rrule: String,
}

/// Which occurrences an edit or a deletion applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum SeriesScope {
    /// This occurrence only.
    One,
    /// This occurrence and the ones after it.
    Following,
    /// Every occurrence.
    All,
}

/// A series with the number of its occurrences, as the editor shows it.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SeriesSummary {
    /// The series.
    pub series: Series,
    /// How many occurrences it has in the plan.
    pub occurrences: u32,
}

fn start_of(when: &When) -> Result<SeriesStart> {
    match when {
        When::Unscheduled => Err(Error::validation("when", Sentence::new("error-series-needs-day"))),
        When::AllDay { date } => SeriesStart::parse("when", date),
        When::At { local } => SeriesStart::parse("when", local),
    }
}

fn occurrence_item(template: &ContentItem, series_id: Uuid, o: &Occurrence) -> ContentItem {
    ContentItem {
        id: Uuid::now_v7(),
        schedule: o.schedule,
        series_id: Some(series_id),
        recurrence_id: Some(o.recurrence_id.clone()),
        detached: false,
        ..template.clone()
    }
}

/// Creates a series and all its occurrences.
pub fn create(store: &mut Store, draft: &SeriesDraft) -> Result<SeriesSummary> {
    let tz = settings::get(store)?.tz();
    let template = draft.item.validate(Uuid::now_v7(), tz)?;
    items::check_references(store, &template)?;
    let start = start_of(&draft.item.when)?;
    let occurrences = series::expand(&draft.rrule, start, tz, &[])?;
    let record = Series {
        id: Uuid::now_v7(),
        rrule: draft.rrule.trim().trim_start_matches("RRULE:").to_string(),
        dtstart: start.text(),
        exceptions: vec![],
        template: ContentItem { schedule: Schedule::Unscheduled, ..template },
    };
    let made: Vec<ContentItem> = occurrences.iter().map(|o| occurrence_item(&record.template, record.id, o)).collect();
    let label = Sentence::titled("history-add-series", &record.template.title).with("count", made.len());
    store.write(&label, |b| {
        b.insert(&record)?;
        made.iter().try_for_each(|i| b.insert(i))
    })?;
    Ok(SeriesSummary { occurrences: made.len() as u32, series: record })
}

/// A series and how many occurrences it has.
pub fn get(store: &Store, id: &str) -> Result<SeriesSummary> {
    let s: Series = target(store, id)?;
    let n = item_rows::count_by(store.conn(), ItemLink::Series, s.id)?;
    Ok(SeriesSummary { series: s, occurrences: n })
}

fn occurrences_of(store: &Store, series_id: Uuid) -> Result<Vec<ContentItem>> {
    item_rows::of_series(store.conn(), series_id)
}

/// The occurrence and its series; an item that is not an occurrence is refused.
fn occurrence(store: &Store, id: &str) -> Result<(ContentItem, Series)> {
    let item: ContentItem = target(store, id)?;
    let Some(series_id) = item.series_id else {
        return Err(Error::conflict(Sentence::titled("error-rules-not-in-series", &item.title)));
    };
    let series: Series = target(store, &series_id.to_string())?;
    Ok((item, series))
}

/// The wall-clock change an edit makes to its occurrence: whole days, and a new time of day.
struct Shift {
    days: i64,
    time: Option<chrono::NaiveTime>,
}

impl Shift {
    fn between(before: &Schedule, after: &Schedule, tz: Tz) -> Shift {
        let (b, a) = (before.local_date(tz), after.local_date(tz));
        let days = match (b, a) {
            (Some(b), Some(a)) => (a - b).num_days(),
            _ => 0,
        };
        let time = match after {
            Schedule::At { utc } => Some(utc.with_timezone(&tz).time()),
            _ => None,
        };
        Shift { days, time }
    }

    /// `schedule` moved by the same days, at the new time of day where there is one.
    fn apply(&self, schedule: &Schedule, tz: Tz) -> Result<Schedule> {
        let moved = schedule.shifted(self.days, tz);
        match (moved, self.time) {
            (Schedule::At { utc }, Some(time)) => {
                let local: NaiveDateTime = utc.with_timezone(&tz).date_naive().and_time(time);
                Ok(Schedule::At { utc: crate::domain::timing::wall_clock(local, tz).0 })
            }
            (other, _) => Ok(other),
        }
    }
}

/// The edited content applied to an occurrence, its own schedule and identity kept.
fn with_content(occurrence: &ContentItem, edited: &ContentItem) -> ContentItem {
    ContentItem {
        id: occurrence.id,
        schedule: occurrence.schedule,
        series_id: occurrence.series_id,
        recurrence_id: occurrence.recurrence_id.clone(),
        detached: occurrence.detached,
        translation_group: occurrence.translation_group,
        ..edited.clone()
    }
}

/// Edits an occurrence, this and the following ones, or all of them.
pub fn edit(store: &mut Store, id: &str, draft: &ItemDraft, scope: SeriesScope) -> Result<CalendarItem> {
    let (item, series) = occurrence(store, id)?;
    if scope == SeriesScope::One {
        // An occurrence edited on its own is an item edit: it keeps its series and detaches.
        return items::update(store, id, draft);
    }
    let tz = settings::get(store)?.tz();
    let edited = draft.validate(item.id, tz)?;
    items::check_references(store, &edited)?;
    let shift = Shift::between(&item.schedule, &edited.schedule, tz);
    let recurrence = item.recurrence_id.clone().unwrap_or_default();
    let all = occurrences_of(store, series.id)?;
    let affected: Vec<&ContentItem> = all
        .iter()
        .filter(|o| scope == SeriesScope::All || o.recurrence_id.as_deref().unwrap_or("") >= recurrence.as_str())
        .collect();
    let mut changes = Vec::new();
    // Occurrences edited on their own keep their edits; on a split they still move to the
    // new series, as they come after the split.
    let mut detached = Vec::new();
    for o in &affected {
        if o.detached && o.id != item.id {
            detached.push((*o).clone());
            continue;
        }
        let schedule = shift.apply(&o.schedule, tz)?;
        changes.push(((*o).clone(), ContentItem { schedule, detached: false, ..with_content(o, &edited) }));
    }
    let template = ContentItem { schedule: Schedule::Unscheduled, ..with_content(&series.template, &edited) };
    let label = match scope {
        SeriesScope::All => Sentence::titled("history-edit-series-all", &item.title),
        _ => Sentence::titled("history-edit-series-following", &item.title),
    };
    let split = if scope == SeriesScope::Following { split_at(&series, &recurrence, tz)? } else { None };
    store.write(&label, |b| {
        match &split {
            Some((old, new)) => {
                b.update(&series, old)?;
                b.insert(&Series { template: template.clone(), ..new.clone() })?;
                for (before, after) in &mut changes {
                    after.series_id = Some(new.id);
                    b.update(before, after)?;
                }
                for own in &detached {
                    b.update(own, &ContentItem { series_id: Some(new.id), ..own.clone() })?;
                }
            }
            None => {
                b.update(&series, &Series { template: template.clone(), ..series.clone() })?;
                for (before, after) in &changes {
                    b.update(before, after)?;
                }
            }
        }
        Ok(())
    })?;
    items::get(store, id)
}

/// "This and following": the series ends before `recurrence`, and a new one (with the
/// same rule, counted from there) starts at it. None when `recurrence` is the first: then
/// the whole series is edited in place.
fn split_at(series: &Series, recurrence: &str, tz: Tz) -> Result<Option<(Series, Series)>> {
    let start = SeriesStart::parse("dtstart", &series.dtstart)?;
    let Some(before) = series::rule_ending_before(&series.rrule, start, tz, recurrence)? else {
        return Ok(None);
    };
    let from = series::rule_from(&series.rrule, start, tz, recurrence)?;
    let old = Series { rrule: before, ..series.clone() };
    let new = Series {
        id: Uuid::now_v7(),
        rrule: from,
        dtstart: recurrence.to_string(),
        exceptions: series.exceptions.iter().filter(|e| e.as_str() >= recurrence).cloned().collect(),
        template: series.template.clone(),
    };
    Ok(Some((old, new)))
}

/// Deletes an occurrence (kept out of the series as an exception), this and the
/// following ones (the series ends before it), or the whole series.
pub fn delete(store: &mut Store, id: &str, scope: SeriesScope) -> Result<()> {
    let (item, series) = occurrence(store, id)?;
    if scope == SeriesScope::One {
        return items::delete(store, id);
    }
    let tz = settings::get(store)?.tz();
    let recurrence = item.recurrence_id.clone().unwrap_or_default();
    let all = occurrences_of(store, series.id)?;
    let (gone, kept_series, label): (Vec<&ContentItem>, Option<Series>, Sentence) = if scope == SeriesScope::All {
        (all.iter().collect(), None, Sentence::titled("history-delete-series", &item.title))
    } else {
        let gone = all.iter().filter(|o| o.recurrence_id.as_deref().unwrap_or("") >= recurrence.as_str()).collect();
        let start = SeriesStart::parse("dtstart", &series.dtstart)?;
        let ended = series::rule_ending_before(&series.rrule, start, tz, &recurrence)?;
        let label = Sentence::titled("history-delete-series-following", &item.title);
        (gone, ended.map(|rrule| Series { rrule, ..series.clone() }), label)
    };
    let remaining = all.len() - gone.len();
    store.write(&label, |b| {
        gone.iter().try_for_each(|o| b.delete(*o))?;
        write_series_end(b, &series, kept_series.as_ref(), remaining)
    })
}

/// Keeps the series as `kept`, or deletes it when nothing of it is left.
fn write_series_end(b: &mut Batch, series: &Series, kept: Option<&Series>, remaining: usize) -> Result<()> {
    match kept {
        Some(k) if remaining > 0 => b.update(series, k),
        _ => b.delete(series),
    }
}
