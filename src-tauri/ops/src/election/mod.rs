//! An election called at short notice, re-planned in one step: the pre-election period
//! becomes a blackout, and every item in it is held (moved by whole weeks past it),
//! cancelled or kept with its exemption, by the election rule and the team's choices line by
//! line. Campaigns stretch to cover their held items; collaborations going live in the
//! period move with them, with the words to send each partner. One operation serves the
//! preview and the change: run dry, it says what it would do and the findings each move
//! would create; run for real, it is one undoable change, and the decision log records who
//! decided each hold, cancellation and exemption, and why.

mod decisions;
mod partners;
mod proposal;

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::findings::{self, CheckCache};
use super::{referenced, settings, target, Sentence};
use crate::domain::{
    validate, BlackoutLevel, Campaign, Channel, Collaboration, ContentItem, ItemStatus, KeyDate, KeyDateCategory,
    KeyDateDraft, Objective,
};
use crate::error::{Error, Result};
use crate::schedule::election::{Period, Proposed, Verdict};
use crate::schedule::findings::{Finding, PlanItem, WhatIf};
use crate::store::records::Record;
use crate::store::Store;
use almanac_i18n::Words;

pub use partners::PartnerNotice;
pub use proposal::{ElectionReplan, ReplanCounts, ReplanGroup, ReplanLine};

/// An election as the dialog and the command line send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ElectionDraft {
    /// What is called: "General election 2027".
    pub name: String,
    /// The pre-election period's first day, `YYYY-MM-DD` (empty with `keyDateId`).
    pub from: String,
    /// Its last day, included.
    pub to: String,
    /// How strict the period is.
    pub level: Option<BlackoutLevel>,
    /// Where it applies, if not everywhere.
    pub region: String,
    /// An election already among the key dates (an imported timetable): its dates, name
    /// and region are the period's.
    pub key_date_id: Option<String>,
    /// Channels whose items are kept (the roads brand, say).
    pub exempt_channel_ids: Vec<String>,
    /// Objectives whose items are kept (public safety, say).
    pub exempt_objective_ids: Vec<String>,
    /// What a person chose for an item, over the rule's proposal.
    pub choices: Vec<ItemChoice>,
    /// Who decides, for the decision log.
    pub decided_by: String,
}

/// A person's choice for one item.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemChoice {
    /// The item.
    pub item_id: String,
    /// Hold, cancel or keep.
    pub verdict: Verdict,
}

/// Proposes (with `dry_run`) or applies the re-plan of an election: the blackout, every
/// item's hold, cancellation or exemption, the stretched campaigns, the moved
/// collaborations and the decision log, as one undoable change.
pub fn replan(
    store: &mut Store,
    cache: &mut CheckCache,
    draft: &ElectionDraft,
    now: DateTime<Utc>,
    dry_run: bool,
) -> Result<ElectionReplan> {
    let plan_settings = settings::get(store)?;
    let tz = plan_settings.tz();
    let blackout = blackout_of(store, draft)?;
    let period = period_of(store, draft, &blackout)?;
    let chosen = choices(store, draft)?;
    let proposed = {
        let checker = cache.checker(store, blackout.starts_on.year(), now)?;
        period.propose(checker.facts(), &chosen)
    };
    let plan = Plan::work_out(store, &period, &proposed, tz)?;
    let findings = plan.findings(store, cache, &blackout, tz, now)?;
    let replan = plan.describe(store, blackout, &period, findings, tz)?;
    if !dry_run {
        let decided_by = validate::text("decidedBy", &draft.decided_by, validate::MAX_SHORT, false)?;
        let decided_by = if decided_by.is_empty() { store.actor().to_owned() } else { decided_by };
        let words = Words::for_locale(&plan_settings.locale);
        plan.write(store, &replan, &words, &decided_by, now.with_timezone(&tz).date_naive())?;
    }
    Ok(replan)
}

/// The blackout the period becomes: the draft's dates, or the chosen election's.
fn blackout_of(store: &Store, draft: &ElectionDraft) -> Result<KeyDate> {
    let level = draft.level.ok_or_else(|| Error::validation("level", Sentence::new("error-blackout-level")))?;
    let mut key_date = KeyDateDraft {
        name: draft.name.clone(),
        starts_on: draft.from.clone(),
        ends_on: draft.to.clone(),
        category: KeyDateCategory::Blackout,
        blackout_level: Some(level),
        region: draft.region.clone(),
    };
    if let Some(id) = draft.key_date_id.as_deref().filter(|id| !id.is_empty()) {
        let election: KeyDate = referenced(store, "keyDateId", validate::id("keyDateId", id)?)?;
        key_date.starts_on = election.starts_on.to_string();
        key_date.ends_on = election.ends_on.to_string();
        if key_date.name.trim().is_empty() {
            key_date.name = election.name.clone();
        }
        if key_date.region.trim().is_empty() {
            key_date.region = election.region.clone();
        }
    }
    let blackout = key_date.validate(Uuid::now_v7())?;
    if (blackout.ends_on - blackout.starts_on).num_days() > 366 {
        return Err(Error::validation("to", Sentence::new("error-pause-too-long")));
    }
    Ok(blackout)
}

