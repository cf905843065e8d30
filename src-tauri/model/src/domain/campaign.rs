//! A campaign: its window, status, hashtags, core message and brief, and the objectives
//! and channels it serves; the draft the UI sends and its checks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// Where a campaign is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum CampaignStatus {
    /// A thought to develop.
    Idea,
    /// Planned: its window and channels are set.
    Planned,
    /// Approved to run.
    Approved,
    /// Running now.
    Live,
    /// Over.
    Done,
    /// Stopped before or while it ran.
    Cancelled,
}

/// A campaign: a hashtag, a core message and a window, with many content items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    /// The campaign's id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Without the leading `#`.
    pub hashtags: Vec<String>,
    /// The one message it carries.
    pub core_message: String,
    /// The brief: what, why, for whom.
    pub brief: String,
    /// Its first day.
    pub start_date: NaiveDate,
    /// Inclusive: the campaign's last day.
    pub end_date: NaiveDate,
    /// Where it is in its life.
    pub status: CampaignStatus,
    /// A flagship campaign: drawn first on the annual plan and starred.
    pub flagship: bool,
    /// Its colour on the timeline (`#rrggbb`).
    pub colour: String,
    /// Who it is for.
    pub audience: String,
    /// The objectives it serves, in order (the first groups it on the timeline).
    pub objective_ids: Vec<Uuid>,
    /// The channels it runs on, in order.
    pub channel_ids: Vec<Uuid>,
}

/// A campaign as the editor sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CampaignDraft {
    /// Its name.
    pub name: String,
    /// Its hashtags.
    pub hashtags: Vec<String>,
    /// The one message it carries.
    pub core_message: String,
    /// The brief.
    pub brief: String,
    /// Its first day, `YYYY-MM-DD`.
    pub start_date: String,
    /// Its last day, `YYYY-MM-DD`.
    pub end_date: String,
    /// Where it is in its life.
    pub status: CampaignStatus,
    /// Whether it is a flagship.
    pub flagship: bool,
    /// Its colour (`#rrggbb`).
    pub colour: String,
    /// Who it is for.
    pub audience: String,
    /// The ids of the objectives it serves.
    pub objective_ids: Vec<String>,
    /// The ids of the channels it runs on.
    pub channel_ids: Vec<String>,
}

impl CampaignDraft {
    /// Checks the draft and makes it the campaign `id`.
    pub fn validate(&self, id: Uuid) -> Result<Campaign> {
        let name = validate::text("name", &self.name, validate::MAX_SHORT, true)?;
        let start_date = validate::date("startDate", &self.start_date)?;
        let end_date = validate::date("endDate", &self.end_date)?;
        let campaign = Campaign {
            id,
            name,
            hashtags: hashtags(&self.hashtags)?,
            core_message: validate::text("coreMessage", &self.core_message, validate::MAX_SHORT * 2, false)?,
            brief: validate::text("brief", &self.brief, validate::MAX_LONG, false)?,
            start_date,
            end_date,
            status: self.status,
            flagship: self.flagship,
            colour: validate::colour("colour", &self.colour)?,
            audience: validate::text("audience", &self.audience, validate::MAX_SHORT, false)?,
            objective_ids: validate::ids("objectiveIds", &self.objective_ids)?,
            channel_ids: validate::ids("channelIds", &self.channel_ids)?,
        };
        campaign.check()?;
        Ok(campaign)
    }
}

impl Campaign {
    /// What every campaign of a plan keeps: it ends on or after its start, and its colour
    /// is a colour (a plan file from elsewhere is read through this too).
    pub fn check(&self) -> Result<()> {
        if self.end_date < self.start_date {
            return Err(Error::validation("endDate", Sentence::new("error-campaign-ends-before-start")));
        }
        validate::colour("colour", &self.colour).map(|_| ())
    }
}

/// Hashtags without `#`, without blanks or duplicates; letters, digits and `_` only.
fn hashtags(values: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for raw in values {
        let tag = raw.trim().trim_start_matches('#');
        if tag.is_empty() {
            continue;
        }
        if tag.chars().count() > 100 || !tag.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Err(Error::validation("hashtags", Sentence::new("error-not-hashtag").with("value", raw)));
        }
        if !out.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
            out.push(tag.to_string());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> CampaignDraft {
        CampaignDraft {
            name: "Cone Zone".into(),
            hashtags: vec!["#ConeZone".into(), "conezone".into(), " ".into()],
            core_message: "Slow down for road crews".into(),
            brief: String::new(),
            start_date: "2027-05-01".into(),
            end_date: "2027-06-30".into(),
            status: CampaignStatus::Planned,
            flagship: true,
            colour: "#ff8800".into(),
            audience: String::new(),
            objective_ids: vec![],
            channel_ids: vec![],
        }
    }

    #[test]
    fn hashtags_are_normalised() {
        assert_eq!(draft().validate(Uuid::now_v7()).unwrap().hashtags, vec!["ConeZone"]);
    }

    #[test]
    fn a_campaign_cannot_end_before_it_starts() {
        let mut d = draft();
        d.end_date = "2027-04-30".into();
        assert_eq!(
            d.validate(Uuid::now_v7()).unwrap_err(),
            Error::validation("endDate", Sentence::new("error-campaign-ends-before-start"))
        );
    }

    #[test]
    fn hashtags_with_spaces_are_refused() {
        let mut d = draft();
        d.hashtags = vec!["cone zone".into()];
        assert!(matches!(d.validate(Uuid::now_v7()), Err(Error::Validation { field, .. }) if field == "hashtags"));
    }
}
