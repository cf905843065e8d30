//! ISO 8601 dates and times in the fixed forms Almanac stores and shows
//! (`2027-03-31`, `2027-03-31T09:30:00`, `2027-03-31T08:30:00Z`), read and
//! written by hand: a calendar month is a thousand of each, and chrono's general
//! parser and formatter were most of the cost of loading one.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

/// `2027-03-31`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(&b[0..4])? as i32, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// `2027-03-31T08:30:00Z`.
pub fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() != 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z' {
        return None;
    }
    let date = parse_date(&s[..10])?;
    let time = NaiveTime::from_hms_opt(digits(&b[11..13])?, digits(&b[14..16])?, digits(&b[17..19])?)?;
    Some(date.and_time(time).and_utc())
}

/// The last `width` decimal digits of `n`, zero-padded.
fn push_padded(out: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = (n / 10u32.pow(place)) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

fn push_date(out: &mut String, d: NaiveDate) {
    push_padded(out, d.year().max(0) as u32, 4);
    out.push('-');
    push_padded(out, d.month(), 2);
    out.push('-');
    push_padded(out, d.day(), 2);
}

/// `2027-03-31`.
pub fn date_text(d: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    push_date(&mut out, d);
    out
}

/// `2027-03-31T09:30:00`: a wall-clock time.
pub fn date_time_text(t: NaiveDateTime) -> String {
    let mut out = String::with_capacity(20);
    push_date(&mut out, t.date());
    out.push('T');
    push_padded(&mut out, t.hour(), 2);
    out.push(':');
    push_padded(&mut out, t.minute(), 2);
    out.push(':');
    push_padded(&mut out, t.second(), 2);
    out
}

/// `2027-03-31T08:30:00Z`: an instant, to the second, sorting correctly as text.
pub fn instant_text(t: DateTime<Utc>) -> String {
    let mut out = date_time_text(t.naive_utc());
    out.push('Z');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_instants_round_trip() {
        let d = NaiveDate::from_ymd_opt(2027, 3, 5).unwrap();
        assert_eq!(date_text(d), "2027-03-05");
        assert_eq!(parse_date("2027-03-05"), Some(d));
        let t: DateTime<Utc> = "2027-10-31T01:02:03Z".parse().unwrap();
        assert_eq!(instant_text(t), "2027-10-31T01:02:03Z");
        assert_eq!(parse_instant("2027-10-31T01:02:03Z"), Some(t));
        assert_eq!(date_time_text(t.naive_utc()), "2027-10-31T01:02:03");
    }

    #[test]
    fn malformed_text_is_refused() {
        for bad in ["2027-3-05", "2027-02-30", "27-03-05x", "2027/03/05", "２０２７-03-05"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        for bad in ["2027-10-31T25:00:00Z", "2027-10-31 01:02:03Z", "2027-10-31T01:02:03", "2027-10-31T01:02:03+01"] {
            assert_eq!(parse_instant(bad), None, "{bad}");
        }
    }
}
