//! Building the sample plan's entities from the raw material in `data`.

use chrono::{Days, NaiveDate, NaiveTime, Weekday};
use rand::seq::IndexedRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use super::data::{
    CAMPAIGNS, CAMPAIGN_ANGLES, CAMPAIGN_COLOURS, CHANNELS, OBJECTIVES, POLICE_ALWAYS_ON, ROADS, ROADS_ALWAYS_ON,
    SLOTS, TOWNS,
};
use super::{Ids, BACKLOG_PER_YEAR, ITEMS_PER_YEAR, TIME_ZONE};
use crate::domain::timing::local_to_utc;
use crate::domain::{
    BlackoutLevel, Brand, Campaign, CampaignStatus, Channel, ContentItem, GcsLevel, ItemFormat, ItemStatus, KeyDate,
    KeyDateCategory, MetricKind, Objective, PlanYear, Platform, Schedule,
};
use crate::schedule::key_dates::DateRule;

pub(super) fn channels(ids: &mut Ids, brands: &[Brand]) -> Vec<Channel> {
    CHANNELS
        .iter()
        .map(|s| Channel {
            id: ids.next(),
            brand_id: brands[s.brand].id,
            platform: s.platform,
            handle: s.handle.into(),
            purpose: if s.brand == 1 { "Live road information".into() } else { "Community news and appeals".into() },
            colour: s.colour.into(),
            active: true,
            max_per_day: s.max_per_day,
            // Live road updates go out when they must; the slower channels keep an hour apart.
            min_gap_minutes: (s.per_day <= 1.0).then_some(60),
            posting_slots: ["08:00", "12:30", "17:30"].map(String::from).to_vec(),
        })
        .collect()
}

pub(super) fn objectives(ids: &mut Ids) -> Vec<Objective> {
    OBJECTIVES
        .iter()
        .map(|(name, description, colour, metric)| Objective {
            id: ids.next(),
            name: (*name).into(),
            description: (*description).into(),
            colour: (*colour).into(),
            kpi_metric: (*metric).into(),
            kpi_target: target(metric).map(|t| t.0),
            kpi_period: "month".into(),
            baseline: target(metric).map(|t| t.1),
            level: level(metric),
            // A survey's share is where it stands when read, never a sum.
            kpi_kind: if *metric == "confidence" { MetricKind::Level } else { MetricKind::Count },
        })
        .collect()
}

/// A monthly target and the baseline before the plan, by metric.
fn target(metric: &str) -> Option<(f64, f64)> {
    match metric {
        "reach" => Some((400_000.0, 350_000.0)),
        "engagement" => Some((6_000.0, 4_800.0)),
        "applications" => Some((150.0, 110.0)),
        "messages received" => Some((500.0, 420.0)),
        // Residents who say the police deal with local concerns, in %.
        "confidence" => Some((65.0, 58.0)),
        _ => None,
    }
}

/// The evaluation level a metric sits at.
fn level(metric: &str) -> GcsLevel {
    match metric {
        "reach" => GcsLevel::Output,
        "engagement" => GcsLevel::Outtake,
        "confidence" => GcsLevel::Impact,
        _ => GcsLevel::Outcome,
    }
}

pub(super) fn campaigns(
    rng: &mut ChaCha8Rng,
    ids: &mut Ids,
    year: i32,
    objectives: &[Objective],
    channels: &[Channel],
    today: NaiveDate,
) -> Vec<Campaign> {
    let mut out = Vec::with_capacity(60);
    for wave in 0..2u32 {
        for (name, tag, message, objective, month, weeks, flagship, roads) in CAMPAIGNS {
            let month = if wave == 0 { month } else { (month + 5) % 12 + 1 };
            let day = rng.random_range(1..=20);
            let start = NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN);
            let weeks = if wave == 1 { (weeks / 2).max(1) } else { weeks };
            let end = start.checked_add_days(Days::new(weeks * 7 - 1)).unwrap_or(start);
            let brand_channels: Vec<Uuid> =
                CHANNELS.iter().zip(channels).filter(|(s, _)| (s.brand == 1) == roads).map(|(_, c)| c.id).collect();
            let count = rng.random_range(3..=brand_channels.len().min(6));
            let mut chosen: Vec<Uuid> = brand_channels.choose_multiple(rng, count).copied().collect();
            chosen.sort();
            let mut objective_ids = vec![objectives[objective].id];
            if rng.random_bool(0.4) {
                let other = objectives[rng.random_range(0..objectives.len())].id;
                if other != objective_ids[0] {
                    objective_ids.push(other);
                }
            }
            let status = if end < today {
                CampaignStatus::Done
            } else if start <= today {
                CampaignStatus::Live
            } else {
                *[CampaignStatus::Approved, CampaignStatus::Planned, CampaignStatus::Idea]
                    .choose(rng)
                    .unwrap_or(&CampaignStatus::Planned)
            };
            out.push(Campaign {
                id: ids.next(),
                name: if wave == 0 { name.to_string() } else { format!("{name}: second wave") },
                hashtags: vec![tag.to_string()],
                core_message: message.into(),
                brief: format!("{message}. Audience, assets and partners in the campaign folder."),
                start_date: start,
                end_date: end,
                status,
                flagship: flagship && wave == 0,
                colour: CAMPAIGN_COLOURS[objective % CAMPAIGN_COLOURS.len()].into(),
                audience: if roads { "Drivers and riders in Westmark".into() } else { "Westmark residents".into() },
                objective_ids,
                channel_ids: chosen,
            });
        }
    }
    out
}

