//! Approvals: sending items for review, approving them or asking for changes (several
//! at once, in the name of the member who uses this laptop), the queue per approver,
//! and the rule every edit and move runs through that sends an approved item back.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::findings::CheckCache;
use super::items::{self, CalendarItem};
use super::{referenced, target, Sentence};
use crate::domain::approval::may_approve;
use crate::domain::{validate, Approval, ApprovalScope, Collaboration, ContentItem, Decision, ItemStatus, Member};
use crate::error::{Error, Result};
use crate::schedule::findings::Finding;
use crate::store::records::{approvals as rows, collaborations, items as item_rows, members, Record};
use crate::store::Store;

/// The member who uses this laptop: on a team plan the member it signs in to the server as,
/// else the one chosen here, if one was.
pub fn laptop_user(store: &Store) -> Result<Option<Member>> {
    if let Some(team) = team(store)? {
        return Ok(team.me);
    }
    let Some(id) = rows::laptop_user(store.conn())? else { return Ok(None) };
    Member::load(store.conn(), id)
}

/// On a team plan, the team's members by their server role, as the server's owner set them:
/// each the plan's member of the same name where there is one, with the approver scopes
/// the server holds (the plan's own scopes are any editor's to write, so they do not count).
fn team(store: &Store) -> Result<Option<Team>> {
    let Some((me, team)) = crate::store::sync::team(store.conn())? else { return Ok(None) };
    let plan: HashMap<String, Member> =
        members::by_name(store.conn())?.into_iter().map(|m| (m.name.trim().to_lowercase(), m)).collect();
    let members = team
        .into_iter()
        .map(|t| {
            let approves = t.approves.iter().filter_map(|s| ApprovalScope::from_server(s)).collect();
            let member = match plan.get(&t.name.trim().to_lowercase()) {
                Some(m) => Member { approves, ..m.clone() },
                // Not in the plan's team list: known by a stable id made from their role.
                None => Member {
                    id: Uuid::new_v5(&Uuid::NAMESPACE_OID, t.role_name.as_bytes()),
                    name: t.name,
                    role: String::new(),
                    email: t.email,
                    capacity_weekly: None,
                    leave: vec![],
                    approves,
                },
            };
            (t.role_name, member)
        })
        .collect::<Vec<_>>();
    Ok(Some(Team {
        me: members.iter().find(|(role_name, _)| *role_name == me).map(|(_, m)| m.clone()),
        members: members.into_iter().map(|(_, m)| m).collect(),
    }))
}

/// A team plan's members, and the one this laptop signs in as (if the server still lists them).
struct Team {
    me: Option<Member>,
    members: Vec<Member>,
}

/// Records which member uses this laptop (none: nobody); approvals are taken in their name.
/// A team plan's laptop is always its signed-in member's.
pub fn set_laptop_user(store: &mut Store, member_id: Option<&str>) -> Result<Option<Member>> {
    if let Some(me) = team(store)?.and_then(|t| t.me) {
        return Err(Error::validation("memberId", Sentence::new("error-member-is-signed-in").with("name", me.name)));
    }
    let member = match member_id {
        Some(id) => Some(referenced::<Member>(store, "memberId", validate::id("memberId", id)?)?),
        None => None,
    };
    rows::set_laptop_user(store.conn(), member.as_ref().map(|m| m.id))?;
    Ok(member)
}

/// Sends items for review; those already in review or past it are left as they are.
/// Returns how many were sent.
pub fn submit(store: &mut Store, ids: &[String]) -> Result<u32> {
    let items = targets(store, ids)?;
    let sent: Vec<&ContentItem> =
        items.iter().filter(|i| matches!(i.status, ItemStatus::Idea | ItemStatus::Draft)).collect();
    if sent.is_empty() {
        return Ok(0);
    }
    let label = match sent.as_slice() {
        [one] => Sentence::titled("history-send-for-review-one", &one.title),
        many => Sentence::new("history-send-for-review-many").with("count", many.len()),
    };
    store.write(&label, |b| {
        sent.iter().try_for_each(|i| b.update(*i, &ContentItem { status: ItemStatus::InReview, ..(*i).clone() }))
    })?;
    Ok(sent.len() as u32)
}

