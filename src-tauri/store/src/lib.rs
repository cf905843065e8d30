//! The plan's SQLite store: opening, migrating, and the one write path.
//!
//! Every mutation runs through [`Store::write`], which wraps it in one
//! transaction together with its journal rows (see [`journal`]).

#![warn(missing_docs)]

use almanac_model::{domain, error, schedule, Sentence};

pub mod backup;
pub mod folders;
mod guard;
mod inspect;
pub mod journal;
mod migrate;
pub mod records;
pub mod restore;
pub mod set_aside;
pub(crate) mod sql;
pub mod sync;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::error::{Error, Result};
pub use inspect::{backups_beside, restore_backup};
pub use journal::{Batch, HistoryState};
pub use migrate::SCHEMA_VERSION;

/// The plan's file name in its data folder.
pub const DATABASE_FILE: &str = "almanac.sqlite3";

/// The clock the journal stamps changes with; tests pass a fixed one.
pub type Clock = Box<dyn Fn() -> DateTime<Utc> + Send>;

/// The plan on disk: one SQLite connection, the clock that dates the journal, and who writes.
pub struct Store {
    conn: Connection,
    clock: Clock,
    /// What to add to the clock to read the team server's (measured at each sync), so a
    /// laptop whose clock is off still dates its changes by real time.
    offset: chrono::Duration,
    actor: String,
}

impl Store {
    /// Opens (creating if needed) the plan in `dir`, migrating it to the current schema.
    pub fn open_dir(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::io(
                Sentence::new("error-store-cannot-create-data-folder")
                    .with("folder", dir.display().to_string())
                    .with("reason", e.to_string()),
            )
        })?;
        Self::open(&dir.join(DATABASE_FILE))
    }

    /// Opens the plan in `dir` only if one is there: an export never creates an empty plan.
    pub fn open_existing_dir(dir: &Path) -> Result<Self> {
        let path = dir.join(DATABASE_FILE);
        if !path.is_file() {
            return Err(Error::validation(
                "dataDir",
                Sentence::new("error-store-no-plan-in").with("folder", dir.display().to_string()),
            ));
        }
        Self::open(&path)
    }

    /// Opens the plan file at `path`. An existing file is first read without writing a
    /// byte: one that is damaged or from a newer Almanac is refused and left as it was.
    pub fn open(path: &Path) -> Result<Self> {
        let existed = path.exists();
        if existed {
            inspect::readable_plan(path)?;
        }
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        if existed {
            // Only the shape Almanac's own migrations write is opened (nothing can run in
            // it meanwhile: the connection runs no triggers or views).
            guard::own_shape(&conn).map_err(|e| inspect::damaged(path, e.as_sentence()))?;
        }
        migrate::run(&mut conn, existed.then_some(path))?;
        Ok(Self::with_connection(conn))
    }

    /// A fresh plan in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        migrate::run(&mut conn, None)?;
        Ok(Self::with_connection(conn))
    }

    fn with_connection(conn: Connection) -> Self {
        // On a laptop that syncs with the team, the author of its changes is the member.
        let member = sync::member_name(&conn).ok().flatten();
        let user = || std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "me".into());
        let actor = member.unwrap_or_else(user);
        let offset = chrono::Duration::milliseconds(sync::clock_offset(&conn).unwrap_or(0));
        Store { conn, clock: Box::new(Utc::now), offset, actor }
    }

    /// The time by the store's clock, corrected by its measured offset to the team's server.
    pub fn now(&self) -> DateTime<Utc> {
        let now = (self.clock)();
        now.checked_add_signed(self.offset).unwrap_or(now)
    }

    /// How far this laptop's clock is behind the team server's, as last measured.
    pub fn clock_offset(&self) -> chrono::Duration {
        self.offset
    }

    /// Records how far this laptop's clock is behind the team server's (negative: ahead),
    /// so changes made from now on are dated by the server's time.
    pub fn set_clock_offset(&mut self, offset: chrono::Duration) -> Result<()> {
        sync::save_clock_offset(&self.conn, offset.num_milliseconds())?;
        self.offset = offset;
        Ok(())
    }

    /// Sets the clock the journal dates changes by (tests fix it).
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// Sets who the journal names as the author of changes.
    pub fn set_actor(&mut self, actor: impl Into<String>) {
        self.actor = actor.into();
    }

    /// Who the journal says made the changes; undo and redo walk this actor's own actions.
    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Read access for queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` as one user action named `label`: one transaction, journaled.
    /// If `f` fails, nothing it wrote remains.
    pub fn write<T>(&mut self, label: &Sentence, f: impl FnOnce(&mut Batch) -> Result<T>) -> Result<T> {
        let at = self.now();
        let mut batch = Batch::begin(&mut self.conn, label, &self.actor, at, journal::BatchKind::Do)?;
        let out = f(&mut batch)?;
        batch.commit()?;
        Ok(out)
    }

    /// Undoes this author's latest change; its label, or none when there was nothing to undo.
    pub fn undo(&mut self) -> Result<Option<Sentence>> {
        let at = self.now();
        journal::undo(&mut self.conn, &self.actor, at)
    }

    /// Redoes this author's change undone last; its label, or none.
    pub fn redo(&mut self) -> Result<Option<Sentence>> {
        let at = self.now();
        journal::redo(&mut self.conn, &self.actor, at)
    }

    /// The journal's position: every change, undo and redo (by anyone) moves it, so a
    /// cache built at one version is current while the version stays.
    pub fn version(&self) -> Result<i64> {
        journal::version(&self.conn)
    }

    /// The rows changed after the journal's position `version`, each once (journal entity
    /// names and row ids): what a change made elsewhere touched.
    pub fn changed_since(&self, version: i64) -> Result<Vec<(String, String)>> {
        journal::changed_since(&self.conn, version)
    }

    /// SQLite's count of the commits other connections made to the plan's file (the
    /// command line's, another process's): a change this connection did not make shows
    /// as a new value.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// What undo and redo would do now.
    pub fn history(&self) -> Result<HistoryState> {
        journal::history(&self.conn, &self.actor)
    }
}

fn configure(conn: &Connection) -> Result<()> {
    guard::harden(conn)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    // WAL keeps readers unblocked. FULL syncs the log at every commit, so a change the
    // app has acknowledged survives a power cut, not only a crash of the app (with NORMAL,
    // a power cut may take the last commits with it). The price, measured on a plan file
    // (`move_item_on_disk` in benches/store.rs), is one fsync per user action.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Where the plan lives when no folder is given: the app's folder in the OS app-data
/// folder (moved there from an older Almanac's, see [`folders`]).
pub fn default_data_dir() -> Result<PathBuf> {
    dirs::data_dir()
        .map(|d| folders::app_folder(&d))
        .ok_or_else(|| Error::io(Sentence::new("error-store-no-app-data-folder")))
}

/// The data folder by precedence: an explicit folder, `ALMANAC_DATA_DIR`, the OS default.
pub fn resolve_data_dir(explicit: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        return Ok(dir);
    }
    match std::env::var_os("ALMANAC_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => default_data_dir(),
    }
}
