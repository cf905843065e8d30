//! The audit trail's words: what one journal entry did to an item (created, planned for a
//! day, moved, its status changed, edited, deleted), and when the item was first planned
//! for the day it now goes out on. Pure: the ops hand in the item's states in order.

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::{ContentItem, Schedule};

/// The day and time an item goes out, on the plan's wall clock, for a person.
pub fn when_text(schedule: &Schedule, tz: Tz) -> String {
    match schedule.local_start(tz) {
        Some(start) => start.replace('T', " ").chars().take(16).collect(),
        None => "the backlog".into(),
    }
}

/// What a journal entry did to an item, from its state before and after (None: absent).
pub fn describe(before: Option<&ContentItem>, after: Option<&ContentItem>, tz: Tz) -> String {
    match (before, after) {
        (None, None) => String::new(),
        (None, Some(a)) if a.schedule == Schedule::Unscheduled => "Created, in the backlog".into(),
        (None, Some(a)) => format!("Created, planned for {}", when_text(&a.schedule, tz)),
        (Some(_), None) => "Deleted".into(),
        (Some(b), Some(a)) => changed(b, a, tz),
    }
}

fn changed(b: &ContentItem, a: &ContentItem, tz: Tz) -> String {
    let mut parts = Vec::new();
    if b.schedule != a.schedule {
        parts.push(match (&b.schedule, &a.schedule) {
            (Schedule::Unscheduled, to) => format!("Planned for {}", when_text(to, tz)),
            (from, Schedule::Unscheduled) => format!("Moved to the backlog from {}", when_text(from, tz)),
            (from, to) => format!("Moved from {} to {}", when_text(from, tz), when_text(to, tz)),
        });
    }
    if b.status != a.status {
        parts.push(format!("Status {} → {}", b.status.label(), a.status.label()));
    }
    let edited: Vec<&str> = [
        ("title", b.title != a.title),
        ("copy", b.copy != a.copy),
        ("format", b.format != a.format),
        ("channel", b.channel_id != a.channel_id),
        ("campaign", b.campaign_id != a.campaign_id),
        ("objectives", b.objective_ids != a.objective_ids),
        ("owner", b.owner_id != a.owner_id),
        ("language", b.language != a.language),
        ("notes", b.notes != a.notes),
    ]
    .into_iter()
    .filter_map(|(name, differs)| differs.then_some(name))
    .collect();
    if !edited.is_empty() {
        parts.push(format!("Edited {}", edited.join(", ")));
    }
    if parts.is_empty() {
        "No visible change".into()
    } else {
        parts.join("; ")
    }
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
        assert_eq!(describe(None, Some(&created), London), "Created, in the backlog");
        let planned = ContentItem { schedule: on("2027-05-03"), ..created.clone() };
        assert_eq!(describe(Some(&created), Some(&planned), London), "Planned for 2027-05-03");
        let moved = ContentItem {
            schedule: Schedule::At { utc: "2027-05-04T08:30:00Z".parse().unwrap() },
            status: ItemStatus::InReview,
            copy: "Come along".into(),
            ..planned.clone()
        };
        assert_eq!(
            describe(Some(&planned), Some(&moved), London),
            "Moved from 2027-05-03 to 2027-05-04 09:30; Status Draft → In review; Edited copy"
        );
        assert_eq!(describe(Some(&moved), None, London), "Deleted");
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
