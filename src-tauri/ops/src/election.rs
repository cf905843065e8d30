//! An election called at short notice, re-planned in one step: the pre-election period
//! becomes a blackout, and every item in it is held (moved by whole weeks past it),
//! cancelled or kept with its exemption, by the election rule and the team's choices line by
//! line. Campaigns stretch to cover their held items; collaborations going live in the
//! period move with them, with the words to send each partner. One operation serves the
//! preview and the change: run dry, it says what it would do and the findings each move
//! would create; run for real, it is one undoable change, and the decision log records who
//! decided each hold, cancellation and exemption, and why.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::findings::{self, CheckCache};
use super::{referenced, settings, short_title, target, Sentence};
use crate::domain::comment::Subject;
use crate::domain::{
    validate, BlackoutLevel, Campaign, Channel, Collaboration, ContentItem, ItemStatus, KeyDate, KeyDateCategory,
    KeyDateDraft, LoggedDecision, Objective, Schedule,
};
use crate::error::{Error, Result};
use crate::schedule::election::{Period, Proposed, Verdict};
use crate::schedule::findings::{Finding, PlanItem, WhatIf};
use crate::store::records::{campaigns, collaborations, Record};
use crate::store::Store;
use almanac_i18n::Words;

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

/// One item's line in the proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReplanLine {
    /// The item.
    pub item_id: Uuid,
    /// Its title.
    pub title: String,
    /// Its channel, as the plan names it.
    pub channel: Sentence,
    /// Where it goes out now, on the plan's wall clock.
    pub from: String,
    /// Where a held item goes out after the period.
    pub to: Option<String>,
    /// What happens to it.
    pub verdict: Verdict,
    /// Why.
    pub reason: Sentence,
    /// The findings its move would create.
    pub findings: Vec<Finding>,
}

/// The lines of one campaign (or of items in none), and how its window stretches.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReplanGroup {
    /// The campaign; none for items in no campaign.
    pub campaign_id: Option<Uuid>,
    /// Its name (empty for none).
    pub campaign: String,
    /// Its new last day, when held items go past its end.
    pub new_end: Option<NaiveDate>,
    /// Its items, in the order they go out.
    pub lines: Vec<ReplanLine>,
}

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

/// How many items each verdict takes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReplanCounts {
    /// Moved past the period.
    pub held: u32,
    /// Will not go out.
    pub cancelled: u32,
    /// Go out as planned, exempt.
    pub kept: u32,
}

