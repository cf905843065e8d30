//! Each subcommand's work on the plan: exports, imports, backups, checks and the sample,
//! each opening the plan, calling one core operation and printing what it did.

use std::path::{Path, PathBuf};

use almanac_core::export::annual_plan::{self, AnnualPlanOptions};
use almanac_core::export::grid::GridFormat;
use almanac_core::import::mapped::{ColumnMapping, ImportPreview};
use almanac_core::sample::{self, Profile, SampleOptions};
use almanac_core::Store;
use chrono::NaiveDate;

use super::{as_command_line, GroupByArg, HandoffArg, ItemSelection, OrientationArg};

pub(super) fn publish(
    data_dir: &std::path::Path,
    select: &ItemSelection,
    campaigns: bool,
    key_dates: bool,
    out: Option<PathBuf>,
    stop: bool,
) -> Result<(), String> {
    use almanac_core::export::feed::{self, Feed};
    if stop {
        feed::stop(data_dir).map_err(|e| e.to_string())?;
        println!("Stopped publishing the calendar of {}.", data_dir.display());
        return Ok(());
    }
    let out = out.ok_or("give --out FILE, or --stop")?;
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let options = almanac_core::export::ics::IcsOptions { selection: select.selection(), campaigns, key_dates };
    let feed = Feed { path: out.display().to_string(), options };
    let written = feed::start(&store, &feed, chrono::Utc::now()).map_err(|e| e.to_string())?;
    println!("Published {} event(s) to {}; it is written anew after every change.", written.events, written.path);
    Ok(())
}

pub(super) fn export_plan(
    data_dir: &std::path::Path,
    year: Option<i32>,
    out: &std::path::Path,
    orientation: OrientationArg,
    group_by: GroupByArg,
) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let now = chrono::Utc::now();
    let year = match year {
        Some(year) => year,
        None => this_year(&store, now)?,
    };
    let options = AnnualPlanOptions { year, orientation: orientation.into(), group_by: group_by.into() };
    let written = annual_plan::export(&store, &options, now, out).map_err(|e| e.to_string())?;
    println!("Wrote the {year} annual plan ({} campaigns) to {}.", written.campaigns, written.path);
    warn_unprintable(&written.unprintable);
    Ok(())
}

pub(super) fn export_brief(
    data_dir: &std::path::Path,
    collaboration: &str,
    out: &std::path::Path,
) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let written = almanac_core::export::brief::export(&store, collaboration, chrono::Utc::now(), out)
        .map_err(|e| e.to_string())?;
    println!("Wrote the briefing pack to {}.", written.path);
    warn_unprintable(&written.unprintable);
    Ok(())
}

pub(super) fn export_audit(data_dir: &Path, from: String, to: String, out: &Path) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let query = almanac_core::ops::audit::AuditQuery { from, to };
    let written =
        almanac_core::export::audit::export(&store, &query, chrono::Utc::now(), out).map_err(|e| e.to_string())?;
    println!("Wrote the audit trail of {} item(s), {} change(s), to {}.", written.items, written.changes, written.path);
    warn_unprintable(&written.unprintable);
    Ok(())
}

/// Names the texts of a PDF that hold characters no font on this laptop has.
pub(super) fn warn_unprintable(texts: &[String]) {
    if !texts.is_empty() {
        let quoted: Vec<String> = texts.iter().map(|t| format!("“{t}”")).collect();
        eprintln!(
            "{} name(s) use characters no installed font has, printed as empty boxes: {}",
            texts.len(),
            quoted.join(", ")
        );
    }
}

pub(super) fn export_decisions(data_dir: &Path, year: i32, out: &Path) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let n = almanac_core::export::decision_log::export(&store, year, out).map_err(|e| e.to_string())?;
    println!("Wrote the decision log of {year}, {n} decision(s), to {}.", out.display());
    Ok(())
}

pub(super) fn export_web(
    data_dir: &Path,
    year: i32,
    quarter: Option<u32>,
    month: Option<u32>,
    out: &Path,
) -> Result<(), String> {
    use almanac_core::export::web_page::{self, Period};
    let period = match (quarter, month) {
        (Some(quarter), _) => Period::Quarter { year, quarter },
        (None, Some(month)) => Period::Month { year, month },
        (None, None) => Period::Year { year },
    };
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let n = web_page::export(&store, period, chrono::Utc::now(), out).map_err(|e| e.to_string())?;
    // The command line speaks British English for now; the page speaks the plan's language.
    let english = almanac_core::export::words::Words::for_locale("en-GB");
    println!("Wrote the page of {} ({n} item(s)) to {}.", period.name(&english), out.display());
    Ok(())
}

