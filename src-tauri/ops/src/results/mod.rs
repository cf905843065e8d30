//! Results against objectives: an item's link to its post, the outcomes and lessons
//! noted by hand, and the report of a year or quarter that the Results view, the
//! "By the numbers" page, the workbook and the JSON all draw from.

mod report;

use uuid::Uuid;

use super::{referenced, target, Sentence};
use crate::domain::{validate, ContentItem, Outcome, OutcomeDraft, PostLink};
use crate::error::Result;
use crate::store::records::Record;
use crate::store::Store;
pub use report::{
    report, CampaignResult, ItemResult, NoteLine, ObjectiveResult, PlatformResult, ResultsPeriod, ResultsReport,
    WeekPoint,
};

/// The link of item `item`, if it has one.
pub fn link_of(store: &Store, item: &str) -> Result<Option<String>> {
    let id = validate::id("item", item)?;
    Ok(PostLink::load(store.conn(), id)?.map(|l| l.link))
}

/// Sets the link of item `item` to its post's permalink or id; empty removes it.
pub fn set_link(store: &mut Store, item: &str, link: &str) -> Result<Option<PostLink>> {
    let item: ContentItem = referenced(store, "item", validate::id("item", item)?)?;
    let before = PostLink::load(store.conn(), item.id)?;
    let after = if link.trim().is_empty() { None } else { Some(PostLink::new(item.id, link.trim())?) };
    let label = Sentence::titled("history-link-post", &item.title);
    store.write(&label, |b| match (&before, &after) {
        (_, Some(new)) => b.put(new),
        (Some(old), None) => b.delete(old),
        (None, None) => Ok(()),
    })?;
    Ok(after)
}

/// Notes an outcome or a lesson.
pub fn create_outcome(store: &mut Store, draft: &OutcomeDraft) -> Result<Outcome> {
    let outcome = draft.validate(Uuid::now_v7())?;
    check_refs(store, &outcome)?;
    store.write(&Sentence::titled("history-add-outcome", &outcome.what), |b| b.insert(&outcome))?;
    Ok(outcome)
}

/// Saves the form over outcome `id`.
pub fn update_outcome(store: &mut Store, id: &str, draft: &OutcomeDraft) -> Result<Outcome> {
    let before: Outcome = target(store, id)?;
    let after = draft.validate(before.id)?;
    check_refs(store, &after)?;
    store.write(&Sentence::titled("history-edit-outcome", &after.what), |b| b.update(&before, &after))?;
    Ok(after)
}

/// Removes outcome `id`.
pub fn delete_outcome(store: &mut Store, id: &str) -> Result<()> {
    let outcome: Outcome = target(store, id)?;
    store.write(&Sentence::titled("history-remove-outcome", &outcome.what), |b| b.delete(&outcome))
}

/// The objective and campaign an outcome names are in the plan.
fn check_refs(store: &Store, outcome: &Outcome) -> Result<()> {
    if let Some(id) = outcome.objective_id {
        referenced::<crate::domain::Objective>(store, "objectiveId", id)?;
    }
    if let Some(id) = outcome.campaign_id {
        referenced::<crate::domain::Campaign>(store, "campaignId", id)?;
    }
    Ok(())
}
