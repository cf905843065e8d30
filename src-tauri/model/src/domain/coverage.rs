//! A coverage rule: at least N items a day, week or month for an objective, on one channel
//! or any; the draft and its checks.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{validate, Channel};
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// The span a coverage rule counts items over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum CoveragePeriod {
    /// Each day.
    Day,
    /// Each week (from the plan's first weekday).
    Week,
    /// Each month.
    Month,
}

impl CoveragePeriod {
    /// The most days a period of this kind holds (weekdays only, or all).
    pub fn max_days(self, weekdays_only: bool) -> u32 {
        match (self, weekdays_only) {
            (CoveragePeriod::Day, _) => 1,
            (CoveragePeriod::Week, true) => 5,
            (CoveragePeriod::Week, false) => 7,
            (CoveragePeriod::Month, true) => 23,
            (CoveragePeriod::Month, false) => 31,
        }
    }
}

/// "At least `min_items` items per period serve this objective", on one channel or any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageRule {
    /// The rule's id.
    pub id: Uuid,
    /// The objective it measures.
    pub objective_id: Uuid,
    /// None: items on any channel count.
    pub channel_id: Option<Uuid>,
    /// The fewest items each period needs.
    pub min_items: u32,
    /// The period counted over.
    pub period: CoveragePeriod,
    /// Only Monday to Friday need covering (and only their items count).
    pub weekdays_only: bool,
}

/// A coverage rule as its form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageRuleDraft {
    /// The objective's id.
    pub objective_id: String,
    /// The channel's id, if only one channel counts.
    pub channel_id: Option<String>,
    /// The fewest items each period needs.
    pub min_items: u32,
    /// The period counted over.
    pub period: CoveragePeriod,
    /// Count weekdays only (a daily rule).
    pub weekdays_only: bool,
}

impl CoverageRuleDraft {
    /// Checks the draft; `channel` is the rule's channel when it names one, so a rule
    /// cannot ask for more than the channel may carry.
    pub fn validate(&self, id: Uuid, channel: Option<&Channel>) -> Result<CoverageRule> {
        if self.min_items == 0 {
            return Err(Error::validation("minItems", Sentence::new("error-min-items-low")));
        }
        if self.min_items > 10_000 {
            return Err(Error::validation("minItems", Sentence::new("error-min-items-high")));
        }
        if let Some(max) = channel.and_then(|c| c.max_per_day) {
            let most = max * self.period.max_days(self.weekdays_only);
            if self.min_items > most {
                let over = Sentence::new("error-min-items-over-channel")
                    .with("max", max)
                    .with("most", most)
                    .with("period", crate::domain::enum_name(&self.period));
                return Err(Error::validation("minItems", over));
            }
        }
        Ok(CoverageRule {
            id,
            objective_id: validate::id("objectiveId", &self.objective_id)?,
            channel_id: validate::optional_id("channelId", self.channel_id.as_deref())?,
            min_items: self.min_items,
            period: self.period,
            weekdays_only: self.weekdays_only,
        })
    }
}
