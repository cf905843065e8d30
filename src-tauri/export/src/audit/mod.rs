//! The audit trail as files for the records officer: CSV (one row per change, for Excel;
//! free text neutralised) and PDF (at most 40 items a page, each page headed with the
//! plan's name and the period), in the plan's language. Both are written from
//! [`crate::ops::audit::trail`].

use std::path::Path;

use chrono::{DateTime, Utc};

use super::grid::{delimiter_for_locale, for_excel, neutralised};
use super::{typeset, write_atomically};
use crate::error::{Error, Result};
use crate::ops::audit::{self, AuditAction, AuditChange, AuditQuery, AuditTrail, ItemChange};
use crate::ops::settings;
use crate::store::Store;
use crate::words::Words;
use almanac_i18n::{value_id, Arg};
use almanac_model::Sentence;
use serde_json::json;

const TEMPLATE: &str = include_str!("audit.typ");

/// Items on one page of the PDF.
pub const ITEMS_PER_PAGE: usize = 40;

/// What an audit export wrote.
#[derive(Debug, Clone, PartialEq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditWritten {
    /// The file.
    pub path: String,
    /// The items it lists.
    pub items: u32,
    /// The changes it lists, first plans included.
    pub changes: u32,
    /// Its texts with a character no font on this laptop has (a PDF's, printed as empty boxes).
    pub unprintable: Vec<String>,
}

/// Writes the trail of `query` to `out`, as CSV or PDF by its extension, in the plan's language.
pub fn export(store: &Store, query: &AuditQuery, now: DateTime<Utc>, out: &Path) -> Result<AuditWritten> {
    let ext = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let trail = audit::trail(store, query, now)?;
    let locale = settings::get(store)?.locale;
    let words = Words::for_locale(&locale);
    let (bytes, unprintable) = match ext.as_deref() {
        Some("csv") => (csv(&trail, &words, delimiter_for_locale(&locale))?.into_bytes(), vec![]),
        Some("pdf") => {
            let rendered = pdf(&trail, &words, now.date_naive())?;
            (rendered.pdf, rendered.unprintable)
        }
        _ => return Err(Error::validation("out", Sentence::new("error-name-csv-or-pdf"))),
    };
    write_atomically("out", out, &bytes)?;
    let changes = trail.entries.iter().map(|e| e.later.len() + usize::from(e.first_planned.is_some())).sum::<usize>();
    Ok(AuditWritten {
        path: out.display().to_string(),
        items: trail.entries.len() as u32,
        changes: changes as u32,
        unprintable,
    })
}

/// What one change did to an item, in words ("Moved from 3 May 2027 to 4 May 2027, 09:30;
/// Status Draft → In review").
pub fn change_text(words: &Words, changes: &[ItemChange]) -> String {
    let parts: Vec<String> = changes.iter().map(|c| one_change(words, c)).collect();
    parts.join(&words.text("audit-change-separator"))
}

fn one_change(words: &Words, change: &ItemChange) -> String {
    let when = |text: &str| words.day_or_time(text).into();
    match change {
        ItemChange::Created { planned_for: None } => words.text("audit-change-created-in-backlog"),
        ItemChange::Created { planned_for: Some(day) } => words.format("audit-change-created", &[("when", when(day))]),
        ItemChange::Deleted => words.text("audit-change-deleted"),
        ItemChange::Planned { to } => words.format("audit-change-planned", &[("when", when(to))]),
        ItemChange::ToBacklog { from } => words.format("audit-change-to-backlog", &[("when", when(from))]),
        ItemChange::Moved { from, to } => words.format("audit-change-moved", &[("from", when(from)), ("to", when(to))]),
        ItemChange::Status { from, to } => words.format(
            "audit-change-status",
            &[("from", words.value("item-status", from).into()), ("to", words.value("item-status", to).into())],
        ),
        ItemChange::Edited { fields } => {
            let names: Vec<String> = fields.iter().map(|f| words.text(&value_id("field", f))).collect();
            words.format("audit-change-edited", &[("fields", words.list(&names).into())])
        }
        ItemChange::NoVisibleChange => words.text("audit-change-none"),
        ItemChange::Approved => words.text("audit-change-approved"),
        ItemChange::ChangesRequested { comment } => {
            words.format("audit-change-changes-requested", &[("comment", comment.clone().into())])
        }
    }
}

/// What a person did, in words: a journal's name as it was recorded, an approver's decision
/// in the plan's language.
fn action_text(words: &Words, action: &AuditAction) -> String {
    match action {
        AuditAction::Named(name) => name.in_words(words),
        AuditAction::Approve => words.text("audit-action-approve"),
        AuditAction::RequestChanges => words.text("audit-action-request-changes"),
    }
}

