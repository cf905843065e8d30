//! What a planning grid's cells say: dates in ISO or the locale's order, 12- or 24-hour
//! times, statuses and formats by label or id in any case, a title from the copy's first
//! line, a link kept in the copy; and the status an import may give (never an approver's).

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use crate::domain::approval::refused_step;
use crate::domain::{ItemStatus, When};
use almanac_model::Sentence;

/// A row's status as it is imported, and the status the file gave when that is not it: an
/// import brings nothing in approved, scheduled or published (an approver approves in
/// Approvals, as the team's server requires), so such a row comes in for review.
pub(super) fn new_status(cell: &str) -> std::result::Result<(ItemStatus, Option<ItemStatus>), Sentence> {
    let status =
        named(cell, &ItemStatus::ALL, |s| s.label(), ("item-status", ItemStatus::Draft), "error-files-not-a-status")?;
    Ok(match refused_step(None, status) {
        Some(_) => (ItemStatus::InReview, Some(status)),
        None => (status, None),
    })
}

/// What the preview says of a row's status.
pub(super) fn status_shown(cell: &str) -> Sentence {
    match new_status(cell) {
        Ok((status, None)) => Sentence::value_of("item-status", &status),
        Ok((status, Some(given))) => Sentence::new("imports-items-status-to-approve")
            .with("status", Sentence::value_of("item-status", &status))
            .with("given", Sentence::value_of("item-status", &given)),
        Err(_) => cell.into(),
    }
}

/// A row's title: its own, or the first line of its copy cut to 80 characters.
pub(super) fn title_of(title: &str, copy: &str) -> String {
    if !title.is_empty() {
        return title.to_string();
    }
    let line = copy.lines().next().unwrap_or_default().trim();
    match line.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line.to_string(),
    }
}

