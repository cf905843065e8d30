//! Conversions between domain values and their TEXT columns.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Type;
use rusqlite::Row;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::domain::{enum_from_name, iso, Schedule};
use almanac_model::Sentence;

/// Why a value does not read as the plan's, as a sentence, carried inside rusqlite's
/// conversion error so that what names the row (Plan health, a refused copy) says it in
/// its reader's language; a log reads it in British English.
#[derive(Debug)]
pub struct Unfit(pub Sentence);

impl std::fmt::Display for Unfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Unfit {}

/// The column `idx` holds `value`, which is not what the message `id` says it should be.
fn bad(idx: usize, id: &str, value: &str) -> rusqlite::Error {
    let why = Sentence::new(id).with("value", format!("{value:?}"));
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(Unfit(why)))
}

/// A TEXT column read in place, without copying it.
fn text_ref<'r>(row: &'r Row, idx: usize) -> rusqlite::Result<Option<&'r str>> {
    Ok(row.get_ref(idx)?.as_str_or_null()?)
}

fn required<'r>(row: &'r Row, idx: usize) -> rusqlite::Result<&'r str> {
    text_ref(row, idx)?.ok_or(rusqlite::Error::InvalidColumnType(idx, "NULL".into(), Type::Null))
}

pub fn uuid(row: &Row, idx: usize) -> rusqlite::Result<Uuid> {
    let s = required(row, idx)?;
    Uuid::parse_str(s).map_err(|_| bad(idx, "error-store-unfit-id", s))
}

pub fn opt_uuid(row: &Row, idx: usize) -> rusqlite::Result<Option<Uuid>> {
    text_ref(row, idx)?.map(|s| Uuid::parse_str(s).map_err(|_| bad(idx, "error-store-unfit-id", s))).transpose()
}

/// A comma-separated id list, as `group_concat` returns it.
pub fn uuid_list(row: &Row, idx: usize) -> rusqlite::Result<Vec<Uuid>> {
    text_ref(row, idx)?
        .unwrap_or_default()
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| Uuid::parse_str(p).map_err(|_| bad(idx, "error-store-unfit-id", p)))
        .collect()
}

pub fn date(row: &Row, idx: usize) -> rusqlite::Result<NaiveDate> {
    let s = required(row, idx)?;
    iso::parse_date(s).ok_or_else(|| bad(idx, "error-store-unfit-date", s))
}

pub fn opt_date(row: &Row, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    text_ref(row, idx)?.map(|s| iso::parse_date(s).ok_or_else(|| bad(idx, "error-store-unfit-date", s))).transpose()
}

pub fn opt_instant(row: &Row, idx: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    text_ref(row, idx)?
        .map(|s| iso::parse_instant(s).ok_or_else(|| bad(idx, "error-store-unfit-instant", s)))
        .transpose()
}

/// An instant that must be there.
pub fn instant(row: &Row, idx: usize) -> rusqlite::Result<DateTime<Utc>> {
    let s = required(row, idx)?;
    iso::parse_instant(s).ok_or_else(|| bad(idx, "error-store-unfit-instant", s))
}

/// An item's schedule from its `all_day_date` and `starts_at` columns (neither: the backlog).
pub fn schedule(row: &Row, all_day_idx: usize, starts_at_idx: usize) -> rusqlite::Result<Schedule> {
    Ok(match (opt_date(row, all_day_idx)?, opt_instant(row, starts_at_idx)?) {
        (Some(date), _) => Schedule::AllDay { date },
        (None, Some(utc)) => Schedule::At { utc },
        (None, None) => Schedule::Unscheduled,
    })
}

pub fn enumeration<T: DeserializeOwned>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let s = required(row, idx)?;
    enum_from_name(s).ok_or_else(|| bad(idx, "error-store-unfit-value", s))
}

pub fn opt_enumeration<T: DeserializeOwned>(row: &Row, idx: usize) -> rusqlite::Result<Option<T>> {
    text_ref(row, idx)?.map(|s| enum_from_name(s).ok_or_else(|| bad(idx, "error-store-unfit-value", s))).transpose()
}

pub fn json<T: DeserializeOwned>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let s = required(row, idx)?;
    serde_json::from_str(s).map_err(|_| bad(idx, "error-store-unfit-json", s))
}

pub use crate::domain::iso::{date_text, instant_text};
