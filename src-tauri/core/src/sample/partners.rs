//! The sample plan's partners: about 120 organisations (police forces, agencies,
//! ministries, councils, charities) in their own time zones, three groups, and a
//! dozen collaborations around `today` in every state a team meets.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
use rand::seq::IndexedRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use super::{Ids, TIME_ZONE};
use crate::domain::timing::local_to_utc;
use crate::domain::{
    Campaign, Collaboration, CollaborationKind, CollaborationPartner, Contact, Partner, PartnerGroup, PartnerHandle,
    PartnerStatus, Platform, StatusChange,
};

/// (country code, time zone, national force, its short name).
const COUNTRIES: [(&str, &str, &str, &str); 24] = [
    ("FR", "Europe/Paris", "Police nationale", "PN"),
    ("DE", "Europe/Berlin", "Bundespolizei", "BPOL"),
    ("NL", "Europe/Amsterdam", "Politie", "POL"),
    ("BE", "Europe/Brussels", "Police fédérale", "FedPol"),
    ("IE", "Europe/Dublin", "An Garda Síochána", "Garda"),
    ("ES", "Europe/Madrid", "Policía Nacional", "CNP"),
    ("IT", "Europe/Rome", "Polizia di Stato", "PS"),
    ("PT", "Europe/Lisbon", "Polícia de Segurança Pública", "PSP"),
    ("SE", "Europe/Stockholm", "Polisen", "Polisen"),
    ("NO", "Europe/Oslo", "Politiet", "Politiet"),
    ("DK", "Europe/Copenhagen", "Politi", "Politi"),
    ("FI", "Europe/Helsinki", "Poliisi", "Poliisi"),
    ("PL", "Europe/Warsaw", "Policja", "KGP"),
    ("CZ", "Europe/Prague", "Policie ČR", "PČR"),
    ("AT", "Europe/Vienna", "Bundespolizei Österreich", "BP-AT"),
    ("CH", "Europe/Zurich", "Kantonspolizei Zürich", "KAPO ZH"),
    ("GR", "Europe/Athens", "Hellenic Police", "ELAS"),
    ("EE", "Europe/Tallinn", "Politsei- ja Piirivalveamet", "PPA"),
    ("IS", "Atlantic/Reykjavik", "Lögreglan", "LRH"),
    ("US", "America/New_York", "New York City Police Department", "NYPD"),
    ("CA", "America/Vancouver", "Vancouver Police Department", "VPD"),
    ("BR", "America/Sao_Paulo", "Polícia Federal", "PF"),
    ("AU", "Australia/Sydney", "NSW Police Force", "NSWPF"),
    ("NZ", "Pacific/Auckland", "New Zealand Police", "NZPolice"),
];

/// Partners at home, in the plan's own zone.
const HOME: [(&str, &str); 12] = [
    ("Westmark Fire and Rescue", "fire service"),
    ("Westmark Ambulance Service", "ambulance"),
    ("Westmark County Council", "council"),
    ("Westmark City Council", "council"),
    ("Ministry of Justice", "ministry"),
    ("Home Office", "ministry"),
    ("Department for Transport", "ministry"),
    ("National Highways", "agency"),
    ("Crimestoppers", "charity"),
    ("Victim Support", "charity"),
    ("Neighbourhood Watch Network", "charity"),
    ("Road Safety Trust", "charity"),
];

const KINDS: [&str; 4] = ["regional police", "city police", "police academy", "border police"];
const CITIES: [&str; 4] = ["North", "South", "East", "West"];

pub(super) struct PartnerSample {
    pub partners: Vec<Partner>,
    pub groups: Vec<PartnerGroup>,
    pub collaborations: Vec<Collaboration>,
}

fn partner(
    ids: &mut Ids,
    name: String,
    short: String,
    kind: &str,
    country: &str,
    zone: &str,
    tags: &[&str],
) -> Partner {
    let handle = format!("@{}", short.replace([' ', '-'], ""));
    Partner {
        id: ids.next(),
        contacts: vec![Contact {
            id: ids.next(),
            name: format!("Press office, {short}"),
            role: "Social media".into(),
            email: format!("social@{}.example", short.to_lowercase().replace([' ', '-'], "")),
            phone: String::new(),
            handle: handle.clone(),
        }],
        name,
        short_name: short,
        kind: kind.into(),
        country: country.into(),
        time_zone: zone.into(),
        website: String::new(),
        handles: vec![
            PartnerHandle { platform: Platform::X, handle: handle.clone() },
            PartnerHandle { platform: Platform::Instagram, handle: handle.to_lowercase() },
        ],
        tags: tags.iter().map(|t| t.to_string()).collect(),
        notes: String::new(),
    }
}

