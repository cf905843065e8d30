//! Campaign operations: list, get, create, update, delete.

use super::forms::{self, form_record};
use super::{referenced, target, Sentence};
use crate::domain::{Campaign, CampaignDraft, Channel, ContentItem, Objective};
use crate::error::Result;
use crate::store::records::{campaigns, items};
use crate::store::Store;

/// Every campaign, by start and name.
pub fn list(store: &Store) -> Result<Vec<Campaign>> {
    campaigns::by_start(store.conn())
}

/// One campaign.
pub fn get(store: &Store, id: &str) -> Result<Campaign> {
    target(store, id)
}

fn check_references(store: &Store, campaign: &Campaign) -> Result<()> {
    for id in &campaign.objective_ids {
        referenced::<Objective>(store, "objectiveIds", *id)?;
    }
    for id in &campaign.channel_ids {
        referenced::<Channel>(store, "channelIds", *id)?;
    }
    Ok(())
}

form_record!(Campaign, CampaignDraft, "campaign", check: check_references);

/// Adds a campaign.
pub fn create(store: &mut Store, draft: &CampaignDraft) -> Result<Campaign> {
    forms::create(store, draft)
}

/// Saves the editor's draft over campaign `id` (its items stay where they are).
pub fn update(store: &mut Store, id: &str, draft: &CampaignDraft) -> Result<Campaign> {
    forms::update(store, id, draft)
}

/// Deletes a campaign; its items stay in the plan, no longer part of it (one undoable change).
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let campaign: Campaign = target(store, id)?;
    let items: Vec<ContentItem> = items::of_campaign(store.conn(), campaign.id)?;
    store.write(&Sentence::titled("history-delete-campaign", &campaign.name), |b| {
        for before in &items {
            let after = ContentItem { campaign_id: None, ..before.clone() };
            b.update(before, &after)?;
        }
        b.delete(&campaign)
    })
}
