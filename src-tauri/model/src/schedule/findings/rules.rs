//! The scheduling rules, one function per scope. Each reads the facts and the items of
//! its scope only, so the engine can recompute a scope without looking at the rest.

use chrono::{Duration, NaiveDate};
use uuid::Uuid;

use super::{Finding, FindingKind, Severity};
use crate::domain::{quoted, BlackoutLevel, ItemStatus, Schedule};
use crate::schedule::copy_count;
use crate::schedule::facts::{Facts, PlanItem};

/// The rules about one item on its own: its copy against its network's limits,
/// blackouts, its campaign's window, its owner's leave, a date that has passed, an
/// approved item without a date.
pub fn item(facts: &Facts, item: &PlanItem) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(f) = copy_over_limit(facts, item) {
        out.push(f);
    }
    if item.status == ItemStatus::Approved && item.schedule == Schedule::Unscheduled {
        out.push(
            about(
                item,
                FindingKind::ApprovedWithoutDate,
                Severity::Warning,
                format!("{} is approved but has no date", quoted(&item.title)),
            )
            .fix("Give it a date, or move it back to draft"),
        );
    }
    let Some(day) = item.day else { return out };
    if !item.pending() {
        return out;
    }
    out.extend(blackouts(facts, item, day));
    if let Some(f) = outside_campaign(facts, item, day) {
        out.push(f);
    }
    if let Some(f) = owner_on_leave(facts, item, day) {
        out.push(f);
    }
    if is_past(facts, item, day) {
        out.push(
            about(
                item,
                FindingKind::PastNotPublished,
                Severity::Warning,
                format!("{} was due on {day} and was never published", quoted(&item.title)),
            )
            .on(day)
            .fix("Mark it published, reschedule it, or cancel it"),
        );
    }
    out
}

/// Copy the network would refuse, on an item still to go out: an error, as the network's
/// own count ([`copy_count`]) is the one the publishing tool applies.
fn copy_over_limit(facts: &Facts, item: &PlanItem) -> Option<Finding> {
    if !item.pending() || item.copy.is_empty() {
        return None;
    }
    let platform = facts.channels.get(&item.channel_id)?.platform;
    let problem = copy_count::count(platform, &item.copy)?.problem()?;
    Some(
        about(item, FindingKind::CopyOverLimit, Severity::Error, format!("{}: {problem}", quoted(&item.title)))
            .fix("Shorten the copy in the item editor, which counts as the network does"),
    )
}

fn about(item: &PlanItem, kind: FindingKind, severity: Severity, message: String) -> Finding {
    let mut f = Finding::new(kind, severity, message);
    f.item_ids = vec![item.id];
    f.campaign_ids = item.campaign_id.into_iter().collect();
    f.channel_ids = vec![item.channel_id];
    f
}

fn is_past(facts: &Facts, item: &PlanItem, day: NaiveDate) -> bool {
    match item.schedule {
        Schedule::At { utc } => utc < facts.now,
        _ => day < facts.today,
    }
}

/// Nothing may go out in a no-posting blackout (an error); a restricted period needs
/// the item cleared, and a no-new-campaigns period forbids a campaign starting in it
/// (warnings).
fn blackouts(facts: &Facts, item: &PlanItem, day: NaiveDate) -> Vec<Finding> {
    let campaign = item.campaign_id.and_then(|id| facts.campaigns.get(&id));
    let mut out = Vec::new();
    for b in facts.blackouts.iter().filter(|b| b.starts_on <= day && day <= b.ends_on) {
        let (severity, why) = match b.blackout_level {
            Some(BlackoutLevel::NoPosting) => (Severity::Error, "nothing may go out"),
            Some(BlackoutLevel::Restricted) => (Severity::Warning, "only cleared content may go out"),
            Some(BlackoutLevel::NoNewCampaigns) => match campaign {
                Some(c) if b.starts_on <= c.start_date && c.start_date <= b.ends_on => {
                    (Severity::Warning, "no new campaign may start")
                }
                _ => continue,
            },
            None => continue,
        };
        let mut f = about(
            item,
            FindingKind::InBlackout,
            severity,
            format!("{} is on {day}, during {} ({why})", quoted(&item.title), b.name),
        )
        .on(day)
        .fix("Move it out of the blackout period");
        f.key_date_ids = vec![b.id];
        out.push(f);
    }
    out
}

fn outside_campaign(facts: &Facts, item: &PlanItem, day: NaiveDate) -> Option<Finding> {
    let c = facts.campaigns.get(&item.campaign_id?)?;
    (day < c.start_date || day > c.end_date).then(|| {
        about(
            item,
            FindingKind::OutsideCampaign,
            Severity::Warning,
            format!(
                "{} is on {day}, outside its campaign {} ({} to {})",
                quoted(&item.title),
                quoted(&c.name),
                c.start_date,
                c.end_date
            ),
        )
        .on(day)
        .fix("Move it into the campaign's window, or widen the window")
    })
}

