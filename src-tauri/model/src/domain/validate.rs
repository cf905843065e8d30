//! Field checks shared by every draft. Each names the field it rejects.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// The longest title, in characters.
pub const MAX_TITLE: usize = 300;
/// The longest copy, in characters.
pub const MAX_COPY: usize = 20_000;
/// The longest short text (a name, a role), in characters.
pub const MAX_SHORT: usize = 300;
/// The longest long text (notes, a brief), in characters.
pub const MAX_LONG: usize = 20_000;

/// Trimmed text of at most `max` characters; `required` rejects empty text.
pub fn text(field: &str, value: &str, max: usize, required: bool) -> Result<String> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(Error::validation(field, Sentence::new("error-required")));
    }
    let len = value.chars().count();
    if len > max {
        return Err(Error::validation(field, Sentence::new("error-too-long").with("length", len).with("max", max)));
    }
    Ok(value.to_string())
}

/// A colour as `#rrggbb`, returned in lower case.
pub fn colour(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    let ok = v.len() == 7 && v.starts_with('#') && v[1..].chars().all(|c| c.is_ascii_hexdigit());
    if !ok {
        return Err(Error::validation(field, Sentence::new("error-not-colour").with("value", v)));
    }
    Ok(v.to_ascii_lowercase())
}

/// The years a plan may reach.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

/// A plan year in the range a plan covers.
pub fn year(field: &str, year: i32) -> Result<i32> {
    if !YEARS.contains(&year) {
        return Err(Error::validation(field, Sentence::new("error-outside-years").with("value", year.to_string())));
    }
    Ok(year)
}

/// A `YYYY-MM-DD` date; anything else is a validation error on `field`.
pub fn date(field: &str, value: &str) -> Result<NaiveDate> {
    let date = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| Error::validation(field, Sentence::new("error-not-date").with("value", value)))?;
    in_years(field, date)
}

fn in_years(field: &str, date: NaiveDate) -> Result<NaiveDate> {
    if !YEARS.contains(&date.year()) {
        return Err(Error::validation(field, Sentence::new("error-outside-years").with("value", date.to_string())));
    }
    Ok(date)
}

/// A wall-clock date and time, `2027-03-31T09:30` (seconds optional).
pub fn local_date_time(field: &str, value: &str) -> Result<NaiveDateTime> {
    let v = value.trim();
    let t = NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| Error::validation(field, Sentence::new("error-not-date-time").with("value", value)))?;
    in_years(field, t.date())?;
    Ok(t)
}

/// An id (a UUID); anything else is a validation error on `field`.
pub fn id(field: &str, value: &str) -> Result<Uuid> {
    Uuid::parse_str(value.trim())
        .map_err(|_| Error::validation(field, Sentence::new("error-not-id").with("value", value)))
}

/// A date that may be left empty.
pub fn optional_date(field: &str, value: &str) -> Result<Option<NaiveDate>> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        date(field, value.trim()).map(Some)
    }
}

/// An optional id; empty counts as none.
pub fn optional_id(field: &str, value: Option<&str>) -> Result<Option<Uuid>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => id(field, v).map(Some),
    }
}

/// Ids of a list, without duplicates, in their given order.
pub fn ids(field: &str, values: &[String]) -> Result<Vec<Uuid>> {
    let mut out = Vec::with_capacity(values.len());
    for v in values {
        let id = id(field, v)?;
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

/// An IANA time zone name (`Europe/London`).
pub fn time_zone(field: &str, value: &str) -> Result<Tz> {
    value
        .trim()
        .parse::<Tz>()
        .map_err(|_| Error::validation(field, Sentence::new("error-not-time-zone").with("value", value)))
}

/// `text` cut to at most `bytes` bytes, at a character's boundary.
pub fn within_bytes(text: &str, bytes: usize) -> String {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_trims_and_bounds() {
        assert_eq!(text("title", "  Hi ", 5, true).unwrap(), "Hi");
        assert_eq!(text("title", "   ", 5, true).unwrap_err().code(), "validation");
        assert!(text("notes", "", 5, false).is_ok());
        let err = text("title", &"é".repeat(301), MAX_TITLE, true).unwrap_err();
        let too_long = Sentence::new("error-too-long").with("length", 301usize).with("max", 300usize);
        assert_eq!(err, Error::validation("title", too_long));
        assert_eq!(err.to_string(), "title: is 301 characters; at most 300 are allowed");
    }

    #[test]
    fn colours_dates_and_zones() {
        assert_eq!(colour("colour", "#AABBCC").unwrap(), "#aabbcc");
        assert!(colour("colour", "red").is_err());
        assert!(date("startDate", "2027-02-30").is_err());
        assert!(date("startDate", "12027-02-03").is_err(), "five-digit years are refused");
        assert!(date("startDate", "0999-02-03").is_err());
        assert_eq!(local_date_time("when", "2027-03-28T01:30").unwrap().to_string(), "2027-03-28 01:30:00");
        assert!(time_zone("timeZone", "Mars/Olympus").is_err());
        assert!(time_zone("timeZone", "Europe/Paris").is_ok());
    }
}
