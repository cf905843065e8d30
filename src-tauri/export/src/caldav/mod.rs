//! The plan's calendar pushed to a CalDAV collection (Nextcloud, Radicale, any RFC 4791
//! server) for a team's calendars to show: one resource per event, named by its UID, and
//! only what changed travels. The collection's listing (one request) gives each
//! resource's ETag; an event whose text and server copy are as last pushed is left
//! alone, the others are written on the condition of the ETag seen, and events gone from
//! the plan are deleted. Only resources this laptop wrote are ever deleted, so a shared
//! collection keeps everyone else's events.
//!
//! Where it goes and what was pushed is this laptop's (`caldav.json` beside the plan, like
//! the published calendar's file); the password is not in it: the caller hands it in from
//! the system's keyring.

mod http;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use specta::Type;

use super::ics::{self, IcsOptions};
use crate::error::{Error, Result};
use crate::store::Store;
use almanac_model::Sentence;
use http::{Collection, Condition, Written};

/// The file beside the plan that says where its calendar is pushed, and what was.
pub const CALDAV_SETTINGS: &str = "caldav.json";

/// How often the pushed resources are recorded during a long push, so an interrupted
/// one resumes without writing them again.
const SAVE_EVERY: u32 = 250;

/// A CalDAV collection the plan's calendar goes to, and what goes.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalDavTarget {
    /// The collection's address (`https://cloud.example/remote.php/dav/calendars/me/plan/`).
    pub url: String,
    /// The account's user name.
    pub username: String,
    /// What goes in it.
    pub options: IcsOptions,
}

/// What a push did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PushReport {
    /// Events new on the server.
    pub created: u32,
    /// Events the plan changed, written anew.
    pub updated: u32,
    /// Events gone from the plan, deleted from the server.
    pub deleted: u32,
    /// Events as they were: nothing sent.
    pub unchanged: u32,
    /// Events changed or deleted on the server since the last push, put back as the plan has them.
    pub restored: u32,
}

/// The last push: when, and what it did or why it failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LastPush {
    /// When it ended.
    pub at: DateTime<Utc>,
    /// What it did, when it succeeded.
    pub report: Option<PushReport>,
    /// Why it failed, when it did. A push recorded by an older Almanac gave its reason in
    /// English words, read back as such.
    #[serde(deserialize_with = "reason_of_push")]
    #[specta(type = Option<Sentence>)]
    pub error: Option<Sentence>,
}

/// A failed push's reason as recorded: a sentence, or the English words an older Almanac wrote.
fn reason_of_push<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Option<Sentence>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Recorded {
        Sentence(Sentence),
        Words(String),
    }
    Ok(Option::<Recorded>::deserialize(deserializer)?.map(|recorded| match recorded {
        Recorded::Sentence(sentence) => sentence,
        Recorded::Words(words) => Sentence::from(words),
    }))
}

/// Where the calendar is pushed and how the last push went, for Settings.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CalDavStatus {
    /// Where it goes.
    pub target: CalDavTarget,
    /// The last push, if one was made.
    pub last: Option<LastPush>,
}

/// A resource as last pushed: the server's ETag for it and a digest of its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Pushed {
    etag: String,
    digest: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct Saved {
    target: CalDavTarget,
    #[serde(default)]
    last: Option<LastPush>,
    /// By resource name.
    #[serde(default)]
    pushed: BTreeMap<String, Pushed>,
}

fn settings_file(data_dir: &Path) -> PathBuf {
    data_dir.join(CALDAV_SETTINGS)
}

fn data_dir(store: &Store) -> Result<PathBuf> {
    store
        .file()
        .and_then(|f| f.parent().map(Path::to_path_buf))
        .ok_or_else(|| Error::validation("url", Sentence::new("error-plan-in-memory-not-pushed")))
}

fn load(data_dir: &Path) -> Result<Option<Saved>> {
    match std::fs::read(settings_file(data_dir)) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            Error::io(
                Sentence::new("error-files-caldav-settings-unreadable")
                    .with("file", CALDAV_SETTINGS)
                    .with("reason", e.to_string()),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(
            Sentence::new("error-files-cannot-read").with("path", CALDAV_SETTINGS).with("reason", e.to_string()),
        )),
    }
}

fn save(data_dir: &Path, saved: &Saved) -> Result<()> {
    super::write_atomically("url", &settings_file(data_dir), &serde_json::to_vec(saved)?)
}

