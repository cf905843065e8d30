//! A whole-plan JSON document (see `export::plan_json`) imported into an empty plan: read
//! whole and checked (its format, its version, its size) before anything is written, then
//! inserted in one undoable change, so a document whose records do not fit together (a
//! channel of a brand it does not hold) changes nothing.

use std::path::Path;

use crate::domain::plan_document::{PlanDocument, FORMAT, VERSION};
use crate::domain::{Brand, Channel, ContentItem};
use crate::error::{Error, Result};
use crate::store::backup::{snapshot, Occasion};
use crate::store::records::{count, settings};
use crate::store::Store;
use almanac_model::Sentence;

/// The largest document read (200 MiB: the ten-year archive plan is about 60).
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;

/// Reads and checks a plan document.
pub fn read(path: &Path) -> Result<PlanDocument> {
    let bytes = super::read_bounded(path, MAX_BYTES)?;
    // The format and version first, so a newer document says so rather than failing on a field.
    let head: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| Error::validation("file", format!("is not JSON: {e}")))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(Error::validation(
            "file",
            format!("is not an Almanac plan document (its \"format\" is not \"{FORMAT}\")"),
        ));
    }
    let version = head.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(Error::conflict(format!(
            "this document is version {version} of the plan format, from a newer Almanac (this one reads up to {VERSION})"
        )));
    }
    serde_json::from_value(head)
        .map_err(|e| Error::validation("file", format!("does not hold a plan as version {VERSION} describes it: {e}")))
}

/// Imports the document at `path` into `store`, which must hold no plan yet; returns the
/// records imported.
pub fn apply(store: &mut Store, path: &Path) -> Result<u32> {
    let doc = read(path)?;
    let conn = store.conn();
    if count::<Brand>(conn)? + count::<Channel>(conn)? + count::<ContentItem>(conn)? > 0 {
        return Err(Error::conflict(Sentence::new("error-plan-not-empty")));
    }
    let current = settings::the_one(conn)?.ok_or_else(|| Error::io("the plan has no settings row"))?;
    snapshot(store, Occasion::BeforeImport, store.now())?;
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    store
        .write(&Sentence::new("history-import-plan").with("file", file), |b| {
            b.update(&current, &crate::domain::Settings { id: current.id, ..doc.settings.clone() })?;
            doc.brands.iter().try_for_each(|r| b.insert(r))?;
            doc.channels.iter().try_for_each(|r| b.insert(r))?;
            doc.objectives.iter().try_for_each(|r| b.insert(r))?;
            doc.coverage_rules.iter().try_for_each(|r| b.insert(r))?;
            doc.members.iter().try_for_each(|r| b.insert(r))?;
            doc.campaigns.iter().try_for_each(|r| b.insert(r))?;
            doc.series.iter().try_for_each(|r| b.insert(r))?;
            doc.items.iter().try_for_each(|r| b.insert(r))?;
            doc.partners.iter().try_for_each(|r| b.insert(r))?;
            doc.partner_groups.iter().try_for_each(|r| b.insert(r))?;
            doc.collaborations.iter().try_for_each(|r| b.insert(r))?;
            doc.key_dates.iter().try_for_each(|r| b.insert(r))?;
            doc.plan_years.iter().try_for_each(|r| b.insert(r))?;
            doc.pauses.iter().try_for_each(|r| b.insert(r))?;
            doc.approvals.iter().try_for_each(|r| b.insert(r))?;
            doc.requests.iter().try_for_each(|r| b.insert(r))?;
            doc.post_links.iter().try_for_each(|r| b.insert(r))?;
            doc.post_results.iter().try_for_each(|r| b.insert(r))?;
            doc.outcomes.iter().try_for_each(|r| b.insert(r))
        })
        .map_err(|e| match e {
            Error::Io { .. } | Error::Validation { .. } => e,
            other => {
                Error::validation("file", format!("its records do not fit together ({other}); nothing was imported"))
            }
        })?;
    Ok(doc.records())
}
