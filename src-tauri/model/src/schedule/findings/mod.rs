//! Findings: what is wrong or at risk in the plan, typed, with the ids involved and
//! a message a person understands. Pure functions of the plan, `now` and the zone.
//!
//! [`super::facts`] is the plan as the rules read it, [`rules`] the rules, one function per
//! scope (an item, a channel's day, an owner's week, a group of translations, a
//! collaboration), and [`engine`] keeps the findings per scope so that a move
//! recomputes only the scopes it touches.

pub mod collaborations;
pub mod engine;
pub(crate) mod rules;
#[cfg(test)]
mod tests;

use crate::Sentence;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

pub use super::facts::{Facts, PlanItem};
pub use engine::{Checker, ItemFindings, Recorded, WhatIf};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// At risk: look at it.
    Warning,
    /// Wrong: fix it before it goes out.
    Error,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum FindingKind {
    /// An item is scheduled in a blackout period (an error where nothing may go out).
    InBlackout,
    /// A channel carries more items on a day than it allows.
    OverDailyLimit,
    /// Two timed items on a channel are closer together than its minimum gap.
    UnderMinGap,
    /// An owner has more items in a week than their capacity.
    OverCapacity,
    /// An item is due on a day its owner is on leave.
    OwnerOnLeave,
    /// An item of a campaign is dated outside the campaign's window.
    OutsideCampaign,
    /// An approved item has no date.
    ApprovedWithoutDate,
    /// An item's date has passed and it was never published.
    PastNotPublished,
    /// Language versions of one item are not scheduled on the same day.
    TranslationsApart,
    /// Partners have not confirmed and go-live is near (or past).
    PartnersNotConfirmed,
    /// The partners' assets are due after the collaboration has gone live.
    AssetsDueAfterGoLive,
    /// A partner who declined still holds a slot in a relay.
    DeclinedPartnerInRelay,
    /// An item of a collaboration is scheduled in a blackout period.
    CollaborationItemInBlackout,
    /// A change sends an approved item back to review (shown by the change, not standing).
    BackToReview,
    /// An item's copy is longer than its network takes, as the network counts it, or
    /// carries more hashtags than it allows.
    CopyOverLimit,
}

/// Something wrong or at risk in the plan, with what it involves.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// What it is about.
    pub kind: FindingKind,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, for a person, in the reader's language.
    pub message: Sentence,
    /// What would resolve it, where there is one obvious fix.
    pub fix: Option<Sentence>,
    /// The plan-zone day it is about, where it is about one.
    pub day: Option<NaiveDate>,
    /// The items involved.
    pub item_ids: Vec<Uuid>,
    /// The campaigns involved.
    pub campaign_ids: Vec<Uuid>,
    /// The channels involved.
    pub channel_ids: Vec<Uuid>,
    /// The members involved.
    pub member_ids: Vec<Uuid>,
    /// The key dates involved.
    pub key_date_ids: Vec<Uuid>,
    /// The collaborations involved.
    pub collaboration_ids: Vec<Uuid>,
    /// The partners involved.
    pub partner_ids: Vec<Uuid>,
}

impl Finding {
    /// A finding of `kind` with its message; the ids are added after.
    pub fn new(kind: FindingKind, severity: Severity, message: Sentence) -> Self {
        Finding {
            kind,
            severity,
            message,
            fix: None,
            day: None,
            item_ids: vec![],
            campaign_ids: vec![],
            channel_ids: vec![],
            member_ids: vec![],
            key_date_ids: vec![],
            collaboration_ids: vec![],
            partner_ids: vec![],
        }
    }

    /// With the obvious fix: the catalogue's message `id`.
    pub fn fix(mut self, id: &str) -> Self {
        self.fix = Some(Sentence::new(id));
        self
    }

    /// About one day.
    pub fn on(mut self, day: NaiveDate) -> Self {
        self.day = Some(day);
        self
    }

    /// The order findings are listed in: by day (undated last), worst first, then by what
    /// they are about, so the order is the same in every language.
    #[allow(clippy::type_complexity)]
    fn sort_key(&self) -> (bool, Option<NaiveDate>, std::cmp::Reverse<Severity>, FindingKind, [&[Uuid]; 5]) {
        let about = [&self.channel_ids, &self.member_ids, &self.collaboration_ids, &self.partner_ids, &self.item_ids];
        (self.day.is_none(), self.day, std::cmp::Reverse(self.severity), self.kind, about.map(Vec::as_slice))
    }
}

/// Sorts findings into the order they are listed in.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}
