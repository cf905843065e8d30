//! Collaborations with partner agencies: who is in, with what status and history,
//! when it goes live in everyone's zone, and the tracker that sorts them by the
//! next deadline with their findings.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{referenced, short_title, target, Sentence};
use crate::domain::{
    Campaign, Collaboration, CollaborationDraft, CollaborationPartner, ContentItem, ItemStatus, KeyDate, Partner,
    PartnerGroup, PartnerStatus, StatusChange,
};
use crate::error::{Error, Result};
use crate::schedule::collaborations::{next_deadline, partner_clocks, wall_clock, Deadline, PartnerClock, WallClock};
use crate::schedule::findings::{collaborations as rules, Finding};
use crate::settings;
use crate::store::records::{campaigns, collaborations, items, key_dates, partners};
use crate::store::Store;

/// Every collaboration, by go-live (undated last).
pub fn list(store: &Store) -> Result<Vec<Collaboration>> {
    collaborations::by_go_live(store.conn())
}

/// One collaboration.
pub fn get(store: &Store, id: &str) -> Result<Collaboration> {
    target(store, id)
}

fn check_references(store: &Store, c: &Collaboration) -> Result<()> {
    if let Some(id) = c.campaign_id {
        referenced::<Campaign>(store, "campaignId", id)?;
    }
    for id in &c.item_ids {
        referenced::<ContentItem>(store, "itemIds", *id)?;
    }
    for p in &c.partners {
        referenced::<Partner>(store, "partners", p.partner_id)?;
    }
    Ok(())
}

/// Adds a collaboration from its form.
pub fn create(store: &mut Store, draft: &CollaborationDraft, now: DateTime<Utc>) -> Result<Collaboration> {
    let tz = settings::get(store)?.tz();
    let c = draft.validate(Uuid::now_v7(), None, tz, now)?;
    check_references(store, &c)?;
    store.write(&Sentence::titled("history-add-collaboration", &c.title), |b| b.insert(&c))?;
    Ok(c)
}

/// Saves a collaboration; each partner whose status changed gets a history entry dated `now`.
pub fn update(store: &mut Store, id: &str, draft: &CollaborationDraft, now: DateTime<Utc>) -> Result<Collaboration> {
    let before: Collaboration = target(store, id)?;
    let tz = settings::get(store)?.tz();
    let after = draft.validate(before.id, Some(&before), tz, now)?;
    check_references(store, &after)?;
    store.write(&Sentence::titled("history-edit-collaboration", &after.title), |b| b.update(&before, &after))?;
    Ok(after)
}

/// Deletes a collaboration (its items stay).
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let c: Collaboration = target(store, id)?;
    store.write(&Sentence::titled("history-delete-collaboration", &c.title), |b| b.delete(&c))
}

/// Sets one partner's status, dated `now` (one undoable change).
pub fn set_status(
    store: &mut Store,
    id: &str,
    partner_id: &str,
    status: PartnerStatus,
    now: DateTime<Utc>,
) -> Result<Collaboration> {
    let before: Collaboration = target(store, id)?;
    let partner: Partner = target(store, partner_id)?;
    let mut after = before.clone();
    let member = after.partners.iter_mut().find(|p| p.partner_id == partner.id).ok_or_else(|| {
        Error::validation("partnerId", Sentence::new("error-not-a-partner-of").with("name", short_title(&partner.name)))
    })?;
    if member.status == status {
        return Ok(before);
    }
    member.status = status;
    member.history.push(StatusChange { status, at: now });
    let status_name = almanac_i18n::value_id("partner-status", &crate::domain::enum_name(&status));
    let label = Sentence::titled("history-partner-status", &before.title)
        .with("partner", short_title(&partner.name))
        .with("status", Sentence::new(status_name));
    store.write(&label, |b| b.update(&before, &after))?;
    Ok(after)
}

