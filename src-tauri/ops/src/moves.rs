//! The one move: an item to another day, time or the backlog, and in the grid to another
//! channel, campaign or owner, checked with the year's cached checker and written as one
//! journal change, answering what the view redraws. The Move dialog's preview is the same
//! operation run dry. Every move of the app, the command line and the tests comes here.

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use specta::Type;

use super::findings::CheckCache;
use super::items::{self, reviewed, CalendarEntry};
use super::{referenced, settings, target, Sentence};
use crate::domain::{validate, Campaign, Channel, ContentItem, MoveTo, Reassign, Schedule};
use crate::error::Result;
use crate::schedule::findings::{Finding, ItemFindings, PlanItem, Recorded};
use crate::schedule::review::back_to_review;
use crate::store::{HistoryState, Store};

/// A move as the view that made it redraws it, without asking again.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MoveOutcome {
    /// The item where it now is, as the calendar draws it.
    pub entry: CalendarEntry,
    /// The findings the move created.
    pub created: Vec<Finding>,
    /// The findings now standing of the item and of every item whose findings the move
    /// may have changed (empty for a dry run).
    pub badges: Vec<ItemFindings>,
    /// Undo and redo after the move.
    pub history: HistoryState,
    /// The journal's position after the move: the change event it sends carries the same.
    // A journal row id, sent as a plain JSON number (exact in JavaScript up to 2^53).
    #[specta(type = u32)]
    pub version: i64,
}

/// The year a move is checked in: the item's new day's, else its old day's, else now's.
fn year_of(after: &PlanItem, before: &PlanItem, now: DateTime<Utc>) -> i32 {
    after.day.or(before.day).map_or(now.year(), |d| d.year())
}

/// Moves an item (to a day, a time or the backlog, and in the grid to another channel,
/// campaign or owner) and returns what the view needs to redraw it: the findings it
/// created, recomputing only the days and weeks it touches. The target is resolved
/// once, for the check and the write alike. With `dry_run`, the same answer without
/// the move: what the Move dialog previews.
pub fn move_item(
    store: &mut Store,
    cache: &mut CheckCache,
    id: &str,
    to: &MoveTo,
    now: DateTime<Utc>,
    dry_run: bool,
) -> Result<MoveOutcome> {
    let before: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    let after = moved(store, &before, to, tz)?;
    let (old, new) = (PlanItem::new(&before, tz), PlanItem::new(&after, tz));
    // The checker of the year the item lands in (rebuilt if it held another year).
    let checker = cache.checker(store, year_of(&new, &old, now), now)?;
    let mut recorded = if dry_run {
        Recorded { created: checker.preview_item(new), badges: vec![] }
    } else {
        write_move(store, &before, &after)?;
        cache.written(store, new)?
    };
    recorded.created.extend(back_to_review(&before, &after));
    Ok(MoveOutcome {
        entry: items::entry(store, &after, tz)?,
        created: recorded.created,
        badges: recorded.badges,
        history: store.history()?,
        version: store.version()?,
    })
}

/// The item as a move to `to` leaves it, the channel, campaign or owner it is given
/// checked, back in review if its brand asks that of a move; nothing is written.
pub fn moved(store: &Store, before: &ContentItem, to: &MoveTo, tz: Tz) -> Result<ContentItem> {
    // A moved occurrence of a series keeps its place when the whole series is edited.
    let mut after =
        ContentItem { schedule: to.when.resolve(tz)?, detached: before.series_id.is_some(), ..before.clone() };
    let optional = |field: &str, id: &Option<String>| id.as_deref().map(|id| validate::id(field, id)).transpose();
    match &to.reassign {
        None => {}
        Some(Reassign::Channel { id }) => {
            after.channel_id = referenced::<Channel>(store, "channelId", validate::id("channelId", id)?)?.id;
        }
        Some(Reassign::Campaign { id }) => {
            after.campaign_id = optional("campaignId", id)?;
            if let Some(c) = after.campaign_id {
                referenced::<Campaign>(store, "campaignId", c)?;
            }
        }
        Some(Reassign::Owner { id }) => {
            after.owner_id = optional("ownerId", id)?;
            if let Some(m) = after.owner_id {
                referenced::<crate::domain::Member>(store, "ownerId", m)?;
            }
        }
    }
    reviewed(store, before, after)
}

/// Writes a move worked out by [`moved`] as one undoable change.
pub fn write_move(store: &mut Store, before: &ContentItem, after: &ContentItem) -> Result<()> {
    let id = if matches!(after.schedule, Schedule::Unscheduled) { "history-move-to-backlog" } else { "history-move" };
    store.write(&Sentence::titled(id, &before.title), |b| b.update(before, after))
}
