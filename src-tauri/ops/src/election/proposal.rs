//! What the re-plan of an election proposes, as the dialog and the command line show it:
//! its lines by campaign, each with its reason and the findings its move would create, the
//! partners to tell, and the totals.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use super::partners::PartnerNotice;
use super::{Plan, Sentence};
use crate::domain::KeyDate;
use crate::error::Result;
use crate::schedule::election::{Period, Verdict};
use crate::schedule::findings::Finding;
use crate::store::records::campaigns;
use crate::store::Store;

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

impl Plan {
    /// The proposal as the dialog and the command line show it.
    pub(super) fn describe(
        &self,
        store: &Store,
        blackout: KeyDate,
        period: &Period,
        findings: Vec<Finding>,
        tz: Tz,
    ) -> Result<ElectionReplan> {
        let labels: HashMap<Uuid, Sentence> =
            crate::channels::list(store)?.into_iter().map(|c| (c.id, c.name())).collect();
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
}
