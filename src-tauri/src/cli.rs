//! The command line of the same binary: without a subcommand it opens the
//! window; with one it works on the plan and exits, for scripts and tests.

use std::path::PathBuf;

use almanac_core::domain::ItemStatus;
use almanac_core::export::annual_plan::{self, AnnualPlanOptions, GroupBy, Orientation};
use almanac_core::export::grid::GridFormat;
use almanac_core::sample::{self, Profile, SampleOptions};
use almanac_core::store::resolve_data_dir;
use almanac_core::Store;
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(name = "almanac", version, about = "Plan a comms team's social media year")]
pub struct Cli {
    /// The folder holding the plan (default: $ALMANAC_DATA_DIR, else the OS app-data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Opens an empty window of the same runtime instead of the plan: the baseline of the
    /// start-up and memory benchmarks.
    #[arg(long, hide = true)]
    pub bare_window: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Writes a sample plan into an empty data folder.
    Sample {
        #[arg(long, value_enum, default_value = "agency")]
        profile: ProfileArg,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The plan year (the last of ten for `archive`); default: this year.
        #[arg(long)]
        year: Option<i32>,
    },
    /// Exports documents from the plan without opening a window.
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Imports data into the plan from a file.
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Copies the plan to a file while it stays open (SQLite's online backup), checked
    /// with an integrity check before it counts.
    Backup {
        /// The copy to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Puts a copy of a plan (a backup, a snapshot) in place of the plan. The current plan
    /// is snapshotted first; a file that is not a sound Almanac plan, or comes from a newer
    /// Almanac, is refused and nothing changes. Close the window on the plan first.
    Restore {
        /// The copy to restore.
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
    },
    /// Publishes the plan's calendar: an .ics file written now and anew after every change
    /// (made in the app or here), for Outlook or Google to subscribe to from a synced folder.
    Publish {
        #[command(flatten)]
        select: ItemSelection,
        #[command(flatten)]
        extras: CalendarExtras,
        /// The .ics file to keep current.
        #[arg(long, value_name = "FILE", required_unless_present = "stop")]
        out: Option<PathBuf>,
        /// Stop publishing (the file last written stays).
        #[arg(long, conflicts_with = "out")]
        stop: bool,
    },
    /// Checks the plan: its findings and its objectives' coverage. Exits with 2 when an
    /// error-level finding exists (1 when the check itself fails), so a script can gate
    /// an export on a clean plan.
    Check {
        /// The plan year; default: this year.
        #[arg(long)]
        year: Option<i32>,
        /// Print the whole report as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The one-page A4 annual plan as PDF.
    Plan {
        /// The plan year; default: this year.
        #[arg(long)]
        year: Option<i32>,
        /// The PDF to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "landscape")]
        orientation: OrientationArg,
        #[arg(long, value_enum, default_value = "objective")]
        group_by: GroupByArg,
    },
    /// The plan as an iCalendar file (RFC 5545) for Outlook, Google, Apple Calendar and
    /// Thunderbird: items, a series as one recurring event, optionally campaigns and key dates.
    Ics {
        #[command(flatten)]
        select: ItemSelection,
        #[command(flatten)]
        extras: CalendarExtras,
        /// The .ics file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The grid as an Excel workbook: one row per item, real dates, frozen header, filters.
    Xlsx {
        #[command(flatten)]
        select: ItemSelection,
        /// The .xlsx file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The grid as CSV: UTF-8 with a byte-order mark, the delimiter of the plan's locale.
    Csv {
        #[command(flatten)]
        select: ItemSelection,
        /// The .csv file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// A channel's approved items as a publishing tool's bulk-upload files (Hootsuite,
    /// Sprout Social), 350 messages a file; prints what the tool would refuse, left out.
    Handoff {
        #[arg(long, value_enum)]
        format: HandoffArg,
        /// The channel's id.
        #[arg(long, value_name = "ID")]
        channel: String,
        /// The first day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: String,
        /// The last day, included.
        #[arg(long, value_name = "DATE")]
        to: String,
        /// The folder the files go into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// The whole plan as one JSON document (format `almanac-plan`, version 1; see README).
    Json {
        /// The .json file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The one-page partner briefing pack of a collaboration, as PDF.
    Brief {
        /// The collaboration's id.
        #[arg(long, value_name = "ID")]
        collaboration: String,
        /// The PDF to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// What a calendar file holds besides the items.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct CalendarExtras {
    /// Campaigns as all-day spans.
    #[arg(long = "with-campaigns")]
    with_campaigns: bool,
    /// Key dates and blackout periods as all-day spans.
    #[arg(long = "with-key-dates")]
    with_key_dates: bool,
}

/// Which items an export takes, and over which days.
#[derive(Debug, Clone, clap::Args)]
pub struct ItemSelection {
    /// The first day (YYYY-MM-DD, in the plan's zone); default: the first item.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// The last day, included; default: the last item.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only this channel's items (repeat for more).
    #[arg(long = "channel", value_name = "ID")]
    channels: Vec<String>,
    /// Only this campaign's items (repeat for more).
    #[arg(long = "campaign", value_name = "ID")]
    campaigns: Vec<String>,
    /// Only items with this status (repeat for more).
    #[arg(long = "status", value_name = "STATUS", value_parser = parse_status)]
    statuses: Vec<ItemStatus>,
}

impl ItemSelection {
    fn selection(&self) -> almanac_core::export::Selection {
        almanac_core::export::Selection {
            from: self.from.clone(),
            to: self.to.clone(),
            filter: almanac_core::ops::items::ItemFilter {
                channel_ids: self.channels.clone(),
                campaign_ids: self.campaigns.clone(),
                statuses: self.statuses.clone(),
                partner_ids: Vec::new(),
            },
        }
    }
}

/// A status as typed: its name in lower case, words joined by hyphens (`in-review`).
fn parse_status(text: &str) -> Result<ItemStatus, String> {
    let wanted = text.trim().to_ascii_lowercase().replace([' ', '_'], "-");
    ItemStatus::ALL.into_iter().find(|s| s.label().to_ascii_lowercase().replace(' ', "-") == wanted).ok_or_else(|| {
        let names: Vec<String> =
            ItemStatus::ALL.iter().map(|s| s.label().to_ascii_lowercase().replace(' ', "-")).collect();
        format!("“{text}” is not a status; use one of {}", names.join(", "))
    })
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A public calendar (.ics: bank holidays, a council's meetings, an election timetable)
    /// as key dates or blackout periods. Prints what it adds; events already in the plan
    /// (same name and day) are not added again.
    Ics {
        /// The .ics file to read.
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// What the events become.
        #[arg(long = "as", value_enum)]
        kind: CalendarKindArg,
        /// The key dates' category.
        #[arg(long, value_enum, default_value = "holiday")]
        category: CategoryArg,
        /// The blackout periods' level.
        #[arg(long, value_enum, default_value = "restricted")]
        level: LevelArg,
        /// Where they apply, if not everywhere.
        #[arg(long, default_value = "")]
        region: String,
        /// The first day taken (YYYY-MM-DD); default: 1 January of this year.
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// The last day taken; default: 31 December two years on.
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// List what would be added, writing nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// A whole plan from its JSON document (`almanac export json`), into an empty data folder.
    Plan {
        /// The JSON document to read.
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
    },
    /// Partners from a CSV, XLSX, XLS or ODS directory, its columns mapped from the headers.
    /// Every bad row is printed with its line and reason and nothing is written (exit 1);
    /// otherwise all rows are added in one undoable change.
    Partners {
        /// The spreadsheet to read.
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// Check every row and report, writing nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum HandoffArg {
    Hootsuite,
    Sprout,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CalendarKindArg {
    KeyDates,
    Blackouts,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CategoryArg {
    InternationalDay,
    Holiday,
    Awareness,
    Internal,
    Election,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LevelArg {
    NoPosting,
    NoNewCampaigns,
    Restricted,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OrientationArg {
    Landscape,
    Portrait,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GroupByArg {
    Objective,
    Channel,
    Brand,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ProfileArg {
    Agency,
    Archive,
}

impl From<ProfileArg> for Profile {
    fn from(p: ProfileArg) -> Self {
        match p {
            ProfileArg::Agency => Profile::Agency,
            ProfileArg::Archive => Profile::Archive,
        }
    }
}

/// Runs the CLI or the app; returns the process exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    if cli.bare_window {
        return crate::run_bare_window().map_or_else(|message| fail(&message), |()| 0);
    }
    let data_dir = match resolve_data_dir(cli.data_dir) {
        Ok(dir) => dir,
        Err(e) => return fail(&e.to_string()),
    };
    if let Some(Command::Check { year, json }) = cli.command {
        return check(&data_dir, year, json).unwrap_or_else(|message| fail(&message));
    }
    let result = match cli.command {
        None => crate::run_app(&data_dir),
        Some(Command::Check { .. }) => Ok(()),
        Some(Command::Backup { out }) => back_up(&data_dir, &out),
        Some(Command::Publish { select, extras, out, stop }) => {
            publish(&data_dir, &select, extras.with_campaigns, extras.with_key_dates, out, stop)
        }
        Some(Command::Restore { file }) => restore(&data_dir, &file),
        Some(Command::Sample { profile, seed, year }) => load_sample(&data_dir, profile.into(), seed, year),
        Some(Command::Export { what: ExportCommand::Plan { year, out, orientation, group_by } }) => {
            export_plan(&data_dir, year, &out, orientation, group_by)
        }
        Some(Command::Export { what: ExportCommand::Brief { collaboration, out } }) => {
            export_brief(&data_dir, &collaboration, &out)
        }
        Some(Command::Export { what: ExportCommand::Ics { select, extras, out } }) => {
            export_ics(&data_dir, &select, extras.with_campaigns, extras.with_key_dates, &out)
        }
        Some(Command::Export { what: ExportCommand::Xlsx { select, out } }) => {
            export_grid(&data_dir, &select, GridFormat::Xlsx, &out)
        }
        Some(Command::Export { what: ExportCommand::Csv { select, out } }) => {
            export_grid(&data_dir, &select, GridFormat::Csv, &out)
        }
        Some(Command::Export { what: ExportCommand::Json { out } }) => export_json(&data_dir, &out),
        Some(Command::Export { what: ExportCommand::Handoff { format, channel, from, to, out } }) => {
            export_handoff(&data_dir, format, &channel, (&from, &to), &out)
        }
        Some(Command::Import { what: ImportCommand::Plan { file } }) => import_plan(&data_dir, &file),
        Some(Command::Import {
            what: ImportCommand::Ics { file, kind, category, level, region, from, to, dry_run },
        }) => {
            use almanac_core::domain::{BlackoutLevel, KeyDateCategory};
            use almanac_core::import::calendar::{CalendarImportKind, CalendarImportOptions};
            let options = CalendarImportOptions {
                kind: match kind {
                    CalendarKindArg::KeyDates => CalendarImportKind::KeyDates,
                    CalendarKindArg::Blackouts => CalendarImportKind::Blackouts,
                },
                category: match category {
                    CategoryArg::InternationalDay => KeyDateCategory::InternationalDay,
                    CategoryArg::Holiday => KeyDateCategory::Holiday,
                    CategoryArg::Awareness => KeyDateCategory::Awareness,
                    CategoryArg::Internal => KeyDateCategory::Internal,
                    CategoryArg::Election => KeyDateCategory::Election,
                },
                level: match level {
                    LevelArg::NoPosting => BlackoutLevel::NoPosting,
                    LevelArg::NoNewCampaigns => BlackoutLevel::NoNewCampaigns,
                    LevelArg::Restricted => BlackoutLevel::Restricted,
                },
                region,
                from,
                to,
            };
            import_calendar(&data_dir, &file, &options, dry_run)
        }
        Some(Command::Import { what: ImportCommand::Partners { file, dry_run } }) => {
            import_partners(&data_dir, &file, dry_run)
        }
    };
    match result {
        Ok(()) => {
            republish(&data_dir);
            0
        }
        Err(message) => fail(&message),
    }
}

/// After a command, the published calendar (if any) shows the plan as it now is.
fn republish(data_dir: &std::path::Path) {
    if almanac_core::export::feed::get(data_dir).ok().flatten().is_none() {
        return;
    }
    let written =
        Store::open_existing_dir(data_dir).and_then(|s| almanac_core::export::feed::refresh(&s, chrono::Utc::now()));
    if let Err(e) = written {
        eprintln!("almanac: the published calendar could not be written: {e}");
    }
}

fn publish(
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

/// The command line's changes are journaled as its own, so the app's Ctrl+Z walks back
/// only what was done in the app (and refuses where the command line changed a row since).
fn as_command_line(store: &mut Store) {
    let actor = format!("{} (command line)", store.actor());
    store.set_actor(actor);
}

fn fail(message: &str) -> i32 {
    eprintln!("almanac: {message}");
    1
}

fn export_plan(
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
    let options = AnnualPlanOptions {
        year,
        orientation: match orientation {
            OrientationArg::Landscape => Orientation::Landscape,
            OrientationArg::Portrait => Orientation::Portrait,
        },
        group_by: match group_by {
            GroupByArg::Objective => GroupBy::Objective,
            GroupByArg::Channel => GroupBy::Channel,
            GroupByArg::Brand => GroupBy::Brand,
        },
    };
    let written = annual_plan::export(&store, &options, now, out).map_err(|e| e.to_string())?;
    println!("Wrote the {year} annual plan ({} campaigns) to {}.", written.campaigns, written.path);
    Ok(())
}

fn export_brief(data_dir: &std::path::Path, collaboration: &str, out: &std::path::Path) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let written = almanac_core::export::brief::export(&store, collaboration, chrono::Utc::now(), out)
        .map_err(|e| e.to_string())?;
    println!("Wrote the briefing pack to {written}.");
    Ok(())
}

fn export_ics(
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

fn export_grid(
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

fn back_up(data_dir: &std::path::Path, out: &std::path::Path) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    store.back_up_to(out).map_err(|e| e.to_string())?;
    println!("Backed up the plan in {} to {}.", data_dir.display(), out.display());
    Ok(())
}

fn restore(data_dir: &std::path::Path, file: &std::path::Path) -> Result<(), String> {
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
    let before = almanac_core::store::backup::restore(data_dir, file, chrono::Utc::now()).map_err(|e| e.to_string())?;
    match before {
        Some(snapshot) => println!("Restored {}; the plan as it was is in {}.", file.display(), snapshot.display()),
        None => println!("Restored {} into {}.", file.display(), data_dir.display()),
    }
    Ok(())
}

fn export_handoff(
    data_dir: &std::path::Path,
    format: HandoffArg,
    channel: &str,
    days: (&str, &str),
    out: &std::path::Path,
) -> Result<(), String> {
    use almanac_core::export::handoff::{self, HandoffFormat};
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let format = match format {
        HandoffArg::Hootsuite => HandoffFormat::Hootsuite,
        HandoffArg::Sprout => HandoffFormat::Sprout,
    };
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

fn export_json(data_dir: &std::path::Path, out: &std::path::Path) -> Result<(), String> {
    let store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    let records =
        almanac_core::export::plan_json::export(&store, chrono::Utc::now(), out).map_err(|e| e.to_string())?;
    println!("Wrote the whole plan ({records} records) to {}.", out.display());
    Ok(())
}

fn import_plan(data_dir: &std::path::Path, file: &std::path::Path) -> Result<(), String> {
    let mut store = Store::open_dir(data_dir).map_err(|e| e.to_string())?;
    as_command_line(&mut store);
    let records = almanac_core::import::plan_json::apply(&mut store, file).map_err(|e| e.to_string())?;
    println!("Imported the whole plan ({records} records) from {} into {}.", file.display(), data_dir.display());
    Ok(())
}

fn import_calendar(
    data_dir: &std::path::Path,
    file: &std::path::Path,
    options: &almanac_core::import::calendar::CalendarImportOptions,
    dry_run: bool,
) -> Result<(), String> {
    use almanac_core::import::calendar;
    let mut store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    as_command_line(&mut store);
    let preview = calendar::preview(&store, file, options).map_err(|e| e.to_string())?;
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
        return Ok(());
    }
    let added = calendar::apply(&mut store, file, options).map_err(|e| e.to_string())?;
    println!("Added {added} date(s) from {} in one undoable change.", preview.source);
    Ok(())
}

/// The same import as the app's wizard, with the mapping its headers suggest.
fn import_partners(data_dir: &std::path::Path, file: &std::path::Path, dry_run: bool) -> Result<(), String> {
    use almanac_core::import::partners;
    let mut store = Store::open_existing_dir(data_dir).map_err(|e| e.to_string())?;
    as_command_line(&mut store);
    let preview = partners::preview(&store, file, None).map_err(|e| e.to_string())?;
    for row in &preview.rows {
        if let Some(error) = &row.error {
            println!("line {}: {error}", row.line);
        }
    }
    if preview.invalid > 0 {
        return Err(format!("{} row(s) have errors; nothing was imported", preview.invalid));
    }
    if dry_run {
        println!("{} partner(s) would be imported from {}; nothing was written.", preview.valid, file.display());
        return Ok(());
    }
    let added = partners::apply(&mut store, file, &preview.mapping).map_err(|e| e.to_string())?;
    println!("Imported {added} partner(s) from {} in one undoable change.", file.display());
    Ok(())
}

/// Prints the year's findings and coverage; the exit code says whether errors were found.
fn check(data_dir: &std::path::Path, year: Option<i32>, json: bool) -> Result<i32, String> {
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
            let fix = f.fix.as_deref().map(|x| format!(" — {x}")).unwrap_or_default();
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

fn this_year(store: &Store, now: chrono::DateTime<chrono::Utc>) -> Result<i32, String> {
    use chrono::Datelike;
    let tz = almanac_core::ops::settings::get(store).map_err(|e| e.to_string())?.tz();
    Ok(now.with_timezone(&tz).year())
}

fn load_sample(data_dir: &std::path::Path, profile: Profile, seed: u64, year: Option<i32>) -> Result<(), String> {
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn statuses_are_typed_as_their_names() {
        use almanac_core::domain::ItemStatus;
        assert_eq!(super::parse_status("in-review"), Ok(ItemStatus::InReview));
        assert_eq!(super::parse_status("Approved"), Ok(ItemStatus::Approved));
        let e = super::parse_status("done").unwrap_err();
        assert!(e.contains("on-hold"), "{e}");
    }
}
