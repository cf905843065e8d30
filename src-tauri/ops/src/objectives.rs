//! Objective operations: list, create, update, delete.

use super::forms::{self, form_record};
use super::{target, Sentence};
use crate::domain::{Campaign, ContentItem, CoverageRule, Objective, ObjectiveDraft};
use crate::error::Result;
use crate::store::records::{campaigns, coverage_rules, items, objectives};
use crate::store::Store;

/// Every objective, by name.
pub fn list(store: &Store) -> Result<Vec<Objective>> {
    objectives::by_name(store.conn())
}

form_record!(Objective, ObjectiveDraft, "objective");

/// Adds an objective.
pub fn create(store: &mut Store, draft: &ObjectiveDraft) -> Result<Objective> {
    forms::create(store, draft)
}

/// Saves the objective form over objective `id`.
pub fn update(store: &mut Store, id: &str, draft: &ObjectiveDraft) -> Result<Objective> {
    forms::update(store, id, draft)
}

/// Deletes an objective, taking it off every campaign and item that serves it and
/// dropping its coverage rules (one undoable change).
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let objective: Objective = target(store, id)?;
    let campaigns: Vec<Campaign> = campaigns::serving(store.conn(), objective.id)?;
    let items: Vec<ContentItem> = items::serving(store.conn(), objective.id)?;
    let rules: Vec<CoverageRule> = coverage_rules::of_objective(store.conn(), objective.id)?;
    store.write(&Sentence::titled("history-delete-objective", &objective.name), |b| {
        for before in &campaigns {
            let mut after = before.clone();
            after.objective_ids.retain(|o| *o != objective.id);
            b.update(before, &after)?;
        }
        for before in &items {
            let mut after = before.clone();
            after.objective_ids.retain(|o| *o != objective.id);
            b.update(before, &after)?;
        }
        for rule in &rules {
            b.delete(rule)?;
        }
        b.delete(&objective)
    })
}
