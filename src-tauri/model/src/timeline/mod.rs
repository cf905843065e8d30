//! The year timeline as the Plan view and the one-page annual plan both draw it: the
//! campaigns of a year grouped (by objective, channel or brand) and packed into lanes,
//! the ink that reads on each campaign's colour, and the key-date marks (the team's own
//! and the catalogue's, one per name and day). Pure: `ops::timeline` hands the plan in,
//! so the page and the view can never disagree.

pub mod lanes;

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::domain::{BlackoutLevel, Brand, Campaign, Channel, KeyDate, KeyDateCategory, Objective};

/// What the timeline's lanes are grouped by: a campaign's first objective, channel, or its channel's brand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum GroupBy {
    /// By the campaign's first objective.
    #[default]
    Objective,
    /// By its first channel.
    Channel,
    /// By its first channel's brand.
    Brand,
}

/// A campaign as the timeline draws it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Bar {
    /// The campaign drawn.
    pub campaign_id: Uuid,
    /// Its name.
    pub name: String,
    /// Its first day.
    pub start_date: NaiveDate,
    /// Inclusive.
    pub end_date: NaiveDate,
    /// A flagship: placed first, starred.
    pub flagship: bool,
    /// The campaign's colour, and the text colour that reads on it.
    pub fill: String,
    /// The text colour that reads on `fill`.
    pub ink: String,
    /// The name of the group it is drawn in.
    pub group: String,
}

/// A group of the timeline and its campaigns in lanes, no two in a lane overlapping.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// The group's name (empty: the campaigns with none of what they are grouped by).
    pub name: String,
    /// Its lanes, top to bottom, each in placement order.
    pub lanes: Vec<Vec<Bar>>,
}

/// A key date on the timeline: the team's own or the catalogue's.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Mark {
    /// Its name.
    pub name: String,
    /// Its first day.
    pub starts_on: NaiveDate,
    /// Its last day.
    pub ends_on: NaiveDate,
    /// What kind of date it is.
    pub category: KeyDateCategory,
    /// How strict a blackout is, if it is one.
    pub blackout_level: Option<BlackoutLevel>,
    /// A blackout period (by its category or its level): shaded rather than listed.
    pub blackout: bool,
    /// The team's own dates are listed before the catalogue's when a month is full.
    pub own: bool,
    /// A catalogue date's key in the message catalogue, which names it in each language
    /// (`key-date-<key>`); none for the team's own dates, whose name is the team's.
    pub catalogue_key: Option<String>,
}

impl Mark {
    /// A mark of a key date; `own` for the team's, not the catalogue's.
    pub fn new(
        name: String,
        (starts_on, ends_on): (NaiveDate, NaiveDate),
        category: KeyDateCategory,
        blackout_level: Option<BlackoutLevel>,
        own: bool,
    ) -> Mark {
        let blackout = category == KeyDateCategory::Blackout || blackout_level.is_some();
        Mark { name, starts_on, ends_on, category, blackout_level, blackout, own, catalogue_key: None }
    }

    /// The mark of the catalogue's date with message key `key`.
    pub fn in_catalogue(self, key: String) -> Mark {
        Mark { catalogue_key: Some(key), ..self }
    }

    /// A blackout period: shaded rather than listed.
    pub fn is_blackout(&self) -> bool {
        self.blackout
    }
}

/// The year as the Plan view shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct YearTimeline {
    /// The year shown.
    pub year: i32,
    /// What the campaigns are grouped by.
    pub group_by: GroupBy,
    /// In name order.
    pub groups: Vec<Group>,
    /// The year's key dates.
    pub marks: Vec<Mark>,
}

/// The plan's names for what campaigns are grouped by.
pub struct Names<'a> {
    /// The channels.
    pub channels: &'a [Channel],
    /// The brands.
    pub brands: &'a [Brand],
    /// The objectives.
    pub objectives: &'a [Objective],
    /// A channel's name in the reader's words ("X @metpoliceuk").
    pub channel_label: &'a dyn Fn(&Channel) -> String,
}

