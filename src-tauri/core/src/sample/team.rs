//! The sample's comms team: who owns which campaign's items, their weekly capacity
//! and leave, a few items with a Welsh version, and the coverage rules of its strategy.

use chrono::{Days, NaiveDate};
use uuid::Uuid;

use super::Ids;
use crate::domain::{
    ApprovalScope, Campaign, Channel, ContentItem, CoveragePeriod, CoverageRule, ItemStatus, Leave, Member, Objective,
    Schedule,
};

const TEAM: [(&str, &str, u32); 6] = [
    ("Aisha Rahman", "Head of Communications", 40),
    ("Tom Price", "Digital Lead", 60),
    ("Megan Llewellyn", "Campaigns Officer", 55),
    ("Kofi Mensah", "Content Producer", 55),
    ("Ffion Evans", "Welsh Language Officer", 30),
    ("Daniel Novak", "Press Officer", 45),
];

/// The team, with each campaign's items given to one of them; one member is away
/// next week (the others' leave has passed), so the plan shows what that does.
pub(super) fn team(
    ids: &mut Ids,
    items: &mut [ContentItem],
    campaigns: &[Campaign],
    roads: Uuid,
    today: NaiveDate,
) -> Vec<Member> {
    let members: Vec<Member> = TEAM
        .iter()
        .enumerate()
        .map(|(n, (name, role, capacity))| {
            let away = today - Days::new(40 + 14 * n as u64);
            let mut leave = vec![Leave { starts_on: away, ends_on: away + Days::new(9) }];
            if n == 2 {
                let next_week = today + Days::new(7);
                leave.push(Leave { starts_on: next_week, ends_on: next_week + Days::new(4) });
            }
            leave.sort_by_key(|l| l.starts_on);
            Member {
                id: ids.next(),
                name: (*name).into(),
                role: (*role).into(),
                email: format!("{}@westmark.police.example", name.split(' ').next().unwrap_or("team").to_lowercase()),
                capacity_weekly: Some(*capacity),
                leave,
                approves: approves(n, roads),
            }
        })
        .collect();
    let owner_of: std::collections::HashMap<Uuid, Uuid> =
        campaigns.iter().enumerate().map(|(n, c)| (c.id, members[n % 4].id)).collect();
    for item in items.iter_mut() {
        item.owner_id = item.campaign_id.and_then(|c| owner_of.get(&c).copied());
    }
    members
}

/// The head of communications approves everything; the digital lead the roads brand.
fn approves(member: usize, roads: Uuid) -> Vec<ApprovalScope> {
    match member {
        0 => vec![ApprovalScope::Everything],
        1 => vec![ApprovalScope::Brand { id: roads }],
        _ => vec![],
    }
}

/// Welsh versions of the first few upcoming items, on the same day, by the Welsh
/// language officer; the last one's version slipped to the next day.
pub(super) fn welsh_versions(ids: &mut Ids, items: &mut Vec<ContentItem>, officer: Uuid, today: NaiveDate) {
    let mut upcoming: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].schedule.local_date(super::TIME_ZONE).is_some_and(|d| d > today))
        .filter(|&i| items[i].status == ItemStatus::Scheduled && items[i].campaign_id.is_some())
        .collect();
    upcoming.sort_by_key(|&i| (items[i].schedule.local_date(super::TIME_ZONE), items[i].id));
    let picked: Vec<usize> = upcoming.into_iter().step_by(9).take(super::WELSH_VERSIONS).collect();
    for (n, &i) in picked.iter().enumerate() {
        let group = ids.next();
        items[i].translation_group = Some(group);
        let mut welsh = items[i].clone();
        welsh.id = ids.next();
        welsh.title = format!("{} (Cymraeg)", items[i].title);
        welsh.language = "cy".into();
        welsh.owner_id = Some(officer);
        if n == picked.len() - 1 {
            welsh.schedule = match welsh.schedule {
                Schedule::AllDay { date } => Schedule::AllDay { date: date + Days::new(1) },
                Schedule::At { utc } => Schedule::At { utc: utc + chrono::Duration::days(1) },
                Schedule::Unscheduled => Schedule::Unscheduled,
            };
        }
        items.push(welsh);
    }
}

/// The team's strategy as coverage rules: every objective served often enough, some on
/// a given channel (channel 4 is the police X account, 6 its Facebook page).
pub(super) fn coverage_rules(ids: &mut Ids, objectives: &[Objective], channels: &[Channel]) -> Vec<CoverageRule> {
    use CoveragePeriod::{Day, Month, Week};
    let specs: [(usize, Option<usize>, u32, CoveragePeriod, bool); 8] = [
        (0, None, 2, Day, false),
        (1, Some(4), 1, Day, true),
        (2, None, 10, Week, false),
        (3, Some(6), 4, Month, false),
        (4, None, 3, Week, true),
        (5, None, 6, Week, false),
        (6, None, 3, Day, false),
        (7, None, 8, Month, false),
    ];
    specs
        .iter()
        .filter(|s| s.0 < objectives.len())
        .map(|&(o, c, min_items, period, weekdays_only)| CoverageRule {
            id: ids.next(),
            objective_id: objectives[o].id,
            channel_id: c.and_then(|c| channels.get(c)).map(|c| c.id),
            min_items,
            period,
            weekdays_only,
        })
        .collect()
}