fn owner_on_leave(facts: &Facts, item: &PlanItem, day: NaiveDate) -> Option<Finding> {
    let member = facts.members.get(&item.owner_id?)?;
    let leave = member.leave.iter().find(|l| l.covers(day))?;
    let mut f = about(
        item,
        FindingKind::OwnerOnLeave,
        Severity::Warning,
        format!(
            "{} is due on {day}, when {} is on leave ({} to {})",
            quoted(&item.title),
            member.name,
            leave.starts_on,
            leave.ends_on
        ),
    )
    .on(day)
    .fix("Give it to someone else, or move it");
    f.member_ids = vec![member.id];
    Some(f)
}

/// A channel's day: over its daily limit, and timed items closer than its minimum gap
/// (each pair found on the day of its later item; `before` is the channel's last timed
/// item of the day before, for a gap across midnight).
pub fn channel_day(
    facts: &Facts,
    channel_id: Uuid,
    day: NaiveDate,
    items: &[&PlanItem],
    before: Option<&PlanItem>,
) -> Vec<Finding> {
    let Some(channel) = facts.channels.get(&channel_id) else { return vec![] };
    let mut out = Vec::new();
    let counted: Vec<&&PlanItem> = items.iter().filter(|i| i.counts()).collect();
    if let Some(max) = channel.max_per_day {
        if counted.len() > max as usize && counted.iter().any(|i| i.pending()) {
            let mut f = Finding::new(
                FindingKind::OverDailyLimit,
                Severity::Warning,
                format!("{} has {} items on {day}; it allows {max} a day", channel.label, counted.len()),
            )
            .on(day)
            .fix("Move some to a quieter day");
            f.item_ids = counted.iter().map(|i| i.id).collect();
            f.channel_ids = vec![channel_id];
            out.push(f);
        }
    }
    if let Some(gap) = channel.min_gap_minutes {
        fn timed(i: &PlanItem) -> Option<(chrono::DateTime<chrono::Utc>, &PlanItem)> {
            match i.schedule {
                Schedule::At { utc } if i.counts() => Some((utc, i)),
                _ => None,
            }
        }
        let mut previous = before.and_then(timed);
        for (at, item) in items.iter().filter_map(|i| timed(i)) {
            if let Some((prev_at, prev)) = previous {
                let apart = at - prev_at;
                if apart < Duration::minutes(i64::from(gap)) && (item.pending() || prev.pending()) {
                    let mut f = Finding::new(
                        FindingKind::UnderMinGap,
                        Severity::Warning,
                        format!(
                            "{} and {} on {} are {} minutes apart; it needs {gap}",
                            quoted(&prev.title),
                            quoted(&item.title),
                            channel.label,
                            apart.num_minutes()
                        ),
                    )
                    .on(day)
                    .fix("Space them out");
                    f.item_ids = vec![prev.id, item.id];
                    f.channel_ids = vec![channel_id];
                    out.push(f);
                }
            }
            previous = Some((at, item));
        }
    }
    out
}

/// An owner's week: more items than their weekly capacity.
pub fn owner_week(facts: &Facts, member_id: Uuid, week: NaiveDate, items: &[&PlanItem]) -> Option<Finding> {
    let member = facts.members.get(&member_id)?;
    let capacity = member.capacity_weekly?;
    let counted: Vec<&&PlanItem> = items.iter().filter(|i| i.counts()).collect();
    if counted.len() <= capacity as usize || !counted.iter().any(|i| i.pending()) {
        return None;
    }
    let mut f = Finding::new(
        FindingKind::OverCapacity,
        Severity::Warning,
        format!("{} has {} items in the week of {week}; their capacity is {capacity}", member.name, counted.len()),
    )
    .on(week)
    .fix("Share the week's items with someone else");
    f.item_ids = counted.iter().map(|i| i.id).collect();
    f.member_ids = vec![member_id];
    Some(f)
}

/// Language versions of one item go out on the same day.
pub fn translations(items: &[&PlanItem]) -> Option<Finding> {
    let counted: Vec<&&PlanItem> = items.iter().filter(|i| i.counts()).collect();
    if counted.len() < 2 || !counted.iter().any(|i| i.pending()) {
        return None;
    }
    let days: Vec<Option<NaiveDate>> = counted.iter().map(|i| i.day).collect();
    if days.iter().all(|d| *d == days[0]) {
        return None;
    }
    let versions: Vec<String> = counted
        .iter()
        .zip(&days)
        .map(|(i, d)| {
            let lang = if i.language.is_empty() { "?" } else { &i.language };
            format!("{lang} {}", d.map_or_else(|| "unscheduled".to_string(), |d| d.to_string()))
        })
        .collect();
    let mut f = Finding::new(
        FindingKind::TranslationsApart,
        Severity::Warning,
        format!(
            "The language versions of {} are not scheduled together: {}",
            quoted(&counted[0].title),
            versions.join(", ")
        ),
    )
    .fix("Schedule every version on the same day");
    f.day = days.iter().flatten().min().copied();
    f.item_ids = counted.iter().map(|i| i.id).collect();
    f.channel_ids = counted.iter().map(|i| i.channel_id).collect();
    Some(f)
}