/// A decision on items as the Approvals view sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DecisionDraft {
    /// The items decided on.
    pub item_ids: Vec<String>,
    /// Approve, or ask for changes.
    pub decision: Decision,
    /// Why, or what to change (required when asking for changes).
    pub comment: String,
}

/// Approves items, or asks for changes to them, as one undoable action in the name of
/// the laptop's member, who must be an approver of every one; all or nothing.
pub fn decide(store: &mut Store, draft: &DecisionDraft) -> Result<Vec<Approval>> {
    let me =
        laptop_user(store)?.ok_or_else(|| Error::validation("approver", Sentence::new("error-choose-approver")))?;
    let comment = validate::text("comment", &draft.comment, validate::MAX_LONG, false)?;
    if draft.decision == Decision::ChangesRequested && comment.is_empty() {
        return Err(Error::validation("comment", Sentence::new("error-say-what-should-change")));
    }
    let items = targets(store, &draft.item_ids)?;
    for item in &items {
        if item.status != ItemStatus::InReview {
            return Err(Error::validation("itemIds", Sentence::titled("error-not-in-review", &item.title)));
        }
        if !may_approve(&me.approves, item.channel_id, super::brands::brand_of(store, item.channel_id)?.id) {
            return Err(Error::validation(
                "itemIds",
                Sentence::titled("error-may-not-approve", &item.title).with("name", &me.name),
            ));
        }
    }
    // Stored to the second, as every instant: the journal's copy must read back the same.
    let now = chrono::SubsecRound::trunc_subsecs(store.now(), 0);
    let decided: Vec<(ContentItem, Approval)> =
        items.into_iter().map(|i| (i.clone(), approval(&me, &i, draft.decision, &comment, now))).collect();
    store.write(&decision_label(draft.decision, &decided), |b| {
        for (item, approval) in &decided {
            let status = match approval.decision {
                Decision::Approved => ItemStatus::Approved,
                Decision::ChangesRequested => ItemStatus::Draft,
            };
            b.update(item, &ContentItem { status, ..item.clone() })?;
            b.insert(approval)?;
        }
        Ok(())
    })?;
    Ok(decided.into_iter().map(|(_, a)| a).collect())
}

fn approval(me: &Member, item: &ContentItem, decision: Decision, comment: &str, at: DateTime<Utc>) -> Approval {
    Approval {
        id: Uuid::now_v7(),
        item_id: item.id,
        member_id: Some(me.id),
        member_name: me.name.clone(),
        decision,
        comment: comment.to_string(),
        decided_at: at,
        title: item.title.clone(),
        copy: item.copy.clone(),
        schedule: item.schedule,
    }
}

fn decision_label(decision: Decision, decided: &[(ContentItem, Approval)]) -> Sentence {
    match (decision, decided) {
        (Decision::Approved, [(one, _)]) => Sentence::titled("history-approve-one", &one.title),
        (Decision::Approved, many) => Sentence::new("history-approve-many").with("count", many.len()),
        (Decision::ChangesRequested, [(one, _)]) => Sentence::titled("history-request-changes-one", &one.title),
        (Decision::ChangesRequested, many) => Sentence::new("history-request-changes-many").with("count", many.len()),
    }
}

/// The items named, each once, in the order given; an unknown one fails the whole call.
fn targets(store: &Store, ids: &[String]) -> Result<Vec<ContentItem>> {
    if ids.is_empty() {
        return Err(Error::validation("itemIds", Sentence::new("error-choose-an-item")));
    }
    let mut seen = std::collections::HashSet::new();
    ids.iter().filter(|id| seen.insert(id.as_str())).map(|id| target::<ContentItem>(store, id)).collect()
}

