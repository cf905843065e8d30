//! A collaboration with partner agencies: its kind, go-live and deadlines, and each
//! partner's role, status and dated history; the draft and its checks.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::timing::local_to_utc;
use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// How partners take part in a collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum CollaborationKind {
    /// One post published jointly (an Instagram collab post).
    CollabPost,
    /// A thread passed from partner to partner, each at its own time.
    ThreadRelay,
    /// Each partner posts the same content on their own channels.
    CrossPost,
    /// A campaign run together, each partner with their own posts.
    JointCampaign,
    /// The same message sent to a whole group (a DM group of 90 agencies).
    GroupBroadcast,
    /// A partner runs another's channel for a time.
    Takeover,
    /// An event held together and promoted by all.
    JointEvent,
}

/// Where a partner stands in a collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PartnerStatus {
    /// Asked to take part; no answer yet.
    Invited,
    /// Said yes.
    Confirmed,
    /// Said no.
    Declined,
    /// Sent what they were asked for.
    AssetsReceived,
    /// Has posted.
    Published,
    /// Never answered.
    NoResponse,
}

impl PartnerStatus {
    /// Has the partner committed (confirmed, or gone further)?
    pub fn committed(self) -> bool {
        matches!(self, PartnerStatus::Confirmed | PartnerStatus::AssetsReceived | PartnerStatus::Published)
    }
}

/// A status and when the team recorded it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    /// The status it changed to.
    pub status: PartnerStatus,
    /// When.
    pub at: DateTime<Utc>,
}

/// A partner's part in a collaboration; the list's order is the relay order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CollaborationPartner {
    /// The partner's id.
    pub partner_id: Uuid,
    /// What they do in it ("co-host", "amplifier").
    pub role: String,
    /// Where they stand.
    pub status: PartnerStatus,
    /// The partner's turn in a relay.
    pub slot: Option<DateTime<Utc>>,
    /// Every status the partner had, oldest first; the last is `status`.
    pub history: Vec<StatusChange>,
}

/// Content made with partner agencies: who is in, what they committed to, and when it goes live.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Collaboration {
    /// The collaboration's id.
    pub id: Uuid,
    /// What the team calls it.
    pub title: String,
    /// How partners take part.
    pub kind: CollaborationKind,
    /// The campaign it belongs to, if any.
    pub campaign_id: Option<Uuid>,
    /// When it goes live.
    pub go_live: Option<DateTime<Utc>>,
    /// When partners' assets are due.
    pub asset_due: Option<NaiveDate>,
    /// When everyone must have approved.
    pub approval_due: Option<NaiveDate>,
    /// The one message every partner carries.
    pub key_message: String,
    /// Without the leading `#`.
    pub hashtags: Vec<String>,
    /// What each partner delivers: formats, sizes, captions.
    pub asset_specs: String,
    /// Notes for the team.
    pub notes: String,
    /// The team's items that carry it.
    pub item_ids: Vec<Uuid>,
    /// The partners and where each stands.
    pub partners: Vec<CollaborationPartner>,
}

/// A collaboration as the form sends it: times are wall-clock in the plan's zone.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CollaborationDraft {
    /// What the team calls it.
    pub title: String,
    /// How partners take part.
    pub kind: CollaborationKind,
    /// The campaign's id, if any.
    pub campaign_id: Option<String>,
    /// `YYYY-MM-DDTHH:MM` in the plan's zone, or empty.
    pub go_live: String,
    /// `YYYY-MM-DD`, or empty.
    pub asset_due: String,
    /// `YYYY-MM-DD`, or empty.
    pub approval_due: String,
    /// The one message every partner carries.
    pub key_message: String,
    /// Hashtags every partner uses.
    pub hashtags: Vec<String>,
    /// What assets partners send, and in what format.
    pub asset_specs: String,
    /// Notes for the team.
    pub notes: String,
    /// The ids of the team's items that carry it.
    pub item_ids: Vec<String>,
    /// The partners and where each stands.
    pub partners: Vec<CollaborationPartnerDraft>,
}

/// A partner of a collaboration as the form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CollaborationPartnerDraft {
    /// The partner's id.
    pub partner_id: String,
    /// What they do in it.
    pub role: String,
    /// Where they stand.
    pub status: PartnerStatus,
    /// The relay slot, `YYYY-MM-DDTHH:MM` in the plan's zone, or empty.
    pub slot: String,
}

