//! Changes that reached the plan from elsewhere (the team's, pulled; another process's
//! commit to the plan's file), as an open window redraws them: when they changed items
//! alone, the items' new rows and the findings they changed, the cached checker brought
//! up to date on the days and weeks they touch rather than rebuilt. Anything else (a
//! campaign, a deleted item, a burst) is redrawn by asking again.

use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use super::findings::CheckCache;
use super::items::{self, CalendarEntry};
use super::settings;
use crate::domain::ContentItem;
use crate::error::Result;
use crate::schedule::findings::{ItemFindings, PlanItem};
use crate::store::records::Record;
use crate::store::Store;

/// The most items drawn one by one from a change; a bigger one is drawn by asking again.
const DRAWN_ONE_BY_ONE: usize = 50;

/// Items changed elsewhere, as the views draw them without asking again.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemsArrived {
    /// Each item changed, as the calendar draws it.
    pub entries: Vec<CalendarEntry>,
    /// The findings now standing of every item whose findings the changes may have
    /// altered (the items' own included).
    pub badges: Vec<ItemFindings>,
}

/// What changed after the journal's position `since`, when it was items alone (none
/// deleted, at most a few dozen); the checker is then current without a rebuild. None
/// when the change must be redrawn by asking again: the checkers are then forgotten.
pub fn arrived(store: &Store, cache: &mut CheckCache, since: i64) -> Result<Option<ItemsArrived>> {
    let rows = store.changed_since(since)?;
    if rows.is_empty() {
        return Ok(Some(ItemsArrived::default()));
    }
    let changed = if rows.len() > DRAWN_ONE_BY_ONE { None } else { items_of(store, &rows)? };
    let Some(changed) = changed else {
        cache.clear();
        return Ok(None);
    };
    let tz = settings::get(store)?.tz();
    let plan_items: Vec<PlanItem> = changed.iter().map(|item| PlanItem::new(item, tz)).collect();
    let Some(badges) = cache.caught_up(store, since, &plan_items)? else { return Ok(None) };
    let entries = changed.iter().map(|item| items::entry(store, item, tz)).collect::<Result<_>>()?;
    Ok(Some(ItemsArrived { entries, badges }))
}

/// The items the changed rows are, or None if a row is something else or is gone.
fn items_of(store: &Store, rows: &[(String, String)]) -> Result<Option<Vec<ContentItem>>> {
    let mut out = Vec::with_capacity(rows.len());
    for (entity, id) in rows {
        let id = Uuid::parse_str(id).ok().filter(|_| entity == ContentItem::ENTITY);
        let Some(id) = id else { return Ok(None) };
        match ContentItem::load(store.conn(), id)? {
            Some(item) => out.push(item),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}
