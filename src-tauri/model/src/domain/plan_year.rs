//! The plan of one year: its title, core messages, board priorities and flagship projects.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// The most entries a list of the plan year holds: it must fit on one printed page.
pub const MAX_ENTRIES: usize = 12;

/// The plan of one year: what the one-page annual plan leads with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanYear {
    /// The record's id (nil for a year not yet written).
    pub id: Uuid,
    /// The year.
    pub year: i32,
    /// The plan's title for the year.
    pub title: String,
    /// The year's core messages.
    pub core_messages: Vec<String>,
    /// Priorities set by the board or the leadership.
    pub priorities: Vec<String>,
    /// The year's flagship projects.
    pub flagship_projects: Vec<String>,
}

/// A year's written plan as its form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanYearDraft {
    /// The year.
    pub year: i32,
    /// The title.
    pub title: String,
    /// The core messages, one per line.
    pub core_messages: Vec<String>,
    /// The board's priorities.
    pub priorities: Vec<String>,
    /// The flagship projects.
    pub flagship_projects: Vec<String>,
}

impl PlanYearDraft {
    /// Checks the draft and makes it the record `id`.
    pub fn validate(&self, id: Uuid) -> Result<PlanYear> {
        if !validate::YEARS.contains(&self.year) {
            return Err(Error::validation("year", Sentence::new("error-not-a-year")));
        }
        Ok(PlanYear {
            id,
            year: self.year,
            title: validate::text("title", &self.title, validate::MAX_TITLE, false)?,
            core_messages: entries("coreMessages", &self.core_messages)?,
            priorities: entries("priorities", &self.priorities)?,
            flagship_projects: entries("flagshipProjects", &self.flagship_projects)?,
        })
    }
}

/// Trimmed, non-empty lines of at most 300 characters, at most [`MAX_ENTRIES`] of them.
fn entries(field: &str, values: &[String]) -> Result<Vec<String>> {
    let out: Vec<String> = values
        .iter()
        .map(|v| validate::text(field, v, validate::MAX_SHORT, false))
        .filter(|v| !matches!(v, Ok(s) if s.is_empty()))
        .collect::<Result<_>>()?;
    if out.len() > MAX_ENTRIES {
        let many = Sentence::new("error-too-many-entries").with("count", out.len()).with("max", MAX_ENTRIES);
        return Err(Error::validation(field, many));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> PlanYearDraft {
        PlanYearDraft {
            year: 2027,
            title: "Safer together".into(),
            core_messages: vec!["  We are here for you ".into(), "".into()],
            priorities: vec![],
            flagship_projects: vec![],
        }
    }

    #[test]
    fn entries_are_trimmed_and_blanks_dropped() {
        assert_eq!(draft().validate(Uuid::now_v7()).unwrap().core_messages, vec!["We are here for you"]);
    }

    #[test]
    fn a_list_longer_than_a_page_holds_is_refused() {
        let mut d = draft();
        d.priorities = (0..13).map(|i| format!("Priority {i}")).collect();
        assert!(matches!(d.validate(Uuid::now_v7()), Err(Error::Validation { field, .. }) if field == "priorities"));
        d.priorities.clear();
        d.year = 1850;
        assert!(matches!(d.validate(Uuid::now_v7()), Err(Error::Validation { field, .. }) if field == "year"));
    }
}