/// The name of the group a campaign is drawn in; empty for the campaigns with no
/// objective, channel or brand, which each reader names in its own language.
pub fn group_of(c: &Campaign, group_by: GroupBy, names: &Names) -> String {
    let channel: Option<&Channel> = c.channel_ids.first().and_then(|id| names.channels.iter().find(|ch| ch.id == *id));
    match group_by {
        GroupBy::Objective => c
            .objective_ids
            .first()
            .and_then(|id| names.objectives.iter().find(|o| o.id == *id))
            .map_or(String::new(), |o| o.name.clone()),
        GroupBy::Channel => channel.map_or(String::new(), names.channel_label),
        GroupBy::Brand => channel
            .and_then(|ch| names.brands.iter().find(|b| b.id == ch.brand_id))
            .map_or(String::new(), |b| b.name.clone()),
    }
}

/// Whether a campaign runs on any day of `year`.
pub fn touches(c: &Campaign, year: i32) -> bool {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
    c.start_date <= last && c.end_date >= first
}

/// The bars of the campaigns that run in `year`, each in its group, in the plan's order.
pub fn bars(campaigns: &[Campaign], year: i32, group_by: GroupBy, names: &Names) -> Vec<Bar> {
    campaigns
        .iter()
        .filter(|c| touches(c, year))
        .map(|c| Bar {
            campaign_id: c.id,
            name: c.name.clone(),
            start_date: c.start_date,
            end_date: c.end_date,
            flagship: c.flagship,
            fill: c.colour.clone(),
            ink: readable_on(&c.colour).to_string(),
            group: group_of(c, group_by, names),
        })
        .collect()
}

/// The bars' groups in name order (case aside), the unnamed group last, each bar's index
/// in `bars` listed.
pub fn groups(bars: &[Bar]) -> Vec<(&str, Vec<usize>)> {
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, b) in bars.iter().enumerate() {
        match groups.iter_mut().find(|(name, _)| *name == b.group) {
            Some((_, members)) => members.push(i),
            None => groups.push((&b.group, vec![i])),
        }
    }
    groups.sort_by_key(|g| (g.0.is_empty(), g.0.to_lowercase()));
    groups
}

/// The timeline of the year: groups in name order, each packed into lanes by whole days.
pub fn year(year: i32, group_by: GroupBy, bars: Vec<Bar>, marks: Vec<Mark>) -> YearTimeline {
    let groups = groups(&bars)
        .into_iter()
        .map(|(name, members)| {
            let extent = |i: usize| {
                let b = &bars[i];
                (b.start_date.num_days_from_ce(), b.end_date.num_days_from_ce() + 1)
            };
            let lanes = lanes::pack(&members, |i| lanes::order_key(&bars[i]), extent, 0)
                .into_iter()
                .map(|lane| lane.into_iter().map(|i| bars[i].clone()).collect())
                .collect();
            Group { name: name.to_string(), lanes }
        })
        .collect();
    YearTimeline { year, group_by, groups, marks }
}

/// The team's key dates and the catalogue's, one mark per name (case aside) and day:
/// a catalogue day the team also entered is theirs.
pub fn marks(own: &[KeyDate], catalogue: impl IntoIterator<Item = Mark>) -> Vec<Mark> {
    let mut out: Vec<Mark> = own
        .iter()
        .map(|k| Mark::new(k.name.clone(), (k.starts_on, k.ends_on), k.category, k.blackout_level, true))
        .collect();
    let teams = out.len();
    for c in catalogue {
        let seen =
            out[..teams].iter().any(|m| m.starts_on == c.starts_on && m.name.to_lowercase() == c.name.to_lowercase());
        if !seen {
            out.push(Mark { own: false, ..c });
        }
    }
    out
}

/// White or near-black, whichever reads better on `background` (WCAG contrast); white
/// on anything that is not a `#rrggbb` colour.
pub fn readable_on(background: &str) -> &'static str {
    let hex = background.strip_prefix('#').filter(|h| h.len() == 6).unwrap_or("");
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) })
    };
    let (Some(r), Some(g), Some(b)) = (channel(0), channel(2), channel(4)) else { return "#ffffff" };
    let l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let dark = 0.0120; // luminance of #111827
    if 1.05 / (l + 0.05) >= (l + 0.05) / (dark + 0.05) {
        "#ffffff"
    } else {
        "#111827"
    }
}

#[cfg(test)]
mod tests;