pub(super) fn export_ics(
    data_dir: &std::path::Path,
    select: &ItemSelection,
    campaigns: bool,
    key_dates: bool,
    out: &std::path::Path,
) -> Result<(), String> {
    use almanac_core::export::ics::{self, IcsOptions};
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let options = IcsOptions { selection: select.selection(), campaigns, key_dates };
    let written = ics::export(&store, &options, chrono::Utc::now(), out).map_err(|e| e.to_string())?;
    println!("Wrote {} event(s) to {}.", written.events, written.path);
    Ok(())
}

pub(super) fn export_grid(
    data_dir: &std::path::Path,
    select: &ItemSelection,
    format: GridFormat,
    out: &std::path::Path,
) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let written =
        almanac_core::export::grid::export(&store, &select.selection(), format, out).map_err(|e| e.to_string())?;
    println!("Wrote {} row(s) to {}.", written.rows, written.path);
    Ok(())
}

pub(super) fn back_up(data_dir: &std::path::Path, out: &std::path::Path) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    store.back_up_to(out).map_err(|e| e.to_string())?;
    println!("Backed up the plan in {} to {}.", data_dir.display(), out.display());
    Ok(())
}

pub(super) fn restore(
    data_dir: &std::path::Path,
    file: &std::path::Path,
    set_aside: bool,
    large: bool,
) -> Result<(), String> {
    use almanac_core::store::restore::{self, BadRows, RestoreOptions};
    // Holding the folder's claim keeps a window from opening on the plan meanwhile.
    let _claim = match crate::instance::claim(data_dir) {
        crate::instance::Claim::AlreadyOpen => {
            return Err(format!(
                "Almanac is open on {}; close its window (or use File → Restore in it), then try again",
                data_dir.display()
            ))
        }
        crate::instance::Claim::First(listener) => listener,
    };
    let options = RestoreOptions { bad_rows: if set_aside { BadRows::SetAside } else { BadRows::Refuse }, large };
    let restored = restore::restore(data_dir, file, chrono::Utc::now(), options).map_err(|e| e.to_string())?;
    match restored.before {
        Some(snapshot) => println!("Restored {}; the plan as it was is in {snapshot}.", file.display()),
        None => println!("Restored {} into {}.", file.display(), data_dir.display()),
    }
    if let Some(report) = restored.report {
        println!("{} row(s) Almanac could not read were set aside in {report}.", restored.set_aside);
    }
    Ok(())
}

pub(super) fn export_handoff(
    data_dir: &std::path::Path,
    format: HandoffArg,
    channel: &str,
    days: (&str, &str),
    out: &std::path::Path,
) -> Result<(), String> {
    use almanac_core::export::handoff::{self, HandoffFormat};
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let format: HandoffFormat = format.into();
    let name = handoff::default_file_name(&store, format, channel, days.0).map_err(|e| e.to_string())?;
    if !out.is_dir() {
        return Err(format!("--out {} is not a folder", out.display()));
    }
    let report = handoff::export(&store, format, channel, days, &out.join(name), chrono::Utc::now())
        .map_err(|e| e.to_string())?;
    for dropped in &report.dropped {
        println!("left out: {} ({}): {}", dropped.title, dropped.when, dropped.reason);
    }
    for file in &report.files {
        println!("wrote {file}");
    }
    println!(
        "{} message(s) in {} file(s); dates are {} (choose the same when uploading).",
        report.messages,
        report.files.len(),
        report.date_format
    );
    Ok(())
}

pub(super) fn export_json(data_dir: &std::path::Path, out: &std::path::Path) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let records =
        almanac_core::export::plan_json::export(&store, chrono::Utc::now(), out).map_err(|e| e.to_string())?;
    println!("Wrote the whole plan ({records} records) to {}.", out.display());
    Ok(())
}

pub(super) fn import_plan(data_dir: &std::path::Path, file: &std::path::Path) -> Result<(), String> {
    let mut store = Store::open_dir(data_dir).map_err(|e| e.to_string())?;
    as_command_line(&mut store);
    let records = almanac_core::import::plan_json::apply(&mut store, file).map_err(|e| e.to_string())?;
    println!("Imported the whole plan ({records} records) from {} into {}.", file.display(), data_dir.display());
    Ok(())
}

pub(super) fn import_calendar(
    data_dir: &std::path::Path,
    file: &std::path::Path,
    options: &almanac_core::import::calendar::CalendarImportOptions,
    dry_run: bool,
) -> Result<(), String> {
    use almanac_core::import::calendar;
    let mut store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    as_command_line(&mut store);
    let preview = calendar::import(&mut store, file, options, dry_run).map_err(|e| e.to_string())?;
    for row in &preview.rows {
        let span = if row.starts_on == row.ends_on {
            row.starts_on.clone()
        } else {
            format!("{} – {}", row.starts_on, row.ends_on)
        };
        let note = if row.duplicate { "  (already in the plan)" } else { "" };
        println!("{span}  {}{note}", row.name);
    }
    for problem in &preview.problems {
        println!("left out: {problem}");
    }
    if dry_run {
        println!("{} date(s) would be added from {}; nothing was written.", preview.added, preview.source);
    } else {
        println!("Added {} date(s) from {} in one undoable change.", preview.added, preview.source);
    }
    Ok(())
}

