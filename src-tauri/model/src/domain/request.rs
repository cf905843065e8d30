//! An ad hoc request from another department: who asks, what, for when and whom, the
//! objective it serves, and what the team decided (accepted into an item, declined or
//! parked, with the reason); the form's draft and its checks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// What the team decided about a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum RequestDecision {
    /// Not decided yet.
    Open,
    /// Made an item (dated, or in the backlog).
    Accepted,
    /// Turned down, with the reason.
    Declined,
    /// Put aside for later, with the reason.
    Parked,
}

/// A request as the plan keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    /// The request's id.
    pub id: Uuid,
    /// What is asked for, in a line.
    pub title: String,
    /// The requester's own words, kept as they wrote them.
    pub text: String,
    /// Who asks.
    pub requester: String,
    /// Their department.
    pub department: String,
    /// How to reach them (e-mail, phone).
    pub contact: String,
    /// Whom it should reach.
    pub audience: String,
    /// When it came in.
    pub received_on: NaiveDate,
    /// When they want it out, if they said.
    pub wanted_on: Option<NaiveDate>,
    /// The channel it would go out on, if chosen.
    pub channel_id: Option<Uuid>,
    /// The objective it serves, if it fits one.
    pub objective_id: Option<Uuid>,
    /// What the team decided.
    pub decision: RequestDecision,
    /// Why (required to decline or park).
    pub reason: String,
    /// When it was decided.
    pub decided_on: Option<NaiveDate>,
    /// The item it became, once accepted.
    pub item_id: Option<Uuid>,
}

/// A request as the form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RequestDraft {
    /// What is asked for.
    pub title: String,
    /// The requester's words.
    pub text: String,
    /// Who asks.
    pub requester: String,
    /// Their department.
    pub department: String,
    /// How to reach them.
    pub contact: String,
    /// Whom it should reach.
    pub audience: String,
    /// When it came in, `YYYY-MM-DD` (empty: today).
    pub received_on: String,
    /// When it is wanted, `YYYY-MM-DD` or empty.
    pub wanted_on: String,
    /// The channel's id, if chosen.
    pub channel_id: Option<String>,
    /// The objective's id, if chosen.
    pub objective_id: Option<String>,
}

impl RequestDraft {
    /// Checks the draft and makes it the open request `id`, received `today` unless it says.
    pub fn validate(&self, id: Uuid, today: NaiveDate) -> Result<Request> {
        let received_on = validate::optional_date("receivedOn", &self.received_on)?.unwrap_or(today);
        let wanted_on = validate::optional_date("wantedOn", &self.wanted_on)?;
        if wanted_on.is_some_and(|w| w < received_on) {
            return Err(Error::validation("wantedOn", Sentence::new("error-wanted-before-received")));
        }
        Ok(Request {
            id,
            title: validate::text("title", &self.title, validate::MAX_TITLE, true)?,
            text: validate::text("text", &self.text, validate::MAX_LONG, false)?,
            requester: validate::text("requester", &self.requester, validate::MAX_SHORT, true)?,
            department: validate::text("department", &self.department, validate::MAX_SHORT, false)?,
            contact: validate::text("contact", &self.contact, validate::MAX_SHORT, false)?,
            audience: validate::text("audience", &self.audience, validate::MAX_SHORT, false)?,
            received_on,
            wanted_on,
            channel_id: validate::optional_id("channelId", self.channel_id.as_deref())?,
            objective_id: validate::optional_id("objectiveId", self.objective_id.as_deref())?,
            decision: RequestDecision::Open,
            reason: String::new(),
            decided_on: None,
            item_id: None,
        })
    }
}

impl Request {
    /// What the accepted item's notes keep of the request: who asked, when, and their words.
    pub fn as_notes(&self) -> String {
        let who = [self.department.as_str(), self.contact.as_str()].into_iter().filter(|s| !s.is_empty());
        let who: Vec<&str> = who.collect();
        let mut notes = format!("Requested by {}", self.requester);
        if !who.is_empty() {
            notes += &format!(" ({})", who.join(", "));
        }
        notes += &format!(" on {}", self.received_on);
        if !self.audience.is_empty() {
            notes += &format!(", for {}", self.audience);
        }
        if !self.text.is_empty() {
            notes += &format!(":\n{}", self.text);
        }
        notes
    }
}
