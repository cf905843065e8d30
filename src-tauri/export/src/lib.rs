//! Exports: documents rendered in process from templates, written atomically.

#![warn(missing_docs)]

use almanac_model::{domain, error, schedule, timeline};
use almanac_ops as ops;
use almanac_store as store;

pub mod annual_plan;
pub mod audit;
pub mod brief;
pub mod caldav;
pub mod campaign_brief;
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
pub mod words;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use almanac_model::Sentence;
// Which items an export takes is the operations' (an audit trail takes it too).
pub use crate::ops::selection::Selection;

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename,
/// so a failed export never leaves a partial file and never clobbers a good one.
pub fn write_atomically(field: &str, path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().ok_or_else(|| Error::validation(field, Sentence::new("error-names-a-folder")))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::validation(
            field,
            Sentence::new("error-no-such-folder").with("folder", dir.display().to_string()),
        ));
    }
    if path.is_dir() {
        return Err(Error::validation(
            field,
            Sentence::new("error-is-a-folder").with("path", path.display().to_string()),
        ));
    }
    let cannot = |e: std::io::Error| {
        Error::io(
            Sentence::new("error-files-cannot-write")
                .with("path", path.display().to_string())
                .with("reason", e.to_string()),
        )
    };
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
