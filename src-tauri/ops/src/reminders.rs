//! Reminders of what is due, for the member who uses this laptop: items waiting for their
//! approval, collaborations' deadlines coming up, items still in draft a few days before
//! they go out; each kind can be turned off, and a quiet daily digest sums them up. The
//! app shows them as desktop notifications; the choice of kinds stays on the laptop.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{approvals, quoted, settings};
use crate::domain::{Collaboration, ContentItem, ItemStatus};
use crate::error::{Error, Result};
use crate::store::records::{approvals as laptop, collaborations, items as item_rows};
use crate::store::Store;

/// Which reminders this laptop gives, and how far ahead they look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReminderSettings {
    /// Items waiting for this laptop's member to approve them.
    pub approvals: bool,
    /// Collaborations' asset, approval and go-live dates.
    pub deadlines: bool,
    /// Items still an idea or a draft shortly before they go out.
    pub drafts: bool,
    /// One summary a day, the first time the app looks that day.
    pub digest: bool,
    /// How many days ahead deadlines and drafts are looked for (1 to 30).
    pub days_ahead: u32,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings { approvals: true, deadlines: true, drafts: true, digest: true, days_ahead: 3 }
    }
}

/// The kind of a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ReminderKind {
    /// Items wait for approval.
    Approvals,
    /// A collaboration's deadline is near.
    Deadline,
    /// Items go out soon but are not written yet.
    Drafts,
}

/// One thing due.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    /// What kind.
    pub kind: ReminderKind,
    /// Its headline.
    pub title: String,
    /// What it is about, in a sentence.
    pub body: String,
    /// The same reminder has the same key, so it is given once.
    pub key: String,
}

/// The reminder settings of this laptop.
pub fn settings_of(store: &Store) -> Result<ReminderSettings> {
    Ok(laptop::reminder_settings(store.conn())?.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default())
}

/// Saves the reminder settings of this laptop (kept here, never synced).
pub fn save_settings(store: &Store, wanted: &ReminderSettings) -> Result<ReminderSettings> {
    if !(1..=30).contains(&wanted.days_ahead) {
        return Err(Error::validation("daysAhead", "must be from 1 to 30 days"));
    }
    laptop::set_reminder_settings(store.conn(), &serde_json::to_string(wanted)?)?;
    Ok(*wanted)
}

/// What is due now, by the kinds turned on.
pub fn due(store: &Store, now: DateTime<Utc>) -> Result<Vec<Reminder>> {
    let wanted = settings_of(store)?;
    let tz = settings::get(store)?.tz();
    let today = now.with_timezone(&tz).date_naive();
    let last = today.checked_add_days(Days::new(u64::from(wanted.days_ahead))).unwrap_or(today);
    let mut out = Vec::new();
    if wanted.approvals {
        out.extend(waiting_for_me(store, today)?);
    }
    if wanted.deadlines {
        for c in collaborations::by_go_live(store.conn())? {
            out.extend(deadlines(&c, today, last, tz));
        }
    }
    if wanted.drafts {
        let soon: Vec<ContentItem> =
            item_rows::dated_between(store.conn(), (today, last.succ_opt().unwrap_or(last)), tz, &Default::default())?
                .into_iter()
                .filter(|i| matches!(i.status, ItemStatus::Idea | ItemStatus::Draft))
                .collect();
        out.extend(drafts(&soon, today, last));
    }
    Ok(out)
}

fn waiting_for_me(store: &Store, today: NaiveDate) -> Result<Option<Reminder>> {
    let Some(me) = approvals::laptop_user(store)? else { return Ok(None) };
    if me.approves.is_empty() {
        return Ok(None);
    }
    let mine =
        approvals::in_review(store, std::slice::from_ref(&me))?.iter().filter(|(_, ids)| !ids.is_empty()).count();
    Ok((mine > 0).then(|| Reminder {
        kind: ReminderKind::Approvals,
        title: format!("{mine} item{} wait{} for your approval", plural(mine), if mine == 1 { "s" } else { "" }),
        body: "Open Approvals to approve them or ask for changes.".into(),
        key: format!("approvals:{today}:{mine}"),
    }))
}

fn deadlines(c: &Collaboration, today: NaiveDate, last: NaiveDate, tz: chrono_tz::Tz) -> Vec<Reminder> {
    let go_live = c.go_live.map(|t| t.with_timezone(&tz).date_naive());
    [("Assets due", c.asset_due), ("Approval due", c.approval_due), ("Goes live", go_live)]
        .into_iter()
        .filter_map(|(what, day)| day.filter(|d| today <= *d && *d <= last).map(|d| (what, d)))
        .map(|(what, day)| Reminder {
            kind: ReminderKind::Deadline,
            title: format!("{what} {}: {}", weekday(day, today), quoted(&c.title)),
            body: format!("{what} on {day} for the collaboration {}.", quoted(&c.title)),
            key: format!("deadline:{}:{what}:{day}", c.id),
        })
        .collect()
}

fn drafts(soon: &[ContentItem], today: NaiveDate, last: NaiveDate) -> Option<Reminder> {
    let n = soon.len();
    let titles: Vec<String> = soon.iter().take(5).map(|i| quoted(&i.title)).collect();
    let more = if n > 5 { format!(" and {} more", n - 5) } else { String::new() };
    (n > 0).then(|| Reminder {
        kind: ReminderKind::Drafts,
        title: format!("{n} item{} still in draft go{} out by {last}", plural(n), if n == 1 { "es" } else { "" }),
        body: format!("{}{more}.", titles.join(", ")),
        key: format!("drafts:{today}:{n}"),
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// "today", "tomorrow" or the weekday and date.
fn weekday(day: NaiveDate, today: NaiveDate) -> String {
    match (day - today).num_days() {
        0 => "today".into(),
        1 => "tomorrow".into(),
        _ => format!("{} {}", day.weekday(), day.format("%-d %b")),
    }
}

/// The daily digest of `due`, if anything is: a title and one line per reminder.
pub fn digest(due: &[Reminder]) -> Option<(String, String)> {
    (!due.is_empty()).then(|| {
        let title = format!("Almanac today: {} reminder{}", due.len(), plural(due.len()));
        (title, due.iter().map(|r| r.title.clone()).collect::<Vec<_>>().join("\n"))
    })
}

/// Whether today's digest is still to be given, and records that it is given now.
pub fn take_digest(store: &Store, now: DateTime<Utc>) -> Result<bool> {
    let today = now.with_timezone(&settings::get(store)?.tz()).date_naive().to_string();
    if !settings_of(store)?.digest || laptop::last_digest(store.conn())?.as_deref() == Some(today.as_str()) {
        return Ok(false);
    }
    laptop::set_last_digest(store.conn(), &today)?;
    Ok(true)
}