/// Adds every partner of a group not yet in the collaboration, invited, with `role`.
pub fn add_group(store: &mut Store, id: &str, group_id: &str, role: &str, now: DateTime<Utc>) -> Result<Collaboration> {
    let before: Collaboration = target(store, id)?;
    let group: PartnerGroup = target(store, group_id)?;
    let mut after = before.clone();
    for partner_id in &group.partner_ids {
        if !after.partners.iter().any(|p| p.partner_id == *partner_id) {
            after.partners.push(CollaborationPartner {
                partner_id: *partner_id,
                role: role.trim().to_string(),
                status: PartnerStatus::Invited,
                slot: None,
                history: vec![StatusChange { status: PartnerStatus::Invited, at: now }],
            });
        }
    }
    let label = Sentence::titled("history-add-group", &before.title).with("group", short_title(&group.name));
    store.write(&label, |b| b.update(&before, &after))?;
    Ok(after)
}

/// A row of the tracker.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TrackerRow {
    /// The collaboration.
    pub collaboration: Collaboration,
    /// Its campaign's name, if any.
    pub campaign_name: Option<String>,
    /// Go-live in the plan's zone.
    pub go_live: Option<WallClock>,
    /// The first deadline still to come (today counts).
    pub next_deadline: Option<Deadline>,
    /// Go-live and slots on each partner's clock.
    pub clocks: Vec<PartnerClock>,
    /// Its findings.
    pub findings: Vec<Finding>,
    /// Its items not yet approved (an idea, a draft, or in review): what the approval
    /// deadline still waits for.
    pub awaiting_approval: u32,
}

/// What the tracker and the "This week" panel show.
#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TrackerQuery {
    /// Only collaborations with a deadline within this many days of today.
    pub within_days: Option<u32>,
}

/// How many of the collaboration's items still wait to be approved.
fn awaiting_approval(c: &Collaboration, items: &[ContentItem]) -> u32 {
    let waiting = |i: &&ContentItem| matches!(i.status, ItemStatus::Idea | ItemStatus::Draft | ItemStatus::InReview);
    items.iter().filter(|i| c.item_ids.contains(&i.id)).filter(waiting).count() as u32
}

/// Every collaboration with its deadlines, clocks and findings, soonest deadline first
/// (those with none last).
pub fn tracker(store: &Store, query_: &TrackerQuery, now: DateTime<Utc>) -> Result<Vec<TrackerRow>> {
    let settings = settings::get(store)?;
    let tz = settings.tz();
    let today = now.with_timezone(&tz).date_naive();
    let collaborations = list(store)?;
    let partners: Vec<Partner> = partners::all(store.conn())?;
    let campaigns: Vec<Campaign> = campaigns::of_collaborations(store.conn())?;
    let items: Vec<ContentItem> = items::of_collaborations(store.conn())?;
    let blackouts: Vec<KeyDate> = key_dates::blackouts(store.conn())?;
    let ctx = rules::Context {
        partners: &partners,
        items: &items,
        blackouts: &blackouts,
        confirm_days: settings.confirm_days,
        now,
        tz,
    };
    let mut rows: Vec<TrackerRow> = collaborations
        .into_iter()
        .map(|c| TrackerRow {
            campaign_name: c.campaign_id.and_then(|id| campaigns.iter().find(|x| x.id == id)).map(|x| x.name.clone()),
            go_live: c.go_live.map(|t| wall_clock(t, tz)),
            next_deadline: next_deadline(&c, today, tz),
            clocks: partner_clocks(&c, &partners),
            findings: rules::check(&c, &ctx),
            awaiting_approval: awaiting_approval(&c, &items),
            collaboration: c,
        })
        .filter(|r| match query_.within_days {
            Some(days) => r.next_deadline.as_ref().is_some_and(|d| (d.date - today).num_days() <= i64::from(days)),
            None => true,
        })
        .collect();
    rows.sort_by_key(|r| (r.next_deadline.is_none(), r.next_deadline.as_ref().map(|d| d.date)));
    Ok(rows)
}
