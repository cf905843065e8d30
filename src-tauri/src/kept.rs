//! A choice kept on this laptop (the window's language, its theme): a small JSON file in
//! the app's config folder, written whole and read leniently, so a crash never leaves half
//! a file and a damaged one only means the system's default.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Writes `value` to `file` through a temporary file renamed over the old.
pub fn write<T: Serialize>(file: &Path, value: &T) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let partial = file.with_extension("json.partial");
    std::fs::write(&partial, text)?;
    std::fs::rename(&partial, file)
}

/// What `file` holds; none when it is missing, and a warning when it cannot be read, after
/// which `fallback` (what is used instead, "the system's theme") applies.
pub fn read<T: DeserializeOwned>(file: &Path, fallback: &str) -> Option<T> {
    let text = std::fs::read_to_string(file).ok()?;
    match serde_json::from_str(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            log::warn!("{} could not be read ({e}); {fallback} is used", file.display());
            None
        }
    }
}
