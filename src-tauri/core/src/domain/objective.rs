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
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub colour: String,
    /// The KPI's metric, such as "reach" or "messages received".
    pub kpi_metric: String,
    pub kpi_target: Option<f64>,
    /// The KPI's period, such as "week" or "year".
    pub kpi_period: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveDraft {
    pub name: String,
    pub description: String,
    pub colour: String,
    pub kpi_metric: String,
    pub kpi_target: Option<f64>,
    pub kpi_period: String,
}

impl ObjectiveDraft {
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
