//! Requests from other departments: taken in, weighed against the objectives (the ones it
//! fits, the coverage gaps it would fill and the findings it would create on the wanted
//! day), and decided: accepted into an item (dated or in the backlog, the requester's words
//! kept in its notes), declined or parked with a reason. Each decision is one undoable change.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use super::findings::{self, CheckCache};
use super::{objectives, referenced, settings, target, Sentence};
use crate::domain::{Channel, ContentItem, Objective, Request, RequestDecision, RequestDraft, Schedule};
use crate::error::{Error, Result};
use crate::schedule::findings::{Finding, PlanItem, WhatIf};
use crate::schedule::requests::{fits, ObjectiveFit};
use crate::store::records::{requests as rows, Record};
use crate::store::Store;

/// A request in the list, with its age and what it is tied to.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RequestRow {
    /// The request.
    pub request: Request,
    /// Days from receipt to its decision, or to today while open.
    pub age_days: i32,
    /// The objective's name, if it has one.
    pub objective_name: Option<String>,
    /// The accepted item's title, while the item is there.
    pub item_title: Option<String>,
}

/// The Requests view: every request, latest first, and how many fit an objective.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RequestList {
    /// The requests.
    pub rows: Vec<RequestRow>,
    /// How many have an objective.
    pub fitting: u32,
}

fn today(store: &Store, now: DateTime<Utc>) -> Result<NaiveDate> {
    Ok(now.with_timezone(&settings::get(store)?.tz()).date_naive())
}

/// Every request, latest first, with its age and what it is tied to.
pub fn list(store: &Store, now: DateTime<Utc>) -> Result<RequestList> {
    let today = today(store, now)?;
    let objectives = objectives::list(store)?;
    let rows: Vec<RequestRow> = rows::latest_first(store.conn())?
        .into_iter()
        .map(|r| {
            let item = r.item_id.map(|id| ContentItem::load(store.conn(), id)).transpose()?.flatten();
            Ok(RequestRow {
                age_days: (r.decided_on.unwrap_or(today) - r.received_on).num_days().clamp(0, i64::from(i32::MAX))
                    as i32,
                objective_name: objectives.iter().find(|o| Some(o.id) == r.objective_id).map(|o| o.name.clone()),
                item_title: item.map(|i| i.title),
                request: r,
            })
        })
        .collect::<Result<_>>()?;
    let fitting = rows.iter().filter(|r| r.objective_name.is_some()).count() as u32;
    Ok(RequestList { rows, fitting })
}

/// The request's channel and objective must be the plan's.
fn check_references(store: &Store, request: &Request) -> Result<()> {
    if let Some(c) = request.channel_id {
        referenced::<Channel>(store, "channelId", c)?;
    }
    if let Some(o) = request.objective_id {
        referenced::<Objective>(store, "objectiveId", o)?;
    }
    Ok(())
}

/// Takes in a request.
pub fn create(store: &mut Store, draft: &RequestDraft, now: DateTime<Utc>) -> Result<Request> {
    let request = draft.validate(Uuid::now_v7(), today(store, now)?)?;
    check_references(store, &request)?;
    store.write(&Sentence::titled("history-add-request", &request.title), |b| b.insert(&request))?;
    Ok(request)
}

/// Saves the form over request `id`; its decision stays as it was.
pub fn update(store: &mut Store, id: &str, draft: &RequestDraft, now: DateTime<Utc>) -> Result<Request> {
    let before: Request = target(store, id)?;
    let after = Request {
        decision: before.decision,
        reason: before.reason.clone(),
        decided_on: before.decided_on,
        item_id: before.item_id,
        ..draft.validate(before.id, today(store, now)?)?
    };
    check_references(store, &after)?;
    store.write(&Sentence::titled("history-edit-request", &after.title), |b| b.update(&before, &after))?;
    Ok(after)
}

/// Deletes a request (the item it became stays).
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let request: Request = target(store, id)?;
    store.write(&Sentence::titled("history-delete-request", &request.title), |b| b.delete(&request))
}

/// A coverage gap a request would help fill.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GapFilled {
    /// The objective's name.
    pub objective: String,
    /// The rule, in words.
    pub rule: Sentence,
    /// The period's first day.
    pub start: NaiveDate,
    /// Its last day.
    pub end: NaiveDate,
    /// Items planned in it.
    pub planned: u32,
    /// Items the rule asks for.
    pub required: u32,
}

/// What a request would mean for the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// The objectives its words fit, best first.
    pub fits: Vec<ObjectiveFit>,
    /// The gaps of its objective (chosen, or the best fit) it would help fill on the wanted day.
    pub gaps: Vec<GapFilled>,
    /// The findings an item on the wanted day, on the chosen channel, would create.
    pub findings: Vec<Finding>,
}