/// The decisions taken on an item, latest first.
pub fn of_item(store: &Store, id: &str) -> Result<Vec<Approval>> {
    let uuid = validate::id("id", id)?;
    rows::of_item(store.conn(), uuid)
}

/// A collaboration as an item in the queue names it: what it is and when approval is due.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CollaborationDue {
    /// The collaboration's id.
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// When everyone must have approved.
    pub approval_due: Option<chrono::NaiveDate>,
}

/// An item waiting for approval, with what an approver weighs.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct QueueEntry {
    /// The item, with its copy.
    pub item: CalendarItem,
    /// The members who may approve it.
    pub approver_ids: Vec<Uuid>,
    /// Its findings.
    pub findings: Vec<Finding>,
    /// The collaboration it is part of.
    pub collaboration: Option<CollaborationDue>,
    /// The decisions taken on it before, latest first (what was asked to change).
    pub decisions: Vec<Approval>,
}

/// What the Approvals view shows: who uses this laptop, the approvers, and every item in
/// review, soonest due first (those with no date last).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalQueue {
    /// The member who uses this laptop, if chosen.
    pub me: Option<Uuid>,
    /// On a team plan, the name of the member this laptop signs in as: who it is, not a choice.
    pub signed_in: Option<String>,
    /// The members who approve anything, by name.
    pub approvers: Vec<Member>,
    /// The items in review.
    pub entries: Vec<QueueEntry>,
}

/// Every item in review, each with those of `approvers` who may approve it.
pub(crate) fn in_review(store: &Store, approvers: &[Member]) -> Result<Vec<(ContentItem, Vec<Uuid>)>> {
    let brand_of_channel: HashMap<Uuid, Uuid> =
        super::channels::list(store)?.into_iter().map(|c| (c.id, c.brand_id)).collect();
    Ok(item_rows::with_status(store.conn(), ItemStatus::InReview)?
        .into_iter()
        .map(|item| {
            let brand = brand_of_channel.get(&item.channel_id).copied().unwrap_or_default();
            let ids = approvers.iter().filter(|m| may_approve(&m.approves, item.channel_id, brand)).map(|m| m.id);
            let ids = ids.collect();
            (item, ids)
        })
        .collect())
}

/// Every item waiting in review with its approvers, findings and collaboration.
pub fn queue(store: &Store, cache: &mut CheckCache, now: DateTime<Utc>) -> Result<ApprovalQueue> {
    let team = team(store)?;
    let on_team = team.is_some();
    let everyone = match team {
        Some(team) => team.members,
        None => members::by_name(store.conn())?,
    };
    let approvers: Vec<Member> = everyone.into_iter().filter(|m| !m.approves.is_empty()).collect();
    let collaboration_of = collaborations::of_items(store.conn())?;
    let mut entries = Vec::new();
    for (item, approver_ids) in in_review(store, &approvers)? {
        let collaboration = match collaboration_of.get(&item.id) {
            Some(c) => Collaboration::load(store.conn(), *c)?.map(|c| CollaborationDue {
                id: c.id,
                title: c.title,
                approval_due: c.approval_due,
            }),
            None => None,
        };
        let id = item.id.to_string();
        entries.push(QueueEntry {
            findings: super::findings::findings_of_item(store, cache, &id, now)?,
            decisions: rows::of_item(store.conn(), item.id)?,
            item: items::get(store, &id)?,
            approver_ids,
            collaboration,
        });
    }
    entries.sort_by(|a, b| {
        let due = |e: &QueueEntry| (e.item.local_start.is_none(), e.item.local_start.clone());
        due(a).cmp(&due(b)).then_with(|| a.item.item.title.cmp(&b.item.item.title))
    });
    let me = laptop_user(store)?;
    let signed_in = if on_team { me.as_ref().map(|m| m.name.clone()) } else { None };
    Ok(ApprovalQueue { me: me.map(|m| m.id), signed_in, approvers, entries })
}
