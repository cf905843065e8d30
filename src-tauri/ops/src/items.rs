//! Content item operations: the calendar's window and the backlog, get, create, update,
//! move (or its dry run) and delete, and translations.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::channels::label;
use super::{referenced, settings, target, Sentence};
use crate::domain::approval::refused_step;
use crate::domain::{validate, Campaign, Channel, ContentItem, ItemDraft, ItemStatus, ItemSummary, Objective, Series};
use crate::error::{Error, Result};
use crate::store::records::{collaborations, items as item_rows};
use crate::store::Store;
use crate::timeline::readable_on;

/// The longest window one query may ask for.
pub const MAX_WINDOW_DAYS: u64 = 400;

/// Which items to show; an empty list means "any".
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemFilter {
    /// The ids of the channels shown.
    pub channel_ids: Vec<String>,
    /// The ids of the campaigns shown.
    pub campaign_ids: Vec<String>,
    /// The statuses shown.
    pub statuses: Vec<ItemStatus>,
    /// Items of collaborations that any of these partners is part of.
    #[serde(default)]
    pub partner_ids: Vec<String>,
}

/// Dates in the plan's zone; `to` is exclusive.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WindowQuery {
    /// The first day, `YYYY-MM-DD`.
    pub from: String,
    /// The day after the last, `YYYY-MM-DD`.
    pub to: String,
    /// Which items.
    pub filter: ItemFilter,
}

/// An item as the calendar shows it: with its plan-zone start and what it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarItem {
    /// The whole item.
    pub item: ContentItem,
    /// `2027-03-31T09:30:00` for a timed item, `2027-03-31` for an all-day one, none in the backlog.
    pub local_start: Option<String>,
    /// Its channel's label.
    pub channel_label: String,
    /// Its channel's colour.
    pub channel_colour: String,
    /// The text colour that reads on the channel's colour.
    pub channel_ink: &'static str,
    /// Its campaign's name, if any.
    pub campaign_name: Option<String>,
}

/// An item summary on the calendar or in the backlog, as [`CalendarItem`] is for a whole item.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarEntry {
    /// The item, without its copy and notes.
    pub item: ItemSummary,
    /// Its start on the plan's wall clock, as for [`CalendarItem`].
    pub local_start: Option<String>,
    /// Its channel's label.
    pub channel_label: String,
    /// Its channel's colour.
    pub channel_colour: String,
    /// The text colour that reads on the channel's colour.
    pub channel_ink: &'static str,
    /// Its campaign's name, if any.
    pub campaign_name: Option<String>,
    /// The collaboration the item is part of, for its badge.
    pub collaboration_id: Option<Uuid>,
}

/// A channel's label, colour and the ink that reads on it, looked up per item from a map
/// of the (few) channels.
type ChannelFaces = HashMap<Uuid, (String, String, &'static str)>;

fn channel_faces(store: &Store) -> Result<ChannelFaces> {
    Ok(super::channels::list(store)?
        .into_iter()
        .map(|c| {
            let ink = readable_on(&c.colour);
            (c.id, (label(&c), c.colour, ink))
        })
        .collect())
}

/// The filter with its ids checked.
pub(crate) fn row_filter(filter: &ItemFilter) -> Result<item_rows::Filter> {
    Ok(item_rows::Filter {
        channel_ids: validate::ids("channelIds", &filter.channel_ids)?,
        campaign_ids: validate::ids("campaignIds", &filter.campaign_ids)?,
        statuses: filter.statuses.clone(),
        partner_ids: validate::ids("partnerIds", &filter.partner_ids)?,
    })
}

/// The items on the calendar between two dates of the plan's zone.
pub fn list_window(store: &Store, query: &WindowQuery) -> Result<Vec<CalendarEntry>> {
    let tz = settings::get(store)?.tz();
    let from = validate::date("from", &query.from)?;
    let to = validate::date("to", &query.to)?;
    if to <= from {
        return Err(Error::validation("to", Sentence::new("error-window-order")));
    }
    if (to - from).num_days() as u64 > MAX_WINDOW_DAYS {
        return Err(Error::validation("to", Sentence::new("error-window-days").with("max", MAX_WINDOW_DAYS)));
    }
    let filter = row_filter(&query.filter)?;
    let faces = Faces::of(store)?;
    let mut items = item_rows::calendar_window(store.conn(), (from, to), tz, &filter, |i, c| faces.entry(i, c, tz))?;
    // Sorted here rather than in SQL: cheaper than a temporary b-tree, and by the plan's
    // wall clock, so a day's all-day items come before its timed ones.
    items.sort_unstable_by(|a, b| (&a.local_start, a.item.id).cmp(&(&b.local_start, b.item.id)));
    Ok(items)
}

/// The ideas backlog: items with no date yet, newest first.
pub fn list_backlog(store: &Store, filter: &ItemFilter) -> Result<Vec<CalendarEntry>> {
    let tz = settings::get(store)?.tz();
    let faces = Faces::of(store)?;
    let mut items = item_rows::calendar_backlog(store.conn(), &row_filter(filter)?, |i, c| faces.entry(i, c, tz))?;
    items.sort_unstable_by_key(|e| std::cmp::Reverse(e.item.id));
    Ok(items)
}

/// The most items one search answers with: a handful to choose from, as a palette shows.
pub const FOUND_AT_MOST: usize = 8;

/// The items whose title holds every word of `words`, in any case and any order (the
/// command palette's "go to an item"): the coming ones first, soonest first, then the past
/// ones, latest first, then the backlog's. No words find nothing.
pub fn find(store: &Store, words: &str) -> Result<Vec<CalendarEntry>> {
    let words: Vec<String> =
        validate::text("words", words, validate::MAX_SHORT, false)?.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let tz = settings::get(store)?.tz();
    let faces = Faces::of(store)?;
    // Only the items found are made into entries, not every item of the plan.
    let holds = |title: &str| {
        let title = title.to_lowercase();
        words.iter().all(|w| title.contains(w.as_str()))
    };
    let read = item_rows::calendar_all(store.conn(), |i, c| holds(&i.title).then(|| faces.entry(i, c, tz)))?;
    let mut found: Vec<CalendarEntry> = read.into_iter().flatten().collect();
    let today = chrono::Utc::now().with_timezone(&tz).date_naive().to_string();
    found.sort_by(|a, b| {
        let (sa, sb) = (standing(a, &today), standing(b, &today));
        let by_day = match sa {
            Standing::Past => b.local_start.cmp(&a.local_start),
            _ => a.local_start.cmp(&b.local_start),
        };
        sa.cmp(&sb).then(by_day).then_with(|| a.item.title.cmp(&b.item.title))
    });
    found.truncate(FOUND_AT_MOST);
    Ok(found)
}

/// Where a found item stands against today, in the order a search lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Standing {
    Coming,
    Past,
    Undated,
}

