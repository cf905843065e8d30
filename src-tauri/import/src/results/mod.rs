//! Results from the platforms' own analytics exports (X, Meta, LinkedIn, a generic CSV):
//! each row read through the export's header aliases, matched to the item it reports on
//! (by link, else proposed by channel and time for the team to confirm), and stored per
//! post and day. A re-import of the same posts and days replaces their numbers, never
//! adds to them. The preview is the import run with `dry_run`; a single bad row refuses
//! the whole file and nothing is written.

mod cells;
mod headers;
pub mod links;
mod matching;
mod rows;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::domain::{sum_metrics, MetricValue, Platform, PostLink, PostRef, PostResult};
use crate::error::{Error, Result};
use crate::ops::settings;
use crate::store::backup::{snapshot, Occasion};
use crate::store::records::Record;
use crate::store::Store;
use crate::{read_sheet, Table};
use almanac_model::Sentence;
use headers::Column;
pub use headers::ResultsSource;
use matching::{Found, Matcher};

/// The sheet of LinkedIn's content export that lists the posts.
const LINKEDIN_SHEET: &str = "All posts";

/// How to read the file and which proposed matches the team confirmed.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ResultsImport {
    /// The export the file is; none: told from its headers.
    pub source: Option<ResultsSource>,
    /// Confirm every proposed match.
    pub accept_all: bool,
    /// The lines whose proposed match is confirmed.
    pub accept_lines: Vec<u32>,
}

/// How a row found its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum MatchKind {
    /// The item's link names the post.
    Linked,
    /// Proposed by channel and time.
    Proposed,
    /// No item: the numbers still count towards the platform's totals.
    Unmatched,
}

/// One row of the file as the preview shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportedRow {
    /// Its line in the file.
    pub line: u32,
    /// The day its numbers are for.
    pub day: Option<NaiveDate>,
    /// The platform.
    pub platform: Option<Platform>,
    /// The post's id (or link).
    pub post: String,
    /// The post's permalink.
    pub permalink: String,
    /// The start of its text.
    pub text: String,
    /// How it found its item.
    pub found: MatchKind,
    /// The item's id, if found.
    pub item_id: Option<String>,
    /// The item's title, if found.
    pub item_title: String,
    /// Whether the item is stored with it (a link, or a confirmed proposal).
    pub accepted: bool,
    /// Whether it replaces numbers already imported for this post and day.
    pub replaces: bool,
    /// Its numbers.
    pub metrics: Vec<MetricValue>,
    /// Why it cannot be imported.
    pub error: Option<Sentence>,
    /// Why it is left out.
    pub skipped: Option<Sentence>,
}

/// What an import did, or would do.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ResultsPreview {
    /// The export the file was read as.
    pub source: ResultsSource,
    /// Each header and what it was read as (empty: ignored).
    pub columns: Vec<(String, String)>,
    /// Every row.
    pub rows: Vec<ReportedRow>,
    /// The first and last day of the numbers.
    pub from: Option<NaiveDate>,
    /// See `from`.
    pub to: Option<NaiveDate>,
    /// The file's totals by metric (rows left out not counted).
    pub totals: Vec<MetricValue>,
    /// Rows matched by link.
    pub linked: u32,
    /// Rows with a proposed match.
    pub proposed: u32,
    /// Rows with no item.
    pub unmatched: u32,
    /// Rows that replace numbers imported before.
    pub replaced: u32,
    /// Rows refused.
    pub invalid: u32,
    /// Whether anything was written.
    pub written: bool,
}

