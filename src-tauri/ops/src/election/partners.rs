//! Collaborations going live in an election's period: moved past it by whole weeks with
//! their held items, and the words to send each partner about it.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use super::{Line, Plan, Sentence};
use crate::domain::{Collaboration, KeyDate, Schedule};
use crate::error::Result;
use crate::schedule::election::{Period, Verdict};
use crate::store::records::collaborations;
use crate::store::Store;

/// A collaboration going live in the period, its move and the words for its partners.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerNotice {
    /// The collaboration.
    pub collaboration_id: Uuid,
    /// Its title.
    pub title: String,
    /// Its go-live now, on the plan's wall clock.
    pub from: String,
    /// Its go-live after the period, if it moves.
    pub to: Option<String>,
    /// The partners to tell.
    pub partners: Vec<String>,
    /// What to tell them.
    pub briefing: Sentence,
}

impl Plan {
    /// The collaborations the change moves or keeps, with the words for their partners.
    pub(super) fn notices(
        &self,
        store: &Store,
        blackout: &KeyDate,
        period: &Period,
        tz: Tz,
    ) -> Result<Vec<PartnerNotice>> {
        let names: HashMap<Uuid, String> =
            crate::store::records::partners::all(store.conn())?.into_iter().map(|p| (p.id, p.name)).collect();
        let local =
            |t: Option<DateTime<Utc>>| t.and_then(|t| Schedule::At { utc: t }.local_start(tz)).unwrap_or_default();
        Ok(self
            .collaborations
            .iter()
            .map(|(before, after)| {
                let from = local(before.go_live);
                let to = after.as_ref().map(|a| local(a.go_live));
                let id = if to.is_some() { "election-briefing-moved" } else { "election-briefing-kept" };
                // The partners read the whole title: this is the text they are sent.
                let mut briefing = Sentence::new(id)
                    .with("title", before.title.clone())
                    .with("election", blackout.name.clone())
                    .with("first", period.first)
                    .with("last", period.last)
                    .with("from", from.replace('T', " ").chars().take(16).collect::<String>());
                if let Some(to) = &to {
                    briefing = briefing.with("to", to.replace('T', " ").chars().take(16).collect::<String>());
                }
                PartnerNotice {
                    collaboration_id: before.id,
                    title: before.title.clone(),
                    from,
                    to,
                    partners: before.partners.iter().filter_map(|p| names.get(&p.partner_id).cloned()).collect(),
                    briefing,
                }
            })
            .collect())
    }
}

/// Collaborations going live in the period: they move past it by whole weeks, as a held
/// item does, unless every item of theirs in the period is kept or cancelled.
pub(super) fn moved_collaborations(
    store: &Store,
    period: &Period,
    lines: &[Line],
    tz: Tz,
) -> Result<Vec<(Collaboration, Option<Collaboration>)>> {
    let verdicts: HashMap<Uuid, Verdict> = lines.iter().map(|l| (l.before.id, l.proposed.verdict)).collect();
    let mut out = Vec::new();
    for c in collaborations::by_go_live(store.conn())? {
        let Some(day) = c.go_live.map(|t| t.with_timezone(&tz).date_naive()).filter(|d| period.covers(*d)) else {
            continue;
        };
        let decided: Vec<Verdict> = c.item_ids.iter().filter_map(|i| verdicts.get(i).copied()).collect();
        let stays = !decided.is_empty() && decided.iter().all(|v| *v != Verdict::Hold);
        let after = (!stays).then(|| moved_collaboration(&c, period.weeks_past(day), tz));
        out.push((c, after));
    }
    Ok(out)
}

fn moved_collaboration(c: &Collaboration, weeks: u32, tz: Tz) -> Collaboration {
    let by = Duration::weeks(i64::from(weeks));
    let instant = |t: Option<DateTime<Utc>>| {
        t.and_then(|utc| match (Schedule::At { utc }).moved_by(by, tz).schedule {
            Schedule::At { utc } => Some(utc),
            _ => None,
        })
    };
    let mut after = c.clone();
    after.go_live = instant(c.go_live);
    after.asset_due = c.asset_due.map(|d| d + by);
    after.approval_due = c.approval_due.map(|d| d + by);
    for p in &mut after.partners {
        p.slot = instant(p.slot);
    }
    after
}
