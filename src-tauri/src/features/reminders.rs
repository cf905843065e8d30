//! Reminders as desktop notifications: a thread looks at what is due a little after the
//! window opens and every ten minutes after, gives the day's digest once, then each new
//! reminder once, in the window's language; and the commands of Settings → Reminders.

use std::collections::HashSet;
use std::time::Duration;

use almanac_core::ops::reminders::{self, Reminder, ReminderSettings};
use almanac_core::Result;
use almanac_i18n::Words;
use chrono::Utc;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_notification::NotificationExt;

use crate::language::LanguageSetting;
use crate::state::{read, AppState};

/// The first look, once the window has settled, and the looks after.
const FIRST: Duration = Duration::from_secs(20);
const EVERY: Duration = Duration::from_secs(600);

#[tauri::command]
#[specta::specta]
pub async fn reminder_settings(state: State<'_, AppState>) -> Result<ReminderSettings> {
    read(&state, reminders::settings_of)
}

/// Saves which reminders this laptop gives (kept on it, never synced).
#[tauri::command]
#[specta::specta]
pub async fn save_reminder_settings(state: State<'_, AppState>, wanted: ReminderSettings) -> Result<ReminderSettings> {
    read(&state, |s| reminders::save_settings(s, &wanted))
}

/// What is due now, by the kinds turned on.
#[tauri::command]
#[specta::specta]
pub async fn due_reminders(state: State<'_, AppState>, language: State<'_, LanguageSetting>) -> Result<Vec<Reminder>> {
    read(&state, |s| reminders::due(s, Utc::now(), &words(&language)))
}

/// The words of the language this laptop's member reads the window in.
fn words(language: &LanguageSetting) -> Words {
    Words::for_language(language.current())
}

/// Gives the digest of what is due now as a notification; its title, or none when
/// nothing is due.
#[tauri::command]
#[specta::specta]
pub async fn send_digest_now(
    app: AppHandle,
    state: State<'_, AppState>,
    language: State<'_, LanguageSetting>,
) -> Result<Option<String>> {
    let words = words(&language);
    let due = read(&state, |s| reminders::due(s, Utc::now(), &words))?;
    Ok(reminders::digest(&due, &words).map(|(title, body)| {
        notify(&app, &title, &body);
        title
    }))
}

fn notify(app: &AppHandle, title: &str, body: &str) {
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        log::error!("a reminder could not be shown: {e}");
    }
}

/// Starts the reminders' thread.
pub fn start(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(FIRST);
        let mut given: HashSet<String> = HashSet::new();
        loop {
            look(&app, &mut given);
            std::thread::sleep(EVERY);
        }
    });
}

/// One look: the digest if today's is still to give (it covers everything due), else
/// each reminder not given yet. A reminder due when the app opens after today's digest
/// was given counts as given: the day stays quiet.
fn look(app: &AppHandle, given: &mut HashSet<String>) {
    let (Some(state), Some(language)) = (app.try_state::<AppState>(), app.try_state::<LanguageSetting>()) else {
        return;
    };
    let words = words(&language);
    let Ok((due, digest_now)) = read(&state, |s| {
        let now = Utc::now();
        Ok((reminders::due(s, now, &words)?, reminders::take_digest(s, now)?))
    }) else {
        return;
    };
    let first_look = given.is_empty();
    if digest_now {
        if let Some((title, body)) = reminders::digest(&due, &words) {
            notify(app, &title, &body);
        }
    } else if !first_look {
        for r in due.iter().filter(|r| !given.contains(&r.key)) {
            notify(app, &r.title, &r.body);
        }
    }
    given.extend(due.into_iter().map(|r| r.key));
    given.insert(String::new());
}
