use uuid::Uuid;

use super::{quoted, target};
use crate::domain::{Campaign, ContentItem, Objective, ObjectiveDraft};
use crate::error::Result;
use crate::store::records::{
    campaign_from_row, item_from_row, objective_from_row, CAMPAIGN_SELECT, ITEM_COLUMNS,
    OBJECTIVE_COLUMNS,
};
use crate::store::Store;

pub fn list(store: &Store) -> Result<Vec<Objective>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {OBJECTIVE_COLUMNS} FROM objective ORDER BY name COLLATE NOCASE"
    ))?;
    let rows = stmt.query_map([], objective_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn create(store: &mut Store, draft: &ObjectiveDraft) -> Result<Objective> {
    let objective = draft.validate(Uuid::now_v7())?;
    store.write(&format!("Add objective {}", quoted(&objective.name)), |b| {
        b.insert(&objective)
    })?;
    Ok(objective)
}

pub fn update(store: &mut Store, id: &str, draft: &ObjectiveDraft) -> Result<Objective> {
    let before: Objective = target(store, id)?;
    let after = draft.validate(before.id)?;
    store.write(&format!("Edit objective {}", quoted(&after.name)), |b| {
        b.update(&before, &after)
    })?;
    Ok(after)
}

/// Deletes an objective, taking it off every campaign and item that serves it
/// (one undoable change).
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let objective: Objective = target(store, id)?;
    let key = objective.id.to_string();
    let campaigns: Vec<Campaign> = {
        let mut stmt = store.conn().prepare(&format!(
            "{CAMPAIGN_SELECT} WHERE c.id IN (SELECT campaign_id FROM campaign_objective WHERE objective_id = ?1)"
        ))?;
        let rows = stmt.query_map([&key], campaign_from_row)?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let items: Vec<ContentItem> = {
        let mut stmt = store.conn().prepare(&format!(
            "SELECT {ITEM_COLUMNS} FROM content_item i WHERE i.id IN (SELECT item_id FROM item_objective WHERE objective_id = ?1)"
        ))?;
        let rows = stmt.query_map([&key], item_from_row)?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    store.write(
        &format!("Delete objective {}", quoted(&objective.name)),
        |b| {
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
            b.delete(&objective)
        },
    )
}
