//! A summary of the plan (how many of each thing), for the first run and the status line.

use serde::Serialize;
use specta::Type;

use crate::domain::{Brand, Campaign, Channel, ContentItem};
use crate::error::Result;
use crate::store::records::count;
use crate::store::Store;

/// How much the plan holds: the first-run screen offers a sample when it is empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanSummary {
    /// Brands.
    pub brands: u32,
    /// Channels.
    pub channels: u32,
    /// Campaigns.
    pub campaigns: u32,
    /// Content items.
    pub items: u32,
}

impl PlanSummary {
    /// Nothing in it yet: the first-run screen offers the sample.
    pub fn is_empty(&self) -> bool {
        self.brands == 0 && self.channels == 0 && self.campaigns == 0 && self.items == 0
    }
}

/// How many brands, channels, campaigns and items the plan holds.
pub fn summary(store: &Store) -> Result<PlanSummary> {
    let conn = store.conn();
    Ok(PlanSummary {
        brands: count::<Brand>(conn)?,
        channels: count::<Channel>(conn)?,
        campaigns: count::<Campaign>(conn)?,
        items: count::<ContentItem>(conn)?,
    })
}
