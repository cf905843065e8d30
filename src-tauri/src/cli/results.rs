//! The results commands: importing a platform's analytics export (each row printed with
//! what it matched, the file refused whole on a bad row) and exporting a year's or a
//! quarter's results as "By the numbers" PDF, a workbook or JSON.

use std::path::Path;

use almanac_core::import::results::{import, MatchKind, ResultsImport};
use almanac_core::ops::results::{report, ResultsPeriod};
use almanac_core::Store;

use super::as_command_line;
use super::values::PlatformArg;

pub(super) fn import_results(
    data_dir: &Path,
    file: &Path,
    platform: Option<PlatformArg>,
    accept_proposed: bool,
    dry_run: bool,
) -> Result<(), String> {
    let mut store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    as_command_line(&mut store);
    let options = ResultsImport { source: platform.map(Into::into), accept_all: accept_proposed, accept_lines: vec![] };
    let preview = import(&mut store, file, &options, true).map_err(|e| e.to_string())?;
    for row in &preview.rows {
        let what = match (&row.error, &row.skipped, row.found) {
            (Some(e), _, _) => format!("error: {e}"),
            (_, Some(s), _) => format!("left out: {s}"),
            (_, _, MatchKind::Linked) => format!("→ {}", row.item_title),
            (_, _, MatchKind::Proposed) if row.accepted => format!("→ {} (proposed, confirmed)", row.item_title),
            (_, _, MatchKind::Proposed) => format!("? {} (proposed; --accept-proposed to link)", row.item_title),
            (_, _, MatchKind::Unmatched) => "no item".into(),
        };
        let day = row.day.map(|d| d.to_string()).unwrap_or_default();
        println!("line {}: {day} {} {what}", row.line, row.post);
    }
    let totals: Vec<String> = preview.totals.iter().map(|t| format!("{} {}", t.metric, t.value)).collect();
    println!(
        "{} export: {} linked, {} proposed, {} with no item, {} replacing numbers imported before; totals: {}",
        preview.source.name(),
        preview.linked,
        preview.proposed,
        preview.unmatched,
        preview.replaced,
        totals.join(", ")
    );
    if preview.invalid > 0 {
        return Err(format!("{} row(s) have errors; nothing was imported", preview.invalid));
    }
    if dry_run {
        println!("Nothing was written (--dry-run).");
        return Ok(());
    }
    let done = import(&mut store, file, &options, false).map_err(|e| e.to_string())?;
    let rows = done.rows.iter().filter(|r| r.skipped.is_none()).count();
    println!("Imported the numbers of {rows} row(s) from {} in one undoable change.", file.display());
    Ok(())
}

pub(super) fn export_results(
    data_dir: &Path,
    year: i32,
    quarter: Option<u8>,
    out: Option<&Path>,
    json: bool,
) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let period = ResultsPeriod { year, quarter };
    match out {
        Some(out) => {
            if json && !out.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
                return Err("with --json, name a .json file (or leave out --out to print it)".into());
            }
            let written = almanac_core::export::results::export(&store, period, chrono::Utc::now(), out)
                .map_err(|e| e.to_string())?;
            println!("Wrote the results of {} ({} posts) to {}.", period.name(), written.posts, written.path);
            super::commands::warn_unprintable(&written.unprintable);
        }
        None => {
            let report = report(&store, period).map_err(|e| e.to_string())?;
            let bytes = almanac_core::export::results::json(&report).map_err(|e| e.to_string())?;
            print!("{}", String::from_utf8_lossy(&bytes));
        }
    }
    Ok(())
}
