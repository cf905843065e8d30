//! Numbers and times as the platforms' exports write them: thousands separators of any
//! locale, and dates in the orders the exports use, the order told from the whole file.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

/// A count as an export writes it: `1234`, `1,234`, `1.234`, `1 234`, `12.5`. Empty (or a
/// dash) is none; anything else is an error: the cell as it was read.
pub fn number(cell: &str) -> Result<Option<f64>, String> {
    let cell = cell.trim().trim_start_matches('\'');
    if cell.is_empty() || cell == "-" || cell == "—" || cell.eq_ignore_ascii_case("n/a") {
        return Ok(None);
    }
    let digits: String = cell.chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\'').collect();
    let normal = match (digits.rfind(','), digits.rfind('.')) {
        // Both: the last one is the decimal mark.
        (Some(c), Some(d)) if c > d => digits.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => digits.replace(',', ""),
        // One kind only: groups of three after it are thousands, otherwise a decimal mark.
        (Some(_), None) if grouped(&digits, ',') => digits.replace(',', ""),
        (Some(_), None) => digits.replace(',', "."),
        // Counts are whole: `4.210` is Dutch or German for four thousand.
        (None, Some(_)) if grouped(&digits, '.') => digits.replace('.', ""),
        _ => digits,
    };
    match normal.parse::<f64>() {
        Ok(n) if n.is_finite() && n >= 0.0 => Ok(Some(n)),
        _ => Err(cell.to_string()),
    }
}

/// Whether every group after the first `mark` has three digits (`1,234,567`).
fn grouped(digits: &str, mark: char) -> bool {
    let mut parts = digits.split(mark);
    let head = parts.next().unwrap_or_default();
    !head.is_empty() && head.len() <= 3 && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// Which part of a `a/b/yyyy` date is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    /// `04/30/2026`: Meta and LinkedIn in US English.
    MonthFirst,
    /// `30/04/2026`, `30-04-2026`, `30.04.2026`: most of Europe.
    DayFirst,
}

/// The order of a file's dates: day first if any date's first part is over 12, month
/// first if any second part is; otherwise by the separator: `/` is `slash` (the
/// platforms' US exports write month first), `-` and `.` day first.
pub fn day_order<'a>(cells: impl Iterator<Item = &'a str>, slash: DayOrder) -> DayOrder {
    let mut slashed = false;
    for cell in cells {
        let Some((a, b, sep)) = leading_parts(cell.split_whitespace().next().unwrap_or_default()) else { continue };
        if a > 12 {
            return DayOrder::DayFirst;
        }
        if b > 12 {
            return DayOrder::MonthFirst;
        }
        slashed |= sep == '/';
    }
    if slashed {
        slash
    } else {
        DayOrder::DayFirst
    }
}

/// The first two numbers of an `a?b?yyyy` date and its separator.
fn leading_parts(cell: &str) -> Option<(u32, u32, char)> {
    let cell = cell.trim();
    let sep = cell.chars().find(|c| !c.is_ascii_digit())?;
    if !['/', '-', '.'].contains(&sep) {
        return None;
    }
    let mut parts = cell.split(sep);
    let a: u32 = parts.next()?.parse().ok()?;
    let b: u32 = parts.next()?.parse().ok()?;
    let year = parts.next()?;
    (year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) && a <= 31).then_some((a, b, sep))
}

/// An instant as an export writes it, read on the plan's clock unless it names its zone:
/// `2026-04-02 09:30 +0000`, `2026-04-02T09:30:00Z`, `04/02/2026 09:30`, `Thu, Apr 02, 2026`;
/// and whether it had a time (a date alone is midnight).
pub fn instant(cell: &str, order: DayOrder, tz: Tz) -> Option<(DateTime<Utc>, bool)> {
    let cell = cell.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(cell) {
        return Some((t.with_timezone(&Utc), true));
    }
    for format in ["%Y-%m-%d %H:%M %z", "%Y-%m-%d %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S%z"] {
        if let Ok(t) = DateTime::parse_from_str(cell, format) {
            return Some((t.with_timezone(&Utc), true));
        }
    }
    let (local, timed) = local(cell, order)?;
    Some((crate::domain::timing::wall_clock(local, tz).0, timed))
}

