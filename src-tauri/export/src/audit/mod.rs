//! The audit trail as files for the records officer: CSV (one row per change, for Excel;
//! free text neutralised) and PDF (at most 40 items a page, each page headed with the
//! plan's name and the period). Both are written from [`crate::ops::audit::trail`].

use std::path::Path;

use chrono::{DateTime, Utc};

use super::grid::{delimiter_for_locale, for_excel, neutralised};
use super::{typeset, write_atomically};
use crate::error::{Error, Result};
use crate::ops::audit::{self, AuditChange, AuditQuery, AuditTrail};
use crate::ops::settings;
use crate::store::Store;

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
}

/// Writes the trail of `query` to `out`, as CSV or PDF by its extension.
pub fn export(store: &Store, query: &AuditQuery, now: DateTime<Utc>, out: &Path) -> Result<AuditWritten> {
    let ext = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let trail = audit::trail(store, query, now)?;
    let bytes = match ext.as_deref() {
        Some("csv") => csv(&trail, delimiter_for_locale(&settings::get(store)?.locale))?.into_bytes(),
        Some("pdf") => pdf(&trail, now.date_naive())?,
        _ => return Err(Error::validation("out", "name a .csv or a .pdf file")),
    };
    write_atomically("out", out, &bytes)?;
    let changes = trail.entries.iter().map(|e| e.later.len() + usize::from(e.first_planned.is_some())).sum::<usize>();
    Ok(AuditWritten { path: out.display().to_string(), items: trail.entries.len() as u32, changes: changes as u32 })
}

/// Columns of the CSV: the item, then one change.
const COLUMNS: [&str; 9] = ["Item", "Channel", "Status", "Goes out", "Change at", "By", "Action", "Change", "Item id"];

/// One row per change (the first plan for the day first), item columns on each, with a
/// byte-order mark and CRLF line ends as Excel expects.
pub fn csv(trail: &AuditTrail, delimiter: u8) -> Result<String> {
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    header[4] = format!("Change at ({})", trail.time_zone);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    // An item with no recorded change still gets its row: the list is of every item.
    let none = AuditChange {
        at: String::new(),
        by: String::new(),
        action: String::new(),
        change: "No recorded change".into(),
    };
    let records = trail.entries.iter().flat_map(|e| {
        let first = e.first_planned.iter().map(|c| (c, "First planned for this date: "));
        let unrecorded = (e.first_planned.is_none() && e.later.is_empty()).then_some((&none, ""));
        first.chain(e.later.iter().map(|c| (c, ""))).chain(unrecorded).map(move |(c, prefix)| {
            let change = format!("{prefix}{}", c.change);
            let cells = [&e.title, &e.channel, &e.status, &e.goes_out, &c.at, &c.by, &c.action, &change];
            let mut record: Vec<String> = cells.iter().map(|t| neutralised(t).into_owned()).collect();
            record.push(e.item_id.to_string());
            record
        })
    });
    for_excel(delimiter, &header, records)
}

/// The trail as A4 pages of at most [`ITEMS_PER_PAGE`] items.
pub fn pdf(trail: &AuditTrail, today: chrono::NaiveDate) -> Result<Vec<u8>> {
    let pages: Vec<_> = trail.entries.chunks(ITEMS_PER_PAGE).collect();
    let data = serde_json::json!({ "trail": trail, "pages": pages });
    Ok(typeset::render("audit.typ", TEMPLATE, &data, today)?.pdf)
}
