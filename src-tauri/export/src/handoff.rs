//! Hand-off to the publishing tools: a channel's approved items over some days in the
//! bulk-upload file of Hootsuite, Sprout Social or Buffer, split at the tool's limit of
//! messages a file, with the date and time as the tool reads them. What the tool would refuse is left out
//! and reported with its reason, so the upload goes through whole. The text is written as
//! it is: these files are read by the tool and published, so a leading `=`, `+`, `-` or
//! `@` is part of the post (an @mention), not a formula to neutralise.

use std::collections::{HashMap, HashSet};
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
/// The most posts one Buffer upload takes on a paid plan.
pub const BUFFER_ROWS_PER_FILE: usize = 100;
/// The most posts Buffer's free plan holds scheduled on a channel.
pub const BUFFER_FREE_QUEUE: usize = 10;
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
    /// Buffer's bulk upload on a paid plan: `Text`, `Image URL`, `Tags`, `Posting Time`,
    /// 100 posts a file.
    Buffer,
    /// Buffer's bulk upload on the free plan, whose queue holds 10 posts a channel.
    BufferFree,
}

impl HandoffFormat {
    fn name(self) -> &'static str {
        match self {
            HandoffFormat::Hootsuite => "hootsuite",
            HandoffFormat::Sprout => "sprout",
            HandoffFormat::Buffer | HandoffFormat::BufferFree => "buffer",
        }
    }

    fn rows_per_file(self) -> usize {
        match self {
            HandoffFormat::Hootsuite | HandoffFormat::Sprout => ROWS_PER_FILE,
            HandoffFormat::Buffer => BUFFER_ROWS_PER_FILE,
            HandoffFormat::BufferFree => BUFFER_FREE_QUEUE,
        }
    }

    fn is_buffer(self) -> bool {
        matches!(self, HandoffFormat::Buffer | HandoffFormat::BufferFree)
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
    if format.is_buffer() && !BUFFER_PLATFORMS.contains(&channel.platform) {
        return Err(Error::validation("channel", Sentence::new("error-buffer-platform")));
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
    let date_format = match format {
        _ if format.is_buffer() => "%Y-%m-%d",
        _ if month_first => "%m/%d/%Y",
        _ => "%d/%m/%Y",
    };
    let tags = campaign_names(store)?;
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
            Some(_) if format == HandoffFormat::BufferFree && rows.len() == BUFFER_FREE_QUEUE => {
                Some(Sentence::new("handoff-buffer-free-queue"))
            }
            Some((utc, local)) => rules.refusal(&item.copy, utc, local),
        };
        match (refusal, local) {
            (Some(reason), _) => dropped.push(Dropped { title: item.title.clone(), when, reason }),
            (None, Some((_, local))) => {
                let tag = item.campaign_id.and_then(|c| tags.get(&c)).map_or("", String::as_str);
                rows.push(row(format, local, date_format, &item.copy, tag));
            }
            (None, None) => {}
        }
    }
    let chunks: Vec<&[Vec<String>]> = rows.chunks(format.rows_per_file()).collect();
    let mut files = Vec::new();
    for (path, chunk) in part_paths(first_file, chunks.len()).iter().zip(chunks) {
        super::write_atomically("out", path, &csv(format, chunk)?)?;
        files.push(path.display().to_string());
    }
    Ok(HandoffReport {
        files,
        messages: rows.len() as u32,
        date_format: match format {
            _ if format.is_buffer() => "yyyy-mm-dd",
            _ if month_first => "mm/dd/yyyy",
            _ => "dd/mm/yyyy",
        }
        .into(),
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
        let text = if self.format.is_buffer() { buffer_text(text).0 } else { text.to_string() };
        if let Some(problem) = copy_count::count(self.platform, &text).and_then(|c| c.problem()) {
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
            HandoffFormat::Buffer | HandoffFormat::BufferFree => {
                if self.platform == Platform::Instagram && buffer_text(copy.trim()).1.is_none() {
                    return Some(Sentence::new("handoff-buffer-instagram-image"));
                }
            }
        }
        self.last = Some(utc);
        None
    }
}

/// One message's row: the date and time as the tool reads them, the text, and the link
/// (Hootsuite, Sprout) or the image and the campaign's tag (Buffer).
fn row(format: HandoffFormat, local: NaiveDateTime, date_format: &str, copy: &str, tag: &str) -> Vec<String> {
    let date = local.format(date_format).to_string();
    let time = local.format("%H:%M").to_string();
    let link = first_link(copy).unwrap_or_default();
    match format {
        HandoffFormat::Hootsuite => vec![format!("{date} {time}"), copy.trim().to_string(), link],
        HandoffFormat::Sprout => vec![date, time, copy.trim().to_string(), link],
        HandoffFormat::Buffer | HandoffFormat::BufferFree => {
            let (text, image) = buffer_text(copy.trim());
            vec![text, image.unwrap_or_default(), tag.to_string(), format!("{date} {time}")]
        }
    }
}

/// The networks Buffer publishes to that a plan's channel can be (not YouTube, Flickr,
/// Snapchat, BeReal, a blog, a newsletter or a website).
const BUFFER_PLATFORMS: [Platform; 8] = [
    Platform::X,
    Platform::Instagram,
    Platform::Facebook,
    Platform::Linkedin,
    Platform::Tiktok,
    Platform::Bluesky,
    Platform::Threads,
    Platform::Mastodon,
];

/// What Buffer gets of a copy: the text without the first image address in it, and that
/// address (a link to a `.jpg`, `.jpeg`, `.png`, `.gif` or `.webp`), which Buffer attaches.
fn buffer_text(copy: &str) -> (String, Option<String>) {
    let is_image = |word: &str| {
        let path = word.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
        (word.starts_with("https://") || word.starts_with("http://"))
            && [".jpg", ".jpeg", ".png", ".gif", ".webp"].iter().any(|e| path.ends_with(e))
    };
    let mut image = None;
    let mut text = String::with_capacity(copy.len());
    for (n, line) in copy.split('\n').enumerate() {
        if n > 0 {
            text.push('\n');
        }
        let words: Vec<&str> = line
            .split(' ')
            .filter(|w| match image {
                None if is_image(w) => {
                    image = Some((*w).to_string());
                    false
                }
                _ => true,
            })
            .collect();
        text.push_str(&words.join(" "));
    }
    (text.trim().to_string(), image)
}

/// Each campaign's name by its id: a Buffer post's tag.
fn campaign_names(store: &Store) -> Result<HashMap<uuid::Uuid, String>> {
    Ok(crate::ops::campaigns::list(store)?.into_iter().map(|c| (c.id, c.name)).collect())
}

/// The file: UTF-8 without a byte-order mark (the tools read the first header as written).
fn csv(format: HandoffFormat, rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let failed = |e: csv::Error| Error::io(Sentence::new("error-files-handoff-write").with("reason", e.to_string()));
    match format {
        HandoffFormat::Sprout => out.write_record(["date", "time_24hr", "message_text", "link"]).map_err(failed)?,
        // Buffer reads its columns by these titles, case and all.
        HandoffFormat::Buffer | HandoffFormat::BufferFree => {
            out.write_record(["Text", "Image URL", "Tags", "Posting Time"]).map_err(failed)?
        }
        HandoffFormat::Hootsuite => {}
    }
    for row in rows {
        out.write_record(row).map_err(failed)?;
    }
    out.into_inner().map_err(|e| Error::io(Sentence::new("error-files-handoff-write").with("reason", e.to_string())))
}