/// A wall-clock time, or a date alone at midnight; and whether it had a time.
fn local(cell: &str, order: DayOrder) -> Option<(NaiveDateTime, bool)> {
    let (date, time) = match cell.split_once([' ', 'T']) {
        Some((d, t)) if !d.ends_with(',') && !d.chars().all(char::is_alphabetic) => (d, Some(t.trim())),
        _ => (cell, None),
    };
    // "Thu, Apr 02, 2026" and "2 Apr 2026" are dates alone, whatever the split said.
    let (date, time) = match day(date, order) {
        Some(d) => (d, time),
        None => (day(cell, order)?, None),
    };
    let time = match time {
        Some(t) => Some(
            ["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M:%S %p"]
                .iter()
                .find_map(|f| NaiveTime::parse_from_str(t, f).ok())?,
        ),
        None => None,
    };
    Some((date.and_time(time.unwrap_or(NaiveTime::MIN)), time.is_some()))
}

/// A day as an export writes it: `2026-04-02`, `04/02/2026` (by `order`), `02.04.2026`,
/// `Thu, Apr 02, 2026`, `Apr 2, 2026`, `2 Apr 2026`.
pub fn day(cell: &str, order: DayOrder) -> Option<NaiveDate> {
    let cell = cell.trim();
    let cell =
        cell.split_once(['T', ' ']).filter(|(d, _)| d.len() == 10 && d.as_bytes()[4] == b'-').map_or(cell, |(d, _)| d);
    if let Ok(d) = NaiveDate::parse_from_str(cell, "%Y-%m-%d") {
        return Some(d);
    }
    let first = cell.split_whitespace().next().unwrap_or_default();
    if let Some((a, b, sep)) = leading_parts(first) {
        let year = first.rsplit(sep).next()?.parse().ok()?;
        let (d, m) = if order == DayOrder::DayFirst { (a, b) } else { (b, a) };
        return NaiveDate::from_ymd_opt(year, m, d);
    }
    ["%a, %b %d, %Y", "%b %d, %Y", "%d %b %Y", "%A, %B %d, %Y", "%B %d, %Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(cell, f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_in_every_locale_and_nonsense_is_refused() {
        assert_eq!(number("1,234").unwrap(), Some(1234.0));
        assert_eq!(number("1.234.567").unwrap(), Some(1_234_567.0));
        assert_eq!(number("1 234").unwrap(), Some(1234.0));
        assert_eq!(number("1.234,5").unwrap(), Some(1234.5));
        assert_eq!(number("12.5").unwrap(), Some(12.5));
        assert_eq!(number("").unwrap(), None);
        assert!(number("lots").is_err());
        assert!(number("-5").is_err());
    }

    #[test]
    fn dates_read_in_the_file_s_order_on_the_plan_s_clock() {
        let tz = chrono_tz::Europe::London;
        assert_eq!(day_order(["04/02/2026", "04/30/2026"].into_iter(), DayOrder::MonthFirst), DayOrder::MonthFirst);
        assert_eq!(day_order(["04/02/2026", "30/04/2026"].into_iter(), DayOrder::MonthFirst), DayOrder::DayFirst);
        assert_eq!(day_order(["02-04-2026 09:30"].into_iter(), DayOrder::MonthFirst), DayOrder::DayFirst);
        let at = |s: &str, o| instant(s, o, tz).map(|(t, _)| t.to_rfc3339());
        assert_eq!(at("04/02/2026 09:30", DayOrder::MonthFirst).as_deref(), Some("2026-04-02T08:30:00+00:00"));
        assert_eq!(at("02-04-2026 09:30", DayOrder::DayFirst).as_deref(), Some("2026-04-02T08:30:00+00:00"));
        assert_eq!(at("2026-04-02 09:30 +0000", DayOrder::DayFirst).as_deref(), Some("2026-04-02T09:30:00+00:00"));
        assert_eq!(at("Thu, Apr 02, 2026", DayOrder::MonthFirst).as_deref(), Some("2026-04-01T23:00:00+00:00"));
        assert_eq!(day("Thu, Apr 02, 2026", DayOrder::MonthFirst), NaiveDate::from_ymd_opt(2026, 4, 2));
        assert_eq!(day("Lifetime", DayOrder::MonthFirst), None);
    }
}
