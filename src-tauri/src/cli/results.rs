//! The results commands: importing a platform's analytics export (each row printed with
//! what it matched, the file refused whole on a bad row) and exporting a year's or a
//! quarter's results as "By the numbers" PDF, a workbook or JSON.

use std::path::Path;

use almanac_core::import::results::{import, MatchKind, ResultsImport};
use almanac_core::ops::results::{report, ResultsPeriod};
use almanac_core::Store;

use super::as_command_line;
use super::speech::{say, shown};
use super::values::PlatformArg;
use almanac_core::Sentence;

pub(super) fn import_results(
    data_dir: &Path,
    file: &Path,
    platform: Option<PlatformArg>,
    accept_proposed: bool,
    dry_run: bool,
) -> Result<(), Sentence> {
    let mut store = Store::open_existing_dir(data_dir)?;
    as_command_line(&mut store);
    let options = ResultsImport { source: platform.map(Into::into), accept_all: accept_proposed, accept_lines: vec![] };
    let preview = import(&mut store, file, &options, true)?;
    for row in &preview.rows {
        let titled = |id: &str| Sentence::new(id).with("title", &row.item_title);
        let found = match (&row.error, &row.skipped, row.found) {
            (Some(e), _, _) => Sentence::new("cli-results-row-error").with("reason", e.clone()),
            (_, Some(s), _) => Sentence::new("cli-results-row-left-out").with("reason", s.clone()),
            (_, _, MatchKind::Linked) => titled("cli-results-row-linked"),
            (_, _, MatchKind::Proposed) if row.accepted => titled("cli-results-row-confirmed"),
            (_, _, MatchKind::Proposed) => titled("cli-results-row-proposed"),
            (_, _, MatchKind::Unmatched) => Sentence::new("cli-results-row-unmatched"),
        };
        let day = row.day.map(|d| d.to_string()).unwrap_or_default();
        say(Sentence::new("cli-results-row")
            .with("line", row.line)
            .with("day", day)
            .with("post", &row.post)
            .with("found", found));
    }
    let totals: Vec<Sentence> = preview
        .totals
        .iter()
        .map(|t| Sentence::new("cli-results-total").with("metric", metric_name(&t.metric)).with("value", t.value))
        .collect();
    say(Sentence::new("cli-results-summary")
        .with("source", preview.source.name())
        .with("linked", preview.linked)
        .with("proposed", preview.proposed)
        .with("unmatched", preview.unmatched)
        .with("replaced", preview.replaced)
        .with("totals", totals));
    if preview.invalid > 0 {
        return Err(Sentence::new("cli-import-has-errors").with("count", preview.invalid));
    }
    if dry_run {
        say(Sentence::new("cli-results-dry-run"));
        return Ok(());
    }
    let done = import(&mut store, file, &options, false)?;
    let rows = done.rows.iter().filter(|r| r.skipped.is_none()).count();
    say(Sentence::new("cli-results-imported").with("count", rows).with("file", shown(file)));
    Ok(())
}

pub(super) fn export_results(
    data_dir: &Path,
    year: i32,
    quarter: Option<u8>,
    out: Option<&Path>,
    json: bool,
) -> Result<(), Sentence> {
    let store = Store::open_existing_dir(data_dir)?;
    let period = ResultsPeriod { year, quarter };
    match out {
        Some(out) => {
            if json && !out.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
                return Err(Sentence::new("cli-results-json-file"));
            }
            let written = almanac_core::export::results::export(&store, period, chrono::Utc::now(), out)?;
            let name =
                Sentence::new("cli-results-period").with("year", year).with("quarter", quarter.map_or(0, u32::from));
            say(Sentence::new("cli-wrote-results")
                .with("period", name)
                .with("posts", written.posts)
                .with("file", written.path));
            super::commands::warn_unprintable(&written.unprintable);
        }
        None => {
            let report = report(&store, period)?;
            let bytes = almanac_core::export::results::json(&report)?;
            super::speech::line(String::from_utf8_lossy(&bytes).trim_end());
        }
    }
    Ok(())
}

/// A metric as the catalogue names it; one the catalogue does not know (a column of a
/// team's own CSV), as the file names it.
fn metric_name(metric: &str) -> Sentence {
    if almanac_core::domain::results::METRICS.contains(&metric) || metric == "posts" {
        Sentence::new(format!("results-metric-{}", metric.replace(' ', "-")))
    } else {
        Sentence::from(metric)
    }
}
