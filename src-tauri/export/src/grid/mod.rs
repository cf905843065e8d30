//! The planning grid as colleagues keep it in a spreadsheet: one row per item, with its
//! day and time on the plan's wall clock and the names of what it belongs to. The rows are
//! made once here, in the plan's language; the workbook and the CSV file only lay them out.

mod csv;
mod xlsx;

use std::collections::HashMap;
use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::Selection;
use crate::domain::{ContentItem, Schedule};
use crate::error::{Error, Result};
use crate::ops::settings;
use crate::store::records::{brands, campaigns, channels as channel_rows, members, objectives};
use crate::store::Store;
use crate::words::Words;
use almanac_model::Sentence;

pub use csv::{delimiter_for_locale, for_excel, neutralised};

/// The columns, in order, by their header's key in the catalogue (`grid-export-column-<key>`):
/// the item import reads these headers back in any language.
pub const COLUMNS: [&str; 13] = [
    "date",
    "time",
    "channel",
    "brand",
    "campaign",
    "format",
    "status",
    "owner",
    "title",
    "copy",
    "objectives",
    "hashtags",
    "link",
];

/// The copy's column: the one that wraps.
const COPY: usize = 9;

/// The headers in `words`' language.
pub fn headers(words: &Words) -> Vec<String> {
    COLUMNS.iter().map(|c| words.text(&format!("grid-export-column-{c}"))).collect()
}

/// One item as a row of the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    /// Its day on the plan's calendar.
    pub date: NaiveDate,
    /// Its time on the plan's wall clock; none for an all-day item.
    pub time: Option<NaiveTime>,
    /// The other columns' text, from Channel to Link.
    pub text: [String; 11],
}

/// The spreadsheet formats the grid is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum GridFormat {
    /// An Excel workbook.
    Xlsx,
    /// Comma- (or semicolon-) separated text, UTF-8 with a byte-order mark.
    Csv,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GridWritten {
    /// The file written.
    pub path: String,
    /// The rows below the header.
    pub rows: u32,
}

/// The grid's rows for `selection`, in the order the items go out, with statuses and
/// formats named in the plan's language.
pub fn rows(store: &Store, selection: &Selection) -> Result<Vec<GridRow>> {
    let settings = settings::get(store)?;
    let (tz, words) = (settings.tz(), Words::for_locale(&settings.locale));
    let items = selection.items(store, tz)?;
    let names = Names::of(store, &words)?;
    Ok(items.iter().filter_map(|item| names.row(item, tz, &words)).collect())
}

/// Writes the grid for `selection` to `path` in `format`, atomically, in the plan's language.
pub fn export(store: &Store, selection: &Selection, format: GridFormat, path: &Path) -> Result<GridWritten> {
    let locale = settings::get(store)?.locale;
    let words = Words::for_locale(&locale);
    let rows = rows(store, selection)?;
    let headers = headers(&words);
    let bytes = match format {
        GridFormat::Xlsx => xlsx::workbook(&words.text("grid-export-sheet"), &headers, &rows)?,
        GridFormat::Csv => csv::text(&headers, &rows, delimiter_for_locale(&locale))?.into_bytes(),
    };
    super::write_atomically("out", path, &bytes)?;
    Ok(GridWritten { path: path.display().to_string(), rows: rows.len() as u32 })
}

/// The names a row shows instead of ids.
struct Names {
    channels: HashMap<Uuid, (String, String)>,
    campaigns: HashMap<Uuid, (String, String)>,
    members: HashMap<Uuid, String>,
    objectives: HashMap<Uuid, String>,
}

impl Names {
    fn of(store: &Store, words: &Words) -> Result<Names> {
        let conn = store.conn();
        let brands: HashMap<Uuid, String> = brands::by_name(conn)?.into_iter().map(|b| (b.id, b.name)).collect();
        let channels = channel_rows::in_order(conn)?
            .iter()
            .map(|c| (c.id, (c.name().in_words(words), brands.get(&c.brand_id).cloned().unwrap_or_default())))
            .collect();
        let campaigns = campaigns::all(conn)?
            .into_iter()
            .map(|c| {
                let tags = c.hashtags.iter().map(|t| hashtag(t)).collect::<Vec<_>>().join(" ");
                (c.id, (c.name, tags))
            })
            .collect();
        let members = members::all(conn)?.into_iter().map(|m| (m.id, m.name)).collect();
        let objectives = objectives::by_name(conn)?.into_iter().map(|o| (o.id, o.name)).collect();
        Ok(Names { channels, campaigns, members, objectives })
    }

    fn row(&self, item: &ContentItem, tz: chrono_tz::Tz, words: &Words) -> Option<GridRow> {
        let (date, time) = match item.schedule {
            Schedule::Unscheduled => return None,
            Schedule::AllDay { date } => (date, None),
            Schedule::At { utc } => {
                let local = utc.with_timezone(&tz).naive_local();
                (local.date(), Some(local.time()))
            }
        };
        let name = |map: &HashMap<Uuid, String>, id: Option<Uuid>| id.and_then(|i| map.get(&i).cloned());
        let (channel, brand) = self.channels.get(&item.channel_id).cloned().unwrap_or_default();
        let (campaign, hashtags) = item.campaign_id.and_then(|c| self.campaigns.get(&c).cloned()).unwrap_or_default();
        let objectives: Vec<String> =
            item.objective_ids.iter().filter_map(|o| self.objectives.get(o).cloned()).collect();
        Some(GridRow {
            date,
            time,
            text: [
                channel,
                brand,
                campaign,
                words.value("item-format", &item.format),
                words.value("item-status", &item.status),
                name(&self.members, item.owner_id).unwrap_or_default(),
                item.title.clone(),
                item.copy.clone(),
                objectives.join("; "),
                hashtags,
                first_link(&item.copy).unwrap_or_default(),
            ],
        })
    }
}

fn hashtag(tag: &str) -> String {
    let tag = tag.trim();
    if tag.starts_with('#') {
        tag.to_string()
    } else {
        format!("#{tag}")
    }
}

/// The first web address in the copy: the link the publishing tool attaches.
pub fn first_link(copy: &str) -> Option<String> {
    copy.split_whitespace()
        .find(|w| w.starts_with("https://") || w.starts_with("http://"))
        .map(|w| w.trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'']).to_string())
}

impl GridFormat {
    /// The format a file's extension names.
    pub fn from_path(path: &Path) -> Result<GridFormat> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("xlsx") => Ok(GridFormat::Xlsx),
            Some("csv") => Ok(GridFormat::Csv),
            _ => Err(Error::validation("out", Sentence::new("error-name-xlsx-or-csv"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_link_is_the_first_web_address_without_trailing_punctuation() {
        assert_eq!(
            first_link("Read more: https://westmark.police.uk/bikes. Thanks"),
            Some("https://westmark.police.uk/bikes".into())
        );
        assert_eq!(first_link("(see http://a.example/x)"), Some("http://a.example/x".into()));
        assert_eq!(first_link("(see a.example/x)"), None, "only an address with its scheme");
        assert_eq!(first_link("no link"), None);
    }

    #[test]
    fn hashtags_carry_one_hash() {
        assert_eq!(hashtag("RoadSafety"), "#RoadSafety");
        assert_eq!(hashtag(" #Bikes "), "#Bikes");
    }
}
