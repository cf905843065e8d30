//! A brand: one voice of the organisation (road information, education) that owns channels.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::Result;

/// A brand the team publishes under (road information, education); it owns channels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Brand {
    pub id: Uuid,
    pub name: String,
    pub purpose: String,
    pub colour: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BrandDraft {
    pub name: String,
    pub purpose: String,
    pub colour: String,
}

impl BrandDraft {
    pub fn validate(&self, id: Uuid) -> Result<Brand> {
        Ok(Brand {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            purpose: validate::text("purpose", &self.purpose, validate::MAX_SHORT, false)?,
            colour: validate::colour("colour", &self.colour)?,
        })
    }
}
