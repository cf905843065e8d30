//! Sample plans: a realistic year (`agency`) or ten (`archive`) of a police
//! comms team, the same for the same seed. The first-run button, the CLI and the
//! benchmarks all use this generator.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::domain::item::local_to_utc;
use crate::domain::{
    BlackoutLevel, Brand, Campaign, CampaignStatus, Channel, ContentItem, ItemFormat, ItemStatus, KeyDate,
    KeyDateCategory, Objective, Platform, Schedule, Settings, WeekStart,
};
use crate::error::{Error, Result};
use crate::ops::plan::{self, PlanSummary};
use crate::ops::settings;
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Profile {
    /// One year: 2 brands, 15 channels, 8 objectives, 60 campaigns, about 12,000 items.
    Agency,
    /// Ten such years, ending with the given year.
    Archive,
}

impl std::str::FromStr for Profile {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "agency" => Ok(Profile::Agency),
            "archive" => Ok(Profile::Archive),
            other => Err(Error::validation("profile", format!("“{other}” is not a profile; use agency or archive"))),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct SampleOptions {
    pub profile: Profile,
    pub seed: u64,
    /// The (last) plan year.
    pub year: i32,
    /// Items before this day are published; after it, in the pipeline.
    pub today: NaiveDate,
}

impl SampleOptions {
    /// The plan year holding `today`, so the calendar opens on a busy month.
    pub fn for_today(profile: Profile, seed: u64, today: NaiveDate) -> Self {
        SampleOptions { profile, seed, year: today.year(), today }
    }
}

/// A whole generated plan, before it is written.
#[derive(Debug, Clone)]
pub struct SamplePlan {
    pub settings: Settings,
    pub brands: Vec<Brand>,
    pub channels: Vec<Channel>,
    pub objectives: Vec<Objective>,
    pub campaigns: Vec<Campaign>,
    pub items: Vec<ContentItem>,
    pub key_dates: Vec<KeyDate>,
}

pub const ITEMS_PER_YEAR: usize = 12_000;
pub const BACKLOG_PER_YEAR: usize = 120;
const TIME_ZONE: Tz = chrono_tz::Europe::London;

/// Writes a sample plan into an empty plan, as one undoable change.
pub fn load(store: &mut Store, options: SampleOptions) -> Result<PlanSummary> {
    if !plan::summary(store)?.is_empty() {
        return Err(Error::conflict("this plan already has content; load a sample plan into an empty data folder"));
    }
    let before_settings = settings::get(store)?;
    let mut sample = generate(options);
    sample.settings.id = before_settings.id;
    store.write("Load sample plan", |b| {
        b.update(&before_settings, &sample.settings)?;
        for r in &sample.brands {
            b.insert(r)?;
        }
        for r in &sample.channels {
            b.insert(r)?;
        }
        for r in &sample.objectives {
            b.insert(r)?;
        }
        for r in &sample.campaigns {
            b.insert(r)?;
        }
        for r in &sample.items {
            b.insert(r)?;
        }
        for r in &sample.key_dates {
            b.insert(r)?;
        }
        Ok(())
    })?;
    plan::summary(store)
}

/// Ids that are UUIDv7 in form but drawn from the seeded generator.
struct Ids {
    rng: ChaCha8Rng,
    millis: u64,
}

impl Ids {
    fn next(&mut self) -> Uuid {
        self.millis += 1;
        let bytes: [u8; 10] = self.rng.random();
        uuid::Builder::from_unix_timestamp_millis(self.millis, &bytes).into_uuid()
    }
}

pub fn generate(options: SampleOptions) -> SamplePlan {
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    let mut ids = Ids { rng: ChaCha8Rng::seed_from_u64(options.seed ^ 0x5eed), millis: 1_700_000_000_000 };
    let settings = Settings {
        id: ids.next(),
        organisation: "Westmark Police — Corporate Communications".into(),
        time_zone: TIME_ZONE.name().into(),
        week_start: WeekStart::Monday,
        locale: "en-GB".into(),
        year_start_month: 1,
    };
    let brands = vec![
        Brand {
            id: ids.next(),
            name: "Westmark Police".into(),
            purpose: "Appeals, prevention, trust and recruitment".into(),
            colour: "#1f4e9c".into(),
        },
        Brand {
            id: ids.next(),
            name: "Westmark Roads".into(),
            purpose: "Timely road information and road safety".into(),
            colour: "#c25400".into(),
        },
    ];
    let channels = channels(&mut ids, &brands);
    let objectives = objectives(&mut ids);
    let years = match options.profile {
        Profile::Agency => options.year..=options.year,
        Profile::Archive => options.year - 9..=options.year,
    };
    let mut plan =
        SamplePlan { settings, brands, channels, objectives, campaigns: vec![], items: vec![], key_dates: vec![] };
    for year in years {
        let first = plan.campaigns.len();
        plan.campaigns.extend(campaigns(&mut rng, &mut ids, year, &plan.objectives, &plan.channels, options.today));
        let year_campaigns = plan.campaigns[first..].to_vec();
        plan.items.extend(items(
            &mut rng,
            &mut ids,
            year,
            &plan.channels,
            &year_campaigns,
            &plan.objectives,
            options.today,
        ));
        plan.key_dates.extend(key_dates(&mut ids, year));
    }
    plan
}

struct ChannelSpec {
    brand: usize,
    platform: Platform,
    handle: &'static str,
    colour: &'static str,
    per_day: f64,
    max_per_day: Option<u32>,
}

const CHANNELS: [ChannelSpec; 15] = [
    ChannelSpec {
        brand: 1,
        platform: Platform::X,
        handle: "@WestmarkRoads",
        colour: "#b45309",
        per_day: 6.0,
        max_per_day: Some(16),
    },
    ChannelSpec {
        brand: 1,
        platform: Platform::Bluesky,
        handle: "@roads.westmark.police.uk",
        colour: "#0369a1",
        per_day: 3.0,
        max_per_day: Some(10),
    },
    ChannelSpec {
        brand: 1,
        platform: Platform::Facebook,
        handle: "Westmark Roads Police",
        colour: "#1d4ed8",
        per_day: 3.0,
        max_per_day: Some(8),
    },
    ChannelSpec {
        brand: 1,
        platform: Platform::Mastodon,
        handle: "@roads@social.westmark.police.uk",
        colour: "#6d28d9",
        per_day: 2.0,
        max_per_day: Some(8),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::X,
        handle: "@WestmarkPolice",
        colour: "#334155",
        per_day: 4.0,
        max_per_day: Some(12),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Instagram,
        handle: "@westmarkpolice",
        colour: "#be185d",
        per_day: 2.5,
        max_per_day: Some(6),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Facebook,
        handle: "Westmark Police",
        colour: "#1e40af",
        per_day: 3.0,
        max_per_day: Some(8),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Linkedin,
        handle: "Westmark Police",
        colour: "#0e7490",
        per_day: 1.0,
        max_per_day: Some(3),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Tiktok,
        handle: "@westmarkpolice",
        colour: "#111827",
        per_day: 1.5,
        max_per_day: Some(4),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Youtube,
        handle: "Westmark Police",
        colour: "#b91c1c",
        per_day: 0.5,
        max_per_day: Some(2),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Threads,
        handle: "@westmarkpolice",
        colour: "#4b5563",
        per_day: 2.0,
        max_per_day: Some(6),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Flickr,
        handle: "westmarkpolice",
        colour: "#db2777",
        per_day: 0.6,
        max_per_day: None,
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Snapchat,
        handle: "westmarkpolice",
        colour: "#a16207",
        per_day: 1.5,
        max_per_day: Some(5),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Newsletter,
        handle: "Westmark Weekly",
        colour: "#047857",
        per_day: 0.15,
        max_per_day: Some(1),
    },
    ChannelSpec {
        brand: 0,
        platform: Platform::Blog,
        handle: "westmark.police.uk/news",
        colour: "#15803d",
        per_day: 0.5,
        max_per_day: Some(3),
    },
];

fn channels(ids: &mut Ids, brands: &[Brand]) -> Vec<Channel> {
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
            min_gap_minutes: s.max_per_day.map(|_| 30),
        })
        .collect()
}

