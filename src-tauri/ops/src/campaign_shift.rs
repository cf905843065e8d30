//! Moving or resizing a campaign's window. A move (both ends by the same number of
//! days) takes the campaign's dated items along, keeping their offsets; a resize moves
//! no item. One operation serves the preview and the change: run dry, it says what
//! would move and asks the findings checker which findings the shift would create (the
//! same rules as the Checks view: blackouts with their levels, daily limits, gaps, the
//! window itself); run for real, it is one undoable change.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::findings::{self, CheckCache};
use super::{settings, target, Sentence};
use crate::domain::{validate, Campaign, ContentItem, ItemStatus};
use crate::error::{Error, Result};
use crate::schedule::findings::{Finding, PlanItem, WhatIf};
use crate::store::records::items as item_rows;
use crate::store::Store;

/// The window a campaign is moved or resized to (dates; the end inclusive).
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CampaignWindow {
    /// The new first day, `YYYY-MM-DD`.
    pub start_date: String,
    /// The new last day, `YYYY-MM-DD`.
    pub end_date: String,
}

/// One item that moves with its campaign, with its plan-zone start before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemShift {
    /// The item.
    pub item_id: Uuid,
    /// Its title.
    pub title: String,
    /// Its start before.
    pub from: Option<String>,
    /// Its start after.
    pub to: Option<String>,
}

/// An item whose new time the clocks skip (the spring-forward night): it goes out at the
/// first time that exists, an hour later, and the preview says so.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SkippedTime {
    /// The item.
    pub item_id: Uuid,
    /// Its title.
    pub title: String,
    /// The wall-clock time the move asked for, which does not exist.
    pub asked: String,
    /// Where it lands instead.
    pub lands: Option<String>,
}

/// What moving a campaign's window does: its new window, the items that move, the times the clocks skip and the findings it creates.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ShiftPreview {
    /// The campaign.
    pub campaign_id: Uuid,
    /// Its new first day.
    pub start_date: NaiveDate,
    /// Its new last day.
    pub end_date: NaiveDate,
    /// Days the items move by: 0 for a resize.
    pub days: i32,
    /// The items that move.
    pub moves: Vec<ItemShift>,
    /// The findings the shift creates, as the Checks view would then list them.
    pub findings: Vec<Finding>,
    /// Items whose new time the clocks skip.
    pub skipped: Vec<SkippedTime>,
}

/// Moves or resizes the campaign to `window`, its items with it, as one undoable change;
/// with `dry_run`, only says what it would do and the findings it would create.
pub fn shift(
    store: &mut Store,
    cache: &mut CheckCache,
    id: &str,
    window: &CampaignWindow,
    now: DateTime<Utc>,
    dry_run: bool,
) -> Result<ShiftPreview> {
    let Shift { campaign, after, items, preview } = plan_shift(store, id, window)?;
    let tz = settings::get(store)?.tz();
    let mut preview = preview;
    preview.findings = created_findings(store, cache, &after, &items, tz, now)?;
    preview
        .findings
        .extend(items.iter().filter_map(|(before, after)| crate::schedule::review::back_to_review(before, after)));
    if dry_run {
        return Ok(preview);
    }
    let id = if preview.days == 0 { "history-resize-campaign" } else { "history-move-campaign" };
    store.write(&Sentence::titled(id, &campaign.name), |b| {
        b.update(&campaign, &after)?;
        for (before, moved) in &items {
            b.update(before, moved)?;
        }
        Ok(())
    })?;
    Ok(preview)
}

/// The findings the shift would create, in every year it touches.
fn created_findings(
    store: &Store,
    cache: &mut CheckCache,
    campaign: &Campaign,
    items: &[Moved],
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<Vec<Finding>> {
    let days = items.iter().flat_map(|(before, after)| [before.schedule.local_date(tz), after.schedule.local_date(tz)]);
    let years =
        [campaign.start_date.year(), campaign.end_date.year()].into_iter().chain(days.flatten().map(|d| d.year()));
    let change = WhatIf {
        items: items.iter().map(|(_, after)| PlanItem::new(after, tz)).collect(),
        campaigns: vec![campaign.clone()],
    };
    findings::created_by(store, cache, &change, years, now)
}

/// An item before and after the shift.
type Moved = (ContentItem, ContentItem);

struct Shift {
    campaign: Campaign,
    /// The campaign with its new window.
    after: Campaign,
    /// Each item that moves, before and after.
    items: Vec<Moved>,
    preview: ShiftPreview,
}

fn plan_shift(store: &Store, id: &str, window: &CampaignWindow) -> Result<Shift> {
    let campaign: Campaign = target(store, id)?;
    let start = validate::date("startDate", &window.start_date)?;
    let end = validate::date("endDate", &window.end_date)?;
    if end < start {
        return Err(Error::validation("endDate", Sentence::new("error-campaign-ends-before-start")));
    }
    let start_delta = (start - campaign.start_date).num_days();
    let days = if (end - campaign.end_date).num_days() == start_delta { start_delta } else { 0 };
    let tz = settings::get(store)?.tz();
    let (items, skipped) = if days == 0 { (vec![], vec![]) } else { moved_items(store, &campaign, days, tz)? };
    let moves = items
        .iter()
        .map(|(before, after)| ItemShift {
            item_id: before.id,
            title: before.title.clone(),
            from: before.schedule.local_start(tz),
            to: after.schedule.local_start(tz),
        })
        .collect();
    let days = i32::try_from(days)
        .map_err(|_| Error::validation("startDate", Sentence::new("error-campaign-moved-too-far")))?;
    let preview = ShiftPreview {
        campaign_id: campaign.id,
        start_date: start,
        end_date: end,
        days,
        moves,
        findings: vec![],
        skipped,
    };
    let after = Campaign { start_date: start, end_date: end, ..campaign.clone() };
    Ok(Shift { campaign, after, items, preview })
}

/// The campaign's dated items, moved by `days`, and those whose new time the clocks skip.
/// Published and cancelled items stay where they were: they record what happened.
fn moved_items(store: &Store, campaign: &Campaign, days: i64, tz: Tz) -> Result<(Vec<Moved>, Vec<SkippedTime>)> {
    let items: Vec<ContentItem> = item_rows::dated_of_campaign(store.conn(), campaign.id)?;
    let mut moved = Vec::new();
    let mut skipped = Vec::new();
    for before in items.into_iter().filter(|i| !matches!(i.status, ItemStatus::Published | ItemStatus::Cancelled)) {
        let to = before.schedule.moved_by(chrono::Duration::days(days), tz);
        if let Some(asked) = to.skipped {
            skipped.push(SkippedTime {
                item_id: before.id,
                title: before.title.clone(),
                asked: crate::domain::iso::date_time_text(asked),
                lands: to.schedule.local_start(tz),
            });
        }
        let after = super::items::reviewed(store, &before, ContentItem { schedule: to.schedule, ..before.clone() })?;
        moved.push((before, after));
    }
    Ok((moved, skipped))
}
