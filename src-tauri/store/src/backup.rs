//! Copies of the plan, for the laptop that dies: a consistent copy taken while the plan is
//! open (SQLite's online backup), counted only once `integrity_check` passes on it; the
//! automatic snapshots in the data folder (the first start of each day, and before every
//! import or restore), kept 7 daily and 4 weekly. Putting a copy back is `restore`'s.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{guard, Store};
use crate::error::{Error, Result};
use almanac_model::sentence::{Sentence, SentenceArg};

/// The folder of automatic snapshots, inside the data folder.
pub const SNAPSHOT_DIR: &str = "snapshots";
/// Days with a snapshot kept (the newest of each).
pub const KEEP_DAILY: usize = 7;
/// Weeks with a snapshot kept beyond those days (the newest of each).
pub const KEEP_WEEKLY: usize = 4;

/// Why an automatic snapshot was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occasion {
    /// The first start of the day.
    Daily,
    /// Before an import changes the plan.
    BeforeImport,
    /// Before a restore replaces the plan.
    BeforeRestore,
}

impl Occasion {
    fn tag(self) -> &'static str {
        match self {
            Occasion::Daily => "daily",
            Occasion::BeforeImport => "before-import",
            Occasion::BeforeRestore => "before-restore",
        }
    }
}

/// An automatic snapshot found in the data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// Its file.
    pub path: PathBuf,
    /// When it was taken (UTC).
    pub taken: NaiveDateTime,
}

impl Store {
    /// The plan file, for a plan on disk.
    pub fn file(&self) -> Option<PathBuf> {
        self.conn.path().filter(|p| !p.is_empty()).map(PathBuf::from)
    }

    /// Copies the plan to `out` while it stays open: SQLite's online backup into a new file
    /// beside `out`, checked with `integrity_check`, then renamed into place, so `out` is
    /// a whole, sound plan or is not written at all.
    pub fn back_up_to(&self, out: &Path) -> Result<()> {
        let dir = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            let folder = dir.display().to_string();
            return Err(Error::validation("out", Sentence::new("error-no-such-folder").with("folder", folder)));
        }
        if out.is_dir() {
            return Err(Error::validation(
                "out",
                Sentence::new("error-is-a-folder").with("path", out.display().to_string()),
            ));
        }
        // Why: what the system or SQLite said, or the refusal of the copy's check.
        let refused = |why: SentenceArg| {
            Error::io(
                Sentence::new("error-store-cannot-back-up-to")
                    .with("path", out.display().to_string())
                    .with("reason", why),
            )
        };
        let cannot = |e: &dyn std::fmt::Display| refused(e.to_string().into());
        let staged = tempfile::Builder::new().prefix(".almanac-backup.").tempfile_in(dir).map_err(|e| cannot(&e))?;
        {
            let mut copy = Connection::open(staged.path()).map_err(|e| cannot(&e))?;
            Backup::new(&self.conn, &mut copy)
                .and_then(|b| b.run_to_completion(512, Duration::ZERO, None))
                .map_err(|e| cannot(&e))?;
            // A copy kept on its own is one file: no log beside it.
            copy.pragma_update(None, "journal_mode", "DELETE").map_err(|e| cannot(&e))?;
        }
        check_integrity(staged.path()).map_err(|e| refused(e.as_sentence().into()))?;
        staged.as_file().sync_all().map_err(|e| cannot(&e))?;
        staged.persist(out).map_err(|e| cannot(&e.error))?;
        Ok(())
    }
}

/// `integrity_check` on the plan file at `path`, opened read-only.
pub fn check_integrity(path: &Path) -> Result<()> {
    let conn = read_only(path)?;
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    match verdict.as_str() {
        "ok" => Ok(()),
        other => Err(Error::io(Sentence::new("error-store-integrity-failed").with("reason", other))),
    }
}

/// Takes an automatic snapshot of the plan into the data folder's `snapshots/` and prunes
/// the old ones; none for a plan in memory.
pub fn snapshot(store: &Store, occasion: Occasion, now: DateTime<Utc>) -> Result<Option<PathBuf>> {
    let Some(file) = store.file() else { return Ok(None) };
    let dir = file.parent().unwrap_or(Path::new(".")).join(SNAPSHOT_DIR);
    let created = !dir.exists();
    std::fs::create_dir_all(&dir).map_err(|e| {
        Error::io(
            Sentence::new("error-store-cannot-create")
                .with("path", dir.display().to_string())
                .with("reason", e.to_string()),
        )
    })?;
    let name = format!("almanac-{}-{}.sqlite3", now.format("%Y%m%dT%H%M%S"), occasion.tag());
    let path = dir.join(name);
    if let Err(e) = store.back_up_to(&path) {
        if created {
            // Only an empty folder goes: `remove_dir` leaves one that holds anything.
            let _ = std::fs::remove_dir(&dir);
        }
        return Err(e);
    }
    prune(&dir)?;
    Ok(Some(path))
}

