//! Importing content items from a planning grid kept in a spreadsheet, through the
//! shared importer (`mapped`): the grid's columns (the ones the spreadsheet export
//! writes, and the words teams use for them), channels, campaigns, owners and objectives
//! found by name, dates read in the plan's zone and the locale's day order, and rows the
//! plan has already (same channel, time and title, as many times as it has them) left
//! out so a file imports once.

mod cells;

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::mapped::{self, Kind, Outcome, Row};
use super::Table;
use crate::domain::{ContentItem, ItemDraft, ItemFormat, Schedule, When};
use crate::error::Result;
use crate::ops::settings;
use crate::store::records::{brands, campaigns, channels as channel_rows, items, members, objectives};
use crate::store::{Batch, Store};
use almanac_model::Sentence;
use cells::{key, named, new_status, status_shown, title_of, when, with_link};

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

/// Judges every row of `path` against `mapping` (or the one its headers suggest) and,
/// unless `dry_run`, adds every new row as an item in one undoable change, or nothing when
/// any row is bad.
pub fn import(store: &mut Store, path: &Path, mapping: Option<&ColumnMapping>, dry_run: bool) -> Result<ImportPreview> {
    mapped::import::<Items>(store, path, mapping, dry_run)
}

/// The field a header means: the grid export's own headers in any language Almanac prints
/// in, and common planning-grid words.
fn guess(words: &str) -> Option<ItemField> {
    exported_header(words).or_else(|| common_header(words))
}

/// The field of a header the grid export writes (`grid-export-column-<key>`), in any of
/// the catalogue's languages: a Dutch team's export comes back as it went out.
fn exported_header(words: &str) -> Option<ItemField> {
    use ItemField::*;
    static HEADERS: LazyLock<HashMap<String, ItemField>> = LazyLock::new(|| {
        let columns = [
            ("date", Date),
            ("time", Time),
            ("channel", Channel),
            ("brand", Brand),
            ("campaign", Campaign),
            ("format", Format),
            ("status", Status),
            ("owner", Owner),
            ("title", Title),
            ("copy", Copy),
            ("objectives", Objectives),
            ("link", Link),
        ];
        columns
            .into_iter()
            .flat_map(|(column, field)| {
                almanac_i18n::in_every_language(&format!("grid-export-column-{column}"))
                    .map(move |header| (key(&header), field))
                    .collect::<Vec<_>>()
            })
            .collect()
    });
    HEADERS.get(words).copied()
}