fn standing(entry: &CalendarEntry, today: &str) -> Standing {
    match entry.local_start.as_deref().and_then(|s| s.get(..10)) {
        Some(day) if day >= today => Standing::Coming,
        Some(_) => Standing::Past,
        None => Standing::Undated,
    }
}

/// What an entry shows besides its item: its channel's face and its collaboration.
struct Faces {
    channels: ChannelFaces,
    collaborations: HashMap<Uuid, Uuid>,
}

impl Faces {
    fn of(store: &Store) -> Result<Faces> {
        Ok(Faces { channels: channel_faces(store)?, collaborations: collaborations::of_items(store.conn())? })
    }

    /// An item as the calendar shows it, with its channel, campaign and collaboration.
    fn entry(&self, item: ItemSummary, campaign_name: Option<String>, tz: Tz) -> CalendarEntry {
        let (channel_label, channel_colour, channel_ink) =
            self.channels.get(&item.channel_id).cloned().unwrap_or((String::new(), String::new(), "#ffffff"));
        CalendarEntry {
            local_start: item.schedule.local_start(tz),
            channel_label,
            channel_colour,
            channel_ink,
            campaign_name,
            collaboration_id: self.collaborations.get(&item.id).copied(),
            item,
        }
    }
}

/// An item as the editor shows it.
pub fn get(store: &Store, id: &str) -> Result<CalendarItem> {
    let item: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    to_calendar_item(store, item, tz)
}

fn to_calendar_item(store: &Store, item: ContentItem, tz: Tz) -> Result<CalendarItem> {
    let channel: Channel = referenced(store, "channelId", item.channel_id)?;
    let campaign: Option<Campaign> = item.campaign_id.map(|c| referenced(store, "campaignId", c)).transpose()?;
    Ok(CalendarItem {
        local_start: item.schedule.local_start(tz),
        channel_label: label(&channel),
        channel_ink: readable_on(&channel.colour),
        channel_colour: channel.colour,
        campaign_name: campaign.map(|c| c.name),
        item,
    })
}

pub(crate) fn check_references(store: &Store, item: &ContentItem) -> Result<()> {
    referenced::<Channel>(store, "channelId", item.channel_id)?;
    if let Some(m) = item.owner_id {
        referenced::<crate::domain::Member>(store, "ownerId", m)?;
    }
    if let Some(c) = item.campaign_id {
        referenced::<Campaign>(store, "campaignId", c)?;
    }
    for o in &item.objective_ids {
        referenced::<Objective>(store, "objectiveIds", *o)?;
    }
    Ok(())
}

/// Adds an item from the editor's draft.
pub fn create(store: &mut Store, draft: &ItemDraft) -> Result<CalendarItem> {
    let tz = settings::get(store)?.tz();
    let item = draft.validate(Uuid::now_v7(), tz)?;
    if let Some(why) = refused_step(None, item.status) {
        return Err(Error::validation("status", why));
    }
    check_references(store, &item)?;
    store.write(&Sentence::titled("history-add-item", &item.title), |b| b.insert(&item))?;
    to_calendar_item(store, item, tz)
}