/// Names as a file writes them, compared without case, spaces or punctuation.
pub(super) fn key(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The copy with `link` after it, unless the copy has it already.
pub(super) fn with_link(copy: &str, link: &str) -> String {
    match (copy.is_empty(), link.is_empty() || copy.contains(link)) {
        (_, true) => copy.to_string(),
        (true, false) => link.to_string(),
        (false, false) => format!("{copy}\n{link}"),
    }
}

/// The value of `all` whose label (or id) a cell names, the label in English or in any
/// language the catalogue names the values in (`<prefix>-<value>`, as the grid export
/// writes them); `default` for an empty cell. A cell that names none is refused with the
/// catalogue's message `refusal`, which lists the values' names.
pub(super) fn named<T: Copy + Serialize>(
    cell: &str,
    all: &[T],
    label: impl Fn(T) -> &'static str,
    (prefix, default): (&str, T),
    refusal: &str,
) -> std::result::Result<T, Sentence> {
    if cell.is_empty() {
        return Ok(default);
    }
    let wanted = key(cell);
    let id = |v: T| serde_json::to_value(v).ok().and_then(|j| j.as_str().map(String::from)).unwrap_or_default();
    let translated = |v: T| named_in_any_language(&almanac_i18n::value_id(prefix, &id(v)), &wanted);
    all.iter().copied().find(|v| key(label(*v)) == wanted || key(&id(*v)) == wanted || translated(*v)).ok_or_else(
        || {
            let names: Vec<Sentence> =
                all.iter().map(|v| Sentence::new(almanac_i18n::value_id(prefix, &id(*v)))).collect();
            Sentence::new(refusal).with("value", cell).with("names", names)
        },
    )
}

/// Whether message `id` names `wanted` (a key) in any language; each message's names are
/// looked up once per process, not once per row.
fn named_in_any_language(id: &str, wanted: &str) -> bool {
    static KEYS: LazyLock<Mutex<HashMap<String, Vec<String>>>> = LazyLock::new(Default::default);
    let mut keys = KEYS.lock().unwrap_or_else(PoisonError::into_inner);
    let names =
        keys.entry(id.to_owned()).or_insert_with(|| almanac_i18n::in_every_language(id).map(|n| key(&n)).collect());
    names.iter().any(|name| name == wanted)
}

/// When a row goes out: the backlog for no date, all day for a date without a time.
pub(super) fn when(date: &str, time: &str, month_first: bool) -> std::result::Result<When, Sentence> {
    // A date cell may carry the time too: `2027-03-31 09:30`, `2027-03-31T09:30:00`.
    let (date, time) = match date.split_once([' ', 'T']) {
        Some((d, t)) if time.is_empty() && !t.trim().is_empty() => (d, t.trim()),
        _ => (date, time),
    };
    if date.is_empty() {
        return match time {
            "" => Ok(When::Unscheduled),
            _ => Err(Sentence::new("error-files-time-without-date")),
        };
    }
    let day = day(date, month_first).ok_or_else(|| {
        let refusal =
            if month_first { "error-files-not-a-date-month-first" } else { "error-files-not-a-date-day-first" };
        Sentence::new(refusal).with("value", date)
    })?;
    if time.is_empty() {
        return Ok(When::AllDay { date: day.to_string() });
    }
    let at = clock(time).ok_or_else(|| Sentence::new("error-files-not-a-time").with("value", time))?;
    Ok(When::At { local: format!("{day}T{}", at.format("%H:%M")) })
}

/// A day written ISO-style, or with the locale's order of day and month.
fn day(text: &str, month_first: bool) -> Option<NaiveDate> {
    let text = text.trim();
    let local = if month_first { ["%m/%d/%Y", "%m.%d.%Y", "%m-%d-%Y"] } else { ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"] };
    ["%Y-%m-%d", "%Y/%m/%d"].iter().chain(&local).find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// A wall-clock time: 24-hour with `:` or `.`, seconds allowed, or 12-hour with AM/PM.
fn clock(text: &str) -> Option<NaiveTime> {
    let text = text.trim().to_uppercase();
    // `9 PM` has no minutes, which the parser needs.
    let hour_only = text.strip_suffix("AM").or(text.strip_suffix("PM")).map(str::trim_end);
    let text = match hour_only {
        Some(h) if !h.is_empty() && h.chars().all(|c| c.is_ascii_digit()) => {
            format!("{h}:00 {}", &text[text.len() - 2..])
        }
        _ => text,
    };
    ["%H:%M", "%H:%M:%S", "%H.%M", "%I:%M %p", "%I:%M%p", "%I:%M:%S %p"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(&text, f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ItemFormat;

    #[test]
    fn dates_and_times_are_read_as_teams_write_them() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(day("2027-03-04", false), d(2027, 3, 4));
        assert_eq!(day("04/03/2027", false), d(2027, 3, 4), "day first outside the US");
        assert_eq!(day("03/04/2027", true), d(2027, 3, 4), "month first in en-US");
        assert_eq!(day("4.3.2027", false), d(2027, 3, 4));
        assert_eq!(day("31/02/2027", false), None);
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(clock("09:30"), t(9, 30));
        assert_eq!(clock("9.30"), t(9, 30));
        assert_eq!(clock("09:30:00"), t(9, 30));
        assert_eq!(clock("9:30 pm"), t(21, 30));
        assert_eq!(clock("12 AM"), t(0, 0));
        assert_eq!(clock("9pm"), t(21, 0));
        assert_eq!(clock("25:00"), None);
    }

    #[test]
    fn a_date_cell_may_hold_the_time_and_an_empty_one_is_the_backlog() {
        assert_eq!(when("2027-03-04 09:30", "", false), Ok(When::At { local: "2027-03-04T09:30".into() }));
        assert_eq!(when("2027-03-04T09:30:00", "", false), Ok(When::At { local: "2027-03-04T09:30".into() }));
        assert_eq!(when("2027-03-04", "", false), Ok(When::AllDay { date: "2027-03-04".into() }));
        assert_eq!(when("", "", false), Ok(When::Unscheduled));
        assert!(when("", "09:30", false).is_err());
        assert!(when("next tuesday", "", false).unwrap_err().to_string().contains("DD/MM/YYYY"));
    }

    #[test]
    fn statuses_and_formats_are_named_by_label_or_id_in_any_case() {
        let status = |c| {
            named(c, &ItemStatus::ALL, |s| s.label(), ("item-status", ItemStatus::Draft), "error-files-not-a-status")
        };
        assert_eq!(status("In review"), Ok(ItemStatus::InReview));
        assert_eq!(status("inReview"), Ok(ItemStatus::InReview));
        assert_eq!(status("ON HOLD"), Ok(ItemStatus::OnHold));
        assert_eq!(status(""), Ok(ItemStatus::Draft));
        assert!(status("Live-ish").unwrap_err().to_string().contains("Approved"));
        assert_eq!(
            status("Live-ish").unwrap_err().to_string(),
            "“Live-ish” is not a status; use one of Idea, Draft, In review, Approved, Scheduled, Published, On hold, \
             Cancelled",
            "the values named as the catalogue names them"
        );
    }

    #[test]
    fn statuses_and_formats_are_read_in_every_language_the_export_writes() {
        let status = |c: &str| {
            named(c, &ItemStatus::ALL, |s| s.label(), ("item-status", ItemStatus::Draft), "error-files-not-a-status")
        };
        for name in almanac_i18n::in_every_language("item-status-on-hold") {
            assert_eq!(status(&name), Ok(ItemStatus::OnHold), "{name}");
            assert_eq!(status(&name.to_uppercase()), Ok(ItemStatus::OnHold), "{name} in capitals");
        }
        let format = |c: &str| {
            named(c, &ItemFormat::ALL, |f| f.label(), ("item-format", ItemFormat::Post), "error-files-not-a-format")
        };
        for name in almanac_i18n::in_every_language("item-format-carousel") {
            assert_eq!(format(&name), Ok(ItemFormat::Carousel), "{name}");
        }
    }

    #[test]
    fn an_import_brings_no_item_in_approved_scheduled_or_published() {
        assert_eq!(new_status("In review"), Ok((ItemStatus::InReview, None)));
        assert_eq!(new_status("scheduled"), Ok((ItemStatus::InReview, Some(ItemStatus::Scheduled))));
        for cell in ["Approved", "Published"] {
            assert_eq!(new_status(cell).unwrap().0, ItemStatus::InReview, "{cell}");
            assert!(status_shown(cell).to_string().starts_with("In review (the file says"), "{cell}");
        }
    }

    #[test]
    fn a_title_comes_from_the_copy_when_the_row_has_none() {
        assert_eq!(title_of("Own", "copy"), "Own");
        assert_eq!(title_of("", "First line\nsecond"), "First line");
        assert_eq!(title_of("", &"é".repeat(100)).chars().count(), 81);
    }

    #[test]
    fn a_link_is_added_to_the_copy_once() {
        assert_eq!(with_link("Read https://a.example/x", "https://a.example/x"), "Read https://a.example/x");
        assert_eq!(with_link("Read", "https://a.example/x"), "Read\nhttps://a.example/x");
        assert_eq!(with_link("", "https://a.example/x"), "https://a.example/x");
    }
}
