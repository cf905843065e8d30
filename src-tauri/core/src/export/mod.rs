//! Exports: documents rendered in process from templates, written atomically.

pub mod annual_plan;
pub mod audit;
pub mod brief;
pub mod caldav;
pub mod decision_log;
pub mod feed;
pub mod grid;
pub mod handoff;
pub mod ics;
pub mod plan_json;
pub mod results;
pub(crate) mod text;
pub(crate) mod typeset;
pub mod web_page;

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::domain::{validate, ContentItem};
use crate::error::{Error, Result};
use crate::ops::items::{row_filter, ItemFilter};
use crate::store::records::items;
use crate::Store;

/// Which items an export takes, over which days: the same choice for the calendar file,
/// the spreadsheets and the publishing tools' files.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Selection {
    /// The first day (`YYYY-MM-DD`, the plan's zone); none: from the first item.
    pub from: Option<String>,
    /// The last day, included; none: to the last item.
    pub to: Option<String>,
    /// Which items.
    pub filter: ItemFilter,
}

impl Selection {
    /// The first and last day, checked; the plan's years (1900–2999) when open.
    pub fn days(&self) -> Result<(NaiveDate, NaiveDate)> {
        let day = |field: &str, text: &Option<String>, default: (i32, u32, u32)| match text.as_deref().map(str::trim) {
            None | Some("") => NaiveDate::from_ymd_opt(default.0, default.1, default.2)
                .ok_or_else(|| Error::validation(field, "is out of range")),
            Some(text) => validate::date(field, text),
        };
        let first = day("from", &self.from, (1900, 1, 1))?;
        let last = day("to", &self.to, (2999, 12, 31))?;
        if last < first {
            return Err(Error::validation("to", "comes before the first day"));
        }
        Ok((first, last))
    }

    /// The dated items it keeps, in the order they go out.
    pub fn items(&self, store: &Store, tz: Tz) -> Result<Vec<ContentItem>> {
        let (first, last) = self.days()?;
        let filter = row_filter(&self.filter)?;
        let after_last = last.succ_opt().unwrap_or(last);
        items::dated_between(store.conn(), (first, after_last), tz, &filter)
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename,
/// so a failed export never leaves a partial file and never clobbers a good one.
pub fn write_atomically(field: &str, path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().ok_or_else(|| Error::validation(field, "names a folder, not a file"))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::validation(field, format!("the folder {} does not exist", dir.display())));
    }
    if path.is_dir() {
        return Err(Error::validation(field, format!("{} is a folder", path.display())));
    }
    let cannot = |e: std::io::Error| Error::io(format!("cannot write {}: {e}", path.display()));
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{}.", name.to_string_lossy()))
        .suffix(".part")
        .tempfile_in(dir)
        .map_err(cannot)?;
    // A temporary file is private (0600); the export is an ordinary document.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(cannot)?;
    }
    temp.write_all(bytes).map_err(cannot)?;
    temp.as_file().sync_all().map_err(cannot)?;
    temp.persist(path).map_err(|e| cannot(e.error))?;
    Ok(())
}