impl CollaborationDraft {
    /// The record, with each partner's history carried over from `before` and a new
    /// entry, stamped `now`, for every status that changed.
    pub fn validate(
        &self,
        id: Uuid,
        before: Option<&Collaboration>,
        tz: Tz,
        now: DateTime<Utc>,
    ) -> Result<Collaboration> {
        let mut partners: Vec<CollaborationPartner> = Vec::new();
        for p in &self.partners {
            let partner_id = validate::id("partners", &p.partner_id)?;
            if partners.iter().any(|x| x.partner_id == partner_id) {
                return Err(Error::validation("partners", Sentence::new("error-partner-twice")));
            }
            let old = before.and_then(|b| b.partners.iter().find(|x| x.partner_id == partner_id));
            let mut history = old.map(|o| o.history.clone()).unwrap_or_default();
            if old.map(|o| o.status) != Some(p.status) {
                history.push(StatusChange { status: p.status, at: now });
            }
            partners.push(CollaborationPartner {
                partner_id,
                role: validate::text("partners", &p.role, validate::MAX_SHORT, false)?,
                status: p.status,
                slot: local_instant("partners", &p.slot, tz)?,
                history,
            });
        }
        let mut hashtags = Vec::new();
        for tag in &self.hashtags {
            let tag = validate::text("hashtags", tag.trim().trim_start_matches('#'), 100, false)?;
            if !tag.is_empty() {
                hashtags.push(tag);
            }
        }
        Ok(Collaboration {
            id,
            title: validate::text("title", &self.title, validate::MAX_TITLE, true)?,
            kind: self.kind,
            campaign_id: validate::optional_id("campaignId", self.campaign_id.as_deref())?,
            go_live: local_instant("goLive", &self.go_live, tz)?,
            asset_due: validate::optional_date("assetDue", &self.asset_due)?,
            approval_due: validate::optional_date("approvalDue", &self.approval_due)?,
            key_message: validate::text("keyMessage", &self.key_message, validate::MAX_LONG, false)?,
            hashtags,
            asset_specs: validate::text("assetSpecs", &self.asset_specs, validate::MAX_LONG, false)?,
            notes: validate::text("notes", &self.notes, validate::MAX_LONG, false)?,
            item_ids: validate::ids("itemIds", &self.item_ids)?,
            partners,
        })
    }
}

/// A plan-zone wall-clock time as an instant; a time the clocks skip is refused on `field`.
fn local_instant(field: &str, value: &str, tz: Tz) -> Result<Option<DateTime<Utc>>> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    let naive = validate::local_date_time(field, value.trim())?;
    local_to_utc(naive, tz).map(Some).map_err(|e| match e {
        Error::Validation { message, .. } => Error::validation(field, message),
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(status: PartnerStatus) -> CollaborationDraft {
        CollaborationDraft {
            title: "Joint Reel: safer roads".into(),
            kind: CollaborationKind::CollabPost,
            campaign_id: None,
            go_live: "2027-03-28T09:00".into(),
            asset_due: "2027-03-20".into(),
            approval_due: String::new(),
            key_message: String::new(),
            hashtags: vec!["#SaferRoads".into()],
            asset_specs: String::new(),
            notes: String::new(),
            item_ids: vec![],
            partners: vec![CollaborationPartnerDraft {
                partner_id: "0190f0f0-0000-7000-8000-000000000001".into(),
                role: "co-author".into(),
                status,
                slot: String::new(),
            }],
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn go_live_is_read_in_the_plans_zone_across_the_clock_change() {
        let c = draft(PartnerStatus::Invited)
            .validate(Uuid::now_v7(), None, chrono_tz::Europe::Paris, at("2027-03-01T00:00:00Z"))
            .unwrap();
        // 28 March 2027 is the first day of summer time in Paris (UTC+2).
        assert_eq!(c.go_live, Some(at("2027-03-28T07:00:00Z")));
        assert_eq!(c.hashtags, vec!["SaferRoads"]);
        let mut skipped = draft(PartnerStatus::Invited);
        skipped.go_live = "2027-03-28T02:30".into();
        let err = skipped.validate(Uuid::now_v7(), None, chrono_tz::Europe::Paris, at("2027-03-01T00:00:00Z"));
        assert!(matches!(err, Err(Error::Validation { field, .. }) if field == "goLive"));
    }

    #[test]
    fn each_status_change_is_dated_once() {
        let tz = chrono_tz::Europe::London;
        let first =
            draft(PartnerStatus::Invited).validate(Uuid::now_v7(), None, tz, at("2027-03-01T10:00:00Z")).unwrap();
        let same =
            draft(PartnerStatus::Invited).validate(first.id, Some(&first), tz, at("2027-03-02T10:00:00Z")).unwrap();
        assert_eq!(same.partners[0].history.len(), 1, "no change, no entry");
        let confirmed =
            draft(PartnerStatus::Confirmed).validate(first.id, Some(&same), tz, at("2027-03-03T10:00:00Z")).unwrap();
        let history = &confirmed.partners[0].history;
        assert_eq!(
            history.iter().map(|h| h.status).collect::<Vec<_>>(),
            [PartnerStatus::Invited, PartnerStatus::Confirmed]
        );
        assert_eq!(history[1].at, at("2027-03-03T10:00:00Z"));
    }

    #[test]
    fn a_partner_listed_twice_is_refused() {
        let mut d = draft(PartnerStatus::Invited);
        d.partners.push(d.partners[0].clone());
        let err = d.validate(Uuid::now_v7(), None, chrono_tz::UTC, at("2027-03-01T00:00:00Z"));
        assert!(matches!(err, Err(Error::Validation { field, .. }) if field == "partners"));
    }
}