/// The first start of a day takes a snapshot; later starts that day do not.
pub fn snapshot_daily(store: &Store, now: DateTime<Utc>) -> Result<Option<PathBuf>> {
    let Some(file) = store.file() else { return Ok(None) };
    let dir = file.parent().unwrap_or(Path::new(".")).join(SNAPSHOT_DIR);
    if snapshots(&dir).iter().any(|s| s.taken.date() == now.date_naive()) {
        return Ok(None);
    }
    snapshot(store, Occasion::Daily, now)
}

/// The automatic snapshots in `dir`, oldest first.
pub fn snapshots(dir: &Path) -> Vec<Snapshot> {
    let mut found: Vec<Snapshot> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let stamp = name.strip_prefix("almanac-")?.get(..15)?.to_string();
            let taken = NaiveDateTime::parse_from_str(&stamp, "%Y%m%dT%H%M%S").ok()?;
            name.ends_with(".sqlite3").then(|| Snapshot { path: e.path(), taken })
        })
        .collect();
    found.sort_by(|a, b| a.taken.cmp(&b.taken).then(a.path.cmp(&b.path)));
    found
}

/// Deletes the snapshots [`kept`] does not keep.
fn prune(dir: &Path) -> Result<()> {
    let all = snapshots(dir);
    let keep = kept(&all.iter().map(|s| s.taken).collect::<Vec<_>>());
    for (n, snapshot) in all.iter().enumerate() {
        if !keep.contains(&n) {
            std::fs::remove_file(&snapshot.path).map_err(|e| {
                Error::io(
                    Sentence::new("error-store-cannot-remove-snapshot")
                        .with("path", snapshot.path.display().to_string())
                        .with("reason", e.to_string()),
                )
            })?;
        }
    }
    Ok(())
}

/// Which of the snapshots taken at `taken` (oldest first) are kept: the newest of each of
/// the last [`KEEP_DAILY`] days that have one, and the newest of each of the last
/// [`KEEP_WEEKLY`] ISO weeks before those days.
pub fn kept(taken: &[NaiveDateTime]) -> Vec<usize> {
    let newest_of = |key: &dyn Fn(NaiveDate) -> (i32, u32)| {
        let mut newest: Vec<((i32, u32), usize)> = Vec::new();
        for (n, t) in taken.iter().enumerate().rev() {
            let k = key(t.date());
            if !newest.iter().any(|(seen, _)| *seen == k) {
                newest.push((k, n));
            }
        }
        newest
    };
    let days = newest_of(&|d| (d.year(), d.ordinal()));
    let mut keep: Vec<usize> = days.iter().take(KEEP_DAILY).map(|(_, n)| *n).collect();
    let oldest_daily = keep.iter().map(|n| taken[*n]).min();
    let weeks = newest_of(&|d| (d.iso_week().year(), d.iso_week().week()));
    keep.extend(
        weeks.iter().filter(|(_, n)| oldest_daily.is_none_or(|o| taken[*n] < o)).take(KEEP_WEEKLY).map(|(_, n)| *n),
    );
    keep.sort_unstable();
    keep
}

/// A read-only connection to a plan file, with the defences every plan connection has.
pub(super) fn read_only(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    guard::harden(&conn)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn the_newest_of_seven_days_and_of_four_weeks_before_them_are_kept() {
        // Two snapshots a day (morning start, afternoon import) for 60 days from 1 March 2027.
        let mut taken = Vec::new();
        for day in 0..60 {
            let date = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap() + chrono::Duration::days(day);
            taken.push(date.and_hms_opt(8, 0, 0).unwrap());
            taken.push(date.and_hms_opt(15, 0, 0).unwrap());
        }
        let keep: Vec<NaiveDateTime> = kept(&taken).into_iter().map(|n| taken[n]).collect();
        let daily: Vec<NaiveDateTime> =
            (0..7).rev().map(|d| at("2027-04-29 15:00") - chrono::Duration::days(d)).collect();
        assert_eq!(keep[keep.len() - 7..], daily[..], "the afternoon snapshot of each of the last seven days");
        // Before 23 April: Sundays (the newest of each ISO week) 18, 11, 4 April and 28 March.
        assert_eq!(
            keep[..4],
            [at("2027-03-28 15:00"), at("2027-04-04 15:00"), at("2027-04-11 15:00"), at("2027-04-18 15:00")]
        );
        assert_eq!(keep.len(), 11);
    }

    #[test]
    fn a_day_with_one_snapshot_keeps_it() {
        let taken = [at("2027-03-01 09:00")];
        assert_eq!(kept(&taken), [0]);
        assert!(kept(&[]).is_empty());
    }
}
