//! The decision log of a plan year as CSV for Excel: one row per decision with its
//! rationale, who took it, its campaign and what it concerns, headed in the plan's
//! language; free text neutralised.

use std::path::Path;

use super::grid::{delimiter_for_locale, for_excel, neutralised};
use super::write_atomically;
use crate::domain::{Campaign, Collaboration, ContentItem, Subject};
use crate::error::{Error, Result};
use crate::ops::{comments, settings};
use crate::store::records::Record;
use crate::store::Store;
use crate::words::Words;
use almanac_model::Sentence;

/// The columns, by their ids after `decision-log-column-`.
const COLUMNS: [&str; 6] = ["decided-on", "decision", "rationale", "decided-by", "campaign", "concerns"];

fn name_of(store: &Store, words: &Words, subject: Subject) -> Result<String> {
    let conn = store.conn();
    Ok(match subject {
        Subject::Item { id } => ContentItem::load(conn, id)?.map(|i| i.title),
        Subject::Campaign { id } => Campaign::load(conn, id)?.map(|c| c.name),
        Subject::Collaboration { id } => Collaboration::load(conn, id)?.map(|c| c.title),
    }
    .unwrap_or_else(|| words.format("decision-log-deleted", &[("kind", subject.kind().into())])))
}

/// The year's decisions as CSV text, with Excel's byte-order mark, and how many it holds.
pub fn csv(store: &Store, year: i32) -> Result<(String, u32)> {
    let locale = settings::get(store)?.locale;
    let words = Words::for_locale(&locale);
    let delimiter = delimiter_for_locale(&locale);
    let mut records = Vec::new();
    for d in comments::decisions(store, year, None)? {
        let campaign =
            d.campaign_id.map(|id| name_of(store, &words, Subject::Campaign { id })).transpose()?.unwrap_or_default();
        let concerns: Vec<String> = d.concerns.iter().map(|s| name_of(store, &words, *s)).collect::<Result<_>>()?;
        let cells = [
            d.decided_on.to_string(),
            d.decision,
            d.rationale,
            d.decided_by,
            campaign,
            concerns.join(&words.text("decision-log-separator")),
        ];
        records.push(cells.iter().map(|c| neutralised(c).into_owned()).collect());
    }
    let n = records.len() as u32;
    let header: Vec<String> = COLUMNS.iter().map(|c| words.text(&format!("decision-log-column-{c}"))).collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    Ok((for_excel(delimiter, &header, records)?, n))
}

/// Writes the year's decision log to `out` (`.csv`); returns how many decisions it holds.
pub fn export(store: &Store, year: i32, out: &Path) -> Result<u32> {
    if out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() != Some("csv") {
        return Err(Error::validation("out", Sentence::new("error-name-csv")));
    }
    let (text, n) = csv(store, year)?;
    write_atomically("out", out, text.as_bytes())?;
    Ok(n)
}
