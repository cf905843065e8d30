//! A disk that fills up mid-write, made with RLIMIT_FSIZE in a child process (the same
//! test binary, re-run for one scenario): an export, an import, a sample load and a
//! pre-migration backup each end with a clear error, the plan and any earlier export
//! keep every byte, and no partial file is left behind.

use std::path::{Path, PathBuf};
use std::process::Command;

use almanac_core::export::annual_plan::{self, AnnualPlanOptions, GroupBy, Orientation};
use almanac_core::import::partners;
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::store::DATABASE_FILE;
use almanac_core::Store;

const ENV: &str = "ALMANAC_DISK_FULL";

extern "C" {
    fn setrlimit(resource: i32, limit: *const [u64; 2]) -> i32;
    fn signal(signum: i32, handler: usize) -> usize;
}

/// Files may grow to `bytes` at most; past that a write fails with EFBIG (the signal
/// that would kill the process is ignored), as on a full disk.
fn limit_file_size(bytes: u64) {
    const RLIMIT_FSIZE: i32 = 1;
    const SIGXFSZ: i32 = 25;
    const SIG_IGN: usize = 1;
    // SAFETY: plain libc calls with a valid pointer, in a child process made for this.
    unsafe {
        signal(SIGXFSZ, SIG_IGN);
        assert_eq!(setrlimit(RLIMIT_FSIZE, &[bytes, bytes]), 0, "setrlimit");
    }
}

/// The child: runs one scenario under the limit and prints its outcome.
#[test]
#[ignore = "the child of the disk-full tests; runs only when spawned by them"]
fn disk_full_child() {
    let Ok(spec) = std::env::var(ENV) else { return };
    let [scenario, dir, limit]: [&str; 3] = spec.splitn(3, '|').collect::<Vec<_>>().try_into().unwrap();
    let dir = Path::new(dir);
    let limit: u64 = limit.parse().unwrap();
    let open = || Store::open_dir(dir);
    let outcome = match scenario {
        "export" => open().and_then(|store| {
            limit_file_size(limit);
            let options =
                AnnualPlanOptions { year: 2027, orientation: Orientation::Landscape, group_by: GroupBy::Objective };
            annual_plan::export(&store, &options, chrono::Utc::now(), &dir.join("plan.pdf")).map(|_| ())
        }),
        "import" => open().and_then(|mut store| {
            limit_file_size(limit);
            let file = dir.join("partners.csv");
            let preview = partners::import(&mut store, &file, None, true)?;
            partners::import(&mut store, &file, Some(&preview.mapping), false).map(|_| ())
        }),
        "sample" => open().and_then(|mut store| {
            limit_file_size(limit);
            let options = SampleOptions { profile: Profile::Agency, seed: 1, year: 2027, today: fixed_today(2027) };
            sample::load(&mut store, options).map(|_| ())
        }),
        "migrate" => {
            limit_file_size(limit);
            open().map(|_| ())
        }
        other => panic!("unknown scenario {other}"),
    };
    match outcome {
        Ok(()) => println!("outcome: ok"),
        Err(e) => println!("outcome: {}: {e}", e.code()),
    }
}

/// Runs `scenario` in a child with files limited to `limit` bytes; returns what it printed.
fn run_child(scenario: &str, dir: &Path, limit: u64) -> String {
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "disk_full::disk_full_child", "--ignored", "--nocapture", "--test-threads=1"])
        .env(ENV, format!("{scenario}|{}|{limit}", dir.display()))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "the child ran to its end: {stdout} {}", String::from_utf8_lossy(&out.stderr));
    stdout.split_once("outcome: ").map(|(_, o)| o.lines().next().unwrap_or("").to_string()).unwrap_or(stdout)
}

/// Every file in `dir` with its bytes, the plan's `-wal` and `-shm` aside (SQLite's own),
/// and the snapshots' folder aside (see [`sound_snapshots`]).
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with("-wal") && !p.to_string_lossy().ends_with("-shm"))
        .filter(|p| !p.ends_with(almanac_core::store::backup::SNAPSHOT_DIR))
        .map(|p: PathBuf| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    all.sort();
    all
}

/// A plan folder with a small plan, checkpointed so the plan file holds it all.
fn small_plan() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(dir.path()).unwrap();
    let channel = almanac_tests::add_brand_and_channel(&mut store);
    almanac_tests::add_item(&mut store, &channel, "Post", "2027-03-01");
    let campaign = almanac_tests::campaign_draft("Cone Zone", "2027-04-01", "2027-05-31");
    almanac_core::ops::campaigns::create(&mut store, &campaign).unwrap();
    store.conn().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    dir
}

