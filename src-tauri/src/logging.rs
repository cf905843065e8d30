//! The log: what the background did and what failed (the published calendar, the CalDAV
//! push, the team sync, the daily snapshot, reminders), written to files in the plan
//! folder's `logs/`, where a person or their IT support finds it afterwards (Help → Open
//! the log folder) — a Windows window has no standard error to read. The window logs
//! through tauri-plugin-log (rotating files), the command line through fern (the library
//! under that plugin) into a file of its own beside them; both also to standard error.

use std::path::{Path, PathBuf};

use log::{LevelFilter, Metadata};
use tauri::plugin::TauriPlugin;
use tauri::Runtime;
use tauri_plugin_log::{RotationStrategy, Target, TargetKind, TimezoneStrategy};

/// The log folder's name in the plan folder.
const FOLDER: &str = "logs";
/// The window's log file's name, without `.log`.
const APP_FILE: &str = "almanac";
/// The command line's.
const CLI_FILE: &str = "almanac-cli";
/// A log file is started anew past this size…
const MAX_FILE_BYTES: u64 = 1_000_000;
/// …and this many earlier ones are kept.
const KEEP_FILES: usize = 5;

/// The log folder of the plan in `data_dir`.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join(FOLDER)
}

/// Almanac's own messages from `Info` up; other libraries' only when they warn.
fn wanted(metadata: &Metadata) -> bool {
    metadata.target().starts_with("almanac") || metadata.level() <= log::Level::Warn
}

/// The window's logger, writing to `logs/almanac.log` (rotated) and standard error.
pub fn plugin<R: Runtime>(data_dir: &Path) -> TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([
            Target::new(TargetKind::Folder { path: folder(data_dir), file_name: Some(APP_FILE.into()) }),
            Target::new(TargetKind::Stderr),
        ])
        .max_file_size(u128::from(MAX_FILE_BYTES))
        .rotation_strategy(RotationStrategy::KeepSome(KEEP_FILES))
        .timezone_strategy(TimezoneStrategy::UseLocal)
        .level(LevelFilter::Info)
        .filter(wanted)
        .build()
}

/// The command line's logger: everything to `logs/almanac-cli.log`, and what went wrong
/// to standard error as the command line has always said it ("almanac: …"). A log that
/// cannot be opened (a read-only folder) leaves standard error alone.
pub fn for_command_line(data_dir: &Path) {
    let dir = folder(data_dir);
    let path = dir.join(format!("{CLI_FILE}.log"));
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_FILE_BYTES) {
        let _ = std::fs::rename(&path, dir.join(format!("{CLI_FILE}.old.log")));
    }
    let said = fern::Dispatch::new()
        .format(|out, message, _| out.finish(format_args!("almanac: {message}")))
        .level(LevelFilter::Warn)
        .chain(std::io::stderr());
    let mut dispatch = fern::Dispatch::new().level(LevelFilter::Info).filter(wanted).chain(said);
    if let Ok(file) = std::fs::create_dir_all(&dir).and_then(|()| fern::log_file(&path)) {
        dispatch = dispatch.chain(
            fern::Dispatch::new()
                .format(|out, message, record| {
                    let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S%:z");
                    out.finish(format_args!("[{now}][{}][{}] {message}", record.target(), record.level()))
                })
                .chain(file),
        );
    }
    let _ = dispatch.apply();
}