/// Imports the rows of a spreadsheet through the shared importer: every bad row printed
/// with its line and reason (and nothing written), else every new row in one undoable change.
pub(super) fn import_sheet<F>(
    data_dir: &Path,
    file: &Path,
    dry_run: bool,
    noun: &str,
    import: impl Fn(&mut Store, &Path, Option<&ColumnMapping<F>>, bool) -> almanac_core::Result<ImportPreview<F>>,
) -> Result<(), String> {
    let mut store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    as_command_line(&mut store);
    let preview = import(&mut store, file, None, true).map_err(|e| e.to_string())?;
    for row in &preview.rows {
        if let Some(error) = &row.error {
            println!("line {}: {error}", row.line);
        }
    }
    if preview.invalid > 0 {
        return Err(format!("{} row(s) have errors; nothing was imported", preview.invalid));
    }
    if preview.valid == 0 && preview.skipped > 0 {
        println!("Nothing to import: all {} row(s) are in the plan already.", preview.skipped);
        return Ok(());
    }
    if preview.skipped > 0 {
        println!("{} row(s) are in the plan already and are left out.", preview.skipped);
    }
    if dry_run {
        println!("{} {noun}(s) would be imported from {}; nothing was written.", preview.valid, file.display());
        return Ok(());
    }
    let added = import(&mut store, file, Some(&preview.mapping), false).map_err(|e| e.to_string())?.valid;
    println!("Imported {added} {noun}(s) from {} in one undoable change.", file.display());
    Ok(())
}

/// Prints the year's findings and coverage; the exit code says whether errors were found.
pub(super) fn check(data_dir: &std::path::Path, year: Option<i32>, json: bool) -> Result<i32, String> {
    use almanac_core::ops::findings::{check_year, CheckCache};
    use almanac_core::schedule::findings::Severity;
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let now = chrono::Utc::now();
    let year = match year {
        Some(year) => year,
        None => this_year(&store, now)?,
    };
    let report = check_year(&store, &mut CheckCache::default(), year, now).map_err(|e| e.to_string())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
    } else {
        let c = report.counts;
        println!("{year}: {} error(s), {} warning(s), {} note(s).", c.errors, c.warnings, c.infos);
        for f in &report.findings {
            let severity = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "note",
            };
            let day = f.day.map(|d| format!("{d} ")).unwrap_or_default();
            let fix = f.fix.as_ref().map(|x| format!(" — {x}")).unwrap_or_default();
            println!("{severity:>7}  {day}{}{fix}", f.message);
        }
        println!("Coverage:");
        for o in &report.coverage.objectives {
            match o.score {
                None => println!("  {}: no coverage rule", o.name),
                Some(score) => {
                    println!("  {}: {score:.1}%", o.name);
                    for r in &o.rules {
                        println!("    {}: {:.1}%, {} period(s) short", r.label, r.score, r.gaps);
                    }
                }
            }
        }
    }
    Ok(if report.counts.errors > 0 { 2 } else { 0 })
}

pub(super) fn this_year(store: &Store, now: chrono::DateTime<chrono::Utc>) -> Result<i32, String> {
    use chrono::Datelike;
    let tz = almanac_core::ops::settings::get(store).map_err(|e| e.to_string())?.tz();
    Ok(now.with_timezone(&tz).year())
}

pub(super) fn load_sample(
    data_dir: &std::path::Path,
    profile: Profile,
    seed: u64,
    year: Option<i32>,
) -> Result<(), String> {
    let today = sample::today_from(chrono::Utc::now());
    let mut options = SampleOptions::for_today(profile, seed, today);
    if let Some(year) = year {
        if !(1900..=2999).contains(&year) {
            return Err(format!("--year {year} is out of range (1900–2999)"));
        }
        options.year = year;
        if options.today.format("%Y").to_string() != year.to_string() {
            options.today = NaiveDate::from_ymd_opt(year, 6, 15).unwrap_or(options.today);
        }
    }
    let mut store = Store::open_dir(data_dir).map_err(|e| e.to_string())?;
    as_command_line(&mut store);
    let summary = sample::load(&mut store, options).map_err(|e| e.to_string())?;
    println!(
        "Loaded the {} sample plan into {}: {} brands, {} channels, {} campaigns, {} items.",
        match profile {
            Profile::Agency => "agency",
            Profile::Archive => "archive",
        },
        data_dir.display(),
        summary.brands,
        summary.channels,
        summary.campaigns,
        summary.items
    );
    Ok(())
}
