//! Channel operations: list, create, update, delete, and the label a channel goes by.

use uuid::Uuid;

use super::{quoted, referenced, target};
use crate::domain::{Brand, Campaign, Channel, ChannelDraft, CoverageRule};
use crate::error::{Error, Result};
use crate::store::records::query;
use crate::store::Store;

pub fn list(store: &Store) -> Result<Vec<Channel>> {
    query(store.conn(), "ORDER BY t.active DESC, t.platform, t.handle COLLATE NOCASE", [])
}

/// A channel's name as people say it: "Instagram @westmarkpolice".
pub fn label(channel: &Channel) -> String {
    format!("{} {}", channel.platform.label(), channel.handle)
}

pub fn create(store: &mut Store, draft: &ChannelDraft) -> Result<Channel> {
    let channel = draft.validate(Uuid::now_v7())?;
    referenced::<Brand>(store.conn(), "brandId", channel.brand_id)?;
    store.write(&format!("Add channel {}", quoted(&label(&channel))), |b| b.insert(&channel))?;
    Ok(channel)
}

pub fn update(store: &mut Store, id: &str, draft: &ChannelDraft) -> Result<Channel> {
    let before: Channel = target(store, id)?;
    let after = draft.validate(before.id)?;
    referenced::<Brand>(store.conn(), "brandId", after.brand_id)?;
    store.write(&format!("Edit channel {}", quoted(&label(&after))), |b| b.update(&before, &after))?;
    Ok(after)
}

/// Deletes a channel that has no items, taking it off the campaigns that name it.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let channel: Channel = target(store, id)?;
    let key = channel.id.to_string();
    let items: i64 =
        store.conn().query_row("SELECT count(*) FROM content_item WHERE channel_id = ?1", [&key], |r| r.get(0))?;
    if items > 0 {
        return Err(Error::conflict(format!(
            "{} has {items} item(s); move or delete them first, or mark the channel inactive",
            quoted(&label(&channel))
        )));
    }
    let campaigns: Vec<Campaign> =
        query(store.conn(), "WHERE t.id IN (SELECT campaign_id FROM campaign_channel WHERE channel_id = ?1)", [&key])?;
    let rules: Vec<CoverageRule> = query(store.conn(), "WHERE t.channel_id = ?1", [&key])?;
    store.write(&format!("Delete channel {}", quoted(&label(&channel))), |b| {
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