/// Where the calendar of the plan in `data_dir` is pushed, and how the last push went.
pub fn get(data_dir: &Path) -> Result<Option<CalDavStatus>> {
    Ok(load(data_dir)?.map(|s| CalDavStatus { target: s.target, last: s.last }))
}

/// A push made ready: the calendar's events, built from the plan (under its lock, briefly),
/// to be sent without the plan (the network can take its time).
pub struct Outbox {
    dir: PathBuf,
    saved: Saved,
    resources: Vec<(String, String)>,
    now: DateTime<Utc>,
    /// A first push to a new target: the collection is created if missing, and nothing
    /// is saved unless it succeeds.
    first: bool,
}

/// The push of the calendar to `target`, to start pushing there.
pub fn outbox_for(store: &Store, target: &CalDavTarget, now: DateTime<Utc>) -> Result<Outbox> {
    let dir = data_dir(store)?;
    if target.username.trim().is_empty() {
        return Err(Error::validation("username", Sentence::new("error-give-user-name")));
    }
    // The events pushed before to the same collection are known still.
    let previous = load(&dir)?.filter(|s| s.target.url == target.url && s.target.username == target.username);
    let saved = Saved { target: target.clone(), last: None, pushed: previous.map(|s| s.pushed).unwrap_or_default() };
    let resources = named(store, &saved.target.options, now)?;
    Ok(Outbox { dir, saved, resources, now, first: true })
}

/// The next push to where the calendar is pushed; none when it is not.
pub fn outbox(store: &Store, now: DateTime<Utc>) -> Result<Option<Outbox>> {
    let Ok(dir) = data_dir(store) else { return Ok(None) };
    let Some(saved) = load(&dir)? else { return Ok(None) };
    let resources = named(store, &saved.target.options, now)?;
    Ok(Some(Outbox { dir, saved, resources, now, first: false }))
}

fn named(store: &Store, options: &IcsOptions, now: DateTime<Utc>) -> Result<Vec<(String, String)>> {
    Ok(ics::resources(store, options, now)?.into_iter().map(|(uid, text)| (format!("{uid}.ics"), text)).collect())
}

impl Outbox {
    /// Where it goes.
    pub fn target(&self) -> &CalDavTarget {
        &self.saved.target
    }

    /// Sends what changed; the outcome is recorded for Settings (a first push only when
    /// it succeeds: a refused target is not remembered).
    pub fn send(mut self, password: &str, progress: &mut dyn FnMut(u32, u32)) -> Result<PushReport> {
        let result = push_to(&self.dir, &mut self.saved, &self.resources, password, progress, self.first);
        if self.first && result.is_err() {
            return result;
        }
        self.saved.last = Some(match &result {
            Ok(report) => LastPush { at: self.now, report: Some(*report), error: None },
            Err(e) => LastPush { at: self.now, report: None, error: Some(e.as_sentence()) },
        });
        save(&self.dir, &self.saved)?;
        result
    }
}

