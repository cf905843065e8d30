//! The year timeline and the key-date marks of a window, loaded for the Plan view, the
//! calendar and the annual plan alike (the rules are in `timeline`).

use chrono::{Datelike, NaiveDate};

use super::{brands, campaigns, channels, key_dates, objectives, Sentence};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::schedule::key_dates::catalogue_in_year;
use crate::store::Store;
use crate::timeline::{self, Bar, GroupBy, Mark, Names, YearTimeline};

/// The longest window of marks one call may ask for.
pub const MAX_MARK_DAYS: i64 = 800;

/// The year's campaigns grouped and in lanes, with its key dates, a channel named by
/// `channel_name`.
pub fn year(
    store: &Store,
    year: i32,
    group_by: GroupBy,
    channel_name: &dyn Fn(&crate::domain::Channel) -> String,
) -> Result<YearTimeline> {
    let bars = bars(store, year, group_by, channel_name)?;
    let marks = marks_of_year(store, year)?;
    Ok(timeline::year(year, group_by, bars, marks))
}

/// The bars of the campaigns that run in `year`, a channel named by `channel_name`.
pub fn bars(
    store: &Store,
    year: i32,
    group_by: GroupBy,
    channel_name: &dyn Fn(&crate::domain::Channel) -> String,
) -> Result<Vec<Bar>> {
    validate::year("year", year)?;
    let (channels, brands, objectives) = (channels::list(store)?, brands::list(store)?, objectives::list(store)?);
    let names = Names { channels: &channels, brands: &brands, objectives: &objectives, channel_label: channel_name };
    Ok(timeline::bars(&campaigns::list(store)?, year, group_by, &names))
}

/// The key dates of a year, the team's and the catalogue's.
pub fn marks_of_year(store: &Store, year: i32) -> Result<Vec<Mark>> {
    validate::year("year", year)?;
    let (first, last) = (first_day(year)?, last_day(year)?);
    marks_between(store, first, last)
}

/// The key dates that touch the days from `from` to `to` (both included), the team's
/// and the catalogue's, one per name and day.
pub fn marks(store: &Store, from: &str, to: &str) -> Result<Vec<Mark>> {
    let from = validate::date("from", from)?;
    let to = validate::date("to", to)?;
    if to < from {
        return Err(Error::validation("to", Sentence::new("error-window-not-before")));
    }
    if (to - from).num_days() > MAX_MARK_DAYS {
        return Err(Error::validation("to", Sentence::new("error-window-days").with("max", MAX_MARK_DAYS)));
    }
    marks_between(store, from, to)
}

fn marks_between(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Mark>> {
    let own = key_dates::list(store, from, to)?;
    let catalogue = (from.year()..=to.year())
        .flat_map(catalogue_in_year)
        .filter(|c| c.starts_on <= to && c.ends_on >= from)
        .map(|c| Mark::new(c.name, (c.starts_on, c.ends_on), c.category, None, false).in_catalogue(c.key));
    Ok(timeline::marks(&own, catalogue))
}

fn first_day(year: i32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| Error::validation("year", Sentence::new("error-not-a-year")))
}

fn last_day(year: i32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(|| Error::validation("year", Sentence::new("error-not-a-year")))
}
