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
    let head: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| Error::validation("file", Sentence::new("error-files-not-json").with("reason", e.to_string())))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(Error::validation("file", Sentence::new("error-files-not-plan-document").with("format", FORMAT)));
    }
    let version = head.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(Error::conflict(
            Sentence::new("error-files-newer-plan-version").with("version", version).with("supported", VERSION),
        ));
    }
    serde_json::from_value(head).map_err(|e| {
        Error::validation(
            "file",
            Sentence::new("error-files-not-plan-version").with("version", VERSION).with("reason", e.to_string()),
        )
    })
}

/// Imports the document at `path` into `store`, which must hold no plan yet; returns the
/// records imported.
pub fn apply(store: &mut Store, path: &Path) -> Result<u32> {
    let doc = read(path)?;
    let conn = store.conn();
    if count::<Brand>(conn)? + count::<Channel>(conn)? + count::<ContentItem>(conn)? > 0 {
        return Err(Error::conflict(Sentence::new("error-plan-not-empty")));
    }
    let current = settings::the_one(conn)?.ok_or_else(|| Error::io(Sentence::new("error-files-no-settings-row")))?;
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
            doc.outcomes.iter().try_for_each(|r| b.insert(r))?;
            doc.comments.iter().try_for_each(|r| b.insert(r))?;
            doc.decisions.iter().try_for_each(|r| b.insert(r))
        })
        .map_err(|e| match e {
            Error::Io { .. } | Error::Validation { .. } => e,
            other => Error::validation(
                "file",
                Sentence::new("error-files-records-do-not-fit").with("reason", other.as_sentence()),
            ),
        })?;
    Ok(doc.records())
}
