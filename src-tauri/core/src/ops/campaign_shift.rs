//! Moving or resizing a campaign's window. A move (both ends by the same number of
//! days) takes the campaign's dated items along, keeping their offsets; a resize moves
//! no item. The preview lists every move and every item that would land in a blackout
//! or push its channel over its daily limit; applying is one undoable change.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::items::{self, ItemFilter, WindowQuery, MAX_WINDOW_DAYS};
use super::{channels, quoted, settings, target};
use crate::domain::{validate, Campaign, ContentItem, ItemStatus, KeyDate, KeyDateCategory};
use crate::error::{Error, Result};
use crate::store::records::query;
use crate::store::{sql, Store};

/// The window a campaign is moved or resized to (dates; the end inclusive).
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CampaignWindow {
    pub start_date: String,
    pub end_date: String,
}

/// One item that moves with its campaign, with its plan-zone start before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemShift {
    pub item_id: Uuid,
    pub title: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// What a shift would break.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ShiftWarning {
    /// The item would land in a blackout period.
    Blackout { item_id: Uuid, title: String, day: NaiveDate, blackout: String },
    /// The channel would carry more items that day than it allows.
    OverDailyLimit { channel_id: Uuid, channel: String, day: NaiveDate, planned: u32, limit: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ShiftPreview {
    pub campaign_id: Uuid,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// Days the items move by: 0 for a resize.
    pub days: i32,
    pub moves: Vec<ItemShift>,
    pub warnings: Vec<ShiftWarning>,
}

/// What moving or resizing the campaign to `window` would do; changes nothing.
pub fn preview(store: &Store, id: &str, window: &CampaignWindow) -> Result<ShiftPreview> {
    Ok(plan_shift(store, id, window)?.preview)
}

/// Moves or resizes the campaign and moves its items, as one undoable change.
pub fn apply(store: &mut Store, id: &str, window: &CampaignWindow) -> Result<ShiftPreview> {
    let Shift { campaign, items, preview } = plan_shift(store, id, window)?;
    let after = Campaign { start_date: preview.start_date, end_date: preview.end_date, ..campaign.clone() };
    let verb = if preview.days == 0 { "Resize" } else { "Move" };
    store.write(&format!("{verb} campaign {}", quoted(&campaign.name)), |b| {
        b.update(&campaign, &after)?;
        for (before, moved) in &items {
            b.update(before, moved)?;
        }
        Ok(())
    })?;
    Ok(preview)
}

struct Shift {
    campaign: Campaign,
    /// Each item that moves, before and after.
    items: Vec<(ContentItem, ContentItem)>,
    preview: ShiftPreview,
}

fn plan_shift(store: &Store, id: &str, window: &CampaignWindow) -> Result<Shift> {
    let campaign: Campaign = target(store, id)?;
    let start = validate::date("startDate", &window.start_date)?;
    let end = validate::date("endDate", &window.end_date)?;
    if end < start {
        return Err(Error::validation("endDate", "ends before the campaign starts"));
    }
    let start_delta = (start - campaign.start_date).num_days();
    let days = if (end - campaign.end_date).num_days() == start_delta { start_delta } else { 0 };
    let tz = settings::get(store)?.tz();
    let items = if days == 0 { vec![] } else { moved_items(store, &campaign, days, tz)? };
    let moves = items
        .iter()
        .map(|(before, after)| ItemShift {
            item_id: before.id,
            title: before.title.clone(),
            from: before.schedule.local_start(tz),
            to: after.schedule.local_start(tz),
        })
        .collect();
    let mut warnings = blackout_warnings(store, &items, tz)?;
    warnings.extend(limit_warnings(store, &items, tz)?);
    let days = i32::try_from(days).map_err(|_| Error::validation("startDate", "moves the campaign too far"))?;
    let preview = ShiftPreview { campaign_id: campaign.id, start_date: start, end_date: end, days, moves, warnings };
    Ok(Shift { campaign, items, preview })
}

/// The campaign's dated items, moved by `days`. Published and cancelled items stay where
/// they were: they record what happened.
fn moved_items(store: &Store, campaign: &Campaign, days: i64, tz: Tz) -> Result<Vec<(ContentItem, ContentItem)>> {
    let items: Vec<ContentItem> = query(
        store.conn(),
        "WHERE t.campaign_id = ?1 AND (t.all_day_date IS NOT NULL OR t.starts_at IS NOT NULL)",
        [campaign.id.to_string()],
    )?;
    items
        .into_iter()
        .filter(|i| !matches!(i.status, ItemStatus::Published | ItemStatus::Cancelled))
        .map(|before| {
            let schedule = before.schedule.shifted(days, tz)?;
            let after = ContentItem { schedule, ..before.clone() };
            Ok((before, after))
        })
        .collect()
}

fn blackout_warnings(store: &Store, items: &[(ContentItem, ContentItem)], tz: Tz) -> Result<Vec<ShiftWarning>> {
    let blackouts: Vec<KeyDate> = query(
        store.conn(),
        "WHERE t.category = ?1 OR t.blackout_level IS NOT NULL",
        [crate::domain::enum_name(&KeyDateCategory::Blackout)],
    )?;
    let mut warnings = Vec::new();
    for (_, after) in items {
        let Some(day) = after.schedule.local_date(tz) else { continue };
        if let Some(b) = blackouts.iter().find(|b| b.starts_on <= day && day <= b.ends_on) {
            warnings.push(ShiftWarning::Blackout {
                item_id: after.id,
                title: after.title.clone(),
                day,
                blackout: b.name.clone(),
            });
        }
    }
    Ok(warnings)
}

/// Channels over their daily limit on the days the moved items land on.
fn limit_warnings(store: &Store, items: &[(ContentItem, ContentItem)], tz: Tz) -> Result<Vec<ShiftWarning>> {
    let limits: HashMap<Uuid, (String, u32)> = channels::list(store)?
        .into_iter()
        .filter_map(|c| c.max_per_day.map(|max| (c.id, (channels::label(&c), max))))
        .collect();
    let moving: HashSet<Uuid> = items.iter().map(|(b, _)| b.id).collect();
    // Items landing per (channel, day), counting only channels that have a limit.
    let mut landing: BTreeMap<(NaiveDate, Uuid), u32> = BTreeMap::new();
    for (_, after) in items {
        if let (Some(day), true) = (after.schedule.local_date(tz), limits.contains_key(&after.channel_id)) {
            *landing.entry((day, after.channel_id)).or_default() += 1;
        }
    }
    let (Some(first), Some(last)) = (landing.keys().next().map(|k| k.0), landing.keys().next_back().map(|k| k.0))
    else {
        return Ok(vec![]);
    };
    let staying = items_staying_per_day(store, first, last, &moving)?;
    let mut warnings = Vec::new();
    for ((day, channel_id), arriving) in landing {
        let (channel, limit) = &limits[&channel_id];
        let planned = arriving + staying.get(&(day, channel_id)).copied().unwrap_or(0);
        if planned > *limit {
            warnings.push(ShiftWarning::OverDailyLimit {
                channel_id,
                channel: channel.clone(),
                day,
                planned,
                limit: *limit,
            });
        }
    }
    Ok(warnings)
}

/// Items that do not move, counted per (day, channel), from `first` to `last` inclusive.
fn items_staying_per_day(
    store: &Store,
    first: NaiveDate,
    last: NaiveDate,
    moving: &HashSet<Uuid>,
) -> Result<HashMap<(NaiveDate, Uuid), u32>> {
    let mut counts = HashMap::new();
    let mut from = first;
    while from <= last {
        let to = items::window_end(from, MAX_WINDOW_DAYS).min(last + chrono::Duration::days(1));
        let query = WindowQuery { from: sql::date_text(from), to: sql::date_text(to), filter: ItemFilter::default() };
        for entry in items::list_window(store, &query)? {
            let day = entry.local_start.as_deref().and_then(|s| s.get(..10)).and_then(crate::domain::iso::parse_date);
            if let (Some(day), false) = (day, moving.contains(&entry.item.id)) {
                *counts.entry((day, entry.item.channel_id)).or_default() += 1;
            }
        }
        from = to;
    }
    Ok(counts)
}
