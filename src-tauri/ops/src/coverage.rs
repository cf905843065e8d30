//! Coverage rules per objective, the items of one period, and gap filling applied
//! as one undoable change.

use chrono::{DateTime, Datelike as _, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::findings::CheckCache;
use super::items::{self, CalendarEntry, ItemFilter, WindowQuery};
use super::{referenced, settings, short_title, target, Sentence};
use crate::domain::{iso, validate, Channel, ContentItem, CoverageRule, CoverageRuleDraft, Objective, Schedule, When};
use crate::error::{Error, Result};
use crate::schedule::coverage::fill::{self, FillProposal};
use crate::schedule::coverage::serves_with;
use crate::schedule::facts::takes_a_slot;
use crate::schedule::findings::{PlanItem, WhatIf};
use crate::store::records::coverage_rules;
use crate::store::Store;

/// Every coverage rule, by objective and period.
pub fn list(store: &Store) -> Result<Vec<CoverageRule>> {
    coverage_rules::in_order(store.conn())
}

fn checked(store: &Store, id: Uuid, draft: &CoverageRuleDraft) -> Result<(CoverageRule, Objective)> {
    let channel_id = validate::optional_id("channelId", draft.channel_id.as_deref())?;
    let channel: Option<Channel> = channel_id.map(|c| referenced(store, "channelId", c)).transpose()?;
    let rule = draft.validate(id, channel.as_ref())?;
    let objective: Objective = referenced(store, "objectiveId", rule.objective_id)?;
    Ok((rule, objective))
}

/// Adds a coverage rule.
pub fn create(store: &mut Store, draft: &CoverageRuleDraft) -> Result<CoverageRule> {
    let (rule, objective) = checked(store, Uuid::now_v7(), draft)?;
    store.write(&Sentence::new("history-add-coverage-rule").with("objective", short_title(&objective.name)), |b| {
        b.insert(&rule)
    })?;
    Ok(rule)
}

/// Saves a coverage rule's form over rule `id`.
pub fn update(store: &mut Store, id: &str, draft: &CoverageRuleDraft) -> Result<CoverageRule> {
    let before: CoverageRule = target(store, id)?;
    let (after, objective) = checked(store, before.id, draft)?;
    store.write(&Sentence::new("history-edit-coverage-rule").with("objective", short_title(&objective.name)), |b| {
        b.update(&before, &after)
    })?;
    Ok(after)
}

/// Deletes a coverage rule.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let rule: CoverageRule = target(store, id)?;
    store.write(&Sentence::new("history-delete-coverage-rule"), |b| b.delete(&rule))
}

/// The items that count for a rule from `from` to `to` (both included): what a
/// coverage cell holds.
pub fn period_items(store: &Store, rule_id: &str, from: &str, to: &str) -> Result<Vec<CalendarEntry>> {
    let rule: CoverageRule = target(store, rule_id)?;
    let start = validate::date("from", from)?;
    let end = validate::date("to", to)?;
    if end < start {
        return Err(Error::validation("to", Sentence::new("error-period-ends-before-start")));
    }
    let tz = settings::get(store)?.tz();
    let query = WindowQuery {
        from: iso::date_text(start),
        to: iso::date_text(end.succ_opt().unwrap_or(end)),
        filter: ItemFilter::default(),
    };
    let entries = items::list_window(store, &query)?;
    Ok(entries
        .into_iter()
        .filter(|e| {
            let i = &e.item;
            takes_a_slot(i.status) && serves_with(&rule, &i.objective_ids, i.channel_id, i.schedule.local_date(tz))
        })
        .collect())
}

/// Backlog items proposed for the year's gaps still ahead; changes nothing.
pub fn propose_fill(store: &Store, cache: &mut CheckCache, year: i32, now: DateTime<Utc>) -> Result<FillProposal> {
    validate::year("year", year)?;
    let rules = list(store)?;
    let checker = cache.checker(store, year, now)?;
    Ok(fill::propose(checker.facts(), &rules, year))
}

/// One placement to apply: the item, where, and the objective an evergreen item takes on.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlacementChoice {
    /// The backlog item.
    pub item_id: String,
    /// Where it goes.
    pub when: When,
    /// The objective an evergreen item takes on, if any.
    pub objective_id: Option<String>,
}

/// Schedules the chosen backlog items as one undoable change. Every constraint the fill
/// keeps is checked again against the plan as it is now: an item that left the backlog,
/// or a placement the plan has since ruled out (a new blackout, a fuller day, leave), is
/// a conflict, and nothing is written.
pub fn apply_fill(
    store: &mut Store,
    cache: &mut CheckCache,
    choices: &[PlacementChoice],
    now: DateTime<Utc>,
) -> Result<usize> {
    if choices.is_empty() {
        return Err(Error::validation("placements", Sentence::new("error-nothing-to-apply")));
    }
    let tz = settings::get(store)?.tz();
    let mut changes: Vec<(ContentItem, ContentItem)> = Vec::with_capacity(choices.len());
    for c in choices {
        let before: ContentItem = target(store, &c.item_id)?;
        if before.schedule != Schedule::Unscheduled {
            return Err(Error::conflict(Sentence::titled("error-rules-no-longer-in-backlog", &before.title)));
        }
        let mut after = ContentItem { schedule: c.when.resolve(tz)?, ..before.clone() };
        if let Some(o) = validate::optional_id("objectiveId", c.objective_id.as_deref())? {
            referenced::<Objective>(store, "objectiveId", o)?;
            if !after.objective_ids.contains(&o) {
                after.objective_ids.push(o);
            }
        }
        changes.push((before, after));
    }
    stale_placement(store, cache, &changes, tz, now)?;
    let n = changes.len();
    store.write(&Sentence::new("history-fill-coverage-gaps").with("count", n), |b| {
        for (before, after) in &changes {
            b.update(before, after)?;
        }
        Ok(())
    })?;
    Ok(n)
}

/// The first finding of a kept constraint that the placements would create now, as a
/// conflict naming it.
fn stale_placement(
    store: &Store,
    cache: &mut CheckCache,
    changes: &[(ContentItem, ContentItem)],
    tz: chrono_tz::Tz,
    now: DateTime<Utc>,
) -> Result<()> {
    let years = changes.iter().filter_map(|(_, a)| a.schedule.local_date(tz)).map(|d| d.year());
    let change = WhatIf { items: changes.iter().map(|(_, a)| PlanItem::new(a, tz)).collect(), campaigns: vec![] };
    let created = super::findings::created_by(store, cache, &change, years, now)?;
    match created.iter().find(|f| fill::KEPT_CONSTRAINTS.contains(&f.kind)) {
        Some(f) => Err(Error::conflict(Sentence::new("error-gaps-changed").with("finding", f.message.clone()))),
        None => Ok(()),
    }
}
