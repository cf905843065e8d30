//! A read-only share for people without Almanac: one self-contained HTML file of a month,
//! a quarter or the year — the campaigns, the key dates and the calendar grid — with its
//! styles inline and no script, font or image from elsewhere, so it can be mailed to
//! leadership or put on the intranet. Readable on a phone (the grid becomes a list of
//! days), printable (a month a page) and accessible (tables with headers, text for every
//! colour), in the plan's language. It draws the calendar's own entries and the Plan's own
//! key dates.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use super::write_atomically;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::items::{self, CalendarEntry, WindowQuery};
use crate::ops::{campaigns, settings, year_timeline};
use crate::store::Store;
use crate::words::{day_range, PlanWords, Words};
use almanac_model::Sentence;

/// The lines a day shows before "+N more" (which opens on the rest): a printed day has
/// room for no more.
pub const LINES_PER_DAY: usize = 8;

/// Which stretch of the plan the page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Period {
    /// One month.
    Month {
        /// The year.
        year: i32,
        /// The month, 1 to 12.
        month: u32,
    },
    /// One quarter.
    Quarter {
        /// The year.
        year: i32,
        /// The quarter, 1 to 4.
        quarter: u32,
    },
    /// The calendar year.
    Year {
        /// The year.
        year: i32,
    },
}

impl Period {
    /// The first and last day, checked.
    pub fn days(self) -> Result<(NaiveDate, NaiveDate)> {
        let (year, first_month, months) = match self {
            Period::Month { year, month } if (1..=12).contains(&month) => (year, month, 1),
            Period::Quarter { year, quarter } if (1..=4).contains(&quarter) => (year, quarter * 3 - 2, 3),
            Period::Year { year } => (year, 1, 12),
            Period::Month { .. } => return Err(Error::validation("month", Sentence::new("error-month-range"))),
            Period::Quarter { .. } => return Err(Error::validation("quarter", Sentence::new("error-quarter-range"))),
        };
        validate::year("year", year)?;
        let first = NaiveDate::from_ymd_opt(year, first_month, 1)
            .ok_or_else(|| Error::validation("year", Sentence::new("error-out-of-range")))?;
        let after = first.checked_add_months(chrono::Months::new(months)).unwrap_or(NaiveDate::MAX);
        Ok((first, after.pred_opt().unwrap_or(after)))
    }

    /// The period in `words`: "May 2027", "Q2 2027", "2027" ("mei 2027", "T2 2027").
    pub fn name(self, words: &Words) -> String {
        match self {
            Period::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1)
                .map_or_else(|| year.to_string(), |first| words.date(first, "date-month-year")),
            Period::Quarter { year, quarter } => words
                .format("date-quarter", &[("quarter", quarter.to_string().into()), ("year", year.to_string().into())]),
            Period::Year { year } => year.to_string(),
        }
    }
}

/// Text made safe for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A colour the page may put in a style: `#rrggbb`, else a neutral grey.
fn colour(c: &str) -> &str {
    let ok = c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|d| d.is_ascii_hexdigit());
    if ok {
        c
    } else {
        "#6b7280"
    }
}

const STYLE: &str = include_str!("web_page.css");

