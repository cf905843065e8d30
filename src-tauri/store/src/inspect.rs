//! A look at an existing plan file before it is opened for writing. Opening for writing
//! changes a file (WAL mode, `-wal` and `-shm` beside it, migrations), so whatever is
//! refused — random bytes, a file cut short, a plan from a newer Almanac — is found here,
//! read-only, and the file keeps every byte. A plan with a log left by a crash is SQLite's
//! to recover on opening, so only its header is judged here.

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::migrate::{newer, SCHEMA_VERSION};
use crate::error::{Error, Result};
use almanac_model::sentence::{Sentence, SentenceArg};

const HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Refuses a file that is not a whole, readable plan this version can open.
pub(super) fn readable_plan(path: &Path) -> Result<()> {
    let len = std::fs::metadata(path)
        .map_err(|e| {
            Error::io(
                Sentence::new("error-store-cannot-read")
                    .with("path", path.display().to_string())
                    .with("reason", e.to_string()),
            )
        })?
        .len();
    if len == 0 {
        return Ok(()); // an empty file is a new plan
    }
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path).and_then(|mut f| f.read(&mut header)).unwrap_or(0);
    if read < 100 || &header[..16] != HEADER {
        return Err(damaged(path, Sentence::new("error-store-not-sqlite")));
    }
    let version = u32::from_be_bytes([header[60], header[61], header[62], header[63]]);
    if version > SCHEMA_VERSION {
        return Err(newer(version));
    }
    // A crash can leave committed changes in the `-wal` and a checkpoint half done, so the
    // file may be shorter than its header says until SQLite replays the log on opening:
    // that is a plan to recover, not a damaged one, and only SQLite's own open can judge it.
    if has_log(path) {
        return Ok(());
    }
    if let Some(expected) = expected_length(&header) {
        if len < expected {
            return Err(damaged(
                path,
                Sentence::new("error-store-cut-short").with("length", len).with("expected", expected),
            ));
        }
    }
    // Reading the schema reads the pages it spans: noise there is damage.
    let conn = open_read_only(path).map_err(|e| damaged(path, e.to_string()))?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(())).map_err(|e| damaged(path, e.to_string()))
}

/// Whether a non-empty write-ahead log lies beside the plan.
fn has_log(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0)
}

/// A read-only connection that creates nothing beside the file: there is no log to
/// recover (see [`has_log`]), so the file is opened as immutable (no `-shm`, no locks).
fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let escaped: String = path
        .to_string_lossy()
        .chars()
        .map(|c| match c {
            '%' => "%25".to_string(),
            '?' => "%3f".to_string(),
            '#' => "%23".to_string(),
            c => c.to_string(),
        })
        .collect();
    let conn = Connection::open_with_flags(format!("file:{escaped}?immutable=1"), flags | OpenFlags::SQLITE_OPEN_URI)?;
    super::guard::harden(&conn)?;
    Ok(conn)
}

/// The length the header promises, when its page count is valid (SQLite file format §1.3.7).
fn expected_length(header: &[u8; 100]) -> Option<u64> {
    let be32 = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => n as u64,
    };
    let pages = be32(28) as u64;
    let valid = pages > 0 && be32(24) == be32(92);
    valid.then_some(pages * page_size)
}

/// The refusal of the plan at `path`, which cannot be opened because of `why` (a sentence,
/// or what SQLite said).
pub(super) fn damaged(path: &Path, why: impl Into<SentenceArg>) -> Error {
    Error::Damaged {
        message: Sentence::new("error-store-plan-damaged").with("path", path.display().to_string()).with("why", why),
        backups: backups_beside(path),
    }
}

/// The copies taken before migrations (`<file>.schema-N.<time>.bak`) beside `path`, newest first.
pub fn backups_beside(path: &Path) -> Vec<String> {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return vec![];
    };
    let prefix = format!("{name}.schema-");
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut found: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_str().is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".bak")))
        .map(|e| {
            let modified = e.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH);
            (modified, e.path().display().to_string())
        })
        .collect();
    found.sort_by(|a, b| b.cmp(a));
    found.into_iter().map(|(_, p)| p).collect()
}

/// Puts `backup` (one of [`backups_beside`] the plan at `path`) in the plan's place. The
/// damaged file, with its `-wal` and `-shm`, is kept beside it under a `.damaged-<time>`
/// name; nothing is deleted. Returns the name the damaged file now has.
pub fn restore_backup(path: &Path, backup: &str, now: chrono::DateTime<chrono::Utc>) -> Result<String> {
    if !backups_beside(path).iter().any(|b| b == backup) {
        return Err(Error::validation("backup", Sentence::new("error-store-choose-backup-beside")));
    }
    readable_plan(Path::new(backup))
        .map_err(|_| Error::validation("backup", Sentence::new("error-store-backup-unreadable-too")))?;
    let stamp = now.format("%Y%m%dT%H%M%S");
    let io =
        |e: std::io::Error| Error::io(Sentence::new("error-store-backup-not-restored").with("reason", e.to_string()));
    // Copied first beside the plan, then renamed over it: the plan is never half a backup.
    let dir = path.parent().unwrap_or(Path::new("."));
    let staged = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    std::fs::copy(backup, staged.path()).map_err(io)?;
    staged.as_file().sync_all().map_err(io)?;
    let aside = format!("{}.damaged-{stamp}", path.display());
    for suffix in ["", "-wal", "-shm"] {
        let from = format!("{}{suffix}", path.display());
        if Path::new(&from).exists() {
            std::fs::rename(&from, format!("{aside}{suffix}")).map_err(io)?;
        }
    }
    staged.persist(path).map_err(|e| io(e.error))?;
    Ok(aside)
}