fn format_for(platform: Platform, rng: &mut ChaCha8Rng) -> ItemFormat {
    let options: &[ItemFormat] = match platform {
        Platform::X => &[ItemFormat::Post, ItemFormat::Post, ItemFormat::Thread, ItemFormat::Poll, ItemFormat::Image],
        Platform::Instagram => &[ItemFormat::Reel, ItemFormat::Carousel, ItemFormat::Story, ItemFormat::Image],
        Platform::Facebook => &[ItemFormat::Post, ItemFormat::Image, ItemFormat::Video, ItemFormat::Live],
        Platform::Linkedin => &[ItemFormat::Post, ItemFormat::Article],
        Platform::Tiktok => &[ItemFormat::Short],
        Platform::Youtube => &[ItemFormat::Video, ItemFormat::Short],
        Platform::Flickr => &[ItemFormat::Image],
        Platform::Snapchat | Platform::Bereal => &[ItemFormat::Story],
        Platform::Newsletter => &[ItemFormat::Newsletter],
        Platform::Blog | Platform::Website => &[ItemFormat::Article],
        Platform::Bluesky | Platform::Threads | Platform::Mastodon => &[ItemFormat::Post, ItemFormat::Image],
    };
    *options.choose(rng).unwrap_or(&ItemFormat::Post)
}

fn status_for(day: NaiveDate, today: NaiveDate, rng: &mut ChaCha8Rng) -> ItemStatus {
    let roll: f64 = rng.random();
    if day < today {
        if roll < 0.94 {
            ItemStatus::Published
        } else {
            ItemStatus::Cancelled
        }
    } else {
        match roll {
            r if r < 0.40 => ItemStatus::Scheduled,
            r if r < 0.65 => ItemStatus::Approved,
            r if r < 0.75 => ItemStatus::InReview,
            r if r < 0.95 => ItemStatus::Draft,
            _ => ItemStatus::Idea,
        }
    }
}

pub(super) fn items(
    rng: &mut ChaCha8Rng,
    ids: &mut Ids,
    year: i32,
    channels: &[Channel],
    campaigns: &[Campaign],
    objectives: &[Objective],
    today: NaiveDate,
) -> Vec<ContentItem> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let days = NaiveDate::from_ymd_opt(year + 1, 1, 1).unwrap_or(NaiveDate::MAX).signed_duration_since(first).num_days()
        as u64;
    let total_weight: f64 = CHANNELS.iter().map(|s| s.per_day).sum();
    let mut out = Vec::with_capacity(ITEMS_PER_YEAR);
    for n in 0..ITEMS_PER_YEAR {
        let mut pick = rng.random_range(0.0..total_weight);
        let index = CHANNELS.iter().position(|s| {
            pick -= s.per_day;
            pick < 0.0
        });
        let index = index.unwrap_or(0);
        let (spec, channel) = (&CHANNELS[index], &channels[index]);
        let day = first.checked_add_days(Days::new(rng.random_range(0..days))).unwrap_or(first);
        let backlog = n >= ITEMS_PER_YEAR - BACKLOG_PER_YEAR;
        let running: Vec<&Campaign> = campaigns
            .iter()
            .filter(|c| c.start_date <= day && day <= c.end_date && c.channel_ids.contains(&channel.id))
            .collect();
        let campaign = if !running.is_empty() && rng.random_bool(0.6) { running.choose(rng).copied() } else { None };
        let (title, objective_ids) = match campaign {
            Some(c) => {
                let angle = CAMPAIGN_ANGLES.choose(rng).unwrap_or(&"reminder");
                (format!("#{}: {angle}", c.hashtags.first().map(String::as_str).unwrap_or("")), c.objective_ids.clone())
            }
            None if spec.brand == 1 => {
                let template = ROADS_ALWAYS_ON.choose(rng).unwrap_or(&"{}");
                (template.replace("{}", ROADS.choose(rng).unwrap_or(&"A38")), vec![objectives[6].id])
            }
            None => {
                let template = POLICE_ALWAYS_ON.choose(rng).unwrap_or(&"{}");
                let objective = objectives[rng.random_range(1..6)].id;
                (template.replace("{}", TOWNS.choose(rng).unwrap_or(&"Westmark")), vec![objective])
            }
        };
        let all_day = matches!(spec.platform, Platform::Newsletter | Platform::Blog) || rng.random_bool(0.12);
        let schedule = if backlog {
            Schedule::Unscheduled
        } else if all_day {
            Schedule::AllDay { date: day }
        } else {
            let (h, m) = *SLOTS.choose(rng).unwrap_or(&(9, 0));
            let local = day.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN));
            match local_to_utc(local, TIME_ZONE) {
                Ok(utc) => Schedule::At { utc },
                Err(_) => Schedule::AllDay { date: day },
            }
        };
        let status = if backlog { ItemStatus::Idea } else { status_for(day, today, rng) };
        out.push(ContentItem {
            copy: campaign.map(|c| c.core_message.clone()).unwrap_or_default(),
            format: format_for(spec.platform, rng),
            campaign_id: if backlog { None } else { campaign.map(|c| c.id) },
            objective_ids,
            status,
            schedule,
            // A third of the backlog fits any week: gap filling may place it.
            evergreen: backlog && n % 3 == 0,
            ..ContentItem::new(ids.next(), title, channel.id)
        });
    }
    out
}