/// The page of `period`, as HTML text, and how many items it holds.
pub fn html(store: &Store, period: Period, now: DateTime<Utc>) -> Result<(String, u32)> {
    let (first, last) = period.days()?;
    let s = settings::get(store)?;
    let tz = s.tz();
    let after = last.checked_add_days(Days::new(1)).unwrap_or(last);
    let mut entries: Vec<CalendarEntry> = Vec::new();
    let mut from = first;
    while from < after {
        let to = items::window_end(from, items::MAX_WINDOW_DAYS).min(after);
        let query = WindowQuery { from: from.to_string(), to: to.to_string(), filter: Default::default() };
        entries.extend(items::list_window(store, &query)?);
        from = to;
    }
    let words = Words::for_locale(&s.locale);
    let title = words.format(
        "web-page-title",
        &[("organisation", s.organisation.clone().into()), ("period", period.name(&words).into())],
    );
    let made = now.with_timezone(&tz).naive_local().format("%Y-%m-%dT%H:%M").to_string();
    let summary = words.format(
        "web-page-summary",
        &[
            ("from", words.long_date(first).into()),
            ("to", words.long_date(last).into()),
            ("zone", tz.name().into()),
            ("made", words.day_or_time(&made).into()),
            ("count", entries.len().into()),
        ],
    );
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Almanac\">\n<title>{t}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>{t}</h1><p>{summary}</p></header>\n<main>\n",
        lang = esc(&words.typst_lang()),
        dir = words.language().direction().html(),
        t = esc(&title),
        summary = esc(&summary),
    );
    campaigns_section(&mut page, &words, &campaigns::list(store)?, first, last);
    let mut marks = year_timeline::marks(store, &first.to_string(), &last.to_string())?;
    marks.sort_by_key(|m| (m.starts_on, m.ends_on));
    key_dates_section(&mut page, &words, &marks);
    // Each day's entries, looked up per cell (a year has thousands of them).
    let mut by_day: HashMap<&str, Vec<&CalendarEntry>> = HashMap::new();
    for e in &entries {
        if let Some(day) = e.local_start.as_deref().and_then(|s| s.get(..10)) {
            by_day.entry(day).or_default().push(e);
        }
    }
    let mut month = first;
    while month <= last {
        month_section(&mut page, &words, month, &by_day, s.week_start == crate::domain::WeekStart::Sunday);
        month = month.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX);
    }
    page.push_str("</main>\n</body>\n</html>\n");
    Ok((page, entries.len() as u32))
}

fn campaigns_section(
    page: &mut String,
    words: &Words,
    all: &[crate::domain::Campaign],
    first: NaiveDate,
    last: NaiveDate,
) {
    let span = (last - first).num_days().max(1) as f64 + 1.0;
    let mut running: Vec<_> = all.iter().filter(|c| c.start_date <= last && c.end_date >= first).collect();
    running.sort_by_key(|c| (c.start_date, c.name.clone()));
    let heading = esc(&words.text("web-page-campaigns"));
    let _ = writeln!(page, "<section aria-labelledby=\"campaigns\"><h2 id=\"campaigns\">{heading}</h2>");
    if running.is_empty() {
        let _ = writeln!(page, "<p>{}</p>", esc(&words.text("web-page-no-campaigns")));
    }
    page.push_str("<ul class=\"campaigns\">\n");
    for c in running {
        let left = (c.start_date.max(first) - first).num_days() as f64 / span * 100.0;
        let width = ((c.end_date.min(last) - c.start_date.max(first)).num_days() as f64 + 1.0) / span * 100.0;
        let _ = writeln!(
            page,
            "<li><span class=\"name\">{star}{name}</span> <span class=\"dates\">{}</span>\
             <span class=\"track\" aria-hidden=\"true\"><span class=\"bar\" style=\"left:{left:.2}%;width:{width:.2}%;background:{}\"></span></span></li>",
            esc(&day_range(words, c.start_date, c.end_date)),
            colour(&c.colour),
            star = if c.flagship { "★ " } else { "" },
            name = esc(&c.name),
        );
    }
    page.push_str("</ul>\n</section>\n");
}

fn key_dates_section(page: &mut String, words: &Words, marks: &[crate::timeline::Mark]) {
    let heading = esc(&words.text("web-page-key-dates"));
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"key-dates\"><h2 id=\"key-dates\">{heading}</h2>\n<ul class=\"key-dates\">"
    );
    for m in marks {
        let when = esc(&day_range(words, m.starts_on, m.ends_on));
        let kind = if m.blackout {
            format!(" <strong>{}</strong>", esc(&words.text("web-page-blackout")))
        } else {
            String::new()
        };
        let _ = writeln!(page, "<li><span class=\"dates\">{when}</span> {}{kind}</li>", esc(&words.mark_name(m)));
    }
    if marks.is_empty() {
        let _ = writeln!(page, "<li>{}</li>", esc(&words.text("web-page-no-key-dates")));
    }
    page.push_str("</ul>\n</section>\n");
}

