//! The results of a year or quarter as files: "By the numbers", one A4 page (the
//! headline numbers, each objective against its target, the flagship campaigns, the best
//! items, the outcomes and lessons), always exactly one page; the workbook for Excel;
//! and the report as JSON. All three are written from [`crate::ops::results::report`];
//! the page and the workbook in the plan's language.

mod page;
mod workbook;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use specta::Type;

use super::write_atomically;
use crate::error::{Error, Result};
use crate::ops::results::{report, ResultsPeriod};
use crate::ops::settings;
use crate::store::Store;
use crate::words::Words;
use almanac_model::Sentence;

/// What a results export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ResultsWritten {
    /// The file.
    pub path: String,
    /// Its size in bytes.
    pub bytes: u32,
    /// The posts whose numbers it holds.
    pub posts: u32,
    /// Its texts with a character no font on this laptop has (a PDF's, printed as empty boxes).
    pub unprintable: Vec<String>,
}

/// Writes the results of `period` to `out`: `.pdf`, `.xlsx` or `.json` by its extension.
pub fn export(store: &Store, period: ResultsPeriod, now: DateTime<Utc>, out: &Path) -> Result<ResultsWritten> {
    let ext = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let report = report(store, period)?;
    let settings = settings::get(store)?;
    let words = Words::for_locale(&settings.locale);
    let (bytes, unprintable) = match ext.as_deref() {
        Some("pdf") => {
            let today = now.with_timezone(&settings.tz()).date_naive();
            let rendered = page::pdf(&report, &words, today)?;
            (rendered.pdf, rendered.unprintable)
        }
        Some("xlsx") => (workbook::xlsx(store, &report, &words)?, vec![]),
        Some("json") => (json(&report)?, vec![]),
        _ => return Err(Error::validation("out", Sentence::new("error-name-pdf-xlsx-json"))),
    };
    write_atomically("out", out, &bytes)?;
    Ok(ResultsWritten {
        path: out.display().to_string(),
        bytes: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
        posts: report.posts,
        unprintable,
    })
}

/// The report as indented JSON.
pub fn json(report: &crate::ops::results::ResultsReport) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(report)?;
    bytes.push(b'\n');
    Ok(bytes)
}
