//! The facts the scheduling wing reads, loaded from the store: the settings, channels,
//! campaigns, members, blackouts, collaborations and partners of the plan, and the items
//! of a span of days with the backlog.

use chrono::{DateTime, Days, NaiveDate, Utc};

use super::{channels, collaborations, settings};
use crate::domain::Settings;
use crate::error::Result;
use crate::schedule::facts::{week_of, weekday, ChannelFacts, Facts};
use crate::store::records::{campaigns, items, key_dates, members, partners};
use crate::store::Store;

/// The plan's facts for `year`, widened to whole weeks so every week's load is complete.
pub fn load_year(store: &Store, year: i32, now: DateTime<Utc>) -> Result<Facts> {
    let s = settings::get(store)?;
    let week_start = weekday(s.week_start);
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let next = NaiveDate::from_ymd_opt(year + 1, 1, 1).unwrap_or(NaiveDate::MAX);
    let from = week_of(jan1, week_start);
    let to = week_of(next, week_start).checked_add_days(Days::new(7)).unwrap_or(next);
    load(store, &s, from, to, now)
}

/// The plan's facts for the days from `from` to `to` (exclusive).
fn load(store: &Store, s: &Settings, from: NaiveDate, to: NaiveDate, now: DateTime<Utc>) -> Result<Facts> {
    let tz = s.tz();
    let conn = store.conn();
    let channels = channels::list(store)?
        .into_iter()
        .map(|c| {
            let facts = ChannelFacts {
                label: c.name(),
                platform: c.platform,
                max_per_day: c.max_per_day,
                min_gap_minutes: c.min_gap_minutes,
                posting_slots: c.posting_slots,
                active: c.active,
            };
            (c.id, facts)
        })
        .collect();
    Ok(Facts {
        tz,
        now,
        today: now.with_timezone(&tz).date_naive(),
        week_start: weekday(s.week_start),
        confirm_days: s.confirm_days,
        from,
        to,
        channels,
        campaigns: campaigns::all(conn)?.into_iter().map(|c| (c.id, c)).collect(),
        members: members::all(conn)?.into_iter().map(|m| (m.id, m)).collect(),
        blackouts: key_dates::blackouts(conn)?,
        collaborations: collaborations::list(store)?,
        partners: partners::all(conn)?,
        items: items::plan_items(conn, from, to, tz)?,
    })
}
