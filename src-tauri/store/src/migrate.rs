//! Numbered SQL migrations embedded in the binary, applied in one transaction
//! after a copy of the existing database has been taken.

use std::path::Path;

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};
use almanac_model::Sentence;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_plan_year.sql"),
    include_str!("migrations/0003_partners.sql"),
    include_str!("migrations/0004_scheduling.sql"),
    include_str!("migrations/0005_change_revision.sql"),
    include_str!("migrations/0006_team_sync.sql"),
    include_str!("migrations/0007_approvals.sql"),
    include_str!("migrations/0008_workflow.sql"),
    include_str!("migrations/0009_results.sql"),
    include_str!("migrations/0010_sync_guard.sql"),
    include_str!("migrations/0011_metric_kind.sql"),
    include_str!("migrations/0012_row_revision.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

pub(super) fn run(conn: &mut Connection, existing_file: Option<&Path>) -> Result<()> {
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(newer(version));
    }
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    if let Some(path) = existing_file {
        if version > 0 {
            back_up(conn, path, version)?;
        }
    }
    let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
    migrations.to_latest(conn).map_err(|e| {
        Error::io(
            Sentence::new("error-store-upgrade-failed")
                .with("schema", SCHEMA_VERSION.to_string())
                .with("reason", e.to_string()),
        )
    })
}

/// The refusal of a plan written by a newer Almanac, whose schema is `version`.
pub(super) fn newer(version: u32) -> Error {
    Error::conflict(
        Sentence::new("error-store-newer-plan")
            .with("schema", version.to_string())
            .with("supported", SCHEMA_VERSION.to_string()),
    )
}

/// A plan in memory with the schema Almanac's migrations write for `version`: what a file
/// claiming that version must match.
pub(super) fn reference(version: u32) -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
    migrations.to_version(&mut conn, version.min(SCHEMA_VERSION) as usize).map_err(|e| {
        Error::io(
            Sentence::new("error-store-reference-schema-failed")
                .with("schema", version.to_string())
                .with("reason", e.to_string()),
        )
    })?;
    Ok(conn)
}

/// A consistent copy (WAL included) beside the database, named after the old schema.
fn back_up(conn: &Connection, path: &Path, version: u32) -> Result<()> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let name = format!(
        "{}.schema-{version}.{stamp}.bak",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("almanac.sqlite3")
    );
    let backup = path.with_file_name(name);
    conn.execute("VACUUM INTO ?1", [backup.to_string_lossy()]).map_err(|e| {
        // A backup cut short (a full disk) is no backup: it goes, and the upgrade stops.
        let _ = std::fs::remove_file(&backup);
        Error::io(Sentence::new("error-store-upgrade-backup-failed").with("reason", e.to_string()))
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_is_a_readable_copy_beside_the_database() {
        let dir = std::env::temp_dir().join(format!("almanac-backup-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("almanac.sqlite3");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (42);").unwrap();
        back_up(&conn, &path, 1).unwrap();
        let backups: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n.starts_with("almanac.sqlite3.schema-1.") && n.ends_with(".bak"))
            .collect();
        assert_eq!(backups.len(), 1, "{backups:?}");
        let copy = Connection::open(dir.join(&backups[0])).unwrap();
        let x: i64 = copy.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(x, 42);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn migrations_are_valid() {
        let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
        assert!(migrations.validate().is_ok());
    }
}
