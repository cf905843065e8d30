//! An objective the plan serves, with its KPI: the metric and what kind of number it is (a
//! count summed over time, or a level read at a moment), its baseline, the target per
//! period and the evaluation level it sits at (GCS: output, outtake, outcome, impact); the
//! draft and its checks.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// What the team wants its content to achieve, with a measurable target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Objective {
    /// The objective's id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// What it means, in a sentence or two.
    pub description: String,
    /// Its colour on the legend (`#rrggbb`).
    pub colour: String,
    /// The KPI's metric, such as "reach" or "messages received".
    pub kpi_metric: String,
    /// The number to reach, if there is one.
    pub kpi_target: Option<f64>,
    /// The KPI's period, such as "week" or "year".
    pub kpi_period: String,
    /// Where the metric stood before the plan, if known.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// The level of the evaluation cycle the KPI measures.
    #[serde(default)]
    pub level: GcsLevel,
    /// What kind of number the metric is.
    #[serde(default)]
    pub kpi_kind: MetricKind,
}

/// What kind of number a KPI's metric is, which says how its readings add up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum MetricKind {
    /// Counted: each reading adds to the total (reach, clicks, reports received).
    #[default]
    Count,
    /// Read at a moment: the latest reading is where it stands (a survey's share in %, a
    /// satisfaction score); readings are never added up.
    Level,
}

/// The level of the GCS evaluation cycle an objective's KPI sits at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum GcsLevel {
    /// What the team put out: posts, reach, impressions.
    Output,
    /// What the audience took from it: engagement, clicks, follows.
    #[default]
    Outtake,
    /// What changed: reports received, applications, take-up.
    Outcome,
    /// What the organisation's goal gained: fewer casualties, more trust.
    Impact,
}

/// The periods a target can be set for, with their length in days.
pub const PERIODS: [(&str, f64); 5] =
    [("day", 1.0), ("week", 7.0), ("month", 365.25 / 12.0), ("quarter", 365.25 / 4.0), ("year", 365.25)];

impl Objective {
    /// The target for a window of `days` days: a count's per-period target, pro rata; a
    /// level's target as it is (70 % is 70 % over any window). None when the objective has
    /// no target, or a count's period is not one of [`PERIODS`].
    pub fn target_for(&self, days: i64) -> Option<f64> {
        if self.kpi_kind == MetricKind::Level {
            return self.kpi_target;
        }
        let period = PERIODS.iter().find(|(name, _)| name.eq_ignore_ascii_case(self.kpi_period.trim()))?.1;
        self.kpi_target.map(|t| t * days as f64 / period)
    }
}

/// An objective as its form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveDraft {
    /// Its name.
    pub name: String,
    /// What it means.
    pub description: String,
    /// Its colour (`#rrggbb`).
    pub colour: String,
    /// What is measured.
    pub kpi_metric: String,
    /// The number to reach, if any.
    pub kpi_target: Option<f64>,
    /// The period the target is for.
    pub kpi_period: String,
    /// Where the metric stood before, if known.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// The evaluation level.
    #[serde(default)]
    pub level: GcsLevel,
    /// What kind of number the metric is.
    #[serde(default)]
    pub kpi_kind: MetricKind,
}

impl ObjectiveDraft {
    /// Checks the draft and makes it the objective `id`.
    pub fn validate(&self, id: Uuid) -> Result<Objective> {
        if self.kpi_target.is_some_and(|t| !t.is_finite() || t < 0.0) {
            return Err(Error::validation("kpiTarget", Sentence::new("error-not-negative")));
        }
        if self.baseline.is_some_and(|t| !t.is_finite() || t < 0.0) {
            return Err(Error::validation("baseline", Sentence::new("error-not-negative")));
        }
        let period = self.kpi_period.trim();
        if self.kpi_target.is_some()
            && self.kpi_kind == MetricKind::Count
            && !PERIODS.iter().any(|(p, _)| p.eq_ignore_ascii_case(period))
        {
            return Err(Error::validation("kpiPeriod", Sentence::new("error-kpi-period")));
        }
        Ok(Objective {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            description: validate::text("description", &self.description, validate::MAX_LONG, false)?,
            colour: validate::colour("colour", &self.colour)?,
            kpi_metric: validate::text("kpiMetric", &self.kpi_metric, validate::MAX_SHORT, false)?,
            kpi_target: self.kpi_target,
            kpi_period: validate::text("kpiPeriod", &self.kpi_period, 40, false)?.to_lowercase(),
            baseline: self.baseline,
            level: self.level,
            kpi_kind: self.kpi_kind,
        })
    }
}
