//! The whole plan as one document (`almanac-plan`, see README → *Whole-plan JSON*): what
//! the JSON export writes and the JSON import reads, so both hold one definition of it.

use serde::{Deserialize, Serialize};

use super::{
    Approval, Brand, Campaign, Channel, Collaboration, Comment, ContentItem, CoverageRule, CrisisPause, KeyDate,
    LoggedDecision, Member, Objective, Outcome, Partner, PartnerGroup, PlanYear, PostLink, PostResult, Request, Series,
    Settings,
};

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
    /// Comments on items, campaigns and collaborations (absent from documents written
    /// before they travelled in it).
    #[serde(default)]
    pub comments: Vec<Comment>,
    /// The decision log (absent from documents written before it travelled in it).
    #[serde(default)]
    pub decisions: Vec<LoggedDecision>,
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
            self.comments.len(),
            self.decisions.len(),
        ]
        .iter()
        .sum::<usize>() as u32
    }
}
