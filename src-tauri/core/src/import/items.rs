//! Importing content items from a planning grid kept in a spreadsheet, through the
//! shared importer (`mapped`): the grid's columns (the ones the spreadsheet export
//! writes, and the words teams use for them), channels, campaigns, owners and objectives
//! found by name, dates read in the plan's zone and the locale's day order, and rows the
//! plan has already (same channel, time and title, as many times as it has them) left
//! out so a file imports once.

use std::collections::HashMap;
use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::mapped::{self, Kind, Outcome, Row};
use super::Table;
use crate::domain::approval::refused_step;
use crate::domain::{ContentItem, ItemDraft, ItemFormat, ItemStatus, Schedule, When};
use crate::error::Result;
use crate::ops::{channels, settings};
use crate::store::records::{brands, campaigns, channels as channel_rows, items, members, objectives};
use crate::store::{Batch, Store};

/// A field of an item a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ItemField {
    /// The day it goes out (a date, or a date and time).
    Date,
    /// The time it goes out on the plan's wall clock; empty for all day.
    Time,
    /// The channel, by its handle or "Platform handle".
    Channel,
    /// The channel's brand, to tell channels with the same handle apart.
    Brand,
    /// The campaign, by name.
    Campaign,
    /// Its format (Post, Reel, …).
    Format,
    /// Its status (Draft, Approved, …).
    Status,
    /// Its owner, by name or e-mail.
    Owner,
    /// What the team calls it.
    Title,
    /// The text that goes out.
    Copy,
    /// The objectives it serves, by name, separated by semicolons.
    Objectives,
    /// A link that goes out with it (added to the copy).
    Link,
    /// Its language tag.
    Language,
    /// Notes for the team.
    Notes,
}

/// The mapping of item fields to a file's columns.
pub type ColumnMapping = mapped::ColumnMapping<ItemField>;
/// What an item import would do.
pub type ImportPreview = mapped::ImportPreview<ItemField>;

/// Reads `path` and judges every row against `mapping` (or the one its headers suggest).
pub fn preview(store: &Store, path: &Path, mapping: Option<&ColumnMapping>) -> Result<ImportPreview> {
    mapped::preview::<Items>(store, path, mapping)
}

/// Adds every new row of `path` as an item in one undoable change, or nothing when any
/// row is bad; with `dry_run`, only counts them. The number of items added (or that would be).
pub fn apply(store: &mut Store, path: &Path, mapping: &ColumnMapping, dry_run: bool) -> Result<u32> {
    mapped::apply::<Items>(store, path, mapping, dry_run)
}

/// The field a header means (the export's own headers, and common planning-grid words).
fn guess(words: &str) -> Option<ItemField> {
    use ItemField::*;
    Some(match words {
        "date" | "day" | "publishdate" | "postdate" | "golive" | "datetime" | "when" | "scheduled" => Date,
        "time" | "publishtime" | "posttime" | "hour" | "time24hr" => Time,
        "channel" | "account" | "profile" | "network" | "platform" | "socialnetwork" => Channel,
        "brand" => Brand,
        "campaign" | "campaignname" | "theme" => Campaign,
        "format" | "type" | "contenttype" | "posttype" => Format,
        "status" | "stage" => Status,
        "owner" | "author" | "assignee" | "who" | "responsible" => Owner,
        "title" | "name" | "subject" | "topic" | "headline" => Title,
        "copy" | "text" | "message" | "messagetext" | "caption" | "post" | "posttext" | "content" => Copy,
        "objectives" | "objective" | "goal" | "goals" => Objectives,
        "link" | "url" => Link,
        "language" | "lang" => Language,
        "notes" | "note" | "comments" => Notes,
        _ => return None,
    })
}

/// A row's status as it is imported, and the status the file gave when that is not it: an
/// import brings nothing in approved, scheduled or published (an approver approves in
/// Approvals, as the team's server requires), so such a row comes in for review.
fn new_status(cell: &str) -> std::result::Result<(ItemStatus, Option<ItemStatus>), String> {
    let status = named(cell, &ItemStatus::ALL, |s| s.label(), ItemStatus::Draft, "status")?;
    Ok(match refused_step(None, status) {
        Some(_) => (ItemStatus::InReview, Some(status)),
        None => (status, None),
    })
}

