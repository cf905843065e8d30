//! The decision log: a decision, its rationale, who took it and when, for a campaign or
//! for the plan year, and the items or campaigns it concerns (police communication
//! standards ask for the rationale to be recorded); the form's draft and its checks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::comment::Subject;
use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// A decision in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LoggedDecision {
    /// Its id.
    pub id: Uuid,
    /// The plan year it belongs to.
    pub year: i32,
    /// The campaign it was taken for; none: the plan year's.
    pub campaign_id: Option<Uuid>,
    /// What was decided.
    pub decision: String,
    /// Why.
    pub rationale: String,
    /// Who took it.
    pub decided_by: String,
    /// When.
    pub decided_on: NaiveDate,
    /// The items and campaigns it concerns.
    pub concerns: Vec<Subject>,
}

/// A decision as the form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LoggedDecisionDraft {
    /// The plan year.
    pub year: i32,
    /// The campaign's id, if it is a campaign's decision.
    pub campaign_id: Option<String>,
    /// What was decided.
    pub decision: String,
    /// Why.
    pub rationale: String,
    /// Who took it.
    pub decided_by: String,
    /// When, `YYYY-MM-DD` (empty: today).
    pub decided_on: String,
    /// What it concerns.
    #[serde(default)]
    pub concerns: Vec<Subject>,
}

impl LoggedDecisionDraft {
    /// Checks the draft and makes it the decision `id`, taken `today` unless it says.
    pub fn validate(&self, id: Uuid, today: NaiveDate) -> Result<LoggedDecision> {
        if !(1900..=2999).contains(&self.year) {
            return Err(Error::validation("year", Sentence::new("error-not-a-year")));
        }
        if self.concerns.len() > 500 {
            return Err(Error::validation("concerns", Sentence::new("error-too-many-concerns")));
        }
        Ok(LoggedDecision {
            id,
            year: self.year,
            campaign_id: validate::optional_id("campaignId", self.campaign_id.as_deref())?,
            decision: validate::text("decision", &self.decision, validate::MAX_LONG, true)?,
            rationale: validate::text("rationale", &self.rationale, validate::MAX_LONG, false)?,
            decided_by: validate::text("decidedBy", &self.decided_by, validate::MAX_SHORT, true)?,
            decided_on: validate::optional_date("decidedOn", &self.decided_on)?.unwrap_or(today),
            concerns: self.concerns.clone(),
        })
    }
}