/// The field a planning grid's own header most likely means.
fn common_header(words: &str) -> Option<ItemField> {
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

/// Things found by any of their names.
struct Named<T> {
    /// The catalogue's messages for a name that finds none of them, and for one that finds several.
    refusals: (&'static str, &'static str),
    by_key: HashMap<String, Vec<T>>,
}

impl<T: Copy + PartialEq> Named<T> {
    fn new(refusals: (&'static str, &'static str)) -> Named<T> {
        Named { refusals, by_key: HashMap::new() }
    }

    fn add(&mut self, name: &str, value: T) {
        let found = self.by_key.entry(key(name)).or_default();
        if !found.contains(&value) {
            found.push(value);
        }
    }

    /// The one thing `name` means, keeping those `keep` accepts.
    fn find(&self, name: &str, keep: impl Fn(&T) -> bool) -> std::result::Result<T, Sentence> {
        let found: Vec<T> = self.by_key.get(&key(name)).into_iter().flatten().copied().filter(keep).collect();
        let (none, several) = self.refusals;
        match found.as_slice() {
            [one] => Ok(*one),
            [] => Err(Sentence::new(none).with("name", name)),
            _ => Err(Sentence::new(several).with("name", name).with("count", found.len())),
        }
    }

    /// None for an empty cell, else the one thing it names.
    fn optional(&self, name: &str) -> std::result::Result<Option<T>, Sentence> {
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
        let mut channels = Named::new(("error-files-no-channel-named", "error-files-channels-named"));
        for c in channel_rows::in_order(conn)? {
            // As an export in any of the languages names it, its handle, or its network.
            let named =
                almanac_i18n::Language::EVERY.iter().map(|l| c.name().in_words(&almanac_i18n::Words::for_language(*l)));
            for name in named.chain([c.handle.clone(), c.platform.label().to_string()]) {
                channels.add(&name, (c.id, c.brand_id));
            }
        }
        let mut brands = Named::new(("error-files-no-brand-named", "error-files-brands-named"));
        brands::by_name(conn)?.iter().for_each(|b| brands.add(&b.name, b.id));
        let mut campaigns = Named::new(("error-files-no-campaign-named", "error-files-campaigns-named"));
        campaigns::all(conn)?.iter().for_each(|c| campaigns.add(&c.name, c.id));
        let mut members = Named::new(("error-files-no-member-named", "error-files-members-named"));
        for m in members::all(conn)? {
            members.add(&m.name, m.id);
            if !m.email.is_empty() {
                members.add(&m.email, m.id);
            }
        }
        let mut objectives = Named::new(("error-files-no-objective-named", "error-files-objectives-named"));
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

    fn draft(&self, row: &Row<ItemField>) -> std::result::Result<ItemDraft, Sentence> {
        use ItemField::*;
        let brand = self.brands.optional(cell(row, Brand))?;
        let channel = match cell(row, Channel) {
            "" => return Err(Sentence::new("error-files-no-channel-given")),
            name => self.channels.find(name, |(_, b)| brand.is_none_or(|brand| *b == brand))?.0,
        };
        let title = title_of(cell(row, Title), cell(row, Copy));
        if title.is_empty() {
            return Err(Sentence::new("error-files-no-title-or-copy"));
        }
        Ok(ItemDraft {
            title,
            copy: with_link(cell(row, Copy), cell(row, Link)),
            format: named(
                cell(row, Format),
                &ItemFormat::ALL,
                |f| f.label(),
                ("item-format", ItemFormat::Post),
                "error-files-not-a-format",
            )?,
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
    fn objectives_in(&self, cell: &str) -> std::result::Result<Vec<String>, Sentence> {
        let mut ids = Vec::new();
        for part in cell.split([';', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
            let found = match self.objectives.find(part, |_| true) {
                Ok(id) => vec![id],
                Err(whole) => {
                    let parts: Vec<&str> = part.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
                    let found: std::result::Result<Vec<Uuid>, Sentence> =
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

    fn label(n: usize, file: &str) -> Sentence {
        Sentence::new("history-import-items").with("count", n).with("file", file)
    }

    fn guess(words: &str) -> Option<ItemField> {
        guess(words)
    }

    fn required() -> &'static [(ItemField, &'static str)] {
        &[(ItemField::Channel, "imports-items-field-channel")]
    }

    fn shown() -> Vec<Sentence> {
        [
            "imports-items-shown-date",
            "imports-items-field-time",
            "imports-items-field-channel",
            "imports-items-field-title",
        ]
        .into_iter()
        .chain(["imports-items-field-status"])
        .map(Sentence::new)
        .collect()
    }

    fn show(&self, row: &Row<ItemField>) -> Vec<Sentence> {
        use ItemField::*;
        // The day as read, so a team sees at once whether 06/04 was taken as April or June.
        let (date, time) = match when(cell(row, Date), cell(row, Time), self.month_first) {
            Ok(When::Unscheduled) => (Sentence::new("imports-items-backlog"), String::new()),
            Ok(When::AllDay { date }) => (date.into(), String::new()),
            Ok(When::At { local }) => match local.split_once('T') {
                Some((d, t)) => (d.into(), t.to_string()),
                None => (local.into(), String::new()),
            },
            Err(_) => (cell(row, Date).into(), cell(row, Time).to_string()),
        };
        let title = title_of(cell(row, Title), cell(row, Copy));
        vec![date, time.into(), cell(row, Channel).into(), title.into(), status_shown(cell(row, Status))]
    }

    fn judge(&mut self, row: &Row<ItemField>) -> Outcome<ContentItem> {
        let item = self.draft(row).and_then(|d| d.validate(Uuid::now_v7(), self.tz).map_err(|e| e.as_sentence()));
        match item {
            Err(why) => Outcome::Bad(why),
            Ok(item) => match self.unmatched.get_mut(&duplicate_key(&item)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    Outcome::Skip(Sentence::new("error-files-item-in-plan"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exports_headers_in_every_language_each_mean_one_field() {
        for (column, field) in [("date", ItemField::Date), ("copy", ItemField::Copy), ("owner", ItemField::Owner)] {
            for header in almanac_i18n::in_every_language(&format!("grid-export-column-{column}")) {
                assert_eq!(guess(&key(&header)), Some(field), "{header}");
            }
        }
        // No language names two columns alike, or one column as another language names a different one.
        let mut seen: HashMap<String, &str> = HashMap::new();
        for column in ["date", "time", "channel", "brand", "campaign", "format", "status", "owner", "title", "copy"] {
            for header in almanac_i18n::in_every_language(&format!("grid-export-column-{column}")) {
                let before = seen.insert(key(&header), column);
                assert!(before.is_none_or(|c| c == column), "“{header}” names both {column} and {before:?}");
            }
        }
    }
}
