//! Putting a copy in the plan's place. A copy comes from elsewhere (a colleague's mail, a
//! shared drive, an image of a data folder), so it is staged in a folder of its own beside
//! the plan, with the log that lies beside it if that log is its own, made one file, and
//! checked there — what is checked is exactly what replaces the plan — before a rename
//! puts it in place. The plan itself is untouched until then.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::backup::{check_integrity, read_only, snapshot, Occasion};
use super::{guard, inspect, Store, DATABASE_FILE};
use crate::error::{Error, Result};
use almanac_model::Sentence;

/// The largest copy restored without being asked: far beyond any plan (a year of 12,000
/// items with its journal is tens of MB), so a file this large is a wrong choice or a
/// file made to fill the disk.
pub const LARGEST_PLAN_BYTES: u64 = 1 << 30;

/// What a copy's bad rows become when it is restored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum BadRows {
    /// The copy is refused, naming them (the default).
    #[default]
    Refuse,
    /// What is sound is restored; they are set aside in a report beside the plan.
    SetAside,
}

/// How to restore a copy: the defaults refuse anything out of the ordinary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RestoreOptions {
    /// What the copy's bad rows become.
    pub bad_rows: BadRows,
    /// The copy is larger than [`LARGEST_PLAN_BYTES`] and that is intended.
    pub large: bool,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// The snapshot of the plan as it was, if there was one.
    pub before: Option<String>,
    /// The report of the rows set aside, if any were.
    pub report: Option<String>,
    /// How many rows were set aside.
    pub set_aside: u32,
}

/// Puts the plan copy at `file` in place of the plan in `data_dir`. The copy must be an
/// Almanac plan this version can open, in the shape Almanac writes; a copy with rows that
/// do not read as the plan's is refused, or with [`BadRows::SetAside`] restored without
/// them, each in a JSON report beside the plan. The current plan is snapshotted first and
/// replaced by a rename, so it is never half a copy. No window may have the plan open.
pub fn restore(data_dir: &Path, file: &Path, now: DateTime<Utc>, options: RestoreOptions) -> Result<Restored> {
    let refused = |e: Error| match e {
        // `large` names the one refusal a person may overrule.
        Error::Validation { field, message } => Error::validation(
            field,
            Sentence::new("error-store-not-restored").with("path", file.display().to_string()).with("reason", message),
        ),
        other => other,
    };
    a_plain_file(file, options.large).map_err(refused)?;
    std::fs::create_dir_all(data_dir).map_err(|e| {
        Error::io(
            Sentence::new("error-store-cannot-create")
                .with("path", data_dir.display().to_string())
                .with("reason", e.to_string()),
        )
    })?;
    let io = |e: std::io::Error| {
        Error::io(
            Sentence::new("error-store-could-not-restore")
                .with("path", file.display().to_string())
                .with("reason", e.to_string()),
        )
    };
    let stage = tempfile::Builder::new().prefix(".almanac-restore.").tempdir_in(data_dir).map_err(io)?;
    let staged = stage.path().join(DATABASE_FILE);
    stage_copy(file, &staged).map_err(refused)?;
    let set_aside = check_staged(&staged, options.bad_rows).map_err(refused)?;
    let mut restored = Restored::default();
    if !set_aside.is_empty() {
        let report = data_dir.join(format!("restore-set-aside-{}.json", now.format("%Y%m%dT%H%M%S")));
        std::fs::write(&report, serde_json::to_string_pretty(&set_aside)?).map_err(io)?;
        restored.set_aside = set_aside.len() as u32;
        restored.report = Some(report.display().to_string());
    }
    std::fs::File::open(&staged).and_then(|f| f.sync_all()).map_err(io)?;
    let plan = data_dir.join(DATABASE_FILE);
    if plan.is_file() {
        let before = snapshot(&Store::open(&plan)?, Occasion::BeforeRestore, now)?;
        restored.before = before.map(|p| p.display().to_string());
    }
    // The old plan's log belongs to the old plan (its changes are in the snapshot).
    for log in [log_of(&plan, "-wal"), log_of(&plan, "-shm")] {
        if log.exists() {
            std::fs::remove_file(&log).map_err(io)?;
        }
    }
    std::fs::rename(&staged, &plan).map_err(io)?;
    Ok(restored)
}

/// Refuses what is not a plain file of a plan's size: a link, no file, a file far larger
/// than any plan (unless `large` says it is intended), a file that is not an SQLite plan
/// this version reads.
fn a_plain_file(file: &Path, large: bool) -> Result<()> {
    let path = || file.display().to_string();
    let not_a_file = || Error::validation("file", Sentence::new("error-store-not-a-file").with("path", path()));
    let meta = std::fs::symlink_metadata(file).map_err(|_| not_a_file())?;
    if meta.file_type().is_symlink() {
        return Err(Error::validation("file", Sentence::new("error-store-is-a-link").with("path", path())));
    }
    if !meta.is_file() {
        return Err(not_a_file());
    }
    if meta.len() > LARGEST_PLAN_BYTES && !large {
        // Gigabytes to one decimal, whole and tenths apart: each language writes its own decimal sign.
        let size = format!("{:.1}", meta.len() as f64 / 1e9);
        let (whole, tenths) = size.split_once('.').unwrap_or((&size, "0"));
        let (whole, tenths) = (whole.parse::<u64>().unwrap_or_default(), tenths.parse::<u64>().unwrap_or_default());
        let message = Sentence::new("error-store-far-too-large").with("gigabytes", whole).with("tenths", tenths);
        return Err(Error::validation("large", message));
    }
    // Its first bytes, read in place: what is not a plan at all is never copied.
    inspect::readable_plan(file).map_err(not_a_plan(file))
}

