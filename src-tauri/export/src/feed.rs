//! A published calendar: the plan as an .ics file kept current in a folder the team's sync
//! tool carries (OneDrive, SharePoint, Nextcloud), for Outlook or Google to subscribe to.
//! Where it goes is this laptop's choice, kept beside the plan (not in it: another laptop
//! syncs another folder); after every change the file is written anew, atomically, so a
//! sync tool never picks up half a calendar.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use super::ics::{self, IcsOptions, IcsWritten};
use crate::error::{Error, Result};
use crate::store::Store;
use almanac_model::Sentence;

/// The file beside the plan that says where its calendar is published.
pub const FEED_SETTINGS: &str = "published-calendar.json";

/// Where the plan's calendar is published, and what it holds.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Feed {
    /// The .ics file kept current.
    pub path: String,
    /// What goes in it.
    pub options: IcsOptions,
}

fn settings_file(data_dir: &Path) -> PathBuf {
    data_dir.join(FEED_SETTINGS)
}

/// The plan's data folder, for a plan on disk.
fn data_dir(store: &Store) -> Option<PathBuf> {
    store.file().and_then(|f| f.parent().map(Path::to_path_buf))
}

/// Where the calendar of the plan in `data_dir` is published, if it is.
pub fn get(data_dir: &Path) -> Result<Option<Feed>> {
    match std::fs::read(settings_file(data_dir)) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            Error::io(
                Sentence::new("error-files-feed-settings-unreadable")
                    .with("file", FEED_SETTINGS)
                    .with("reason", e.to_string()),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(
            Sentence::new("error-files-cannot-read").with("path", FEED_SETTINGS).with("reason", e.to_string()),
        )),
    }
}

/// Publishes the plan's calendar to `feed.path` now and after every change from now on.
pub fn start(store: &Store, feed: &Feed, now: DateTime<Utc>) -> Result<IcsWritten> {
    let dir = data_dir(store)
        .ok_or_else(|| Error::validation("path", Sentence::new("error-plan-in-memory-not-published")))?;
    if !feed.path.to_ascii_lowercase().ends_with(".ics") {
        return Err(Error::validation("path", Sentence::new("error-feed-is-ics")));
    }
    let written = ics::export(store, &feed.options, now, Path::new(&feed.path))?;
    super::write_atomically("path", &settings_file(&dir), &serde_json::to_vec_pretty(feed)?)?;
    Ok(written)
}

/// Stops publishing (the file last written stays where it is).
pub fn stop(data_dir: &Path) -> Result<()> {
    match std::fs::remove_file(settings_file(data_dir)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(
            Sentence::new("error-files-cannot-remove").with("path", FEED_SETTINGS).with("reason", e.to_string()),
        )),
    }
}

/// Writes the published calendar anew, if the plan's calendar is published.
pub fn refresh(store: &Store, now: DateTime<Utc>) -> Result<Option<IcsWritten>> {
    let Some(dir) = data_dir(store) else { return Ok(None) };
    match get(&dir)? {
        Some(feed) => ics::export(store, &feed.options, now, Path::new(&feed.path)).map(Some),
        None => Ok(None),
    }
}
