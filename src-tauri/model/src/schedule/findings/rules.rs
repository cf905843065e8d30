//! The scheduling rules, one function per scope. Each reads the facts and the items of
//! its scope only, so the engine can recompute a scope without looking at the rest.

use chrono::{Duration, NaiveDate};
use uuid::Uuid;

use super::{Finding, FindingKind, Severity};
use crate::domain::{BlackoutLevel, ItemStatus, Schedule};
use crate::schedule::copy_count;
use crate::schedule::facts::{Facts, PlanItem};
use crate::sentence::short_title;
use crate::Sentence;

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
                Sentence::titled("finding-approved-without-date", &item.title),
            )
            .fix("fix-approved-without-date"),
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
                Sentence::titled("finding-past-not-published", &item.title).with("day", day),
            )
            .on(day)
            .fix("fix-past-not-published"),
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
        about(
            item,
            FindingKind::CopyOverLimit,
            Severity::Error,
            Sentence::titled("finding-copy-over-limit", &item.title).with("problem", problem),
        )
        .fix("fix-copy-over-limit"),
    )
}

fn about(item: &PlanItem, kind: FindingKind, severity: Severity, message: Sentence) -> Finding {
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
        let (severity, level) = match b.blackout_level {
            Some(BlackoutLevel::NoPosting) => (Severity::Error, "no-posting"),
            Some(BlackoutLevel::Restricted) => (Severity::Warning, "restricted"),
            Some(BlackoutLevel::NoNewCampaigns) => match campaign {
                Some(c) if b.starts_on <= c.start_date && c.start_date <= b.ends_on => {
                    (Severity::Warning, "no-new-campaigns")
                }
                _ => continue,
            },
            None => continue,
        };
        let mut f = about(
            item,
            FindingKind::InBlackout,
            severity,
            Sentence::titled("finding-in-blackout", &item.title)
                .with("day", day)
                .with("period", &b.name)
                .with("level", level),
        )
        .on(day)
        .fix("fix-in-blackout");
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
            Sentence::titled("finding-outside-campaign", &item.title)
                .with("day", day)
                .with("campaign", short_title(&c.name))
                .with("start", c.start_date)
                .with("end", c.end_date),
        )
        .on(day)
        .fix("fix-outside-campaign")
    })
}

fn owner_on_leave(facts: &Facts, item: &PlanItem, day: NaiveDate) -> Option<Finding> {
    let member = facts.members.get(&item.owner_id?)?;
    let leave = member.leave.iter().find(|l| l.covers(day))?;
    let mut f = about(
        item,
        FindingKind::OwnerOnLeave,
        Severity::Warning,
        Sentence::titled("finding-owner-on-leave", &item.title)
            .with("day", day)
            .with("member", &member.name)
            .with("start", leave.starts_on)
            .with("end", leave.ends_on),
    )
    .on(day)
    .fix("fix-owner-on-leave");
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
                Sentence::new("finding-over-daily-limit")
                    .with("channel", channel.label.clone())
                    .with("count", counted.len())
                    .with("day", day)
                    .with("max", max),
            )
            .on(day)
            .fix("fix-over-daily-limit");
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
                        Sentence::new("finding-under-min-gap")
                            .with("first", short_title(&prev.title))
                            .with("second", short_title(&item.title))
                            .with("channel", channel.label.clone())
                            .with("apart", apart.num_minutes())
                            .with("gap", gap),
                    )
                    .on(day)
                    .fix("fix-under-min-gap");
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
        Sentence::new("finding-over-capacity")
            .with("member", &member.name)
            .with("count", counted.len())
            .with("week", week)
            .with("capacity", capacity),
    )
    .on(week)
    .fix("fix-over-capacity");
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
    let versions: Vec<Sentence> = counted
        .iter()
        .zip(&days)
        .map(|(i, d)| {
            let language = if i.language.is_empty() { "?" } else { &i.language };
            match d {
                Some(day) => Sentence::new("finding-version-on").with("language", language).with("day", *day),
                None => Sentence::new("finding-version-unscheduled").with("language", language),
            }
        })
        .collect();
    let mut f = Finding::new(
        FindingKind::TranslationsApart,
        Severity::Warning,
        Sentence::titled("finding-translations-apart", &counted[0].title).with("versions", versions),
    )
    .fix("fix-translations-apart");
    f.day = days.iter().flatten().min().copied();
    f.item_ids = counted.iter().map(|i| i.id).collect();
    f.channel_ids = counted.iter().map(|i| i.channel_id).collect();
    Some(f)
}