/// Imports the results in `path` (with `dry_run`, only judges them).
pub fn import(store: &mut Store, path: &Path, options: &ResultsImport, dry_run: bool) -> Result<ResultsPreview> {
    let tz = settings::get(store)?.tz();
    let table = read_sheet(path, Some(LINKEDIN_SHEET))?;
    let source = options.source.unwrap_or_else(|| headers::detect(&table));
    let table = headers::find_header(table, source).ok_or_else(|| {
        Error::validation("file", Sentence::new("error-files-no-header-row").with("source", source.name()))
    })?;
    let columns: Vec<Option<Column>> = table.headers.iter().map(|h| headers::column(source, h)).collect();
    let has = |c: Column| columns.contains(&Some(c));
    if source != ResultsSource::Csv && !has(Column::PostId) && !has(Column::Permalink) {
        return Err(Error::validation("file", Sentence::new("error-no-post-column")));
    }
    let reader = rows::Reader {
        columns: &columns,
        source,
        tz,
        order: rows::order_of(&table, &columns),
        instagram: rows::has_instagram(&table),
    };
    let parsed: Vec<(u32, std::result::Result<rows::Parsed, Sentence>)> =
        table.rows.iter().map(|(line, cells)| (*line, reader.row(cells))).collect();
    let days = parsed.iter().filter_map(|(_, p)| p.as_ref().ok().map(|p| p.day));
    let (from, to) = (days.clone().min(), days.max());
    let mut matcher = Matcher::new(store, from.unwrap_or_default(), to.unwrap_or_default(), tz)?;
    let mut judged: Vec<(ReportedRow, Option<PostResult>)> = parsed
        .into_iter()
        .map(|(line, p)| judge(store, &mut matcher, options, &file_name(path), line, p))
        .collect::<Result<_>>()?;
    leave_out_repeats(&mut judged);
    let preview = summarise(source, &table, &columns, &judged, from, to);
    if dry_run {
        return Ok(preview);
    }
    if let Some((line, why)) = judged.iter().find_map(|(r, _)| r.error.clone().map(|e| (r.line, e))) {
        return Err(crate::mapped::rows_refused(preview.invalid, line, why));
    }
    let results: Vec<PostResult> =
        judged.into_iter().filter(|(r, _)| r.skipped.is_none()).filter_map(|(_, p)| p).collect();
    if results.is_empty() {
        return Err(Error::validation("rows", Sentence::new("error-no-result-rows")));
    }
    write(store, path, results)?;
    Ok(ResultsPreview { written: true, ..preview })
}

