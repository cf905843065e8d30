//! Crisis pause: everything scheduled in a window (on every channel or chosen ones)
//! put on hold in one change, with a reason, until resumed; resuming restores the
//! items where they were or re-flows them after the window, keeping their order.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{referenced, settings, short_title, target, Sentence};
use crate::domain::timing::{local_to_utc, start_of_day_utc};
use crate::domain::{validate, Channel, ContentItem, CrisisPause, HeldItem, ItemStatus, Schedule};
use crate::error::{Error, Result};
use crate::schedule::facts::still_to_go_out;
use crate::store::records::{items as item_rows, pauses, Record};
use crate::store::Store;

/// A pause as its form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PauseDraft {
    /// Why the plan is paused.
    pub reason: String,
    /// Plan-zone wall clock, `2027-03-31T09:30`.
    pub from: String,
    /// Plan-zone wall clock, exclusive.
    pub to: String,
    /// Empty: every channel.
    pub channel_ids: Vec<String>,
}

/// How a resumed pause gives held items back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ResumeMode {
    /// Every held item back as it was, on its date.
    Restore,
    /// Held items move after the window by its length, in the same order and spacing.
    Reflow,
}

/// The pause in force, if any.
pub fn active(store: &Store) -> Result<Option<CrisisPause>> {
    pauses::active(store.conn())
}

/// Every pause, latest first.
pub fn list(store: &Store) -> Result<Vec<CrisisPause>> {
    pauses::latest_first(store.conn())
}

/// Puts every item going out in the window on hold, as one undoable change.
pub fn pause(store: &mut Store, draft: &PauseDraft, now: DateTime<Utc>) -> Result<CrisisPause> {
    if active(store)?.is_some() {
        return Err(Error::conflict(Sentence::new("error-rules-pause-in-force")));
    }
    let tz = settings::get(store)?.tz();
    let reason = validate::text("reason", &draft.reason, validate::MAX_SHORT, true)?;
    let starts_at = local_to_utc(validate::local_date_time("from", &draft.from)?, tz)
        .map_err(|_| Error::validation("from", Sentence::new("error-time-missing-in-zone")))?;
    let ends_at = local_to_utc(validate::local_date_time("to", &draft.to)?, tz)
        .map_err(|_| Error::validation("to", Sentence::new("error-time-missing-in-zone")))?;
    if ends_at <= starts_at {
        return Err(Error::validation("to", Sentence::new("error-pause-order")));
    }
    if ends_at - starts_at > chrono::Duration::days(366) {
        return Err(Error::validation("to", Sentence::new("error-pause-too-long")));
    }
    let channel_ids = validate::ids("channelIds", &draft.channel_ids)?;
    for c in &channel_ids {
        referenced::<Channel>(store, "channelIds", *c)?;
    }
    let items = held_items(store, starts_at, ends_at, &channel_ids, tz)?;
    let record = CrisisPause {
        id: Uuid::now_v7(),
        reason,
        starts_at,
        ends_at,
        channel_ids,
        held: items.iter().map(|i| HeldItem { item_id: i.id, status: i.status }).collect(),
        paused_at: now,
        resumed_at: None,
    };
    store.write(
        &Sentence::new("history-pause").with("count", items.len()).with("reason", short_title(&record.reason)),
        |b| {
            for before in &items {
                b.update(before, &ContentItem { status: ItemStatus::OnHold, ..before.clone() })?;
            }
            b.insert(&record)
        },
    )?;
    Ok(record)
}

/// The items going out in the window that a pause holds: not published, cancelled or held already.
fn held_items(
    store: &Store,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    channels: &[Uuid],
    tz: chrono_tz::Tz,
) -> Result<Vec<ContentItem>> {
    let (first_day, last_day) = (from.with_timezone(&tz).date_naive(), to.with_timezone(&tz).date_naive());
    let candidates: Vec<ContentItem> = item_rows::going_out(store.conn(), (from, to), (first_day, last_day))?;
    Ok(candidates
        .into_iter()
        .filter(|i| still_to_go_out(i.status))
        .filter(|i| channels.is_empty() || channels.contains(&i.channel_id))
        .filter(|i| match i.schedule {
            // An all-day item is held if its day starts inside the window.
            Schedule::AllDay { date } => {
                let t = start_of_day_utc(date, tz);
                from <= t && t < to
            }
            _ => true,
        })
        .collect())
}

/// Ends a pause: held items get their status back, and with `Reflow` move on by the
/// pause's length on the wall clock (a 3-hour pause moves 10:00 to 13:00; all-day items
/// move by its whole days, rounded). Items changed by hand since
/// the pause (no longer on hold) are left as they are.
pub fn resume(store: &mut Store, id: &str, mode: ResumeMode, now: DateTime<Utc>) -> Result<CrisisPause> {
    let before: CrisisPause = target(store, id)?;
    if before.resumed_at.is_some() {
        return Err(Error::conflict(Sentence::new("error-rules-pause-resumed")));
    }
    let tz = settings::get(store)?.tz();
    let length = before.ends_at - before.starts_at;
    let mut changes = Vec::new();
    for held in &before.held {
        let Some(item) = ContentItem::load(store.conn(), held.item_id)? else {
            continue;
        };
        if item.status != ItemStatus::OnHold {
            continue;
        }
        let schedule = match mode {
            ResumeMode::Restore => item.schedule,
            ResumeMode::Reflow => item.schedule.moved_by(length, tz).schedule,
        };
        changes.push((item.clone(), ContentItem { status: held.status, schedule, ..item }));
    }
    let after = CrisisPause { resumed_at: Some(now), ..before.clone() };
    let id = match mode {
        ResumeMode::Restore => "history-resume",
        ResumeMode::Reflow => "history-resume-reflow",
    };
    let label = Sentence::new(id).with("count", changes.len()).with("reason", short_title(&before.reason));
    store.write(&label, |b| {
        for (was, is) in &changes {
            b.update(was, is)?;
        }
        b.update(&before, &after)
    })?;
    Ok(after)
}