/// The catalogue's weekday rule, for the sample's own dates.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: i8) -> NaiveDate {
    DateRule::NthWeekday { month, weekday, n }.in_year(year).unwrap_or(NaiveDate::MIN)
}

pub(super) fn key_dates(ids: &mut Ids, year: i32) -> Vec<KeyDate> {
    let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d).unwrap_or(NaiveDate::MIN);
    let polling_day = nth_weekday(year, 5, Weekday::Thu, 1);
    let days: Vec<(&str, NaiveDate, NaiveDate, KeyDateCategory, &str)> = vec![
        (
            "Safer Internet Day",
            nth_weekday(year, 2, Weekday::Tue, 2),
            nth_weekday(year, 2, Weekday::Tue, 2),
            KeyDateCategory::Awareness,
            "International",
        ),
        ("International Women's Day", ymd(3, 8), ymd(3, 8), KeyDateCategory::InternationalDay, "UN"),
        (
            "Pre-election period (local elections)",
            polling_day - Days::new(21),
            polling_day,
            KeyDateCategory::Blackout,
            "Westmark",
        ),
        ("Local elections", polling_day, polling_day, KeyDateCategory::Election, "Westmark"),
        ("World Social Media Day", ymd(6, 30), ymd(6, 30), KeyDateCategory::InternationalDay, "International"),
        ("International Day of Police Cooperation", ymd(9, 7), ymd(9, 7), KeyDateCategory::InternationalDay, "UN"),
        (
            "Road Safety Week",
            nth_weekday(year, 11, Weekday::Sun, 3),
            nth_weekday(year, 11, Weekday::Sun, 3) + Days::new(6),
            KeyDateCategory::Awareness,
            "UK",
        ),
        ("Christmas Day", ymd(12, 25), ymd(12, 25), KeyDateCategory::Holiday, "UK"),
    ];
    days.into_iter()
        .map(|(name, starts_on, ends_on, category, region)| KeyDate {
            id: ids.next(),
            name: name.into(),
            starts_on,
            ends_on,
            category,
            blackout_level: (category == KeyDateCategory::Blackout).then_some(BlackoutLevel::Restricted),
            region: region.into(),
            source: "Almanac sample plan".into(),
        })
        .collect()
}

/// The year's title, messages, board priorities and flagship projects.
pub(super) fn plan_year(ids: &mut Ids, year: i32) -> PlanYear {
    let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    PlanYear {
        id: ids.next(),
        year,
        title: "Safer together".into(),
        core_messages: lines(&[
            "We are here for you, online and on the street, every hour of the day.",
            "Report it: every call and message helps keep Westmark safe.",
            "Home safe: slow down, stay alert, never drink or drug drive.",
        ]),
        priorities: lines(&[
            "Rebuild trust in neighbourhood policing",
            "Halve the time to answer messages on social media",
            "Recruit 300 officers and 120 staff",
            "Road deaths and serious injuries down by a fifth",
        ]),
        flagship_projects: lines(&[
            "#IdentifyMe with five national police forces",
            "Cone Zone: roadworks safety with Westmark Roads",
            "Shift into Winter",
        ]),
    }
}
