//! Each subcommand's work on the plan: exports, imports, backups, checks and the sample,
//! each opening the plan, calling one core operation and printing what it did.

use std::path::{Path, PathBuf};

use almanac_core::export::annual_plan::{self, AnnualPlanOptions};
use almanac_core::export::grid::GridFormat;
use almanac_core::import::mapped::{ColumnMapping, ImportPreview};
use almanac_core::sample::{self, Profile, SampleOptions};
use almanac_core::Store;
use chrono::NaiveDate;

use super::speech::{line, said, say, shown, words};
use super::{as_command_line, GroupByArg, HandoffArg, ItemSelection, OrientationArg};
use almanac_core::Sentence;

pub(super) fn publish(
    data_dir: &std::path::Path,
    select: &ItemSelection,
    campaigns: bool,
    key_dates: bool,
    out: Option<PathBuf>,
    stop: bool,
) -> Result<(), Sentence> {
    use almanac_core::export::feed::{self, Feed};
    if stop {
        feed::stop(data_dir)?;
        say(Sentence::new("cli-publish-stopped").with("folder", shown(data_dir)));
        return Ok(());
    }
    let out = out.ok_or_else(|| Sentence::new("cli-publish-needs-out"))?;
    let store = Store::open_existing_dir(data_dir)?;
    let options = almanac_core::export::ics::IcsOptions { selection: select.selection(), campaigns, key_dates };
    let feed = Feed { path: out.display().to_string(), options };
    let written = feed::start(&store, &feed, chrono::Utc::now())?;
    say(Sentence::new("cli-published").with("count", written.events).with("file", written.path));
    Ok(())
}

pub(super) fn export_plan(
    data_dir: &std::path::Path,
    year: Option<i32>,
    out: &std::path::Path,
    orientation: OrientationArg,
    group_by: GroupByArg,
) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    let now = chrono::Utc::now();
    let year = match year {
        Some(year) => year,
        None => this_year(&store, now)?,
    };
    let options = AnnualPlanOptions { year, orientation: orientation.into(), group_by: group_by.into() };
    let written = annual_plan::export(&store, &options, now, out)?;
    say(Sentence::new("cli-wrote-annual-plan")
        .with("year", year)
        .with("campaigns", written.campaigns)
        .with("file", written.path));
    warn_unprintable(&written.unprintable);
    Ok(())
}

pub(super) fn export_brief(
    data_dir: &std::path::Path,
    collaboration: &str,
    out: &std::path::Path,
) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    let written = almanac_core::export::brief::export(&store, collaboration, chrono::Utc::now(), out)?;
    say(Sentence::new("cli-wrote-brief").with("file", written.path));
    warn_unprintable(&written.unprintable);
    Ok(())
}

pub(super) fn export_campaign_brief(
    data_dir: &std::path::Path,
    campaign: &str,
    language: Option<almanac_i18n::Language>,
    out: &std::path::Path,
) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    let written = almanac_core::export::campaign_brief::export(&store, campaign, language, chrono::Utc::now(), out)?;
    say(Sentence::new("cli-wrote-campaign-brief").with("file", written.path));
    warn_unprintable(&written.unprintable);
    Ok(())
}

pub(super) fn export_audit(data_dir: &Path, from: String, to: String, out: &Path) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    let query = almanac_core::ops::audit::AuditQuery { from, to };
    let written = almanac_core::export::audit::export(&store, &query, chrono::Utc::now(), out)?;
    say(Sentence::new("cli-wrote-audit")
        .with("items", written.items)
        .with("changes", written.changes)
        .with("file", written.path));
    warn_unprintable(&written.unprintable);
    Ok(())
}

/// Names the texts of a PDF that hold characters no font on this laptop has.
pub(super) fn warn_unprintable(texts: &[String]) {
    if !texts.is_empty() {
        let quoted: Vec<Sentence> =
            texts.iter().map(|t| Sentence::new("exports-unprintable-name").with("name", t)).collect();
        let warning = Sentence::new("exports-unprintable").with("count", texts.len()).with("names", quoted);
        eprintln!("{}", said(&warning));
    }
}