/// Writes the results in one undoable change after a snapshot: each replaces the numbers
/// of its post and day, and a confirmed item without a link gets the post's.
fn write(store: &mut Store, path: &Path, results: Vec<PostResult>) -> Result<()> {
    let file = file_name(path);
    snapshot(store, Occasion::BeforeImport, store.now())?;
    let label = Sentence::new("history-import-results").with("count", results.len()).with("file", file);
    store.write(&label, |b| {
        for result in &results {
            b.put(result)?;
            let Some(item) = result.item_id else { continue };
            let link = if result.permalink.is_empty() { &result.post } else { &result.permalink };
            if !link.is_empty() && PostLink::load(b.conn(), item)?.is_none() {
                b.insert(&PostLink::new(item, link)?)?;
            }
        }
        Ok(())
    })
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Matches one read row and makes its result.
fn judge(
    store: &Store,
    matcher: &mut Matcher,
    options: &ResultsImport,
    file: &str,
    line: u32,
    parsed: std::result::Result<rows::Parsed, Sentence>,
) -> Result<(ReportedRow, Option<PostResult>)> {
    let p = match parsed {
        Ok(p) => p,
        Err(why) => return Ok((ReportedRow::refused(line, why), None)),
    };
    let post_ref = if p.permalink.is_empty() {
        PostRef::of(&p.post)
    } else {
        PostRef { id: Some(p.post.clone()), ..PostRef::of(&p.permalink) }
    };
    let found = if p.post.starts_with('@') { Found::None } else { matcher.find(&post_ref, p.platform, p.published) };
    let (kind, item) = match found {
        Found::Linked(i) => (MatchKind::Linked, Some(i)),
        Found::Proposed(i) => (MatchKind::Proposed, Some(i)),
        Found::None => (MatchKind::Unmatched, None),
    };
    let accepted = match kind {
        MatchKind::Linked => true,
        MatchKind::Proposed => options.accept_all || options.accept_lines.contains(&line),
        MatchKind::Unmatched => false,
    };
    let item_id = item.filter(|_| accepted);
    let channel = item.and_then(|i| matcher.item(i)).map(|i| i.channel_id).filter(|_| accepted);
    let id = PostResult::id_of(p.platform, &p.post, p.day);
    let result = PostResult {
        id,
        platform: p.platform,
        post: p.post.clone(),
        permalink: p.permalink.clone(),
        day: p.day,
        item_id,
        channel_id: channel.or_else(|| matcher.channel(p.platform, &p.account)),
        metrics: p.metrics.clone(),
        source: file.to_string(),
        imported_at: chrono::SubsecRound::trunc_subsecs(store.now(), 0),
    };
    let row = ReportedRow {
        line,
        day: Some(p.day),
        platform: Some(p.platform),
        post: p.post,
        permalink: p.permalink,
        text: p.text.chars().take(80).collect(),
        found: kind,
        item_id: item.map(|i| i.to_string()),
        item_title: item.and_then(|i| matcher.item(i)).map(|i| i.title.clone()).unwrap_or_default(),
        accepted,
        replaces: PostResult::load(store.conn(), id)?.is_some(),
        metrics: sum_metrics(std::iter::once(&p.metrics)),
        error: None,
        skipped: None,
    };
    Ok((row, Some(result)))
}

impl ReportedRow {
    fn refused(line: u32, why: Sentence) -> ReportedRow {
        ReportedRow {
            line,
            day: None,
            platform: None,
            post: String::new(),
            permalink: String::new(),
            text: String::new(),
            found: MatchKind::Unmatched,
            item_id: None,
            item_title: String::new(),
            accepted: false,
            replaces: false,
            metrics: Vec::new(),
            error: Some(why),
            skipped: None,
        }
    }
}

/// A post and day the file reports twice keeps its last row: an export is never summed
/// with itself.
fn leave_out_repeats(judged: &mut [(ReportedRow, Option<PostResult>)]) {
    let mut last: HashMap<uuid::Uuid, usize> = HashMap::new();
    for (i, (_, result)) in judged.iter().enumerate() {
        if let Some(r) = result {
            last.insert(r.id, i);
        }
    }
    let lines: Vec<u32> = judged.iter().map(|(r, _)| r.line).collect();
    for (i, (row, result)) in judged.iter_mut().enumerate() {
        if let Some(&keep) = result.as_ref().and_then(|r| last.get(&r.id)).filter(|k| **k != i) {
            row.skipped = Some(Sentence::new("error-files-same-post-again").with("line", lines[keep]));
        }
    }
}

fn summarise(
    source: ResultsSource,
    table: &Table,
    columns: &[Option<Column>],
    judged: &[(ReportedRow, Option<PostResult>)],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> ResultsPreview {
    let kept: Vec<&(ReportedRow, Option<PostResult>)> =
        judged.iter().filter(|(r, _)| r.error.is_none() && r.skipped.is_none()).collect();
    let count = |f: &dyn Fn(&ReportedRow) -> bool| kept.iter().filter(|(r, _)| f(r)).count() as u32;
    ResultsPreview {
        source,
        columns: table.headers.iter().zip(columns).map(|(h, c)| (h.clone(), column_name(*c))).collect(),
        totals: sum_metrics(kept.iter().filter_map(|(_, p)| p.as_ref().map(|p| &p.metrics))),
        linked: count(&|r| r.found == MatchKind::Linked),
        proposed: count(&|r| r.found == MatchKind::Proposed),
        unmatched: count(&|r| r.found == MatchKind::Unmatched),
        replaced: count(&|r| r.replaces),
        invalid: judged.iter().filter(|(r, _)| r.error.is_some()).count() as u32,
        rows: judged.iter().map(|(r, _)| r.clone()).collect(),
        from,
        to,
        written: false,
    }
}

fn column_name(column: Option<Column>) -> String {
    match column {
        None => String::new(),
        Some(Column::PostId) => "post id".into(),
        Some(Column::Permalink) => "permalink".into(),
        Some(Column::Published) => "published".into(),
        Some(Column::Day) => "day".into(),
        Some(Column::Text) => "text".into(),
        Some(Column::Account) => "account".into(),
        Some(Column::Platform) => "platform".into(),
        Some(Column::Metric(m)) => m.into(),
    }
}
