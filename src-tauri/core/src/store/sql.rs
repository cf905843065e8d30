//! Conversions between domain values and their TEXT columns.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::types::Type;
use rusqlite::Row;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::domain::enum_from_name;

fn bad(idx: usize, what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, format!("{what}: {value:?}").into())
}

pub fn uuid(row: &Row, idx: usize) -> rusqlite::Result<Uuid> {
    let s: String = row.get(idx)?;
    Uuid::parse_str(&s).map_err(|_| bad(idx, "id", &s))
}

pub fn opt_uuid(row: &Row, idx: usize) -> rusqlite::Result<Option<Uuid>> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| Uuid::parse_str(&s).map_err(|_| bad(idx, "id", &s)))
        .transpose()
}

/// A comma-separated id list, as `group_concat` returns it.
pub fn uuid_list(row: &Row, idx: usize) -> rusqlite::Result<Vec<Uuid>> {
    let s: Option<String> = row.get(idx)?;
    s.unwrap_or_default()
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| Uuid::parse_str(p).map_err(|_| bad(idx, "id", p)))
        .collect()
}

pub fn date(row: &Row, idx: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = row.get(idx)?;
    parse_date(&s).ok_or_else(|| bad(idx, "date", &s))
}

pub fn opt_date(row: &Row, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| parse_date(&s).ok_or_else(|| bad(idx, "date", &s)))
        .transpose()
}

pub fn opt_instant(row: &Row, idx: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| {
        s.parse::<DateTime<Utc>>()
            .map_err(|_| bad(idx, "instant", &s))
    })
    .transpose()
}

pub fn enumeration<T: DeserializeOwned>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    enum_from_name(&s).ok_or_else(|| bad(idx, "value", &s))
}

pub fn json<T: DeserializeOwned>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    serde_json::from_str(&s).map_err(|_| bad(idx, "json", &s))
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

pub fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Second precision, `Z`: sorts correctly as text.
pub fn instant_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}
