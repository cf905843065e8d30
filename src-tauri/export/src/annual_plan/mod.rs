//! The annual plan on one A4 page: the year's title, messages and priorities,
//! the objectives legend, and a 12-month timeline of campaigns in lanes with
//! key dates and blackout shading. Vector PDF with embedded fonts and
//! selectable text, rendered in process from a typst template, always exactly
//! one page (`sheet` condenses the content to fit).

mod lanes;
mod sheet;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::{objectives, plan_year, settings, year_timeline};
use crate::store::Store;
pub use crate::timeline::GroupBy;
use crate::typeset::{self, Rendered};
use crate::words::Words;
use crate::write_atomically;
use almanac_model::Sentence;
use sheet::Content;

const TEMPLATE: &str = include_str!("plan.typ");

/// Which way the A4 page is turned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Orientation {
    /// Wide: the default, more room for the months.
    #[default]
    Landscape,
    /// Tall.
    Portrait,
}

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AnnualPlanOptions {
    /// The year.
    pub year: i32,
    /// Which way the page is turned.
    pub orientation: Orientation,
    /// What the lanes are grouped by.
    pub group_by: GroupBy,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFile {
    /// Where it was written.
    pub path: String,
    /// How big it is.
    pub bytes: u32,
    /// How many campaigns it shows (drawn or summarised).
    pub campaigns: u32,
    /// Its texts with a character no font on this laptop has, printed as empty boxes.
    pub unprintable: Vec<String>,
}

/// The annual plan as PDF bytes. `now` dates the footer and places "today" in the plan's zone.
pub fn render(store: &Store, options: &AnnualPlanOptions, now: DateTime<Utc>) -> Result<Vec<u8>> {
    Ok(typeset_plan(store, options, now)?.0.pdf)
}

/// The PDF and how many campaigns it shows (drawn or summarised).
fn typeset_plan(store: &Store, options: &AnnualPlanOptions, now: DateTime<Utc>) -> Result<(Rendered, usize)> {
    let content = content(store, options, now)?;
    let sheet = sheet::lay_out(&content, options.orientation);
    let rendered = typeset::render("plan.typ", TEMPLATE, &serde_json::to_value(&sheet)?, content.today)?;
    if rendered.pages != 1 {
        // The layout places everything on the page; more pages would be our bug.
        return Err(Error::io(Sentence::new("error-files-annual-plan-pages").with("pages", rendered.pages)));
    }
    Ok((rendered, content.bars.len()))
}

/// Renders the annual plan and writes it to `out`; nothing is written when anything fails.
pub fn export(store: &Store, options: &AnnualPlanOptions, now: DateTime<Utc>, out: &Path) -> Result<ExportedFile> {
    if out.as_os_str().is_empty() {
        return Err(Error::validation("out", Sentence::new("error-choose-pdf-place")));
    }
    let (rendered, campaigns) = typeset_plan(store, options, now)?;
    write_atomically("out", out, &rendered.pdf)?;
    Ok(ExportedFile {
        path: out.display().to_string(),
        bytes: u32::try_from(rendered.pdf.len()).unwrap_or(u32::MAX),
        campaigns: u32::try_from(campaigns).unwrap_or(u32::MAX),
        unprintable: rendered.unprintable,
    })
}

/// Reads what the page shows from the plan.
fn content(store: &Store, options: &AnnualPlanOptions, now: DateTime<Utc>) -> Result<Content> {
    let year = options.year;
    if !validate::YEARS.contains(&year) {
        return Err(Error::validation("year", Sentence::new("error-not-a-year")));
    }
    let settings = settings::get(store)?;
    let words = Words::for_locale(&settings.locale);
    let plan = plan_year::get(store, year)?;
    let bars = year_timeline::bars(store, year, options.group_by, &|c| c.name().in_words(&words))?;
    let marks = year_timeline::marks_of_year(store, year)?;
    if plan.id.is_nil() && bars.is_empty() && !marks.iter().any(|m| m.own) {
        return Err(Error::validation("year", Sentence::new("error-no-plan-for-year").with("year", year.to_string())));
    }
    let objectives = objectives::list(store)?;
    Ok(Content {
        year,
        title: if plan.title.is_empty() { words.text("annual-plan-title") } else { plan.title },
        organisation: settings.organisation.clone(),
        group_by: options.group_by,
        words,
        core_messages: plan.core_messages,
        priorities: plan.priorities,
        flagship_projects: plan.flagship_projects,
        objectives: objectives.iter().map(|o| (o.name.clone(), o.colour.clone())).collect(),
        bars,
        marks,
        today: now.with_timezone(&settings.tz()).date_naive(),
    })
}
