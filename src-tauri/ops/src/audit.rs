//! The audit trail of a window (a pre-election period, a crisis): every item dated in it,
//! when and by whom it was first planned for its day, and every change after, from the
//! journal, the approvers' decisions and the decision log (an election's exemptions, with
//! who decided them). What the CSV, the PDF and the app all show.

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{channels, comments, settings, Sentence};
pub use crate::domain::audit::ItemChange;
use crate::domain::audit::{describe, first_planned_for, when};
use crate::domain::comment::Subject;
use crate::domain::hlc::Hlc;
use crate::domain::{Approval, ContentItem, Decision, ItemStatus, LoggedDecision};
use crate::error::Result;
use crate::selection::Selection;
use crate::store::journal::{row_entries, RowEntry};
use crate::store::records::{approvals, Record};
use crate::store::Store;

/// The window asked for: both days included, in the plan's zone.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditQuery {
    /// The first day, `YYYY-MM-DD`.
    pub from: String,
    /// The last day, included.
    pub to: String,
}

/// What a person did that changed an item.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind", content = "name")]
pub enum AuditAction {
    /// A change of the plan, as the journal named it when it was made (`Move “Open day”`).
    Named(Sentence),
    /// An approver's approval.
    Approve,
    /// An approver's request for changes.
    RequestChanges,
}

/// One change to an item: when (the plan's wall clock), who, and what.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditChange {
    /// `YYYY-MM-DD HH:MM` on the plan's clock.
    pub at: String,
    /// The person (on this laptop, the team member, or the approver).
    pub by: String,
    /// What they did.
    pub action: AuditAction,
    /// What it did to this item.
    pub change: Vec<ItemChange>,
}

/// An item dated in the window, with its history.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    /// The item's id.
    pub item_id: uuid::Uuid,
    /// Its title.
    pub title: String,
    /// Its channel, in each reader's words.
    pub channel: Sentence,
    /// Its status now.
    pub status: ItemStatus,
    /// When it goes out on the plan's clock (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`); None in the backlog.
    pub goes_out: Option<String>,
    /// When, and by whom, it was first planned for the day it goes out on.
    pub first_planned: Option<AuditChange>,
    /// Every change after that, oldest first.
    pub later: Vec<AuditChange>,
}

/// The audit trail of a window.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditTrail {
    /// The organisation whose plan it is.
    pub organisation: String,
    /// The first day.
    pub from: String,
    /// The last day.
    pub to: String,
    /// The plan's time zone, which every time is on.
    pub time_zone: String,
    /// When it was made, on the plan's clock.
    pub made: String,
    /// The items, in the order they go out.
    pub entries: Vec<AuditEntry>,
}

/// The trail of every item dated from `query.from` to `query.to`.
pub fn trail(store: &Store, query: &AuditQuery, now: DateTime<Utc>) -> Result<AuditTrail> {
    let settings = settings::get(store)?;
    let tz = settings.tz();
    let selection = Selection { from: Some(query.from.clone()), to: Some(query.to.clone()), ..Default::default() };
    let (from, to) = selection.days()?;
    let items = selection.items(store, tz)?;
    let channel_names: std::collections::HashMap<_, _> =
        channels::list(store)?.into_iter().map(|c| (c.id, c.name())).collect();
    let ids: Vec<_> = items.iter().map(|i| i.id).collect();
    let mut journal = row_entries(store.conn(), ContentItem::ENTITY, &ids)?;
    let mut logged = Vec::new();
    for year in from.year()..=to.year() {
        logged.extend(comments::decisions(store, year, None)?);
    }
    let mut entries = Vec::with_capacity(items.len());
    for item in items {
        let decisions = approvals::of_item(store.conn(), item.id)?;
        let history = journal.remove(&item.id).unwrap_or_default();
        let (first_planned, mut later) = history_of(&item, &history, &decisions, tz);
        later.extend(logged_about(&item, &logged));
        entries.push(AuditEntry {
            item_id: item.id,
            title: item.title.clone(),
            channel: channel_names.get(&item.channel_id).cloned().unwrap_or_else(|| Sentence::from("")),
            status: item.status,
            goes_out: when(&item.schedule, tz),
            first_planned,
            later,
        });
    }
    Ok(AuditTrail {
        organisation: settings.organisation,
        from: from.to_string(),
        to: to.to_string(),
        time_zone: tz.name().into(),
        made: local(now, tz),
        entries,
    })
}

/// The change that first planned the item for its day, and every change after it (with
/// the approvers' decisions), oldest first.
fn history_of(
    item: &ContentItem,
    history: &[RowEntry],
    decisions: &[Approval],
    tz: Tz,
) -> (Option<AuditChange>, Vec<AuditChange>) {
    let state = |v: &Option<serde_json::Value>| v.clone().and_then(|v| serde_json::from_value::<ContentItem>(v).ok());
    let states: Vec<Option<ContentItem>> = history.iter().map(|e| state(&e.after)).collect();
    let mut changes: Vec<(DateTime<Utc>, AuditChange)> = history
        .iter()
        .zip(&states)
        .map(|(e, after)| {
            let at = when_made(e);
            let change = describe(state(&e.before).as_ref(), after.as_ref(), tz);
            let action = AuditAction::Named(e.label.clone());
            (at, AuditChange { at: local(at, tz), by: e.actor.clone(), action, change })
        })
        .collect();
    let day = item.schedule.local_date(tz);
    let first = day.and_then(|d| first_planned_for(&states, d, tz));
    let (first_planned, mut later) = match first {
        Some(n) => {
            let rest = changes.split_off(n + 1);
            (changes.pop().map(|(_, c)| c), rest)
        }
        None => (None, changes),
    };
    for d in decisions {
        let (action, change) = match d.decision {
            Decision::Approved => (AuditAction::Approve, ItemChange::Approved),
            Decision::ChangesRequested => {
                (AuditAction::RequestChanges, ItemChange::ChangesRequested { comment: d.comment.clone() })
            }
        };
        let change =
            AuditChange { at: local(d.decided_at, tz), by: d.member_name.clone(), action, change: vec![change] };
        later.push((d.decided_at, change));
    }
    later.sort_by_key(|(t, _)| *t);
    (first_planned, later.into_iter().map(|(_, c)| c).collect())
}

/// The decision log's entries about the item (an election's hold, cancellation or
/// exemption), on the day they were taken, after the changes.
fn logged_about(item: &ContentItem, logged: &[LoggedDecision]) -> Vec<AuditChange> {
    let about = Subject::Item { id: item.id };
    logged
        .iter()
        .filter(|d| d.concerns.contains(&about))
        .map(|d| {
            let said =
                if d.rationale.is_empty() { d.decision.clone() } else { format!("{} — {}", d.decision, d.rationale) };
            AuditChange {
                at: d.decided_on.to_string(),
                by: d.decided_by.clone(),
                action: AuditAction::Named(Sentence::from(said)),
                change: vec![],
            }
        })
        .collect()
}

/// When a change was made: a team member's by their clock, this laptop's when written.
fn when_made(e: &RowEntry) -> DateTime<Utc> {
    let team = e.team_clock.as_deref().and_then(|c| c.parse::<Hlc>().ok()).map(|h| h.wall());
    let here = || DateTime::parse_from_rfc3339(&e.at).ok().map(|t| t.with_timezone(&Utc));
    team.or_else(here).unwrap_or_default()
}

fn local(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
}