fn assert_refused_cleanly(scenario: &str, dir: &Path, limit: u64, words: &str) {
    let before = files(dir);
    let outcome = run_child(scenario, dir, limit);
    assert!(outcome.starts_with("io: ") && outcome.contains(words), "{scenario}: {outcome}");
    let after = files(dir);
    let names = |f: &[(String, Vec<u8>)]| f.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&after), names(&before), "{scenario}: no partial file is left");
    for ((name, bytes), (_, was)) in after.iter().zip(&before) {
        // The plan file itself is compared by what it holds (below and in the callers).
        assert!(name == DATABASE_FILE || bytes == was, "{scenario}: {name} changed");
    }
    let store = Store::open_dir(dir).unwrap();
    let integrity: String = store.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok", "{scenario}");
    sound_snapshots(scenario, dir);
}

/// An import snapshots the plan first; whatever the full disk let it write is a whole,
/// sound copy (a snapshot cut short is removed, and so is a folder it leaves empty).
fn sound_snapshots(scenario: &str, dir: &Path) {
    let folder = dir.join(almanac_core::store::backup::SNAPSHOT_DIR);
    let Ok(entries) = std::fs::read_dir(&folder) else { return };
    let names: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    assert!(!names.is_empty(), "{scenario}: an empty snapshots folder is left");
    for snapshot in names {
        almanac_core::store::backup::check_integrity(&snapshot)
            .unwrap_or_else(|e| panic!("{scenario}: {} is not a sound copy: {e}", snapshot.display()));
    }
}

fn count(dir: &Path, table: &str) -> i64 {
    let store = Store::open_dir(dir).unwrap();
    store.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

#[test]
fn an_export_on_a_full_disk_fails_clearly_and_the_earlier_export_keeps_its_bytes() {
    let dir = small_plan();
    let earlier = dir.path().join("plan.pdf");
    std::fs::write(&earlier, b"%PDF-1.7 last week's plan").unwrap();
    let plan_bytes = std::fs::read(dir.path().join(DATABASE_FILE)).unwrap();
    assert_refused_cleanly("export", dir.path(), 4_096, "File too large");
    assert!(std::fs::read(&earlier).unwrap() == b"%PDF-1.7 last week's plan", "the earlier export is untouched");
    assert!(std::fs::read(dir.path().join(DATABASE_FILE)).unwrap() == plan_bytes, "an export never writes the plan");
}

#[test]
fn an_import_or_a_sample_load_on_a_full_disk_changes_nothing() {
    let dir = small_plan();
    let mut csv = String::from("Name,Time zone,Notes\n");
    for i in 0..2_000 {
        csv.push_str(&format!("Partner {i},Europe/Paris,{}\n", "n".repeat(200)));
    }
    std::fs::write(dir.path().join("partners.csv"), csv).unwrap();
    let limit = std::fs::metadata(dir.path().join(DATABASE_FILE)).unwrap().len() + 64 * 1024;
    assert_refused_cleanly("import", dir.path(), limit, "disk is full");
    assert_eq!(count(dir.path(), "partner"), 0, "no partner was imported");

    let empty = tempfile::tempdir().unwrap();
    Store::open_dir(empty.path()).unwrap().conn().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    let limit = std::fs::metadata(empty.path().join(DATABASE_FILE)).unwrap().len() + 256 * 1024;
    assert_refused_cleanly("sample", empty.path(), limit, "disk is full");
    assert_eq!(count(empty.path(), "content_item"), 0, "no sample item was written");
    assert_eq!(count(empty.path(), "change_batch"), 0, "no journal entry either");
}

#[test]
fn a_pre_migration_backup_on_a_full_disk_stops_the_upgrade_and_leaves_no_partial_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    plan_at_version(&path, almanac_core::store::SCHEMA_VERSION - 1);
    let bytes = std::fs::read(&path).unwrap();
    let limit = bytes.len() as u64 / 2;
    let before = files(dir.path());
    let outcome = run_child("migrate", dir.path(), limit);
    assert!(outcome.starts_with("io: ") && outcome.contains("could not back up"), "{outcome}");
    let names = |f: &[(String, Vec<u8>)]| f.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&files(dir.path())), names(&before), "no partial backup is left");
    assert!(std::fs::read(&path).unwrap() == bytes, "the plan keeps its bytes");
}

/// Writes at `path` a plan as Almanac `version` wrote it: its migrations run in order, as
/// a laptop that has not been upgraded since has it.
pub fn plan_at_version(path: &std::path::Path, version: u32) {
    let dir = almanac_tests::repo().join("src-tauri/store/src/migrations");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension() == Some("sql".as_ref()))
        .collect();
    files.sort();
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    for file in files.iter().take(version as usize) {
        conn.execute_batch(&std::fs::read_to_string(file).unwrap()).unwrap();
    }
    conn.pragma_update(None, "user_version", version).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
}