pub(super) fn export_decisions(data_dir: &Path, year: i32, out: &Path) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    let n = almanac_core::export::decision_log::export(&store, year, out)?;
    say(Sentence::new("cli-wrote-decisions").with("year", year).with("count", n).with("file", shown(out)));
    Ok(())
}

pub(super) fn export_web(
    data_dir: &Path,
    year: i32,
    quarter: Option<u32>,
    month: Option<u32>,
    out: &Path,
) -> Result<(), Sentence> {
    use almanac_core::export::web_page::{self, Period};
    let period = match (quarter, month) {
        (Some(quarter), _) => Period::Quarter { year, quarter },
        (None, Some(month)) => Period::Month { year, month },
        (None, None) => Period::Year { year },
    };
    let store = Store::open_existing_dir(data_dir)?;
    let n = web_page::export(&store, period, chrono::Utc::now(), out)?;
    let named = Sentence::new("cli-wrote-web-page").with("period", period.name(words()));
    say(named.with("count", n).with("file", shown(out)));
    Ok(())
}

pub(super) fn export_ics(
    data_dir: &std::path::Path,
    select: &ItemSelection,
    campaigns: bool,
    key_dates: bool,
    out: &std::path::Path,
) -> Result<(), Sentence> {
    use almanac_core::export::ics::{self, IcsOptions};
    let store = Store::open_existing_dir(data_dir)?;
    let options = IcsOptions { selection: select.selection(), campaigns, key_dates };
    let written = ics::export(&store, &options, chrono::Utc::now(), out)?;
    say(Sentence::new("cli-wrote-ics").with("count", written.events).with("file", written.path));
    Ok(())
}

pub(super) fn export_grid(
    data_dir: &std::path::Path,
    select: &ItemSelection,
    format: GridFormat,
    out: &std::path::Path,
) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    let written = almanac_core::export::grid::export(&store, &select.selection(), format, out)?;
    say(Sentence::new("cli-wrote-rows").with("count", written.rows).with("file", written.path));
    Ok(())
}

pub(super) fn back_up(data_dir: &std::path::Path, out: &std::path::Path) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    store.back_up_to(out)?;
    say(Sentence::new("cli-backed-up").with("folder", shown(data_dir)).with("file", shown(out)));
    Ok(())
}

pub(super) fn restore(
    data_dir: &std::path::Path,
    file: &std::path::Path,
    set_aside: bool,
    large: bool,
) -> Result<(), Sentence> {
    use almanac_core::store::restore::{self, BadRows, RestoreOptions};
    // Holding the folder's claim keeps a window from opening on the plan meanwhile.
    let _claim = match crate::instance::claim(data_dir) {
        crate::instance::Claim::WindowOpen => {
            return Err(Sentence::new("cli-restore-window-open").with("folder", shown(data_dir)))
        }
        crate::instance::Claim::Held(hold) => hold,
    };
    let options = RestoreOptions { bad_rows: if set_aside { BadRows::SetAside } else { BadRows::Refuse }, large };
    let restored = restore::restore(data_dir, file, chrono::Utc::now(), options)?;
    match restored.before {
        Some(snapshot) => say(Sentence::new("cli-restored-over").with("file", shown(file)).with("snapshot", snapshot)),
        None => say(Sentence::new("cli-restored-into").with("file", shown(file)).with("folder", shown(data_dir))),
    }
    if let Some(report) = restored.report {
        say(Sentence::new("cli-restore-set-aside").with("count", restored.set_aside).with("report", report));
    }
    Ok(())
}

