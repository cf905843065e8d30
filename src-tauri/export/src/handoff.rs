//! Hand-off to the publishing tools: a channel's approved items over some days in the
//! bulk-upload file of Hootsuite or Sprout Social, split at the tool's 350-message limit,
//! with the date and time as the tool reads them. What the tool would refuse is left out
//! and reported with its reason, so the upload goes through whole. The text is written as
//! it is: these files are read by the tool and published, so a leading `=`, `+`, `-` or
//! `@` is part of the post (an @mention), not a formula to neutralise.

use std::collections::HashSet;
use std::path::Path;

use chrono::{DateTime, Duration, NaiveDateTime, Timelike, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use super::grid::first_link;
use super::Selection;
use crate::domain::{validate, ItemStatus, Platform, Schedule};
use crate::error::{Error, Result};
use crate::ops::items::ItemFilter;
use crate::ops::settings;
use crate::schedule::copy_count;
use crate::store::records::channels;
use crate::store::Store;
use almanac_model::Sentence;

/// The most messages one bulk upload takes (Hootsuite's and Sprout's documented limit).
pub const ROWS_PER_FILE: usize = 350;
/// How far ahead of the upload a message must be scheduled (both tools: 10 minutes).
pub const LEAD_MINUTES: i64 = 10;
/// How far apart Sprout Social needs one profile's messages.
const SPROUT_GAP_MINUTES: i64 = 10;

/// The publishing tools Almanac writes bulk-upload files for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum HandoffFormat {
    /// Hootsuite's bulk composer: no header; date and time, message, link.
    Hootsuite,
    /// Sprout Social's bulk scheduling: `date`, `time_24hr`, `message_text`, `link`.
    Sprout,
}

impl HandoffFormat {
    fn name(self) -> &'static str {
        match self {
            HandoffFormat::Hootsuite => "hootsuite",
            HandoffFormat::Sprout => "sprout",
        }
    }
}

/// An item left out of the files, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Dropped {
    /// The item's title.
    pub title: String,
    /// When it goes out (the plan's wall clock), or its day.
    pub when: String,
    /// Why the tool would refuse it.
    pub reason: Sentence,
}

/// What a hand-off wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct HandoffReport {
    /// The files written, in order.
    pub files: Vec<String>,
    /// The messages in them.
    pub messages: u32,
    /// The date format the files use (choose the same on upload).
    pub date_format: String,
    /// The approved items left out.
    pub dropped: Vec<Dropped>,
}

/// The name the first file of a hand-off gets when none is chosen:
/// `sprout-WestmarkRoads-2027-03-01.csv`.
pub fn default_file_name(store: &Store, format: HandoffFormat, channel: &str, from: &str) -> Result<String> {
    let channel_id = validate::id("channel", channel)?;
    let channel = channels::in_order(store.conn())?
        .into_iter()
        .find(|c| c.id == channel_id)
        .ok_or_else(|| Error::validation("channel", Sentence::new("error-no-such-channel")))?;
    let handle: String = channel.handle.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    Ok(format!("{}-{}-{}.csv", format.name(), handle.trim_matches('-'), from.trim()))
}

/// The files of a hand-off of `parts` files: `first`, then `first` with `-2`, `-3`… before
/// its extension.
pub fn part_paths(first: &Path, parts: usize) -> Vec<std::path::PathBuf> {
    let stem = first.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    (0..parts)
        .map(|n| match n {
            0 => first.to_path_buf(),
            n => first.with_file_name(format!("{stem}-{}.csv", n + 1)),
        })
        .collect()
}

