//! A brand: one voice of the organisation (road information, education) that owns channels.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::approval::Reapproval;
use super::validate;
use crate::error::Result;

/// A brand the team publishes under (road information, education); it owns channels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Brand {
    /// The brand's id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// What it stands for.
    pub purpose: String,
    /// Its colour (`#rrggbb`).
    pub colour: String,
    /// What sends its approved items back to review.
    #[serde(default)]
    pub reapproval: Reapproval,
}

/// A brand as its form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BrandDraft {
    /// Its name.
    pub name: String,
    /// What it stands for.
    pub purpose: String,
    /// Its colour (`#rrggbb`).
    pub colour: String,
    /// What sends its approved items back to review.
    #[serde(default)]
    pub reapproval: Reapproval,
}

impl BrandDraft {
    /// Checks the draft and makes it the brand `id`.
    pub fn validate(&self, id: Uuid) -> Result<Brand> {
        Ok(Brand {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            purpose: validate::text("purpose", &self.purpose, validate::MAX_SHORT, false)?,
            colour: validate::colour("colour", &self.colour)?,
            reapproval: self.reapproval,
        })
    }
}