/// What the preview says of a row's status.
fn status_shown(cell: &str) -> String {
    match new_status(cell) {
        Ok((status, None)) => status.label().to_string(),
        Ok((status, Some(given))) => {
            format!("{} (the file says {}: an approver approves in Approvals)", status.label(), given.label())
        }
        Err(_) => cell.to_string(),
    }
}

/// The titles the table's rows would have: what the plan is searched for duplicates with.
fn titles_in(table: &Table, mapping: &ColumnMapping) -> Vec<String> {
    table
        .rows
        .iter()
        .map(|(_, cells)| {
            let row = Row::new(cells, &mapping.columns);
            title_of(cell(&row, ItemField::Title), cell(&row, ItemField::Copy))
        })
        .collect()
}

/// A row's title: its own, or the first line of its copy cut to 80 characters.
fn title_of(title: &str, copy: &str) -> String {
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
fn key(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Things found by any of their names.
struct Named<T> {
    what: &'static str,
    by_key: HashMap<String, Vec<T>>,
}

impl<T: Copy + PartialEq> Named<T> {
    fn new(what: &'static str) -> Named<T> {
        Named { what, by_key: HashMap::new() }
    }

    fn add(&mut self, name: &str, value: T) {
        let found = self.by_key.entry(key(name)).or_default();
        if !found.contains(&value) {
            found.push(value);
        }
    }

    /// The one thing `name` means, keeping those `keep` accepts.
    fn find(&self, name: &str, keep: impl Fn(&T) -> bool) -> std::result::Result<T, String> {
        let found: Vec<T> = self.by_key.get(&key(name)).into_iter().flatten().copied().filter(keep).collect();
        match found.as_slice() {
            [one] => Ok(*one),
            [] => Err(format!("the plan has no {} named “{name}”", self.what)),
            _ => Err(format!("“{name}” names {} {}s; use a fuller name", found.len(), self.what)),
        }
    }

    /// None for an empty cell, else the one thing it names.
    fn optional(&self, name: &str) -> std::result::Result<Option<T>, String> {
        if name.is_empty() {
            Ok(None)
        } else {
            self.find(name, |_| true).map(Some)
        }
    }
}

/// The plan as an import of items sees it.
struct Items {
    tz: chrono_tz::Tz,
    month_first: bool,
    channels: Named<(Uuid, Uuid)>,
    brands: Named<Uuid>,
    campaigns: Named<Uuid>,
    members: Named<Uuid>,
    objectives: Named<Uuid>,
    /// How many items the plan has of each channel, schedule and title that no row of
    /// the file has matched yet: a row matching one is in the plan already.
    unmatched: FxHashMap<(Uuid, Schedule, String), u32>,
}

impl Items {
    /// The plan's names, and its items titled as one of `titles`.
    fn with_titles(store: &Store, titles: &[String]) -> Result<Items> {
        let conn = store.conn();
        let settings = settings::get(store)?;
        let mut channels = Named::new("channel");
        for c in channel_rows::in_order(conn)? {
            for name in [channels::label(&c), c.handle.clone(), c.platform.label().to_string()] {
                channels.add(&name, (c.id, c.brand_id));
            }
        }
        let mut brands = Named::new("brand");
        brands::by_name(conn)?.iter().for_each(|b| brands.add(&b.name, b.id));
        let mut campaigns = Named::new("campaign");
        campaigns::all(conn)?.iter().for_each(|c| campaigns.add(&c.name, c.id));
        let mut members = Named::new("member");
        for m in members::all(conn)? {
            members.add(&m.name, m.id);
            if !m.email.is_empty() {
                members.add(&m.email, m.id);
            }
        }
        let mut objectives = Named::new("objective");
        objectives::by_name(conn)?.iter().for_each(|o| objectives.add(&o.name, o.id));
        let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
        let mut unmatched: FxHashMap<_, u32> = FxHashMap::default();
        for item in items::titled(conn, &titles)? {
            *unmatched.entry(duplicate_key(&item)).or_default() += 1;
        }
        Ok(Items {
            tz: settings.tz(),
            month_first: settings.locale.eq_ignore_ascii_case("en-US"),
            channels,
            brands,
            campaigns,
            members,
            objectives,
            unmatched,
        })
    }

    fn draft(&self, row: &Row<ItemField>) -> std::result::Result<ItemDraft, String> {
        use ItemField::*;
        let brand = self.brands.optional(cell(row, Brand))?;
        let channel = match cell(row, Channel) {
            "" => return Err("no channel".into()),
            name => self.channels.find(name, |(_, b)| brand.is_none_or(|brand| *b == brand))?.0,
        };
        let title = title_of(cell(row, Title), cell(row, Copy));
        if title.is_empty() {
            return Err("no title and no copy".into());
        }
        Ok(ItemDraft {
            title,
            copy: with_link(cell(row, Copy), cell(row, Link)),
            format: named(cell(row, Format), &ItemFormat::ALL, |f| f.label(), ItemFormat::Post, "format")?,
            channel_id: channel.to_string(),
            campaign_id: self.campaigns.optional(cell(row, Campaign))?.map(|c| c.to_string()),
            objective_ids: self.objectives_in(cell(row, Objectives))?,
            status: new_status(cell(row, Status))?.0,
            when: when(cell(row, Date), cell(row, Time), self.month_first)?,
            language: cell(row, Language).to_string(),
            notes: cell(row, Notes).to_string(),
            owner_id: self.members.optional(cell(row, Owner))?.map(|m| m.to_string()),
            evergreen: false,
        })
    }

    /// The objectives a cell names, separated by semicolons or new lines (the export's
    /// separator), or commas when a name has none.
    fn objectives_in(&self, cell: &str) -> std::result::Result<Vec<String>, String> {
        let mut ids = Vec::new();
        for part in cell.split([';', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
            let found = match self.objectives.find(part, |_| true) {
                Ok(id) => vec![id],
                Err(whole) => {
                    let parts: Vec<&str> = part.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
                    let found: std::result::Result<Vec<Uuid>, String> =
                        parts.iter().map(|p| self.objectives.find(p, |_| true)).collect();
                    if parts.len() < 2 {
                        return Err(whole);
                    }
                    found?
                }
            };
            ids.extend(found.into_iter().map(|id| id.to_string()));
        }
        Ok(ids)
    }
}

impl Kind for Items {
    type Field = ItemField;
    type Record = ContentItem;

    fn of(store: &Store, table: &Table, mapping: &ColumnMapping) -> Result<Items> {
        Items::with_titles(store, &titles_in(table, mapping))
    }

    fn label(n: usize, file: &str) -> String {
        format!("Import {n} items from {file}")
    }

    fn guess(words: &str) -> Option<ItemField> {
        guess(words)
    }

    fn required() -> &'static [(ItemField, &'static str)] {
        &[(ItemField::Channel, "Channel")]
    }

    fn shown() -> Vec<String> {
        ["Date", "Time", "Channel", "Title", "Status"].map(String::from).to_vec()
    }

    fn show(&self, row: &Row<ItemField>) -> Vec<String> {
        use ItemField::*;
        // The day as read, so a team sees at once whether 06/04 was taken as April or June.
        let (date, time) = match when(cell(row, Date), cell(row, Time), self.month_first) {
            Ok(When::Unscheduled) => ("Backlog".to_string(), String::new()),
            Ok(When::AllDay { date }) => (date, String::new()),
            Ok(When::At { local }) => match local.split_once('T') {
                Some((d, t)) => (d.to_string(), t.to_string()),
                None => (local, String::new()),
            },
            Err(_) => (cell(row, Date).to_string(), cell(row, Time).to_string()),
        };
        let title = title_of(cell(row, Title), cell(row, Copy));
        vec![date, time, cell(row, Channel).to_string(), title, status_shown(cell(row, Status))]
    }

    fn judge(&mut self, row: &Row<ItemField>) -> Outcome<ContentItem> {
        let item = self.draft(row).and_then(|d| d.validate(Uuid::now_v7(), self.tz).map_err(|e| e.to_string()));
        match item {
            Err(why) => Outcome::Bad(why),
            Ok(item) => match self.unmatched.get_mut(&duplicate_key(&item)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    Outcome::Skip("the plan has it already (same channel, time and title)".into())
                }
                _ => Outcome::Add(item),
            },
        }
    }

    fn insert(batch: &mut Batch, record: &ContentItem) -> Result<()> {
        batch.insert(record)
    }
}