/// The entries of each day (`YYYY-MM-DD`), in the order they go out.
type ByDay<'e> = HashMap<&'e str, Vec<&'e CalendarEntry>>;

fn month_section(page: &mut String, words: &Words, month: NaiveDate, by_day: &ByDay, sunday_first: bool) {
    let id = format!("m{}-{:02}", month.year(), month.month());
    let name = esc(&words.date(month, "date-month-year"));
    let _ = write!(page, "<section class=\"month\" aria-labelledby=\"{id}\"><h2 id=\"{id}\">{name}</h2>\n<table class=\"grid\">\n<thead><tr>");
    // A week that starts on the plan's first day: 2027-03-07 was a Sunday.
    let first_day = NaiveDate::from_ymd_opt(2027, 3, if sunday_first { 7 } else { 8 }).unwrap_or(month);
    for d in first_day.iter_days().take(7) {
        let _ = write!(page, "<th scope=\"col\">{}</th>", esc(&words.date(d, "date-weekday-short")));
    }
    page.push_str("</tr></thead>\n<tbody>\n<tr>");
    let offset =
        if sunday_first { month.weekday().num_days_from_sunday() } else { month.weekday().num_days_from_monday() };
    for _ in 0..offset {
        page.push_str("<td class=\"empty\"></td>");
    }
    let mut day = month;
    let mut column = offset;
    while day.month() == month.month() {
        if column == 7 {
            page.push_str("</tr>\n<tr>");
            column = 0;
        }
        let of_day: &[&CalendarEntry] = by_day.get(day.to_string().as_str()).map_or(&[], Vec::as_slice);
        day_cell(page, words, day, of_day);
        column += 1;
        day = match day.succ_opt() {
            Some(d) => d,
            None => break,
        };
    }
    for _ in column..7 {
        page.push_str("<td class=\"empty\"></td>");
    }
    page.push_str("</tr>\n</tbody>\n</table>\n</section>\n");
}

fn day_cell(page: &mut String, words: &Words, day: NaiveDate, of_day: &[&CalendarEntry]) {
    let _ = write!(
        page,
        "<td><div class=\"day\"><span class=\"date\">{}</span> <span class=\"weekday\">{}</span> <span class=\"count\">{}</span></div><ul>",
        day.day(),
        esc(&words.date(day, "date-weekday-short")),
        esc(&words.format("web-page-day-count", &[("count", of_day.len().into())])),
    );
    let (shown, folded) = of_day.split_at(of_day.len().min(LINES_PER_DAY));
    day_lines(page, shown);
    page.push_str("</ul>");
    // The rest of a busy day behind "+N more", which opens without script: the page's
    // reader has no Almanac to look them up in.
    if !folded.is_empty() {
        let more = words.format("web-page-more", &[("count", folded.len().into())]);
        let _ = write!(page, "<details class=\"more\"><summary>{}</summary><ul>", esc(&more));
        day_lines(page, folded);
        page.push_str("</ul></details>");
    }
    page.push_str("</td>");
}

/// One line per entry: its channel's colour, time, title and channel.
fn day_lines(page: &mut String, entries: &[&CalendarEntry]) {
    for e in entries {
        let time = e.local_start.as_deref().and_then(|s| s.get(11..16)).unwrap_or("");
        let _ = write!(
            page,
            "<li><span class=\"dot\" style=\"background:{}\" aria-hidden=\"true\"></span><span class=\"time\">{time}</span> {} <span class=\"channel\">{}</span></li>",
            colour(&e.channel_colour),
            esc(&e.item.title),
            esc(&e.channel_label),
        );
    }
}

/// Writes the page of `period` to `out` (`.html`); returns how many items it shows.
pub fn export(store: &Store, period: Period, now: DateTime<Utc>, out: &Path) -> Result<u32> {
    let ext = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if !matches!(ext.as_deref(), Some("html" | "htm")) {
        return Err(Error::validation("out", Sentence::new("error-name-html")));
    }
    let (page, items) = html(store, period, now)?;
    write_atomically("out", out, page.as_bytes())?;
    Ok(items)
}