pub(super) fn export_handoff(
    data_dir: &std::path::Path,
    format: HandoffArg,
    channel: &str,
    days: (&str, &str),
    out: &std::path::Path,
) -> Result<(), Sentence> {
    use almanac_core::export::handoff::{self, HandoffFormat};
    let store = Store::open_existing_dir(data_dir)?;
    let format: HandoffFormat = format.into();
    let name = handoff::default_file_name(&store, format, channel, days.0)?;
    if !out.is_dir() {
        return Err(Sentence::new("cli-handoff-not-a-folder").with("folder", shown(out)));
    }
    let report = handoff::export(&store, format, channel, days, &out.join(name), chrono::Utc::now())?;
    for dropped in &report.dropped {
        let left_out = Sentence::new("cli-handoff-left-out").with("title", &dropped.title).with("when", &dropped.when);
        say(left_out.with("reason", dropped.reason.clone()));
    }
    for file in &report.files {
        say(Sentence::new("cli-handoff-wrote").with("file", file));
    }
    let written =
        Sentence::new("cli-handoff-written").with("messages", report.messages).with("files", report.files.len());
    say(written.with("format", report.date_format));
    Ok(())
}

pub(super) fn export_json(data_dir: &std::path::Path, out: &std::path::Path) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    let records = almanac_core::export::plan_json::export(&store, chrono::Utc::now(), out)?;
    say(Sentence::new("cli-wrote-json").with("count", records).with("file", shown(out)));
    Ok(())
}

pub(super) fn import_plan(data_dir: &std::path::Path, file: &std::path::Path) -> Result<(), Sentence> {
    let mut store = Store::open_dir(data_dir)?;
    as_command_line(&mut store);
    let records = almanac_core::import::plan_json::apply(&mut store, file)?;
    let imported = Sentence::new("cli-imported-json").with("count", records).with("file", shown(file));
    say(imported.with("folder", shown(data_dir)));
    Ok(())
}

pub(super) fn import_calendar(
    data_dir: &std::path::Path,
    file: &std::path::Path,
    options: &almanac_core::import::calendar::CalendarImportOptions,
    dry_run: bool,
) -> Result<(), Sentence> {
    use almanac_core::import::calendar;
    let mut store = Store::open_existing_dir(data_dir)?;
    as_command_line(&mut store);
    let preview = calendar::import(&mut store, file, options, dry_run)?;
    for row in &preview.rows {
        let days = if row.starts_on == row.ends_on {
            Sentence::from(row.starts_on.clone())
        } else {
            Sentence::new("cli-import-days").with("from", &row.starts_on).with("to", &row.ends_on)
        };
        let id = if row.duplicate { "cli-import-date-known" } else { "cli-import-date" };
        say(Sentence::new(id).with("days", days).with("name", &row.name));
    }
    for problem in &preview.problems {
        say(Sentence::new("cli-import-left-out").with("reason", problem.clone()));
    }
    let id = if dry_run { "cli-import-dates-dry-run" } else { "cli-import-dates-added" };
    say(Sentence::new(id).with("count", preview.added).with("source", &preview.source));
    Ok(())
}

/// Imports the rows of a spreadsheet (of `kind`: `partner` or `item`) through the shared
/// importer: every bad row printed with its line and reason (and nothing written), else
/// every new row in one undoable change.
pub(super) fn import_sheet<F>(
    data_dir: &Path,
    file: &Path,
    dry_run: bool,
    kind: &str,
    import: impl Fn(&mut Store, &Path, Option<&ColumnMapping<F>>, bool) -> almanac_core::Result<ImportPreview<F>>,
) -> Result<(), Sentence> {
    let mut store = Store::open_existing_dir(data_dir)?;
    as_command_line(&mut store);
    let preview = import(&mut store, file, None, true)?;
    for row in &preview.rows {
        if let Some(error) = &row.error {
            say(Sentence::new("cli-import-line-error").with("line", row.line).with("reason", error.clone()));
        }
    }
    if preview.invalid > 0 {
        return Err(Sentence::new("cli-import-has-errors").with("count", preview.invalid));
    }
    if preview.valid == 0 && preview.skipped > 0 {
        say(Sentence::new("cli-import-nothing").with("count", preview.skipped));
        return Ok(());
    }
    if preview.skipped > 0 {
        say(Sentence::new("cli-import-skipped").with("count", preview.skipped));
    }
    let rows =
        |id: &str, count: u32| Sentence::new(id).with("kind", kind).with("count", count).with("file", shown(file));
    if dry_run {
        say(rows("cli-import-rows-dry-run", preview.valid));
        return Ok(());
    }
    let added = import(&mut store, file, Some(&preview.mapping), false)?.valid;
    say(rows("cli-import-rows-done", added));
    Ok(())
}

