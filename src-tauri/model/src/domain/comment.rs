//! A comment on an item, a campaign or a collaboration: who wrote it, when, the text, and
//! the members it mentions (`@Name`, matched against the team list, longest name first).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::Member;

/// What a comment or a logged decision is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Subject {
    /// A content item.
    Item {
        /// Its id.
        id: Uuid,
    },
    /// A campaign.
    Campaign {
        /// Its id.
        id: Uuid,
    },
    /// A collaboration.
    Collaboration {
        /// Its id.
        id: Uuid,
    },
}

impl Subject {
    /// The kind's name, as stored.
    pub fn kind(&self) -> &'static str {
        match self {
            Subject::Item { .. } => "item",
            Subject::Campaign { .. } => "campaign",
            Subject::Collaboration { .. } => "collaboration",
        }
    }

    /// The id of what it is about.
    pub fn id(&self) -> Uuid {
        match self {
            Subject::Item { id } | Subject::Campaign { id } | Subject::Collaboration { id } => *id,
        }
    }

    /// The subject of `kind` (as stored) and `id`.
    pub fn of(kind: &str, id: Uuid) -> Option<Subject> {
        match kind {
            "item" => Some(Subject::Item { id }),
            "campaign" => Some(Subject::Campaign { id }),
            "collaboration" => Some(Subject::Collaboration { id }),
            _ => None,
        }
    }
}

/// A comment, as the plan keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    /// The comment's id.
    pub id: Uuid,
    /// What it is about.
    pub subject: Subject,
    /// Who wrote it.
    pub author: String,
    /// When.
    pub written_at: DateTime<Utc>,
    /// The text.
    pub text: String,
    /// The members it mentions.
    pub mentions: Vec<Uuid>,
}

/// The members `text` mentions as `@Full Name` (or `@First`, when one member has that
/// first name), each once, in the order of the team list.
pub fn mentions(text: &str, team: &[Member]) -> Vec<Uuid> {
    let lower = text.to_lowercase();
    let mentioned = |name: &str| {
        let tag = format!("@{}", name.to_lowercase());
        lower.match_indices(&tag).any(|(at, _)| {
            // A mention starts a word (not an e-mail address) and the name ends there:
            // "@Ann" is not "@Anna".
            let starts = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            starts && lower[at + tag.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
        })
    };
    team.iter()
        .filter(|m| {
            let first = m.name.split_whitespace().next().unwrap_or_default();
            let unique_first = team.iter().filter(|o| o.name.split_whitespace().next() == Some(first)).count() == 1;
            mentioned(&m.name) || (unique_first && !first.is_empty() && mentioned(first))
        })
        .map(|m| m.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(name: &str) -> Member {
        Member {
            id: Uuid::now_v7(),
            name: name.into(),
            role: String::new(),
            email: String::new(),
            capacity_weekly: None,
            leave: vec![],
            approves: vec![],
        }
    }

    #[test]
    fn full_names_and_unique_first_names_are_mentions_and_a_longer_name_is_not() {
        let team = [member("Aisha Rahman"), member("Tom Price"), member("Tom Evans"), member("Ann Lee")];
        let ids = |text: &str| mentions(text, &team);
        assert_eq!(ids("@Aisha Rahman please check"), [team[0].id]);
        assert_eq!(ids("@aisha, and @Tom Evans."), [team[0].id, team[2].id]);
        assert!(ids("@Tom can you look").is_empty(), "two Toms: the first name alone is no one");
        assert!(ids("ask @Anna").is_empty(), "@Ann is not @Anna");
        assert!(ids("mail aisha@example.org or tom@aisha.org").is_empty(), "addresses are no mentions");
    }
}
