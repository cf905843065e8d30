//! The audit trail's facts: what one journal entry did to an item (created, planned for a
//! day, moved, its status changed, edited, deleted), and when the item was first planned
//! for the day it now goes out on. Pure: the ops hand in the item's states in order, and
//! the exports put the changes in the plan's words.

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Serialize;
use specta::Type;

use super::{ContentItem, ItemStatus, Schedule};

/// The day and time an item goes out, on the plan's wall clock (`YYYY-MM-DD` for a whole
/// day, `YYYY-MM-DDTHH:MM` at a time); None in the backlog.
pub fn when(schedule: &Schedule, tz: Tz) -> Option<String> {
    schedule.local_start(tz).map(|start| start.chars().take(16).collect())
}

/// One thing a change did to an item, for the audit trail to put in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum ItemChange {
    /// Made.
    Created {
        /// The day (or day and time) it was made for; None in the backlog.
        planned_for: Option<String>,
    },
    /// Deleted.
    Deleted,
    /// Given a day from the backlog.
    Planned {
        /// The day, or day and time.
        to: String,
    },
    /// Taken off its day into the backlog.
    ToBacklog {
        /// The day, or day and time, it had.
        from: String,
    },
    /// Moved from one day or time to another.
    Moved {
        /// Where it was.
        from: String,
        /// Where it is.
        to: String,
    },
    /// Its status changed.
    Status {
        /// Before.
        from: ItemStatus,
        /// After.
        to: ItemStatus,
    },
    /// Fields edited.
    Edited {
        /// Their names in the model (`copy`, `channelId`).
        fields: Vec<String>,
    },
    /// Saved with nothing a person would see changed.
    NoVisibleChange,
    /// An approver approved it.
    Approved,
    /// An approver asked for changes.
    ChangesRequested {
        /// What they asked for.
        comment: String,
    },
}

/// What a journal entry did to an item, from its state before and after (None: absent).
pub fn describe(before: Option<&ContentItem>, after: Option<&ContentItem>, tz: Tz) -> Vec<ItemChange> {
    match (before, after) {
        (None, None) => Vec::new(),
        (None, Some(a)) => vec![ItemChange::Created { planned_for: when(&a.schedule, tz) }],
        (Some(_), None) => vec![ItemChange::Deleted],
        (Some(b), Some(a)) => changed(b, a, tz),
    }
}

fn changed(b: &ContentItem, a: &ContentItem, tz: Tz) -> Vec<ItemChange> {
    let mut parts = Vec::new();
    if b.schedule != a.schedule {
        parts.push(match (when(&b.schedule, tz), when(&a.schedule, tz)) {
            (None, Some(to)) => ItemChange::Planned { to },
            (Some(from), None) => ItemChange::ToBacklog { from },
            (Some(from), Some(to)) => ItemChange::Moved { from, to },
            (None, None) => ItemChange::NoVisibleChange,
        });
    }
    if b.status != a.status {
        parts.push(ItemChange::Status { from: b.status, to: a.status });
    }
    let fields: Vec<String> = [
        ("title", b.title != a.title),
        ("copy", b.copy != a.copy),
        ("format", b.format != a.format),
        ("channelId", b.channel_id != a.channel_id),
        ("campaignId", b.campaign_id != a.campaign_id),
        ("objectiveIds", b.objective_ids != a.objective_ids),
        ("ownerId", b.owner_id != a.owner_id),
        ("language", b.language != a.language),
        ("notes", b.notes != a.notes),
    ]
    .into_iter()
    .filter(|(_, differs)| *differs)
    .map(|(name, _)| name.to_owned())
    .collect();
    if !fields.is_empty() {
        parts.push(ItemChange::Edited { fields });
    }
    if parts.is_empty() {
        parts.push(ItemChange::NoVisibleChange);
    }
    parts
}

/// The index of the first state in `states` (the item after each journal entry, in order)
/// that had the item go out on `day`: when it was first planned for that day.
pub fn first_planned_for(states: &[Option<ContentItem>], day: NaiveDate, tz: Tz) -> Option<usize> {
    states.iter().position(|s| s.as_ref().and_then(|i| i.schedule.local_date(tz)) == Some(day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ItemStatus;
    use chrono_tz::Europe::London;

    fn on(day: &str) -> Schedule {
        Schedule::AllDay { date: day.parse().unwrap() }
    }

    #[test]
    fn each_entry_says_what_moved_and_what_changed() {
        let created = ContentItem::for_test("Open day", ItemStatus::Draft, Schedule::Unscheduled);
        assert_eq!(describe(None, Some(&created), London), [ItemChange::Created { planned_for: None }]);
        let planned = ContentItem { schedule: on("2027-05-03"), ..created.clone() };
        assert_eq!(describe(Some(&created), Some(&planned), London), [ItemChange::Planned { to: "2027-05-03".into() }]);
        let moved = ContentItem {
            schedule: Schedule::At { utc: "2027-05-04T08:30:00Z".parse().unwrap() },
            status: ItemStatus::InReview,
            copy: "Come along".into(),
            ..planned.clone()
        };
        assert_eq!(
            describe(Some(&planned), Some(&moved), London),
            [
                ItemChange::Moved { from: "2027-05-03".into(), to: "2027-05-04T09:30".into() },
                ItemChange::Status { from: ItemStatus::Draft, to: ItemStatus::InReview },
                ItemChange::Edited { fields: vec!["copy".into()] },
            ]
        );
        assert_eq!(describe(Some(&moved), Some(&moved), London), [ItemChange::NoVisibleChange]);
        assert_eq!(describe(Some(&moved), None, London), [ItemChange::Deleted]);
    }

    #[test]
    fn the_first_plan_for_a_day_is_the_earliest_state_on_it() {
        let item = ContentItem::for_test("Open day", ItemStatus::Draft, on("2027-05-03"));
        let elsewhere = ContentItem { schedule: on("2027-05-10"), ..item.clone() };
        let states = vec![Some(elsewhere.clone()), Some(item.clone()), Some(elsewhere), Some(item)];
        assert_eq!(first_planned_for(&states, "2027-05-03".parse().unwrap(), London), Some(1));
        assert_eq!(first_planned_for(&states, "2027-06-01".parse().unwrap(), London), None);
    }
}
