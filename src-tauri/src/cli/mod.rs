//! The command line of the same binary: without a subcommand it opens the
//! window; with one it works on the plan and exits, for scripts and tests.

mod caldav;
mod commands;
mod exports;
mod help;
mod replan;
mod results;
mod server;
pub(crate) mod speech;
mod values;

pub use exports::*;
pub use speech::say;
pub use values::*;

use std::path::PathBuf;

use caldav::{caldav, push_calendar};
use commands::*;
use replan::ReplanCommand;
use server::ServerCommand;

use almanac_core::export::caldav::CalDavTarget;
use almanac_core::export::grid::GridFormat;
use almanac_core::export::ics::IcsOptions;
use almanac_core::store::resolve_data_dir;
use almanac_core::{Sentence, Store};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "almanac", version, about = "Plan a comms team's social media year")]
pub struct Cli {
    /// The folder holding the plan (default: $ALMANAC_DATA_DIR, else the OS app-data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The window's language for this run (en-GB, en-US, nl, fr, es, ar), over the one
    /// chosen in Settings.
    #[arg(long, value_name = "TAG", value_parser = language_tag)]
    pub language: Option<almanac_i18n::Language>,
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
        /// How big: one agency year of about 12,000 items (`agency`), or ten such years
        /// ending with --year (`archive`).
        #[arg(long, value_enum, default_value = "agency")]
        profile: ProfileArg,
        /// The seed the sample's invented names and numbers are drawn from (the same seed
        /// gives the same plan).
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
        /// Restore what is sound of a copy with rows Almanac cannot read, setting those rows
        /// aside in a JSON report beside the plan (without it, such a copy is refused).
        #[arg(long)]
        set_aside: bool,
        /// The copy is larger than 1 GiB and that is intended (without it, such a file is
        /// refused as far larger than any plan).
        #[arg(long)]
        large: bool,
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
    /// Pushes the plan's calendar to a CalDAV collection (Nextcloud, Radicale, any RFC 4791
    /// server), one event per resource: now, and after every change made in the app or
    /// here. Only changed events travel; events gone from the plan are deleted from it. The
    /// password is read from standard input (`--password-stdin`) or ALMANAC_CALDAV_PASSWORD
    /// and kept in the system's keyring.
    Caldav {
        #[command(flatten)]
        select: ItemSelection,
        #[command(flatten)]
        extras: CalendarExtras,
        /// The calendar collection's address (it is created when missing).
        #[arg(long, value_name = "URL", required_unless_present_any = ["push", "stop"])]
        url: Option<String>,
        /// The account's user name.
        #[arg(long, value_name = "NAME", required_unless_present_any = ["push", "stop"])]
        user: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
        /// Push again now, to where the calendar is pushed.
        #[arg(long, conflicts_with_all = ["url", "stop"])]
        push: bool,
        /// Stop pushing and forget the password (the events on the server stay).
        #[arg(long, conflicts_with = "url")]
        stop: bool,
    },
    /// Administers the team's server (a PostgreSQL database holding one plan's shared history).
    Server {
        #[command(subcommand)]
        what: ServerCommand,
    },
    /// Syncs the plan with the team's server once and prints what moved; a data folder
    /// joins the team's plan on its first sync. The password comes from standard input
    /// (`--password-stdin`), ALMANAC_SYNC_PASSWORD, the keyring or the address.
    Sync(server::SyncArgs),
    /// The audit trail of a period (a pre-election period, a crisis): every item dated in
    /// it, when and by whom it was first planned for its day, and every change after,
    /// as CSV (one row per change) or PDF (40 items a page) by the file's extension.
    Audit {
        /// The first day, `YYYY-MM-DD`.
        #[arg(long, value_name = "DATE")]
        from: String,
        /// The last day, included.
        #[arg(long, value_name = "DATE")]
        to: String,
        /// The file to write: `.csv` or `.pdf`.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Re-plans the year when it changes under the plan: an election called at short notice.
    Replan {
        #[command(subcommand)]
        what: ReplanCommand,
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
    /// Content items from a planning grid in CSV, XLSX, XLS or ODS (the spreadsheet export's
    /// columns, or a team's own: mapped from the headers). Channels, campaigns, owners and
    /// objectives are found by name; a row without a date goes to the ideas backlog; rows
    /// the plan has already are left out. Every bad row is printed with its line and reason
    /// and nothing is written (exit 1); otherwise all new rows are added in one undoable change.
    Items {
        /// The spreadsheet to read.
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// Check every row and report, writing nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Results from a platform's analytics export: X's posts CSV, Meta Business Suite's
    /// Facebook or Instagram CSV, LinkedIn's content export (XLS/XLSX) or a generic CSV.
    /// Rows are matched to items by their links; an item proposed by channel and time is
    /// linked only with --accept-proposed. Numbers already imported for a post and day are
    /// replaced, never added to. A bad row refuses the whole file (exit 1).
    Results {
        /// The export to read.
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// Which export it is; default: told from its headers.
        #[arg(long, value_enum)]
        platform: Option<PlatformArg>,
        /// Link the items proposed by channel and time.
        #[arg(long)]
        accept_proposed: bool,
        /// Check every row and report, writing nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// The language named with `--language TAG` (or `--language=TAG`) among `args`, if it is one.
fn language_named(args: impl Iterator<Item = String>) -> Option<almanac_i18n::Language> {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        let tag = match arg.strip_prefix("--language") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => continue,
        };
        return tag.as_deref().and_then(almanac_i18n::Language::from_tag);
    }
    None
}

fn language_tag(tag: &str) -> Result<almanac_i18n::Language, String> {
    almanac_i18n::Language::from_tag(tag).ok_or_else(|| {
        let offered: Vec<_> = almanac_i18n::Language::OFFERED.iter().map(|l| l.tag()).collect();
        speech::said(&Sentence::new("cli-language-unknown").with("languages", offered))
    })
}

/// Runs the CLI or the app; returns the process exit code.
pub fn main() -> i32 {
    // The language is settled before the arguments are read, so that `--help` and clap's
    // refusals of a wrong argument are in it too.
    speech::choose(language_named(std::env::args()));
    let matches = help::localized(Cli::command()).try_get_matches().unwrap_or_else(|e| help::refuse(e));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| help::refuse(e));
    if cli.bare_window {
        return crate::run_bare_window().map_or_else(|message| fail(&message), |()| 0);
    }
    let data_dir = match resolve_data_dir(cli.data_dir) {
        Ok(dir) => dir,
        Err(e) => return fail(&e.into()),
    };
    if cli.command.is_some() {
        crate::logging::for_command_line(&data_dir);
    }
    if let Some(Command::Check { year, json }) = cli.command {
        return check(&data_dir, year, json).unwrap_or_else(|message| fail(&message));
    }
    let result = match cli.command {
        None => crate::run_app(&data_dir, cli.language),
        Some(Command::Check { .. }) => Ok(()),
        Some(Command::Backup { out }) => back_up(&data_dir, &out),
        Some(Command::Audit { from, to, out }) => export_audit(&data_dir, from, to, &out),
        Some(Command::Publish { select, extras, out, stop }) => {
            publish(&data_dir, &select, extras.with_campaigns, extras.with_key_dates, out, stop)
        }
        Some(Command::Caldav { select, extras, url, user, password_stdin, push, stop }) => {
            let options = IcsOptions {
                selection: select.selection(),
                campaigns: extras.with_campaigns,
                key_dates: extras.with_key_dates,
            };
            let target = url.zip(user).map(|(url, username)| CalDavTarget { url, username, options });
            caldav(&data_dir, target, password_stdin, push, stop)
        }
        Some(Command::Server { what }) => server::administer(what),
        Some(Command::Sync(args)) => server::sync(&data_dir, args),
        Some(Command::Replan { what }) => replan::replan(&data_dir, what),
        Some(Command::Restore { file, set_aside, large }) => restore(&data_dir, &file, set_aside, large),
        Some(Command::Sample { profile, seed, year }) => load_sample(&data_dir, profile.into(), seed, year),
        Some(Command::Export { what: ExportCommand::Plan { year, out, orientation, group_by } }) => {
            export_plan(&data_dir, year, &out, orientation, group_by)
        }
        Some(Command::Export { what: ExportCommand::Brief { collaboration, out } }) => {
            export_brief(&data_dir, &collaboration, &out)
        }
        Some(Command::Export { what: ExportCommand::CampaignBrief { campaign, out, lang } }) => {
            export_campaign_brief(&data_dir, &campaign, lang, &out)
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
        Some(Command::Export { what: ExportCommand::Web { year, quarter, month, out } }) => {
            export_web(&data_dir, year, quarter, month, &out)
        }
        Some(Command::Export { what: ExportCommand::Results { year, quarter, out, json } }) => {
            results::export_results(&data_dir, year, quarter, out.as_deref(), json)
        }
        Some(Command::Import { what: ImportCommand::Results { file, platform, accept_proposed, dry_run } }) => {
            results::import_results(&data_dir, &file, platform, accept_proposed, dry_run)
        }
        Some(Command::Export { what: ExportCommand::Decisions { year, out } }) => {
            export_decisions(&data_dir, year, &out)
        }
        Some(Command::Export { what: ExportCommand::Handoff { format, channel, from, to, out } }) => {
            export_handoff(&data_dir, format, &channel, (&from, &to), &out)
        }
        Some(Command::Import { what: ImportCommand::Plan { file } }) => import_plan(&data_dir, &file),
        Some(Command::Import {
            what: ImportCommand::Ics { file, kind, category, level, region, from, to, dry_run },
        }) => {
            use almanac_core::import::calendar::CalendarImportOptions;
            let options = CalendarImportOptions {
                kind: kind.into(),
                category: category.into(),
                level: level.into(),
                region,
                from,
                to,
            };
            import_calendar(&data_dir, &file, &options, dry_run)
        }
        Some(Command::Import { what: ImportCommand::Partners { file, dry_run } }) => {
            import_sheet(&data_dir, &file, dry_run, "partner", almanac_core::import::partners::import)
        }
        Some(Command::Import { what: ImportCommand::Items { file, dry_run } }) => {
            import_sheet(&data_dir, &file, dry_run, "item", almanac_core::import::items::import)
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
    push_calendar(data_dir);
    if almanac_core::export::feed::get(data_dir).ok().flatten().is_none() {
        return;
    }
    let written =
        Store::open_existing_dir(data_dir).and_then(|s| almanac_core::export::feed::refresh(&s, chrono::Utc::now()));
    if let Err(e) = written {
        log::error!("the published calendar could not be written: {e}");
    }
}

/// The command line's changes are journaled as its own, so the app's Ctrl+Z walks back
/// only what was done in the app (and refuses where the command line changed a row since).
fn as_command_line(store: &mut Store) {
    let actor = format!("{} (command line)", store.actor());
    store.set_actor(actor);
}

/// Says what went wrong, in the reader's language: through the log once it is set up
/// (standard error and the log file), straight to standard error before (the data folder
/// itself is wrong).
fn fail(message: &Sentence) -> i32 {
    let message = speech::said(message);
    if log::max_level() == log::LevelFilter::Off {
        eprintln!("almanac: {message}");
    } else {
        log::error!("{message}");
    }
    1
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn the_language_named_is_found_before_the_arguments_are_read() {
        use almanac_i18n::Language;
        let named = |line: &str| super::language_named(line.split(' ').map(String::from));
        assert_eq!(named("almanac --language nl check"), Some(Language::Nl));
        assert_eq!(named("almanac check --language=ar --json"), Some(Language::Ar));
        assert_eq!(named("almanac --language xx check"), None, "not a language Almanac speaks");
        assert_eq!(named("almanac --language"), None);
        assert_eq!(named("almanac check"), None);
    }

    #[test]
    fn a_quarter_is_one_to_four() {
        assert_eq!(super::exports::parse_quarter("2"), Ok(2));
        assert!(super::exports::parse_quarter("9").is_err_and(|e| e.contains('9')), "named in the refusal");
        assert!(super::exports::parse_quarter("Q2").is_err());
    }

    #[test]
    fn statuses_are_typed_as_their_names() {
        use almanac_core::domain::ItemStatus;
        assert_eq!(super::exports::parse_status("in-review"), Ok(ItemStatus::InReview));
        assert_eq!(super::exports::parse_status("Approved"), Ok(ItemStatus::Approved));
        let e = super::exports::parse_status("done").unwrap_err();
        assert!(e.contains("on-hold"), "{e}");
    }
}