/// Weighs a request's draft against the plan; changes nothing.
pub fn assess(store: &Store, cache: &mut CheckCache, draft: &RequestDraft, now: DateTime<Utc>) -> Result<Assessment> {
    let request = draft.validate(Uuid::nil(), today(store, now)?)?;
    check_references(store, &request)?;
    let fits = fits(&format!("{} {} {}", request.title, request.text, request.audience), &objectives::list(store)?);
    let objective = request.objective_id.or_else(|| fits.first().map(|f| f.objective_id));
    let Some(day) = request.wanted_on else { return Ok(Assessment { fits, gaps: vec![], findings: vec![] }) };
    let coverage = findings::check_year(store, cache, day.year(), now)?.coverage;
    let gaps = coverage
        .objectives
        .iter()
        .filter(|o| Some(o.objective_id) == objective)
        .flat_map(|o| o.rules.iter().map(move |r| (o, r)))
        .filter(|(_, r)| r.rule.channel_id.is_none() || r.rule.channel_id == request.channel_id)
        .flat_map(|(o, r)| {
            r.periods.iter().filter(|p| p.start <= day && day <= p.end && p.missing() > 0).map(move |p| GapFilled {
                objective: o.name.clone(),
                rule: r.label.clone(),
                start: p.start,
                end: p.end,
                planned: p.planned,
                required: p.required,
            })
        })
        .collect();
    let findings = match request.channel_id {
        Some(_) => {
            let tz = settings::get(store)?.tz();
            let item = item_of(&request, Uuid::nil(), true, "");
            let change = WhatIf { items: vec![PlanItem::new(&item, tz)], campaigns: vec![] };
            findings::created_by(store, cache, &change, [day.year()], now)?
        }
        None => vec![],
    };
    Ok(Assessment { fits, gaps, findings })
}

/// The item a request becomes: a draft with its title, objective and channel, on the
/// wanted day (when `dated`) or in the backlog, the requester's words in its notes.
fn item_of(request: &Request, id: Uuid, dated: bool, language: &str) -> ContentItem {
    ContentItem {
        objective_ids: request.objective_id.into_iter().collect(),
        schedule: match request.wanted_on {
            Some(date) if dated => Schedule::AllDay { date },
            _ => Schedule::Unscheduled,
        },
        language: language.to_string(),
        notes: request.as_notes(),
        ..ContentItem::new(id, request.title.clone(), request.channel_id.unwrap_or_default())
    }
}

/// Accepts an open request: makes its item (on the wanted day when `dated`, else in the
/// backlog) and records the decision, as one undoable change.
pub fn accept(store: &mut Store, id: &str, dated: bool, now: DateTime<Utc>) -> Result<Request> {
    let before: Request = open(store, id)?;
    if before.channel_id.is_none() {
        return Err(Error::validation("channelId", Sentence::new("error-choose-channel")));
    }
    if dated && before.wanted_on.is_none() {
        return Err(Error::validation("wantedOn", Sentence::new("error-no-wanted-day")));
    }
    check_references(store, &before)?;
    let locale = settings::get(store)?.locale;
    let language = locale.split(['-', '_']).next().unwrap_or_default();
    let item = item_of(&before, Uuid::now_v7(), dated, language);
    let after = Request {
        decision: RequestDecision::Accepted,
        decided_on: Some(today(store, now)?),
        item_id: Some(item.id),
        ..before.clone()
    };
    store.write(&Sentence::titled("history-accept-request", &before.title), |b| {
        b.insert(&item)?;
        b.update(&before, &after)
    })?;
    Ok(after)
}

/// Declines or parks an open request with the reason.
pub fn set_aside(
    store: &mut Store,
    id: &str,
    decision: RequestDecision,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let verb = match decision {
        RequestDecision::Declined => "history-decline-request",
        RequestDecision::Parked => "history-park-request",
        _ => return Err(Error::validation("decision", Sentence::new("error-decline-or-park"))),
    };
    let reason = crate::domain::validate::text("reason", reason, crate::domain::validate::MAX_LONG, true)?;
    let before: Request = open(store, id)?;
    let after = Request { decision, reason, decided_on: Some(today(store, now)?), ..before.clone() };
    store.write(&Sentence::titled(verb, &before.title), |b| b.update(&before, &after))?;
    Ok(after)
}

/// The request `id`, which must still be open (a parked one may be taken up again).
fn open(store: &Store, id: &str) -> Result<Request> {
    let request: Request = target(store, id)?;
    match request.decision {
        RequestDecision::Open | RequestDecision::Parked => Ok(request),
        _ => Err(Error::conflict(Sentence::titled("error-rules-request-decided", &request.title))),
    }
}