/// What the election does to the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ElectionReplan {
    /// The blackout the period becomes.
    pub blackout: KeyDate,
    /// The items, by campaign (campaigns by name, items in none last).
    pub groups: Vec<ReplanGroup>,
    /// Collaborations going live in the period.
    pub partners: Vec<PartnerNotice>,
    /// How many items each verdict takes.
    pub counts: ReplanCounts,
    /// Every finding the change would create.
    pub findings: Vec<Finding>,
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
    let tz = settings::get(store)?.tz();
    let blackout = blackout_of(store, draft)?;
    let period = period_of(store, draft, &blackout)?;
    let chosen = choices(store, draft)?;
    let proposed = {
        let checker = cache.checker(store, blackout.starts_on.year(), now)?;
        period.propose(checker.facts(), &chosen)
    };
    let plan = Plan::work_out(store, &period, &proposed, tz)?;
    let findings = plan.findings(store, cache, &blackout, now)?;
    let replan = plan.describe(store, blackout, &period, findings, tz)?;
    if !dry_run {
        let decided_by = validate::text("decidedBy", &draft.decided_by, validate::MAX_SHORT, false)?;
        let decided_by = if decided_by.is_empty() { store.actor().to_owned() } else { decided_by };
        let words = Words::for_locale(&settings::get(store)?.locale);
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
        let collaborations = moved_collaborations(store, period, &lines, tz)?;
        Ok(Plan { lines, campaigns, collaborations })
    }

    /// The findings the change would create, in every year it touches.
    fn findings(
        &self,
        store: &Store,
        cache: &mut CheckCache,
        blackout: &KeyDate,
        now: DateTime<Utc>,
    ) -> Result<Vec<Finding>> {
        let tz = settings::get(store)?.tz();
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

    /// The proposal as the dialog and the command line show it.
    fn describe(
        &self,
        store: &Store,
        blackout: KeyDate,
        period: &Period,
        findings: Vec<Finding>,
        tz: Tz,
    ) -> Result<ElectionReplan> {
        let labels: HashMap<Uuid, Sentence> =
            super::channels::list(store)?.into_iter().map(|c| (c.id, c.name())).collect();
        let mut by_campaign: BTreeMap<(bool, String, Option<Uuid>), Vec<ReplanLine>> = BTreeMap::new();
        let mut counts = ReplanCounts::default();
        let names: HashMap<Uuid, String> = campaigns::all(store.conn())?.into_iter().map(|c| (c.id, c.name)).collect();
        for l in &self.lines {
            match l.proposed.verdict {
                Verdict::Hold => counts.held += 1,
                Verdict::Cancel => counts.cancelled += 1,
                Verdict::Keep { .. } => counts.kept += 1,
            }
            let line = ReplanLine {
                item_id: l.before.id,
                title: l.before.title.clone(),
                channel: labels
                    .get(&l.before.channel_id)
                    .cloned()
                    .unwrap_or_else(|| Sentence::new("election-no-channel")),
                from: l.before.schedule.local_start(tz).unwrap_or_default(),
                to: (l.proposed.verdict == Verdict::Hold).then(|| l.after.schedule.local_start(tz)).flatten(),
                verdict: l.proposed.verdict,
                reason: l.proposed.reason.clone(),
                findings: findings.iter().filter(|f| f.item_ids.contains(&l.before.id)).cloned().collect(),
            };
            let name = l.before.campaign_id.and_then(|c| names.get(&c).cloned()).unwrap_or_default();
            by_campaign.entry((l.before.campaign_id.is_none(), name, l.before.campaign_id)).or_default().push(line);
        }
        let groups = by_campaign
            .into_iter()
            .map(|((_, campaign, campaign_id), lines)| ReplanGroup {
                new_end: self.campaigns.iter().find(|(b, _)| Some(b.id) == campaign_id).map(|(_, a)| a.end_date),
                campaign_id,
                campaign,
                lines,
            })
            .collect();
        let partners = self.notices(store, &blackout, period, tz)?;
        Ok(ElectionReplan { blackout, groups, partners, counts, findings })
    }

    fn notices(&self, store: &Store, blackout: &KeyDate, period: &Period, tz: Tz) -> Result<Vec<PartnerNotice>> {
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
        let decisions = decisions(replan, words, decided_by, today);
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

/// Collaborations going live in the period: they move past it by whole weeks, as a held
/// item does, unless every item of theirs in the period is kept or cancelled.
fn moved_collaborations(
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

/// The decision log's entries: per campaign, one for its held items, one for its
/// cancelled ones and one per reason of its kept ones, each naming the election, written
/// in the plan's language (the log is the plan's record, whoever reads it).
fn decisions(replan: &ElectionReplan, words: &Words, decided_by: &str, today: NaiveDate) -> Vec<LoggedDecision> {
    let mut out = Vec::new();
    for group in &replan.groups {
        let mut by_reason: BTreeMap<String, (Sentence, Vec<Subject>)> = BTreeMap::new();
        for l in &group.lines {
            let decision = decision_of(&replan.blackout, l.verdict);
            let rationale = l.reason.in_words(words);
            let key = format!("{}\u{1f}{rationale}", decision.in_words(words));
            by_reason.entry(key).or_insert((decision, vec![])).1.push(Subject::Item { id: l.item_id });
        }
        for (key, (decision, concerns)) in by_reason {
            let rationale = key.split('\u{1f}').nth(1).unwrap_or_default().to_owned();
            for chunk in concerns.chunks(500) {
                out.push(LoggedDecision {
                    id: Uuid::now_v7(),
                    year: replan.blackout.starts_on.year(),
                    campaign_id: group.campaign_id,
                    decision: decision.clone().with("count", chunk.len()).in_words(words),
                    rationale: rationale.clone(),
                    decided_by: decided_by.to_owned(),
                    decided_on: today,
                    concerns: chunk.to_vec(),
                });
            }
        }
    }
    out
}

/// What was decided for items of one verdict, naming the election.
fn decision_of(blackout: &KeyDate, verdict: Verdict) -> Sentence {
    let id = match verdict {
        Verdict::Hold => "election-decision-held",
        Verdict::Cancel => "election-decision-cancelled",
        Verdict::Keep { .. } => "election-decision-kept",
    };
    let mut s = Sentence::new(id).with("election", short_title(&blackout.name));
    if let Verdict::Keep { exemption } = verdict {
        s = s.with("exemption", Sentence::new(exemption.message_id()));
    }
    s
}
