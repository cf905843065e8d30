//! The sample plan's raw material: its channels, objectives, campaign templates and
//! the words its items are made of.

use crate::domain::Platform;

/// A sample channel: its brand (index), platform, handle, colour, items a day on average, and limit.
pub(super) struct ChannelSpec {
    pub brand: usize,
    pub platform: Platform,
    pub handle: &'static str,
    pub colour: &'static str,
    pub per_day: f64,
    pub max_per_day: Option<u32>,
}

pub(super) const CHANNELS: [ChannelSpec; 15] = [
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

pub(super) const OBJECTIVES: [(&str, &str, &str, &str); 8] = [
    ("Keep roads safe", "Fewer people killed or seriously injured on Westmark's roads", "#c2410c", "reach"),
    ("Prevent crime", "Practical advice that stops burglary, fraud and theft", "#1d4ed8", "engagement"),
    ("Build trust and confidence", "Show the people and the work behind the badge", "#0f766e", "confidence"),
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

/// A campaign template: name, hashtag, core message, objective (index), typical
/// start month, weeks, flagship, and whether it runs on the roads brand.
pub(super) type CampaignTemplate = (&'static str, &'static str, &'static str, usize, u32, u64, bool, bool);

pub(super) const CAMPAIGNS: [CampaignTemplate; 30] = [
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

pub(super) const CAMPAIGN_COLOURS: [&str; 8] =
    ["#2563eb", "#c2410c", "#0f766e", "#7c3aed", "#b91c1c", "#be185d", "#a16207", "#4d7c0f"];

pub(super) const CAMPAIGN_ANGLES: [&str; 12] = [
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

pub(super) const ROADS: [&str; 8] =
    ["A38", "M5 J24–25", "A30 Chiverton", "B3212", "A361", "A39 Atlantic Highway", "M5 J27", "A380"];

pub(super) const TOWNS: [&str; 8] =
    ["Westmark", "Elmbridge", "Harrowford", "Kingsmere", "Ashcombe", "Porthallow", "Brenton", "Castlegate"];

pub(super) const ROADS_ALWAYS_ON: [&str; 5] = [
    "Traffic update: {} slow after a collision",
    "Roadworks: {} closed overnight",
    "Weather: drive to the conditions on the {}",
    "Cleared: {} open again",
    "Speed check results on the {}",
];

pub(super) const POLICE_ALWAYS_ON: [&str; 7] = [
    "Appeal: witnesses sought in {}",
    "Meet the team: {} neighbourhood officers",
    "Weekly poll: what worries you in {}?",
    "Throwback Thursday: {} station 1952",
    "Neighbourhood surgery in {}",
    "Court result: {} burglar jailed",
    "Missing person: can you help find a man from {}?",
];

pub(super) const SLOTS: [(u32, u32); 8] = [(7, 30), (8, 0), (9, 0), (11, 30), (12, 30), (16, 0), (17, 30), (19, 30)];
