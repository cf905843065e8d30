//! Brand operations: list, create, update, delete (refused while it owns channels).

use uuid::Uuid;

use super::forms::{self, form_record};
use super::{referenced, short_title, target, Sentence};
use crate::domain::{Brand, BrandDraft, Channel};
use crate::error::{Error, Result};
use crate::store::records::brands;
use crate::store::Store;

/// Every brand, by name.
pub fn list(store: &Store) -> Result<Vec<Brand>> {
    brands::by_name(store.conn())
}

form_record!(Brand, BrandDraft, "brand");

/// Adds a brand.
pub fn create(store: &mut Store, draft: &BrandDraft) -> Result<Brand> {
    forms::create(store, draft)
}

/// Saves the brand form over brand `id`.
pub fn update(store: &mut Store, id: &str, draft: &BrandDraft) -> Result<Brand> {
    forms::update(store, id, draft)
}

/// Deletes a brand that has no channel left.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let brand: Brand = target(store, id)?;
    let channels = brands::channel_count(store.conn(), brand.id)?;
    if channels > 0 {
        return Err(Error::conflict(
            Sentence::new("error-rules-brand-owns-channels")
                .with("name", short_title(&brand.name))
                .with("count", channels),
        ));
    }
    store.write(&Sentence::titled("history-delete-brand", &brand.name), |b| b.delete(&brand))
}

/// The brand whose rules an item on `channel` follows.
pub(crate) fn brand_of(store: &Store, channel: Uuid) -> Result<Brand> {
    let channel: Channel = referenced(store, "channelId", channel)?;
    referenced(store, "brandId", channel.brand_id)
}