pub(super) fn partners(rng: &mut ChaCha8Rng, ids: &mut Ids, campaigns: &[Campaign], today: NaiveDate) -> PartnerSample {
    let mut partners = Vec::new();
    for (country, zone, name, short) in COUNTRIES {
        partners.push(partner(
            ids,
            name.into(),
            short.into(),
            "national police",
            country,
            zone,
            &["police", "national"],
        ));
        for (i, city) in CITIES.iter().enumerate() {
            let kind = KINDS[i % KINDS.len()];
            partners.push(partner(
                ids,
                format!("{name} – {city} region"),
                format!("{short}-{}", &city[..1]),
                kind,
                country,
                zone,
                &["police", "regional"],
            ));
        }
    }
    for (name, kind) in HOME {
        let short: String = name.split_whitespace().filter_map(|w| w.chars().next()).collect();
        partners.push(partner(ids, name.into(), short, kind, "GB", TIME_ZONE.name(), &["home", kind]));
    }
    let national: Vec<Uuid> = partners.iter().filter(|p| p.kind == "national police").map(|p| p.id).collect();
    let ministries: Vec<Uuid> = partners.iter().filter(|p| p.kind == "ministry").map(|p| p.id).collect();
    let groups = vec![
        PartnerGroup {
            id: ids.next(),
            name: "X DM group: national police forces".into(),
            partner_ids: national.clone(),
        },
        PartnerGroup { id: ids.next(), name: "Close Friends: ministries".into(), partner_ids: ministries },
        PartnerGroup { id: ids.next(), name: "#IdentifyMe: five forces".into(), partner_ids: national[..5].to_vec() },
    ];
    let collaborations = collaborations(rng, ids, &partners, &groups, campaigns, today);
    PartnerSample { partners, groups, collaborations }
}

fn at(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    let naive = day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default());
    local_to_utc(naive, TIME_ZONE).unwrap_or_else(|_| naive.and_utc())
}

fn collaborations(
    rng: &mut ChaCha8Rng,
    ids: &mut Ids,
    partners: &[Partner],
    groups: &[PartnerGroup],
    campaigns: &[Campaign],
    today: NaiveDate,
) -> Vec<Collaboration> {
    use CollaborationKind::*;
    let plans: [(&str, CollaborationKind, i64, usize); 12] = [
        ("#IdentifyMe: joint Reel with five national forces", CollabPost, 5, 5),
        ("Mottos thread relay: 12 forces", ThreadRelay, 20, 12),
        ("International Day of Police Cooperation broadcast", GroupBroadcast, 40, 24),
        ("Cone Zone cross-post with National Highways", CrossPost, 4, 1),
        ("Winter driving: joint campaign with the fire service", JointCampaign, 30, 2),
        ("Ministry takeover: a day with the response team", Takeover, 55, 1),
        ("Open Day with Westmark Fire and Rescue", JointEvent, 75, 2),
        ("Scam Aware: Crimestoppers collab post", CollabPost, 2, 1),
        ("Safer Internet Day relay", ThreadRelay, -20, 6),
        ("Recruitment fair with the police academies", JointEvent, -45, 4),
        ("World Social Media Day: followers' questions", CrossPost, 120, 3),
        ("Victim Support awareness week", JointCampaign, 14, 1),
    ];
    let statuses =
        [PartnerStatus::Invited, PartnerStatus::Confirmed, PartnerStatus::AssetsReceived, PartnerStatus::NoResponse];
    plans
        .iter()
        .enumerate()
        .map(|(n, &(title, kind, in_days, size))| {
            let day = today.checked_add_signed(chrono::Duration::days(in_days)).unwrap_or(today);
            let go_live = at(day, 9 + (n as u32 % 4));
            let members: Vec<&Partner> = if kind == GroupBroadcast {
                groups[0].partner_ids.iter().filter_map(|id| partners.iter().find(|p| p.id == *id)).collect()
            } else if n == 0 {
                groups[2].partner_ids.iter().filter_map(|id| partners.iter().find(|p| p.id == *id)).collect()
            } else {
                partners.choose_multiple(rng, size).collect()
            };
            let past = in_days < 0;
            let invited_on = at(day.checked_sub_days(Days::new(30)).unwrap_or(day), 10);
            let members = members
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let status = if past {
                        PartnerStatus::Published
                    } else if n == 0 {
                        // The flagship Reel: three in, two still to answer.
                        if i < 3 {
                            PartnerStatus::Confirmed
                        } else {
                            PartnerStatus::Invited
                        }
                    } else {
                        *statuses.choose(rng).unwrap_or(&PartnerStatus::Invited)
                    };
                    let mut history = vec![StatusChange { status: PartnerStatus::Invited, at: invited_on }];
                    if status != PartnerStatus::Invited {
                        history.push(StatusChange {
                            status,
                            at: invited_on + chrono::Duration::days(rng.random_range(1..10)),
                        });
                    }
                    CollaborationPartner {
                        partner_id: p.id,
                        role: if kind == ThreadRelay {
                            format!("post {} of {}", i + 1, size)
                        } else {
                            "co-publisher".into()
                        },
                        status,
                        slot: (kind == ThreadRelay).then(|| go_live + chrono::Duration::minutes(15 * i as i64)),
                        history,
                    }
                })
                .collect();
            Collaboration {
                id: ids.next(),
                title: title.into(),
                kind,
                campaign_id: campaigns.choose(rng).map(|c| c.id),
                go_live: Some(go_live),
                asset_due: day.checked_sub_days(Days::new(5)),
                approval_due: day.checked_sub_days(Days::new(2)),
                key_message: "Police forces work together across borders to keep people safe.".into(),
                hashtags: vec!["PoliceCooperation".into()],
                asset_specs: "Vertical video 9:16, up to 60 s, subtitles burnt in; a square still 1080×1080.".into(),
                notes: String::new(),
                item_ids: vec![],
                partners: members,
            }
        })
        .collect()
}