const OBJECTIVES: [(&str, &str, &str, &str); 8] = [
    ("Keep roads safe", "Fewer people killed or seriously injured on Westmark's roads", "#c2410c", "reach"),
    ("Prevent crime", "Practical advice that stops burglary, fraud and theft", "#1d4ed8", "engagement"),
    ("Build trust and confidence", "Show the people and the work behind the badge", "#0f766e", "sentiment"),
    ("Recruit officers and staff", "Fill 300 officer and 120 staff posts this year", "#7c3aed", "applications"),
    (
        "Solve cases with public help",
        "Appeals that bring witnesses and information forward",
        "#b91c1c",
        "messages received",
    ),
    ("Protect vulnerable people", "Reach victims of domestic abuse, exploitation and scams", "#be185d", "reach"),
    ("Inform during incidents", "Timely, accurate updates during incidents and road closures", "#a16207", "reach"),
    ("Engage young people", "Reach 13–24 year-olds where they are", "#4d7c0f", "engagement"),
];

fn objectives(ids: &mut Ids) -> Vec<Objective> {
    OBJECTIVES
        .iter()
        .map(|(name, description, colour, metric)| Objective {
            id: ids.next(),
            name: (*name).into(),
            description: (*description).into(),
            colour: (*colour).into(),
            kpi_metric: (*metric).into(),
            kpi_target: Some(10_000.0),
            kpi_period: "month".into(),
        })
        .collect()
}

