//! Findings: what is wrong or at risk in the plan, typed, with the ids involved and
//! a message a person understands. Pure functions of the plan, `now` and the zone.

pub mod collaborations;

use serde::Serialize;
use specta::Type;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum FindingKind {
    /// Partners have not confirmed and go-live is near (or past).
    PartnersNotConfirmed,
    /// The partners' assets are due after the collaboration has gone live.
    AssetsDueAfterGoLive,
    /// A partner who declined still holds a slot in a relay.
    DeclinedPartnerInRelay,
    /// An item of a collaboration is scheduled in a blackout period.
    CollaborationItemInBlackout,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub message: String,
    /// What would resolve it, where there is one obvious fix.
    pub fix: Option<String>,
    pub collaboration_ids: Vec<Uuid>,
    pub partner_ids: Vec<Uuid>,
    pub item_ids: Vec<Uuid>,
}
