//! The whole plan as one JSON document with a documented, versioned format
//! (`almanac-plan`, version 1; see README → *Whole-plan JSON*): every record of every
//! kind, as the store holds it, so it imports back into an empty plan row for row, and
//! other tools can read a plan without SQLite. The journal (undo history) is not part of it.

use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{
    Approval, Brand, Campaign, Channel, Collaboration, ContentItem, CoverageRule, CrisisPause, KeyDate, Member,
    Objective, Outcome, Partner, PartnerGroup, PlanYear, PostLink, PostResult, Request, Series, Settings,
};
use crate::error::Result;
use crate::store::records::every;
use crate::Store;

/// The format's name, in every document.
pub const FORMAT: &str = "almanac-plan";
/// The format's version: a reader refuses a newer one.
pub const VERSION: u32 = 1;

/// A whole plan. Records are listed by kind in the order they may be inserted (what a
/// record names comes before it), each kind ordered by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanDocument {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format's version ([`VERSION`]).
    pub version: u32,
    /// When it was written (RFC 3339, UTC).
    pub exported: String,
    /// The plan's settings.
    pub settings: Settings,
    /// Brands.
    pub brands: Vec<Brand>,
    /// Channels.
    pub channels: Vec<Channel>,
    /// Objectives.
    pub objectives: Vec<Objective>,
    /// Coverage rules.
    pub coverage_rules: Vec<CoverageRule>,
    /// Team members.
    pub members: Vec<Member>,
    /// Campaigns.
    pub campaigns: Vec<Campaign>,
    /// Recurring series.
    pub series: Vec<Series>,
    /// Content items.
    pub items: Vec<ContentItem>,
    /// Partners.
    pub partners: Vec<Partner>,
    /// Partner groups.
    pub partner_groups: Vec<PartnerGroup>,
    /// Collaborations.
    pub collaborations: Vec<Collaboration>,
    /// Key dates and blackout periods.
    pub key_dates: Vec<KeyDate>,
    /// Plan years (the annual plan's title, messages and priorities).
    pub plan_years: Vec<PlanYear>,
    /// Crisis pauses.
    pub pauses: Vec<CrisisPause>,
    /// Approval decisions (absent from documents written before approvals existed).
    #[serde(default)]
    pub approvals: Vec<Approval>,
    /// Requests from other departments (absent from documents written before them).
    #[serde(default)]
    pub requests: Vec<Request>,
    /// Published items' links to their posts (absent from documents written before results).
    #[serde(default)]
    pub post_links: Vec<PostLink>,
    /// The numbers the platforms reported, per post and day.
    #[serde(default)]
    pub post_results: Vec<PostResult>,
    /// Outcomes and lessons noted by hand.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
}

/// The plan as a document, stamped `now`.
pub fn document(store: &Store, now: DateTime<Utc>) -> Result<PlanDocument> {
    let conn = store.conn();
    Ok(PlanDocument {
        format: FORMAT.into(),
        version: VERSION,
        exported: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        settings: crate::ops::settings::get(store)?,
        brands: every(conn)?,
        channels: every(conn)?,
        objectives: every(conn)?,
        coverage_rules: every(conn)?,
        members: every(conn)?,
        campaigns: every(conn)?,
        series: every(conn)?,
        items: every(conn)?,
        partners: every(conn)?,
        partner_groups: every(conn)?,
        collaborations: every(conn)?,
        key_dates: every(conn)?,
        plan_years: every(conn)?,
        pauses: every(conn)?,
        approvals: every(conn)?,
        requests: every(conn)?,
        post_links: every(conn)?,
        post_results: every(conn)?,
        outcomes: every(conn)?,
    })
}

/// Writes the plan as pretty-printed JSON to `path`, atomically; returns the records written.
pub fn export(store: &Store, now: DateTime<Utc>, path: &Path) -> Result<u32> {
    let doc = document(store, now)?;
    let bytes = serde_json::to_vec_pretty(&doc)?;
    super::write_atomically("out", path, &bytes)?;
    Ok(doc.records())
}

impl PlanDocument {
    /// How many records it holds besides its settings.
    pub fn records(&self) -> u32 {
        [
            self.brands.len(),
            self.channels.len(),
            self.objectives.len(),
            self.coverage_rules.len(),
            self.members.len(),
            self.campaigns.len(),
            self.series.len(),
            self.items.len(),
            self.partners.len(),
            self.partner_groups.len(),
            self.collaborations.len(),
            self.key_dates.len(),
            self.plan_years.len(),
            self.pauses.len(),
            self.approvals.len(),
            self.requests.len(),
            self.post_links.len(),
            self.post_results.len(),
            self.outcomes.len(),
        ]
        .iter()
        .sum::<usize>() as u32
    }
}
