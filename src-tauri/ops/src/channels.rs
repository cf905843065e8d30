//! Channel operations: list, create, update, delete, and the label a channel goes by.

use uuid::Uuid;

use super::forms::{self, FormRecord};
use super::{referenced, short_title, target, Sentence};
use crate::domain::{Brand, Campaign, Channel, ChannelDraft, CoverageRule};
use crate::error::{Error, Result};
use crate::store::records::items::{self, ItemLink};
use crate::store::records::{campaigns, channels, coverage_rules};
use crate::store::Store;

/// Every channel: active first, then by platform and handle.
pub fn list(store: &Store) -> Result<Vec<Channel>> {
    channels::in_order(store.conn())
}

/// A channel's name as people say it in British English: "Instagram @westmarkpolice" (see
/// [`Channel::name`] for a reader's own words).
pub fn label(channel: &Channel) -> String {
    channel.name().to_string()
}

impl FormRecord for Channel {
    type Draft = ChannelDraft;
    const KIND: &'static str = "channel";
    fn from_draft(draft: &ChannelDraft, id: Uuid) -> Result<Channel> {
        draft.validate(id)
    }
    fn title(&self) -> String {
        label(self)
    }
    fn check_in(&self, store: &Store) -> Result<()> {
        referenced::<Brand>(store, "brandId", self.brand_id).map(drop)
    }
}

/// Adds a channel.
pub fn create(store: &mut Store, draft: &ChannelDraft) -> Result<Channel> {
    forms::create(store, draft)
}

/// Saves the channel form over channel `id`.
pub fn update(store: &mut Store, id: &str, draft: &ChannelDraft) -> Result<Channel> {
    forms::update(store, id, draft)
}

/// Deletes a channel that has no items, taking it off the campaigns that name it.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let channel: Channel = target(store, id)?;
    let items = items::count_by(store.conn(), ItemLink::Channel, channel.id)?;
    if items > 0 {
        return Err(Error::conflict(
            Sentence::new("error-rules-channel-has-items")
                .with("name", short_title(&label(&channel)))
                .with("count", items),
        ));
    }
    let campaigns: Vec<Campaign> = campaigns::on_channel(store.conn(), channel.id)?;
    let rules: Vec<CoverageRule> = coverage_rules::on_channel(store.conn(), channel.id)?;
    store.write(&Sentence::titled("history-delete-channel", &label(&channel)), |b| {
        // A rule for this channel alone has nothing left to count.
        for rule in &rules {
            b.delete(rule)?;
        }
        for before in &campaigns {
            let mut after = before.clone();
            after.channel_ids.retain(|c| *c != channel.id);
            b.update(before, &after)?;
        }
        b.delete(&channel)
    })
}
