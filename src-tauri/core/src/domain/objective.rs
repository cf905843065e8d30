//! An objective the plan serves, with its KPI; the draft and its checks.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};

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
}

impl ObjectiveDraft {
    /// Checks the draft and makes it the objective `id`.
    pub fn validate(&self, id: Uuid) -> Result<Objective> {
        if self.kpi_target.is_some_and(|t| !t.is_finite() || t < 0.0) {
            return Err(Error::validation("kpiTarget", "must be a number of zero or more"));
        }
        Ok(Objective {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            description: validate::text("description", &self.description, validate::MAX_LONG, false)?,
            colour: validate::colour("colour", &self.colour)?,
            kpi_metric: validate::text("kpiMetric", &self.kpi_metric, validate::MAX_SHORT, false)?,
            kpi_target: self.kpi_target,
            kpi_period: validate::text("kpiPeriod", &self.kpi_period, 40, false)?,
        })
    }
}
