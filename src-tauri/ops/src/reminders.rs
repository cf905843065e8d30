//! Reminders of what is due, for the member who uses this laptop: items waiting for their
//! approval, collaborations' deadlines coming up, items still in draft a few days before
//! they go out; each kind can be turned off, and a quiet daily digest sums them up. The
//! app shows them as desktop notifications in the words of the member's own language; the
//! choice of kinds stays on the laptop.

use almanac_i18n::Words;
use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{approvals, settings, Sentence};
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
        return Err(Error::validation("daysAhead", Sentence::new("error-days-ahead")));
    }
    laptop::set_reminder_settings(store.conn(), &serde_json::to_string(wanted)?)?;
    Ok(*wanted)
}

/// What is due now, by the kinds turned on, in `words`.
pub fn due(store: &Store, now: DateTime<Utc>, words: &Words) -> Result<Vec<Reminder>> {
    let wanted = settings_of(store)?;
    let tz = settings::get(store)?.tz();
    let today = now.with_timezone(&tz).date_naive();
    let last = today.checked_add_days(Days::new(u64::from(wanted.days_ahead))).unwrap_or(today);
    let mut out = Vec::new();
    if wanted.approvals {
        out.extend(waiting_for_me(store, today, words)?);
    }
    if wanted.deadlines {
        for c in collaborations::by_go_live(store.conn())? {
            out.extend(deadlines(&c, today, last, tz, words));
        }
    }
    if wanted.drafts {
        let soon: Vec<ContentItem> =
            item_rows::dated_between(store.conn(), (today, last.succ_opt().unwrap_or(last)), tz, &Default::default())?
                .into_iter()
                .filter(|i| matches!(i.status, ItemStatus::Idea | ItemStatus::Draft))
                .collect();
        out.extend(drafts(&soon, today, last, words));
    }
    Ok(out)
}

fn waiting_for_me(store: &Store, today: NaiveDate, words: &Words) -> Result<Option<Reminder>> {
    let Some(me) = approvals::laptop_user(store)? else { return Ok(None) };
    if me.approves.is_empty() {
        return Ok(None);
    }
    let mine =
        approvals::in_review(store, std::slice::from_ref(&me))?.iter().filter(|(_, ids)| !ids.is_empty()).count();
    Ok((mine > 0).then(|| Reminder {
        kind: ReminderKind::Approvals,
        title: words.format("reminder-approvals", &[("count", mine.into())]),
        body: words.text("reminder-approvals-body"),
        key: format!("approvals:{today}:{mine}"),
    }))
}

fn deadlines(c: &Collaboration, today: NaiveDate, last: NaiveDate, tz: chrono_tz::Tz, words: &Words) -> Vec<Reminder> {
    let go_live = c.go_live.map(|t| t.with_timezone(&tz).date_naive());
    // (the message of the deadline, its key) and its day.
    [("reminder-assets-due", c.asset_due), ("reminder-approval-due", c.approval_due), ("reminder-goes-live", go_live)]
        .into_iter()
        .filter_map(|(what, day)| day.filter(|d| today <= *d && *d <= last).map(|d| (what, d)))
        .map(|(what, day)| {
            let title = ("title", c.title.clone().into());
            let date = ("date", words.long_date(day).into());
            let when = ("day", relative_day(day, today).into());
            let short = ("date", words.date(day, "date-day-short").into());
            Reminder {
                kind: ReminderKind::Deadline,
                title: words.format(what, &[when, short, title.clone()]),
                body: words.format(&format!("{what}-body"), &[date, title]),
                key: format!("deadline:{}:{what}:{day}", c.id),
            }
        })
        .collect()
}

fn drafts(soon: &[ContentItem], today: NaiveDate, last: NaiveDate, words: &Words) -> Option<Reminder> {
    let n = soon.len();
    let titles: Vec<String> =
        soon.iter().take(5).map(|i| words.format("reminder-quoted", &[("title", i.title.clone().into())])).collect();
    let titles = ("titles", words.list(&titles).into());
    (n > 0).then(|| Reminder {
        kind: ReminderKind::Drafts,
        title: words.format("reminder-drafts", &[("count", n.into()), ("date", words.long_date(last).into())]),
        body: if n > 5 {
            words.format("reminder-drafts-body-more", &[titles, ("count", (n - 5).into())])
        } else {
            words.format("reminder-drafts-body", &[titles])
        },
        key: format!("drafts:{today}:{n}"),
    })
}

/// Which day `day` is from `today`'s point of view, for a message's select: `today`,
/// `tomorrow` or `later`.
fn relative_day(day: NaiveDate, today: NaiveDate) -> &'static str {
    match (day - today).num_days() {
        0 => "today",
        1 => "tomorrow",
        _ => "later",
    }
}

/// The daily digest of `due`, if anything is: a title and one line per reminder.
pub fn digest(due: &[Reminder], words: &Words) -> Option<(String, String)> {
    (!due.is_empty()).then(|| {
        let title = words.format("reminder-digest", &[("count", due.len().into())]);
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