fn duplicate_key(item: &ContentItem) -> (Uuid, Schedule, String) {
    (item.channel_id, item.schedule, item.title.to_lowercase())
}

/// A cell's text, without the apostrophe the spreadsheet export puts before text that
/// a spreadsheet would take for a formula (`'=`, `'+`, `'-`, `'@`).
fn cell<'a>(row: &'a Row<ItemField>, field: ItemField) -> &'a str {
    let text = row.get(field);
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// The copy with `link` after it, unless the copy has it already.
fn with_link(copy: &str, link: &str) -> String {
    match (copy.is_empty(), link.is_empty() || copy.contains(link)) {
        (_, true) => copy.to_string(),
        (true, false) => link.to_string(),
        (false, false) => format!("{copy}\n{link}"),
    }
}

/// The value of `all` whose label (or id) a cell names; `default` for an empty cell.
fn named<T: Copy + Serialize>(
    cell: &str,
    all: &[T],
    label: impl Fn(T) -> &'static str,
    default: T,
    what: &str,
) -> std::result::Result<T, String> {
    if cell.is_empty() {
        return Ok(default);
    }
    let wanted = key(cell);
    let id = |v: T| serde_json::to_value(v).ok().and_then(|j| j.as_str().map(key)).unwrap_or_default();
    all.iter().copied().find(|v| key(label(*v)) == wanted || id(*v) == wanted).ok_or_else(|| {
        let names: Vec<&str> = all.iter().map(|v| label(*v)).collect();
        format!("“{cell}” is not a {what}; use one of {}", names.join(", "))
    })
}