/// When an item goes out, in words.
fn goes_out_text(words: &Words, goes_out: Option<&str>) -> String {
    goes_out.map_or_else(|| words.text("audit-in-backlog"), |day| words.day_or_time(day))
}

/// Columns of the CSV: the item, then one change (ids after `audit-column-`).
const COLUMNS: [&str; 9] = ["item", "channel", "status", "goes-out", "change-at", "by", "action", "change", "item-id"];

/// One row per change (the first plan for the day first), item columns on each, with a
/// byte-order mark and CRLF line ends as Excel expects. Times stay `YYYY-MM-DD HH:MM`, which
/// a spreadsheet sorts.
pub fn csv(trail: &AuditTrail, words: &Words, delimiter: u8) -> Result<String> {
    let header: Vec<String> = COLUMNS
        .iter()
        .map(|c| match *c {
            "change-at" => words.format("audit-column-change-at", &[("zone", trail.time_zone.clone().into())]),
            _ => words.text(&format!("audit-column-{c}")),
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let records = trail.entries.iter().flat_map(|e| {
        let status = words.value("item-status", &e.status);
        let channel = e.channel.in_words(words);
        let goes_out = e.goes_out.clone().unwrap_or_default();
        let first = e
            .first_planned
            .iter()
            .map(|c| (c, words.format("audit-first-planned", &[("change", change_text(words, &c.change).into())])));
        let later = e.later.iter().map(|c| (c, change_text(words, &c.change)));
        // An item with no recorded change still gets its row: the list is of every item.
        let unrecorded =
            (e.first_planned.is_none() && e.later.is_empty()).then(|| words.text("audit-no-recorded-change"));
        let rows: Vec<(String, String, String, String)> = first
            .chain(later)
            .map(|(c, change)| (c.at.clone(), c.by.clone(), action_text(words, &c.action), change))
            .chain(unrecorded.map(|change| (String::new(), String::new(), String::new(), change)))
            .collect();
        rows.into_iter().map(move |(at, by, action, change)| {
            let cells = [&e.title, &channel, &status, &goes_out, &at, &by, &action, &change];
            let mut record: Vec<String> = cells.iter().map(|t| neutralised(t).into_owned()).collect();
            record.push(e.item_id.to_string());
            record
        })
    });
    for_excel(delimiter, &header, records)
}

/// The trail as A4 pages of at most [`ITEMS_PER_PAGE`] items, every word in the plan's language.
pub fn pdf(trail: &AuditTrail, words: &Words, today: chrono::NaiveDate) -> Result<typeset::Rendered> {
    let change = |c: &AuditChange| json!({ "at": c.at, "by": c.by, "change": change_text(words, &c.change) });
    let entries: Vec<_> = trail
        .entries
        .iter()
        .map(|e| {
            json!({
                "title": e.title,
                "channel": e.channel.in_words(words),
                "status": words.value("item-status", &e.status),
                "goesOut": goes_out_text(words, e.goes_out.as_deref()),
                "firstPlanned": e.first_planned.as_ref().map(change),
                "later": e.later.iter().map(change).collect::<Vec<_>>(),
            })
        })
        .collect();
    let pages: Vec<_> = entries.chunks(ITEMS_PER_PAGE).collect();
    let period = [("from", day(words, &trail.from)), ("to", day(words, &trail.to))];
    let organisation = ("organisation", trail.organisation.clone().into());
    let mut labels = words.labels(
        "audit",
        &["nothing", "column-item", "column-goes-out", "column-status", "column-first-planned", "column-later"],
    );
    let texts = [
        ("documentTitle", words.format("audit-document-title", &period)),
        ("heading", words.format("audit-heading", std::slice::from_ref(&organisation))),
        ("period", words.format("audit-period", &period)),
        (
            "explainer",
            words.format(
                "audit-explainer",
                &[
                    ("zone", trail.time_zone.clone().into()),
                    ("made", words.day_or_time(&trail.made.replace(' ', "T")).into()),
                ],
            ),
        ),
        ("footer", words.format("audit-footer", &[organisation, period[0].clone(), period[1].clone()])),
        // Typst numbers the pages: it puts the numbers where the sentence has them.
        ("pageOf", words.format("audit-page-of", &[("page", "%page%".into()), ("pages", "%pages%".into())])),
        ("lang", words.typst_lang()),
    ];
    labels.extend(texts.map(|(k, v)| (k.to_owned(), v.into())));
    let data = json!({ "words": labels, "organisation": trail.organisation, "pages": pages });
    typeset::render("audit.typ", TEMPLATE, &data, today)
}

/// A day of the period in full.
fn day(words: &Words, text: &str) -> Arg {
    words.day_or_time(text).into()
}
