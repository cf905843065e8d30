//! The annual plan on one A4 page: the year's title, messages and priorities,
//! the objectives legend, and a 12-month timeline of campaigns in lanes with
//! key dates and blackout shading. Vector PDF with embedded fonts and
//! selectable text, rendered in process from a typst template, always exactly
//! one page (`sheet` condenses the content to fit).

pub mod lanes;
pub mod sheet;

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::domain::{enum_name, validate, Campaign, Channel, KeyDate};
use crate::error::{Error, Result};
use crate::export::{typeset, write_atomically};
use crate::ops::{brands, campaigns, channels, key_dates, objectives, plan_year, settings};
use crate::schedule::key_dates::catalogue_in_year;
use crate::store::Store;
use lanes::Bar;
use sheet::{Content, Mark};

const TEMPLATE: &str = include_str!("plan.typ");

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Orientation {
    #[default]
    Landscape,
    Portrait,
}

/// What the timeline's lanes are grouped by: a campaign's first objective, channel, or its channel's brand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum GroupBy {
    #[default]
    Objective,
    Channel,
    Brand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AnnualPlanOptions {
    pub year: i32,
    pub orientation: Orientation,
    pub group_by: GroupBy,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFile {
    pub path: String,
    pub bytes: u32,
    pub campaigns: u32,
}

/// The annual plan as PDF bytes. `now` dates the footer and places "today" in the plan's zone.
pub fn render(store: &Store, options: &AnnualPlanOptions, now: DateTime<Utc>) -> Result<Vec<u8>> {
    Ok(typeset_plan(store, options, now)?.0)
}

/// The PDF and how many campaigns it shows (drawn or summarised).
fn typeset_plan(store: &Store, options: &AnnualPlanOptions, now: DateTime<Utc>) -> Result<(Vec<u8>, usize)> {
    let content = content(store, options, now)?;
    let sheet = sheet::lay_out(&content, options.orientation);
    let rendered = typeset::render("plan.typ", TEMPLATE, &serde_json::to_value(&sheet)?, content.today)?;
    if rendered.pages != 1 {
        // The layout places everything on the page; more pages would be our bug.
        return Err(Error::io(format!("the annual plan came out as {} pages instead of one", rendered.pages)));
    }
    Ok((rendered.pdf, content.bars.len()))
}

/// Renders the annual plan and writes it to `out`; nothing is written when anything fails.
pub fn export(store: &Store, options: &AnnualPlanOptions, now: DateTime<Utc>, out: &Path) -> Result<ExportedFile> {
    if out.as_os_str().is_empty() {
        return Err(Error::validation("out", "choose where to save the PDF"));
    }
    let (pdf, campaigns) = typeset_plan(store, options, now)?;
    write_atomically("out", out, &pdf)?;
    Ok(ExportedFile {
        path: out.display().to_string(),
        bytes: u32::try_from(pdf.len()).unwrap_or(u32::MAX),
        campaigns: u32::try_from(campaigns).unwrap_or(u32::MAX),
    })
}

fn touches(c: &Campaign, year: i32) -> bool {
    let (first, last) = year_bounds(year);
    c.start_date <= last && c.end_date >= first
}

fn year_bounds(year: i32) -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(year, 1, 1).expect("validated year"),
        NaiveDate::from_ymd_opt(year, 12, 31).expect("validated year"),
    )
}

/// Reads what the page shows from the plan.
fn content(store: &Store, options: &AnnualPlanOptions, now: DateTime<Utc>) -> Result<Content> {
    let year = options.year;
    if !validate::YEARS.contains(&year) {
        return Err(Error::validation("year", "must be a year from 1900 to 2999"));
    }
    let settings = settings::get(store)?;
    let plan = plan_year::get(store, year)?;
    let (first, last) = year_bounds(year);
    let campaigns: Vec<Campaign> = campaigns::list(store)?.into_iter().filter(|c| touches(c, year)).collect();
    let own = key_dates::list(store, first, last)?;
    if plan.id.is_nil() && campaigns.is_empty() && own.is_empty() {
        return Err(Error::validation(
            "year",
            format!("there is no plan for {year} yet: add campaigns or write the year's plan first"),
        ));
    }
    let channels = channels::list(store)?;
    let brands = brands::list(store)?;
    let objectives = objectives::list(store)?;
    let group_of = |c: &Campaign| -> String {
        let channel: Option<&Channel> = c.channel_ids.first().and_then(|id| channels.iter().find(|ch| ch.id == *id));
        match options.group_by {
            GroupBy::Objective => c
                .objective_ids
                .first()
                .and_then(|id| objectives.iter().find(|o| o.id == *id))
                .map_or("No objective".into(), |o| o.name.clone()),
            GroupBy::Channel => channel.map_or("No channel".into(), channels::label),
            GroupBy::Brand => channel
                .and_then(|ch| brands.iter().find(|b| b.id == ch.brand_id))
                .map_or("No brand".into(), |b| b.name.clone()),
        }
    };
    let bars = campaigns
        .iter()
        .map(|c| Bar {
            name: c.name.clone(),
            start: c.start_date,
            end: c.end_date,
            flagship: c.flagship,
            colour: c.colour.clone(),
            group: group_of(c),
        })
        .collect();
    Ok(Content {
        year,
        title: if plan.title.is_empty() { "Annual plan".into() } else { plan.title },
        organisation: settings.organisation.clone(),
        group_by: enum_name(&options.group_by),
        core_messages: plan.core_messages,
        priorities: plan.priorities,
        flagship_projects: plan.flagship_projects,
        objectives: objectives.iter().map(|o| (o.name.clone(), o.colour.clone())).collect(),
        bars,
        marks: marks(&own, year),
        today: now.with_timezone(&settings.tz()).date_naive(),
    })
}

/// The team's key dates and the catalogue's, one mark per name and day.
fn marks(own: &[KeyDate], year: i32) -> Vec<Mark> {
    let mut out: Vec<Mark> = own
        .iter()
        .map(|k| Mark {
            name: k.name.clone(),
            starts_on: k.starts_on,
            ends_on: k.ends_on,
            own: true,
            blackout: k.blackout_level.map(|l| blackout_words(&enum_name(&l))),
        })
        .collect();
    for c in catalogue_in_year(year) {
        let seen = out.iter().any(|m| m.starts_on == c.starts_on && m.name.eq_ignore_ascii_case(&c.name));
        if !seen {
            out.push(Mark { name: c.name, starts_on: c.starts_on, ends_on: c.ends_on, own: false, blackout: None });
        }
    }
    out
}

/// "noPosting" → "no posting".
fn blackout_words(name: &str) -> String {
    name.chars().flat_map(|c| if c.is_uppercase() { vec![' ', c.to_ascii_lowercase()] } else { vec![c] }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blackout_levels_read_as_words() {
        assert_eq!(blackout_words("noPosting"), "no posting");
        assert_eq!(blackout_words("restricted"), "restricted");
    }
}