/// Prints the year's findings and coverage; the exit code says whether errors were found.
pub(super) fn check(data_dir: &std::path::Path, year: Option<i32>, json: bool) -> Result<i32, Sentence> {
    use almanac_core::ops::findings::{check_year, CheckCache};
    use almanac_core::schedule::findings::Severity;
    let store = Store::open_existing_dir(data_dir)?;
    let now = chrono::Utc::now();
    let year = match year {
        Some(year) => year,
        None => this_year(&store, now)?,
    };
    let report = check_year(&store, &mut CheckCache::default(), year, now)?;
    if json {
        line(&serde_json::to_string_pretty(&report).map_err(almanac_core::Error::from)?);
    } else {
        let c = report.counts;
        let counts = Sentence::new("cli-check-counts").with("year", year).with("errors", c.errors);
        say(counts.with("warnings", c.warnings).with("notes", c.infos));
        for f in &report.findings {
            let severity = said(&Sentence::new(match f.severity {
                Severity::Error => "cli-check-error",
                Severity::Warning => "cli-check-warning",
                Severity::Info => "cli-check-note",
            }));
            let day = f.day.map(|d| format!("{d} ")).unwrap_or_default();
            let fix =
                f.fix.as_ref().map(|x| format!(" {}", said(&Sentence::new("cli-check-fix").with("fix", x.clone()))));
            line(&format!("{severity:>7}  {day}{}{}", said(&f.message), fix.unwrap_or_default()));
        }
        say(Sentence::new("cli-check-coverage"));
        // A percentage to one decimal, as the language writes it.
        let percent = |score: f64| words().count((score * 10.0).round() / 10.0);
        for o in &report.coverage.objectives {
            match o.score {
                None => line(&format!("  {}", said(&Sentence::new("cli-check-no-rule").with("name", &o.name)))),
                Some(score) => {
                    let score = Sentence::new("cli-check-score").with("name", &o.name).with("score", percent(score));
                    line(&format!("  {}", said(&score)));
                    for r in &o.rules {
                        let rule = Sentence::new("cli-check-rule")
                            .with("label", r.label.clone())
                            .with("score", percent(r.score));
                        line(&format!("    {}", said(&rule.with("gaps", r.gaps))));
                    }
                }
            }
        }
    }
    Ok(if report.counts.errors > 0 { 2 } else { 0 })
}

pub(super) fn this_year(store: &Store, now: chrono::DateTime<chrono::Utc>) -> Result<i32, Sentence> {
    use chrono::Datelike;
    let tz = almanac_core::ops::settings::get(store)?.tz();
    Ok(now.with_timezone(&tz).year())
}

pub(super) fn load_sample(
    data_dir: &std::path::Path,
    profile: Profile,
    seed: u64,
    year: Option<i32>,
) -> Result<(), Sentence> {
    let today = sample::today_from(chrono::Utc::now());
    let mut options = SampleOptions::for_today(profile, seed, today);
    if let Some(year) = year {
        if !(1900..=2999).contains(&year) {
            return Err(Sentence::new("cli-year-out-of-range").with("year", year));
        }
        options.year = year;
        if options.today.format("%Y").to_string() != year.to_string() {
            options.today = NaiveDate::from_ymd_opt(year, 6, 15).unwrap_or(options.today);
        }
    }
    let mut store = Store::open_dir(data_dir)?;
    as_command_line(&mut store);
    let summary = sample::load(&mut store, options)?;
    let profile = match profile {
        Profile::Agency => "agency",
        Profile::Archive => "archive",
    };
    let loaded = Sentence::new("cli-sample-loaded").with("profile", profile).with("folder", shown(data_dir));
    say(loaded
        .with("brands", summary.brands)
        .with("channels", summary.channels)
        .with("campaigns", summary.campaigns)
        .with("items", summary.items));
    Ok(())
}
