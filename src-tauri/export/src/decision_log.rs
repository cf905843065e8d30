//! The decision log of a plan year as CSV for Excel: one row per decision with its
//! rationale, who took it, its campaign and what it concerns; free text neutralised.

use std::path::Path;

use super::grid::{delimiter_for_locale, for_excel, neutralised};
use super::write_atomically;
use crate::domain::{Campaign, Collaboration, ContentItem, Subject};
use crate::error::{Error, Result};
use crate::ops::{comments, settings};
use crate::store::records::Record;
use crate::store::Store;

const COLUMNS: [&str; 6] = ["Decided on", "Decision", "Rationale", "Decided by", "Campaign", "Concerns"];

fn name_of(store: &Store, subject: Subject) -> Result<String> {
    let conn = store.conn();
    Ok(match subject {
        Subject::Item { id } => ContentItem::load(conn, id)?.map(|i| i.title),
        Subject::Campaign { id } => Campaign::load(conn, id)?.map(|c| c.name),
        Subject::Collaboration { id } => Collaboration::load(conn, id)?.map(|c| c.title),
    }
    .unwrap_or_else(|| format!("(deleted {})", subject.kind())))
}

/// The year's decisions as CSV text, with Excel's byte-order mark, and how many it holds.
pub fn csv(store: &Store, year: i32) -> Result<(String, u32)> {
    let delimiter = delimiter_for_locale(&settings::get(store)?.locale);
    let mut records = Vec::new();
    for d in comments::decisions(store, year, None)? {
        let campaign =
            d.campaign_id.map(|id| name_of(store, Subject::Campaign { id })).transpose()?.unwrap_or_default();
        let concerns: Vec<String> = d.concerns.iter().map(|s| name_of(store, *s)).collect::<Result<_>>()?;
        let cells = [d.decided_on.to_string(), d.decision, d.rationale, d.decided_by, campaign, concerns.join("; ")];
        records.push(cells.iter().map(|c| neutralised(c).into_owned()).collect());
    }
    let n = records.len() as u32;
    Ok((for_excel(delimiter, &COLUMNS, records)?, n))
}

/// Writes the year's decision log to `out` (`.csv`); returns how many decisions it holds.
pub fn export(store: &Store, year: i32, out: &Path) -> Result<u32> {
    if out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() != Some("csv") {
        return Err(Error::validation("out", "name a .csv file"));
    }
    let (text, n) = csv(store, year)?;
    write_atomically("out", out, text.as_bytes())?;
    Ok(n)
}