/// The log file `suffix` (`-wal`, `-shm`) of the database at `path`.
fn log_of(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Copies `file` to `staged`, with its write-ahead log when one lies beside it and is its
/// own, and makes the copy one file (the log's changes written into it, no log mode).
fn stage_copy(file: &Path, staged: &Path) -> Result<()> {
    let io = |e: std::io::Error| {
        Error::io(
            Sentence::new("error-store-could-not-copy")
                .with("path", file.display().to_string())
                .with("reason", e.to_string()),
        )
    };
    std::fs::copy(file, staged).map_err(io)?;
    let wal = log_of(file, "-wal");
    let logged = std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0);
    if logged {
        own_log(staged, &wal)?;
        std::fs::copy(&wal, log_of(staged, "-wal")).map_err(io)?;
    }
    inspect::readable_plan(staged).map_err(not_a_plan(file))?;
    let one_file = |conn: &Connection| -> rusqlite::Result<String> {
        guard::harden(conn)?;
        if logged {
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get::<_, i64>(0))?;
        }
        conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))
    };
    match Connection::open(staged).and_then(|conn| one_file(&conn)) {
        Ok(mode) if mode.eq_ignore_ascii_case("delete") => Ok(()),
        Ok(_) | Err(_) if logged => Err(Error::validation(
            "file",
            Sentence::new("error-store-log-not-read-in").with("path", wal.display().to_string()),
        )),
        Ok(mode) => Err(Error::validation("file", Sentence::new("error-store-stays-in-mode").with("mode", mode))),
        Err(e) => Err(not_a_plan(file)(e.into())),
    }
}

/// Refuses a write-ahead log that is not the database's own: not a log at all, a header
/// that fails its checksum, or pages of another size than the database's.
fn own_log(database: &Path, wal: &Path) -> Result<()> {
    let foreign = |why: Sentence| {
        Error::validation(
            "file",
            Sentence::new("error-store-foreign-log").with("path", wal.display().to_string()).with("why", why),
        )
    };
    let mut header = [0u8; 32];
    std::fs::File::open(wal)
        .and_then(|mut f| f.read_exact(&mut header))
        .map_err(|_| foreign(Sentence::new("error-store-log-cut-short")))?;
    let be32 = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let magic = be32(0);
    if magic & !1 != 0x377f_0682 {
        return Err(foreign(Sentence::new("error-store-log-not-sqlite")));
    }
    if wal_checksum(&header[..24], magic & 1 == 1) != (be32(24), be32(28)) {
        return Err(foreign(Sentence::new("error-store-log-checksum")));
    }
    let mut db = [0u8; 18];
    std::fs::File::open(database)
        .and_then(|mut f| f.read_exact(&mut db))
        .map_err(|_| foreign(Sentence::new("error-store-log-no-database")))?;
    if &db[..16] != b"SQLite format 3\0" {
        return Ok(()); // not a database at all: refused as such
    }
    let db_page = match u16::from_be_bytes([db[16], db[17]]) {
        1 => 65_536,
        n => u32::from(n),
    };
    if be32(8) != db_page {
        let pages = Sentence::new("error-store-log-page-size").with("log", be32(8)).with("file", db_page);
        return Err(foreign(pages));
    }
    Ok(())
}

/// SQLite's log checksum over `data` (file format §4.3): pairs of 32-bit words, read
/// big-endian when the log says so.
fn wal_checksum(data: &[u8], big_endian: bool) -> (u32, u32) {
    let word = |b: &[u8]| {
        let b = [b[0], b[1], b[2], b[3]];
        if big_endian {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        }
    };
    let (mut s0, mut s1) = (0u32, 0u32);
    for pair in data.chunks_exact(8) {
        s0 = s0.wrapping_add(word(&pair[..4])).wrapping_add(s1);
        s1 = s1.wrapping_add(word(&pair[4..])).wrapping_add(s0);
    }
    (s0, s1)
}

fn not_a_plan(file: &Path) -> impl Fn(Error) -> Error + '_ {
    move |e| match e {
        Error::Conflict { .. } => e,
        _ => Error::validation(
            "file",
            Sentence::new("error-store-not-a-plan")
                .with("path", file.display().to_string())
                .with("reason", e.as_sentence()),
        ),
    }
}

/// Checks the staged copy as a whole: an Almanac plan this version reads, sound, in
/// Almanac's own shape, every row its own (or, when asked, the bad ones taken out and
/// returned for the report).
fn check_staged(staged: &Path, bad_rows: BadRows) -> Result<Vec<serde_json::Value>> {
    inspect::readable_plan(staged).map_err(not_a_plan(staged))?;
    is_almanac_plan(staged)?;
    check_integrity(staged).map_err(|e| Error::validation("file", e.as_sentence()))?;
    let conn = read_only(staged)?;
    guard::own_shape(&conn)?;
    match bad_rows {
        BadRows::Refuse => guard::sound_rows(&conn).map(|()| Vec::new()),
        BadRows::SetAside => {
            drop(conn);
            let conn = Connection::open(staged)?;
            guard::harden(&conn)?;
            // Each row goes into the report by itself: no delete may take others with it unseen.
            conn.pragma_update(None, "foreign_keys", "OFF")?;
            let set_aside = guard::set_aside_bad_rows(&conn)?;
            guard::sound_rows(&conn)?;
            Ok(set_aside)
        }
    }
}

/// Refuses an SQLite file that is not an Almanac plan (no journal, no items).
fn is_almanac_plan(file: &Path) -> Result<()> {
    let tables: u32 = read_only(file)?.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('content_item', 'change_batch', 'settings')",
        [],
        |r| r.get(0),
    )?;
    match tables {
        3 => Ok(()),
        _ => Err(Error::validation("file", Sentence::new("error-store-sqlite-not-plan"))),
    }
}