fn period_of(store: &Store, draft: &ElectionDraft, blackout: &KeyDate) -> Result<Period> {
    let mut exempt_channels = Vec::new();
    for id in validate::ids("exemptChannelIds", &draft.exempt_channel_ids)? {
        exempt_channels.push(referenced::<Channel>(store, "exemptChannelIds", id)?.id);
    }
    let mut exempt_objectives = Vec::new();
    for id in validate::ids("exemptObjectiveIds", &draft.exempt_objective_ids)? {
        let objective = referenced::<Objective>(store, "exemptObjectiveIds", id)?;
        exempt_objectives.push((objective.id, objective.name));
    }
    Ok(Period {
        first: blackout.starts_on,
        last: blackout.ends_on,
        level: blackout.blackout_level.unwrap_or(BlackoutLevel::Restricted),
        exempt_channels,
        exempt_objectives,
    })
}

fn choices(store: &Store, draft: &ElectionDraft) -> Result<HashMap<Uuid, Verdict>> {
    let mut chosen = HashMap::new();
    for c in &draft.choices {
        let id = validate::id("choices", &c.item_id)?;
        referenced::<ContentItem>(store, "choices", id)?;
        chosen.insert(id, c.verdict);
    }
    Ok(chosen)
}

/// An item before and after, with the rule's word on it.
struct Line {
    before: ContentItem,
    after: ContentItem,
    proposed: Proposed,
}

/// The change worked out: every line, the campaigns stretched and the collaborations moved.
struct Plan {
    lines: Vec<Line>,
    campaigns: Vec<(Campaign, Campaign)>,
    collaborations: Vec<(Collaboration, Option<Collaboration>)>,
}

impl Plan {
    fn work_out(store: &Store, period: &Period, proposed: &[Proposed], tz: Tz) -> Result<Plan> {
        let mut lines = Vec::with_capacity(proposed.len());
        for p in proposed {
            let before: ContentItem = target(store, &p.item_id.to_string())?;
            let after = match p.verdict {
                Verdict::Hold => {
                    let moved = before.schedule.moved_by(Duration::weeks(i64::from(p.weeks)), tz).schedule;
                    super::items::reviewed(store, &before, ContentItem { schedule: moved, ..before.clone() })?
                }
                Verdict::Cancel => ContentItem { status: ItemStatus::Cancelled, ..before.clone() },
                Verdict::Keep { .. } => before.clone(),
            };
            lines.push(Line { before, after, proposed: p.clone() });
        }
        let campaigns = stretched_campaigns(store, &lines, tz)?;
        let collaborations = partners::moved_collaborations(store, period, &lines, tz)?;
        Ok(Plan { lines, campaigns, collaborations })
    }

    /// The findings the change would create, in every year it touches.
    fn findings(
        &self,
        store: &Store,
        cache: &mut CheckCache,
        blackout: &KeyDate,
        tz: Tz,
        now: DateTime<Utc>,
    ) -> Result<Vec<Finding>> {
        let changed: Vec<&Line> = self.lines.iter().filter(|l| l.before != l.after).collect();
        if changed.is_empty() && self.campaigns.is_empty() {
            return Ok(vec![]);
        }
        let days = changed.iter().filter_map(|l| l.after.schedule.local_date(tz));
        let years = std::iter::once(blackout.starts_on.year()).chain(days.map(|d| d.year()));
        let change = WhatIf {
            items: changed.iter().map(|l| PlanItem::new(&l.after, tz)).collect(),
            campaigns: self.campaigns.iter().map(|(_, after)| after.clone()).collect(),
        };
        let mut found = findings::created_by(store, cache, &change, years, now)?;
        found.extend(changed.iter().filter_map(|l| crate::schedule::review::back_to_review(&l.before, &l.after)));
        Ok(found)
    }

    /// Writes the change: the blackout, the items, the campaigns, the collaborations and
    /// the decisions, in one journal entry.
    fn write(
        &self,
        store: &mut Store,
        replan: &ElectionReplan,
        words: &Words,
        decided_by: &str,
        today: NaiveDate,
    ) -> Result<()> {
        let decisions = decisions::decisions(replan, words, decided_by, today);
        let label = Sentence::new("history-election")
            .with("election", replan.blackout.name.clone())
            .with("held", replan.counts.held)
            .with("cancelled", replan.counts.cancelled)
            .with("kept", replan.counts.kept);
        store.write(&label, |b| {
            b.insert(&replan.blackout)?;
            for l in self.lines.iter().filter(|l| l.before != l.after) {
                b.update(&l.before, &l.after)?;
            }
            for (before, after) in &self.campaigns {
                b.update(before, after)?;
            }
            for (before, after) in &self.collaborations {
                if let Some(after) = after {
                    b.update(before, after)?;
                }
            }
            for d in &decisions {
                b.insert(d)?;
            }
            Ok(())
        })
    }
}

/// Campaigns whose held items go past their end, stretched to cover them.
fn stretched_campaigns(store: &Store, lines: &[Line], tz: Tz) -> Result<Vec<(Campaign, Campaign)>> {
    let mut last: BTreeMap<Uuid, NaiveDate> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.proposed.verdict == Verdict::Hold) {
        if let (Some(c), Some(day)) = (l.after.campaign_id, l.after.schedule.local_date(tz)) {
            let e = last.entry(c).or_insert(day);
            *e = (*e).max(day);
        }
    }
    let mut out = Vec::new();
    for (id, day) in last {
        let Some(before) = Campaign::load(store.conn(), id)? else { continue };
        if day > before.end_date {
            out.push((before.clone(), Campaign { end_date: day, ..before }));
        }
    }
    Ok(out)
}
