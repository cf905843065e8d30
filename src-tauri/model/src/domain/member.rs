//! A team member: role, weekly capacity and leave; the drafts and their checks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::approval::ApprovalScope;
use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// Days a member is away, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Leave {
    /// The first day away.
    pub starts_on: NaiveDate,
    /// The last day away.
    pub ends_on: NaiveDate,
}

impl Leave {
    /// Whether the member is away on `day`.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.starts_on <= day && day <= self.ends_on
    }
}

/// Someone on the team who owns items, with how much they can take on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    /// The member's id.
    pub id: Uuid,
    /// Their name.
    pub name: String,
    /// Their role in the team.
    pub role: String,
    /// Their e-mail address.
    pub email: String,
    /// At most this many items a week; none means no limit.
    pub capacity_weekly: Option<u32>,
    /// The days they are away.
    pub leave: Vec<Leave>,
    /// The items they may approve (none: they approve nothing).
    #[serde(default)]
    pub approves: Vec<ApprovalScope>,
}

/// A stretch of leave as the form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LeaveDraft {
    /// The first day away, `YYYY-MM-DD`.
    pub starts_on: String,
    /// The last day away, `YYYY-MM-DD`.
    pub ends_on: String,
}

/// A member as the team form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MemberDraft {
    /// Their name.
    pub name: String,
    /// Their role.
    pub role: String,
    /// Their e-mail address.
    pub email: String,
    /// How many items they can own a week, if limited.
    pub capacity_weekly: Option<u32>,
    /// Their leave.
    pub leave: Vec<LeaveDraft>,
    /// The items they may approve.
    #[serde(default)]
    pub approves: Vec<ApprovalScope>,
}

const MAX_LEAVE: usize = 200;

impl MemberDraft {
    /// Checks the draft and makes it the member `id`.
    pub fn validate(&self, id: Uuid) -> Result<Member> {
        if self.capacity_weekly.is_some_and(|n| n == 0 || n > 1000) {
            return Err(Error::validation("capacityWeekly", Sentence::new("error-capacity")));
        }
        if self.leave.len() > MAX_LEAVE {
            return Err(Error::validation("leave", Sentence::new("error-too-much-leave").with("max", MAX_LEAVE)));
        }
        let mut leave = Vec::with_capacity(self.leave.len());
        for l in &self.leave {
            let starts_on = validate::date("leave", &l.starts_on)?;
            let ends_on = validate::date("leave", &l.ends_on)?;
            if ends_on < starts_on {
                return Err(Error::validation(
                    "leave",
                    Sentence::new("error-leave-order").with("value", ends_on.to_string()),
                ));
            }
            leave.push(Leave { starts_on, ends_on });
        }
        leave.sort_by_key(|l| l.starts_on);
        Ok(Member {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            role: validate::text("role", &self.role, validate::MAX_SHORT, false)?,
            email: validate::text("email", &self.email, validate::MAX_SHORT, false)?,
            capacity_weekly: self.capacity_weekly,
            leave,
            approves: self.approves.clone(),
        })
    }
}

/// A member as the server lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    /// Their server role, the user name of their address.
    pub role_name: String,
    /// Their name.
    pub name: String,
    /// Their e-mail address.
    pub email: String,
    /// `editor` or `viewer`.
    pub role: String,
    /// What they may approve: `everything`, `brand:<id>`, `channel:<id>` (set by the owner).
    pub approves: Vec<String>,
}