/// When a row goes out: the backlog for no date, all day for a date without a time.
fn when(date: &str, time: &str, month_first: bool) -> std::result::Result<When, String> {
    // A date cell may carry the time too: `2027-03-31 09:30`, `2027-03-31T09:30:00`.
    let (date, time) = match date.split_once([' ', 'T']) {
        Some((d, t)) if time.is_empty() && !t.trim().is_empty() => (d, t.trim()),
        _ => (date, time),
    };
    if date.is_empty() {
        return match time {
            "" => Ok(When::Unscheduled),
            _ => Err("a time without a date".into()),
        };
    }
    let day = day(date, month_first).ok_or_else(|| {
        let order = if month_first { "MM/DD/YYYY" } else { "DD/MM/YYYY" };
        format!("“{date}” is not a date; write YYYY-MM-DD or {order}")
    })?;
    if time.is_empty() {
        return Ok(When::AllDay { date: day.to_string() });
    }
    let at = clock(time).ok_or_else(|| format!("“{time}” is not a time; write HH:MM (24-hour) or 9:30 AM"))?;
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
        assert!(when("next tuesday", "", false).unwrap_err().contains("DD/MM/YYYY"));
    }

    #[test]
    fn statuses_and_formats_are_named_by_label_or_id_in_any_case() {
        let status = |c| named(c, &ItemStatus::ALL, |s| s.label(), ItemStatus::Draft, "status");
        assert_eq!(status("In review"), Ok(ItemStatus::InReview));
        assert_eq!(status("inReview"), Ok(ItemStatus::InReview));
        assert_eq!(status("ON HOLD"), Ok(ItemStatus::OnHold));
        assert_eq!(status(""), Ok(ItemStatus::Draft));
        assert!(status("Live-ish").unwrap_err().contains("Approved"));
    }

    #[test]
    fn an_import_brings_no_item_in_approved_scheduled_or_published() {
        assert_eq!(new_status("In review"), Ok((ItemStatus::InReview, None)));
        assert_eq!(new_status("scheduled"), Ok((ItemStatus::InReview, Some(ItemStatus::Scheduled))));
        for cell in ["Approved", "Published"] {
            assert_eq!(new_status(cell).unwrap().0, ItemStatus::InReview, "{cell}");
            assert!(status_shown(cell).starts_with("In review (the file says"), "{cell}");
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