/// Writes the approved items of `channel` from `from` to `to` (both included) as
/// `format`'s bulk-upload files, the first at `first_file` and any further parts beside
/// it (see [`part_paths`]); `now` is when they will be uploaded.
pub fn export(
    store: &Store,
    format: HandoffFormat,
    channel: &str,
    (from, to): (&str, &str),
    first_file: &Path,
    now: DateTime<Utc>,
) -> Result<HandoffReport> {
    let channel_id = validate::id("channel", channel)?;
    let channel = channels::in_order(store.conn())?
        .into_iter()
        .find(|c| c.id == channel_id)
        .ok_or_else(|| Error::validation("channel", Sentence::new("error-no-such-channel")))?;
    if !first_file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        return Err(Error::validation("out", Sentence::new("error-tools-take-csv")));
    }
    let settings = settings::get(store)?;
    let tz = settings.tz();
    let selection = Selection {
        from: Some(from.into()),
        to: Some(to.into()),
        filter: ItemFilter {
            channel_ids: vec![channel.id.to_string()],
            statuses: vec![ItemStatus::Approved],
            ..ItemFilter::default()
        },
    };
    let month_first = settings.locale.eq_ignore_ascii_case("en-US");
    let date_format = if month_first { "%m/%d/%Y" } else { "%d/%m/%Y" };
    let mut rules = Rules {
        format,
        platform: channel.platform,
        earliest: now + Duration::minutes(LEAD_MINUTES),
        seen: HashSet::new(),
        last: None,
    };
    let mut rows = Vec::new();
    let mut dropped = Vec::new();
    for item in selection.items(store, tz)? {
        let (local, when) = match item.schedule {
            Schedule::At { utc } => {
                let local = utc.with_timezone(&tz).naive_local();
                (Some((utc, local)), local.format("%Y-%m-%d %H:%M").to_string())
            }
            Schedule::AllDay { date } => (None, date.to_string()),
            Schedule::Unscheduled => continue,
        };
        let refusal = match local {
            None => Some(Sentence::new("handoff-no-time")),
            Some((utc, local)) => rules.refusal(&item.copy, utc, local),
        };
        match (refusal, local) {
            (Some(reason), _) => dropped.push(Dropped { title: item.title.clone(), when, reason }),
            (None, Some((_, local))) => rows.push(row(format, local, date_format, &item.copy)),
            (None, None) => {}
        }
    }
    let chunks: Vec<&[Vec<String>]> = rows.chunks(ROWS_PER_FILE).collect();
    let mut files = Vec::new();
    for (path, chunk) in part_paths(first_file, chunks.len()).iter().zip(chunks) {
        super::write_atomically("out", path, &csv(format, chunk)?)?;
        files.push(path.display().to_string());
    }
    Ok(HandoffReport {
        files,
        messages: rows.len() as u32,
        date_format: if month_first { "mm/dd/yyyy" } else { "dd/mm/yyyy" }.into(),
        dropped,
    })
}

/// What the tools refuse, checked message by message in the order they go out.
struct Rules {
    format: HandoffFormat,
    platform: Platform,
    earliest: DateTime<Utc>,
    seen: HashSet<String>,
    last: Option<DateTime<Utc>>,
}

impl Rules {
    fn refusal(&mut self, copy: &str, utc: DateTime<Utc>, local: NaiveDateTime) -> Option<Sentence> {
        let text = copy.trim();
        if text.is_empty() {
            return Some(Sentence::new("handoff-no-copy"));
        }
        if utc < self.earliest {
            return Some(Sentence::new("handoff-too-soon").with("minutes", LEAD_MINUTES));
        }
        if let Some(problem) = copy_count::count(self.platform, text).and_then(|c| c.problem()) {
            return Some(problem);
        }
        match self.format {
            HandoffFormat::Hootsuite => {
                if !local.minute().is_multiple_of(5) {
                    return Some(Sentence::new("handoff-hootsuite-minute-marks"));
                }
                if !self.seen.insert(text.to_string()) {
                    return Some(Sentence::new("handoff-hootsuite-duplicate"));
                }
            }
            HandoffFormat::Sprout => {
                if self.last.is_some_and(|last| utc - last < Duration::minutes(SPROUT_GAP_MINUTES)) {
                    return Some(Sentence::new("handoff-sprout-gap").with("minutes", SPROUT_GAP_MINUTES));
                }
            }
        }
        self.last = Some(utc);
        None
    }
}

/// The longest text a network publishes, where it is short enough to matter.
fn row(format: HandoffFormat, local: NaiveDateTime, date_format: &str, copy: &str) -> Vec<String> {
    let date = local.format(date_format).to_string();
    let time = local.format("%H:%M").to_string();
    let link = first_link(copy).unwrap_or_default();
    match format {
        HandoffFormat::Hootsuite => vec![format!("{date} {time}"), copy.trim().to_string(), link],
        HandoffFormat::Sprout => vec![date, time, copy.trim().to_string(), link],
    }
}

/// The file: UTF-8 without a byte-order mark (the tools read the first header as written).
fn csv(format: HandoffFormat, rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let failed = |e: csv::Error| Error::io(Sentence::new("error-files-handoff-write").with("reason", e.to_string()));
    if format == HandoffFormat::Sprout {
        out.write_record(["date", "time_24hr", "message_text", "link"]).map_err(failed)?;
    }
    for row in rows {
        out.write_record(row).map_err(failed)?;
    }
    out.into_inner().map_err(|e| Error::io(Sentence::new("error-files-handoff-write").with("reason", e.to_string())))
}
