//! The whole plan as one JSON document with a documented, versioned format
//! (`almanac-plan`, version 1; see README → *Whole-plan JSON*): every record of every
//! kind, as the store holds it, so it imports back into an empty plan row for row, and
//! other tools can read a plan without SQLite. The journal (undo history) is not part of it.

use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};

pub use crate::domain::plan_document::{PlanDocument, FORMAT, VERSION};
use crate::error::Result;
use crate::store::records::every;
use crate::store::Store;

/// The plan as a document, stamped `now`.
pub fn document(store: &Store, now: DateTime<Utc>) -> Result<PlanDocument> {
    let conn = store.conn();
    Ok(PlanDocument {
        format: FORMAT.into(),
        version: VERSION,
        exported: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        settings: crate::ops::settings::get(store)?,
        brands: every(conn)?,
        channels: every(conn)?,
        objectives: every(conn)?,
        coverage_rules: every(conn)?,
        members: every(conn)?,
        campaigns: every(conn)?,
        series: every(conn)?,
        items: every(conn)?,
        partners: every(conn)?,
        partner_groups: every(conn)?,
        collaborations: every(conn)?,
        key_dates: every(conn)?,
        plan_years: every(conn)?,
        pauses: every(conn)?,
        approvals: every(conn)?,
        requests: every(conn)?,
        post_links: every(conn)?,
        post_results: every(conn)?,
        outcomes: every(conn)?,
        comments: every(conn)?,
        decisions: every(conn)?,
    })
}

/// Writes the plan as pretty-printed JSON to `path`, atomically; returns the records written.
pub fn export(store: &Store, now: DateTime<Utc>, path: &Path) -> Result<u32> {
    let doc = document(store, now)?;
    let bytes = serde_json::to_vec_pretty(&doc)?;
    super::write_atomically("out", path, &bytes)?;
    Ok(doc.records())
}