/// A campaign template: name, hashtag, core message, objective (index), typical
/// start month, weeks, flagship, and whether it runs on the roads brand.
type CampaignTemplate = (&'static str, &'static str, &'static str, usize, u32, u64, bool, bool);

const CAMPAIGNS: [CampaignTemplate; 30] = [
    ("Cone Zone", "ConeZone", "Slow down, move over: road crews are people too", 0, 4, 8, true, true),
    (
        "Shift into Winter",
        "ShiftIntoWinter",
        "Check your tyres, lights and battery before the cold comes",
        0,
        10,
        6,
        false,
        true,
    ),
    ("Fatal Four", "FatalFour", "Speed, drink and drugs, phones and seatbelts kill", 0, 6, 4, true, true),
    ("Christmas Drink Drive", "NoDrinkDrive", "None for the road: one drink can be too many", 0, 12, 4, true, true),
    ("Clunk Click", "ClunkClick", "Every seat, every trip: belt up", 0, 3, 3, false, true),
    ("Hang Up, Drive", "HangUpDrive", "No call or message is worth a life", 0, 2, 3, false, true),
    ("Bike Safe", "BikeSafe", "Ride safe, be seen, get home", 0, 5, 5, false, true),
    ("Summer Roads", "SummerRoads", "Plan your journey and take breaks", 6, 7, 5, false, true),
    ("#IdentifyMe", "IdentifyMe", "Help us give these women back their names", 4, 5, 6, true, false),
    (
        "Scam Aware",
        "ScamAware",
        "Stop, challenge, protect: a bank will never ask you to move money",
        1,
        1,
        4,
        false,
        false,
    ),
    ("Lock It or Lose It", "LockItOrLoseIt", "Most burglaries start with an unlocked door", 1, 10, 6, false, false),
    ("Bike Marking Week", "MarkYourBike", "A marked bike is a bike that comes home", 1, 4, 2, false, false),
    ("Cyber Aware", "CyberAware", "Three random words make a strong password", 1, 9, 3, false, false),
    ("Safer Streets", "SaferStreets", "Walk, talk and report: every street safer", 5, 3, 6, false, false),
    ("Join Westmark", "JoinWestmark", "A career that makes a difference every day", 3, 1, 8, true, false),
    ("Specials Open Evening", "BecomeASpecial", "Volunteer as a Special Constable", 3, 9, 3, false, false),
    (
        "Police Staff Careers",
        "MoreThanOfficers",
        "It takes more than officers to run a police service",
        3,
        6,
        4,
        false,
        false,
    ),
    ("Meet Your Neighbourhood Team", "MeetYourTeam", "Know your local officers by name", 2, 2, 6, false, false),
    ("Behind the Badge", "BehindTheBadge", "The people who answer when you call", 2, 7, 6, true, false),
    ("Open Day", "WestmarkOpenDay", "See inside your police service", 2, 8, 2, false, false),
    ("Know the Signs", "KnowTheSigns", "Coercive control is domestic abuse", 5, 11, 4, true, false),
    ("Not in My Name", "NotInMyName", "Exploitation hides in plain sight", 5, 5, 4, false, false),
    ("Safer Nights Out", "SaferNightsOut", "Look out for your mates; ask for Angela", 5, 12, 3, false, false),
    ("Knife Crime Week", "KnivesTakeLives", "Carrying a knife makes you less safe, not more", 7, 5, 2, false, false),
    ("School's Out", "SchoolsOut", "Summer holidays, safe choices", 7, 7, 5, false, false),
    ("Online Safety Month", "StaySafeOnline", "Think before you share", 7, 2, 4, false, false),
    ("Flood Ready", "FloodReady", "Never drive through flood water", 6, 11, 4, false, true),
    ("Festival Season", "FestivalSafe", "Enjoy the music, plan your journey home", 6, 6, 8, false, false),
    ("999 Awareness", "Use999Wisely", "999 for emergencies, 101 for everything else", 2, 9, 3, false, false),
    ("Wanted Wednesday", "WantedWednesday", "Seen them? Tell us, 100% anonymously", 4, 1, 52, false, false),
];

const CAMPAIGN_COLOURS: [&str; 8] =
    ["#2563eb", "#c2410c", "#0f766e", "#7c3aed", "#b91c1c", "#be185d", "#a16207", "#4d7c0f"];

fn campaigns(
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

const CAMPAIGN_ANGLES: [&str; 12] = [
    "launch video",
    "myth-buster",
    "officer Q&A",
    "stats card",
    "behind the scenes",
    "partner quote",
    "reminder",
    "case study",
    "live Q&A",
    "explainer carousel",
    "victim's story",
    "thank-you and results",
];
const ROADS: [&str; 8] =
    ["A38", "M5 J24–25", "A30 Chiverton", "B3212", "A361", "A39 Atlantic Highway", "M5 J27", "A380"];
const TOWNS: [&str; 8] =
    ["Westmark", "Elmbridge", "Harrowford", "Kingsmere", "Ashcombe", "Porthallow", "Brenton", "Castlegate"];
const ROADS_ALWAYS_ON: [&str; 5] = [
    "Traffic update: {} slow after a collision",
    "Roadworks: {} closed overnight",
    "Weather: drive to the conditions on the {}",
    "Cleared: {} open again",
    "Speed check results on the {}",
];
const POLICE_ALWAYS_ON: [&str; 7] = [
    "Appeal: witnesses sought in {}",
    "Meet the team: {} neighbourhood officers",
    "Weekly poll: what worries you in {}?",
    "Throwback Thursday: {} station 1952",
    "Neighbourhood surgery in {}",
    "Court result: {} burglar jailed",
    "Missing person: can you help find a man from {}?",
];

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

const SLOTS: [(u32, u32); 8] = [(7, 30), (8, 0), (9, 0), (11, 30), (12, 30), (16, 0), (17, 30), (19, 30)];

fn items(
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
            id: ids.next(),
            title,
            copy: campaign.map(|c| c.core_message.clone()).unwrap_or_default(),
            format: format_for(spec.platform, rng),
            channel_id: channel.id,
            campaign_id: if backlog { None } else { campaign.map(|c| c.id) },
            objective_ids,
            status,
            schedule,
            language: "en".into(),
            notes: String::new(),
        });
    }
    out
}

fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n).unwrap_or(NaiveDate::MIN)
}

fn key_dates(ids: &mut Ids, year: i32) -> Vec<KeyDate> {
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

/// A fixed `today` for reproducible tests and benchmarks.
pub fn fixed_today(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 6, 15).unwrap_or(NaiveDate::MIN)
}

/// `today` in the sample's zone, from an instant the caller passes.
pub fn today_from(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&TIME_ZONE).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(seed: u64) -> SampleOptions {
        SampleOptions { profile: Profile::Agency, seed, year: 2027, today: fixed_today(2027) }
    }

    #[test]
    fn the_agency_profile_has_the_promised_shape() {
        let plan = generate(options(7));
        assert_eq!(plan.brands.len(), 2);
        assert_eq!(plan.channels.len(), 15);
        assert_eq!(plan.objectives.len(), 8);
        assert_eq!(plan.campaigns.len(), 60);
        assert_eq!(plan.items.len(), ITEMS_PER_YEAR);
        let backlog = plan.items.iter().filter(|i| i.schedule == Schedule::Unscheduled).count();
        assert_eq!(backlog, BACKLOG_PER_YEAR);
        assert!(
            plan.items.iter().filter(|i| i.campaign_id.is_some()).count() > 2_000,
            "many items belong to campaigns"
        );
        assert!(plan.key_dates.iter().any(
            |k| k.name == "World Social Media Day" && k.starts_on == NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()
        ));
    }

    #[test]
    fn the_same_seed_gives_the_same_plan_and_another_seed_another() {
        let a = generate(options(42));
        let b = generate(options(42));
        let c = generate(options(43));
        assert_eq!(a.items, b.items);
        assert_eq!(a.campaigns, b.campaigns);
        assert_ne!(a.items, c.items);
    }

    #[test]
    fn campaign_items_fall_inside_their_windows() {
        let plan = generate(options(1));
        let tz = TIME_ZONE;
        for item in plan.items.iter().filter(|i| i.campaign_id.is_some()) {
            let c = plan.campaigns.iter().find(|c| Some(c.id) == item.campaign_id).unwrap();
            let day = item.schedule.local_date(tz).unwrap();
            assert!(c.start_date <= day && day <= c.end_date, "{} on {day} is outside {}", item.title, c.name);
        }
    }
}