/// Pushes the calendar to `target` now, and (once this succeeds) after every change.
/// A collection that does not exist yet is created. Nothing is saved when it fails.
pub fn start(
    store: &Store,
    target: &CalDavTarget,
    password: &str,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<PushReport> {
    outbox_for(store, target, now)?.send(password, progress)
}

/// Pushes the calendar again, if it is pushed; the outcome is recorded for Settings.
pub fn push(
    store: &Store,
    password: &str,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<Option<PushReport>> {
    outbox(store, now)?.map(|o| o.send(password, progress)).transpose()
}

/// Stops pushing; the events on the server stay there.
pub fn stop(data_dir: &Path) -> Result<()> {
    match std::fs::remove_file(settings_file(data_dir)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(
            Sentence::new("error-files-cannot-remove").with("path", CALDAV_SETTINGS).with("reason", e.to_string()),
        )),
    }
}

/// One push to the saved target: the plan's events against the collection's listing.
fn push_to(
    dir: &Path,
    saved: &mut Saved,
    resources: &[(String, String)],
    password: &str,
    progress: &mut dyn FnMut(u32, u32),
    create: bool,
) -> Result<PushReport> {
    let collection = Collection::new(&saved.target.url, &saved.target.username, password)?;
    let on_server = match collection.list()? {
        Some(listing) => listing,
        None if create => {
            collection.create("Almanac")?;
            collection.list()?.unwrap_or_default()
        }
        None => {
            return Err(Error::validation("url", Sentence::new("error-no-calendar-at").with("url", &saved.target.url)))
        }
    };
    let names: std::collections::HashSet<&str> = resources.iter().map(|(n, _)| n.as_str()).collect();
    let gone: Vec<String> = saved.pushed.keys().filter(|n| !names.contains(n.as_str())).cloned().collect();
    let total = (resources.len() + gone.len()) as u32;
    let mut report = PushReport::default();
    let mut done = 0;
    for (name, text) in resources {
        let digest = format!("{:x}", Sha256::digest(text.as_bytes()));
        let server_etag = on_server.get(name);
        let outcome = match (saved.pushed.get(name), server_etag) {
            (Some(p), Some(etag)) if p.digest == digest && p.etag == *etag => None,
            (Some(p), Some(etag)) if p.etag == *etag => Some((Condition::Unchanged(etag), Kind::Updated)),
            (_, Some(etag)) => Some((Condition::Unchanged(etag), Kind::Restored)),
            (Some(_), None) => Some((Condition::New, Kind::Restored)),
            (None, None) => Some((Condition::New, Kind::Created)),
        };
        match outcome {
            None => report.unchanged += 1,
            Some((condition, kind)) => {
                let etag = write(&collection, name, text, condition)?;
                saved.pushed.insert(name.clone(), Pushed { etag, digest });
                kind.count(&mut report);
            }
        }
        done += 1;
        checkpoint(dir, saved, done, total, progress)?;
    }
    for name in gone {
        if let Some(etag) = on_server.get(&name) {
            if let Written::Stale = collection.delete(&name, etag)? {
                // Changed on the server meanwhile: it is still the plan's event, gone from the plan.
                let fresh = collection.list()?.unwrap_or_default();
                if let Some(etag) = fresh.get(&name) {
                    collection.delete(&name, etag)?;
                }
            }
            report.deleted += 1;
        }
        saved.pushed.remove(&name);
        done += 1;
        checkpoint(dir, saved, done, total, progress)?;
    }
    Ok(report)
}

enum Kind {
    Created,
    Updated,
    Restored,
}

impl Kind {
    fn count(&self, report: &mut PushReport) {
        match self {
            Kind::Created => report.created += 1,
            Kind::Updated => report.updated += 1,
            Kind::Restored => report.restored += 1,
        }
    }
}

/// Reports progress, and now and then records what is on the server so far.
fn checkpoint(dir: &Path, saved: &Saved, done: u32, total: u32, progress: &mut dyn FnMut(u32, u32)) -> Result<()> {
    progress(done, total);
    if done.is_multiple_of(SAVE_EVERY) {
        save(dir, saved)?;
    }
    Ok(())
}

/// Writes one resource; when the server's copy changed between the listing and the
/// write, the write is tried once more on the copy it has now. The new ETag, or an empty
/// one when the server did not say (the next listing gives it, and the event is written
/// once more then).
fn write(collection: &Collection, name: &str, text: &str, condition: Condition) -> Result<String> {
    match collection.put(name, text, condition)? {
        Written::Done(etag) => Ok(etag.unwrap_or_default()),
        Written::Stale => {
            let fresh: HashMap<String, String> = collection.list()?.unwrap_or_default();
            let condition = match fresh.get(name) {
                Some(etag) => Condition::Unchanged(etag),
                None => Condition::New,
            };
            match collection.put(name, text, condition)? {
                Written::Done(etag) => Ok(etag.unwrap_or_default()),
                Written::Stale => Err(Error::conflict(Sentence::new("error-keeps-changing").with("name", name))),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_push_reads_back_as_recorded_then_and_now() {
        let old = r#"{"at":"2027-03-01T09:00:00Z","report":null,"error":"password: the calendar server refused"}"#;
        let read: LastPush = serde_json::from_str(old).unwrap();
        assert_eq!(read.error, Some(Sentence::from("password: the calendar server refused")));
        let now = LastPush {
            error: Some(Error::validation("password", Sentence::new("error-server-refused-login")).as_sentence()),
            ..read
        };
        let again: LastPush = serde_json::from_str(&serde_json::to_string(&now).unwrap()).unwrap();
        assert_eq!(again, now);
        assert_eq!(again.error.unwrap().to_string(), "password: the calendar server refused the user name or password");
        let done = r#"{"at":"2027-03-01T09:00:00Z","report":null,"error":null}"#;
        assert_eq!(serde_json::from_str::<LastPush>(done).unwrap().error, None);
    }
}