/// Saves the editor's draft over the item `id`.
pub fn update(store: &mut Store, id: &str, draft: &ItemDraft) -> Result<CalendarItem> {
    let before: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    let after = ContentItem {
        translation_group: before.translation_group,
        series_id: before.series_id,
        recurrence_id: before.recurrence_id.clone(),
        detached: before.series_id.is_some(),
        ..draft.validate(before.id, tz)?
    };
    if let Some(why) = refused_step(Some(before.status), after.status) {
        return Err(Error::validation("status", why));
    }
    check_references(store, &after)?;
    let after = reviewed(store, &before, after)?;
    store.write(&Sentence::titled("history-edit-item", &after.title), |b| b.update(&before, &after))?;
    to_calendar_item(store, after, tz)
}

/// `after` as it is written: back in review when its brand asks for that of this change.
pub fn reviewed(store: &Store, before: &ContentItem, after: ContentItem) -> Result<ContentItem> {
    let rule = super::brands::brand_of(store, before.channel_id)?.reapproval;
    Ok(if crate::domain::approval::needs_review_again(before, &after, rule) {
        ContentItem { status: ItemStatus::InReview, ..after }
    } else {
        after
    })
}

/// One item as the calendar draws it (what a view patches after a move).
pub fn entry(store: &Store, item: &ContentItem, tz: Tz) -> Result<CalendarEntry> {
    let drawn = to_calendar_item(store, item.clone(), tz)?;
    Ok(CalendarEntry {
        item: ItemSummary::from(&drawn.item),
        local_start: drawn.local_start,
        channel_label: drawn.channel_label,
        channel_colour: drawn.channel_colour,
        channel_ink: drawn.channel_ink,
        campaign_name: drawn.campaign_name,
        collaboration_id: collaborations::of_item(store.conn(), item.id)?,
    })
}

/// A version of the item in another language, on the same day, linked to it: the
/// findings flag the versions when they drift apart.
pub fn add_translation(store: &mut Store, id: &str, language: &str) -> Result<CalendarItem> {
    let original: ContentItem = target(store, id)?;
    let language = validate::text("language", language, 35, true)?;
    let group = original.translation_group.unwrap_or_else(Uuid::now_v7);
    let taken: Vec<ContentItem> = item_rows::translations(store.conn(), group, None)?;
    if language == original.language || taken.iter().any(|i| i.language == language) {
        return Err(Error::validation("language", Sentence::new("error-version-exists").with("language", language)));
    }
    let version = ContentItem {
        id: Uuid::now_v7(),
        title: format!("{} ({language})", original.title),
        language,
        translation_group: Some(group),
        ..original.clone()
    };
    let linked = ContentItem { translation_group: Some(group), ..original.clone() };
    let tz = settings::get(store)?.tz();
    store.write(
        &Sentence::titled("history-add-version", &original.title).with("language", &version.language),
        |b| {
            if original.translation_group.is_none() {
                b.update(&original, &linked)?;
            }
            b.insert(&version)
        },
    )?;
    to_calendar_item(store, version, tz)
}

/// The item's versions in other languages (itself excluded).
pub fn translations(store: &Store, id: &str) -> Result<Vec<CalendarItem>> {
    let item: ContentItem = target(store, id)?;
    let Some(group) = item.translation_group else { return Ok(vec![]) };
    let tz = settings::get(store)?.tz();
    let versions: Vec<ContentItem> = item_rows::translations(store.conn(), group, Some(item.id))?;
    versions.into_iter().map(|v| to_calendar_item(store, v, tz)).collect()
}

/// Deletes an item. An occurrence of a series goes on its own: its recurrence becomes an
/// exception of the series (so the series does not make it again), and a series left with
/// no occurrence goes with it. (Deleting the following occurrences or a whole series is
/// `series::delete`, which takes this for one.)
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let item: ContentItem = target(store, id)?;
    let Some(series_id) = item.series_id else {
        return store.write(&Sentence::titled("history-delete-item", &item.title), |b| b.delete(&item));
    };
    let series: Series = target(store, &series_id.to_string())?;
    let others = item_rows::of_series(store.conn(), series.id)?.len().saturating_sub(1);
    let mut kept = series.clone();
    kept.exceptions.push(item.recurrence_id.clone().unwrap_or_default());
    store.write(&Sentence::titled("history-delete-occurrence", &item.title), |b| {
        b.delete(&item)?;
        if others > 0 {
            b.update(&series, &kept)
        } else {
            b.delete(&series)
        }
    })
}

/// The plan-zone dates a window of `days` days starting on `from` covers, for callers that page.
pub fn window_end(from: NaiveDate, days: u64) -> NaiveDate {
    from.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX)
}

/// Who changed the item and how, newest first: this laptop's actions and the team's.
pub fn history(store: &Store, id: &str) -> Result<Vec<crate::store::journal::RowChange>> {
    let item: ContentItem = target(store, id)?;
    use crate::store::records::Record;
    crate::store::journal::row_history(store.conn(), ContentItem::ENTITY, item.id, 50)
}
