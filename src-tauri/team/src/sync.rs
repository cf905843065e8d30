//! One sync with the team's server: this laptop's changes pushed, everyone's pulled and
//! merged, page by page. The plan is locked only to read or write it, never while the
//! network is waited on, so the window stays responsive; each page is applied in one
//! transaction with the point it reached, so a sync cut off anywhere resumes cleanly. The
//! app and the command line reach the team's plan only through here.

use std::sync::Mutex;

use serde::Serialize;
use specta::Type;

use crate::error::{Error, Result};
use crate::server::{Message, Pushed, Server};
use crate::store::sync::{self, apply};
use crate::store::Store;
use crate::Sentence;

// What the app and the command line read and settle of the team's plan: through here, never
// the store's sync room itself.
pub use crate::store::sync::{Keep, SetAside, Standing, SyncConflict, SyncStatus};

/// Where this copy of the plan stands with the team, for Settings and the app bar.
pub fn status(store: &Store) -> Result<SyncStatus> {
    sync::status(store.conn())
}

/// What the sync knows of this copy before it talks to the server.
pub fn standing(store: &Store) -> Result<Standing> {
    sync::standing(store.conn())
}

/// The conflicts waiting for a person's choice.
pub fn conflicts(store: &Store) -> Result<Vec<SyncConflict>> {
    sync::conflicts(store)
}

/// Keeps one side of a conflict, as a change of this laptop's sent to the team.
pub fn keep(store: &mut Store, entity: &str, row_id: &str, field: &str, keep: Keep) -> Result<()> {
    sync::resolve(store, entity, row_id, field, keep)
}

/// What this laptop set aside: the team's messages it could not apply, its own the server refused.
pub fn set_aside(store: &Store) -> Result<Vec<SetAside>> {
    sync::set_aside(store.conn())
}

/// Messages pulled and applied per transaction.
pub const PAGE: i64 = 20_000;
/// Messages pushed per server transaction.
const PUSH_CHUNK: usize = 2_000;

/// Access to the plan for the moments a sync reads or writes it.
pub trait PlanAccess {
    /// Runs `f` with the plan locked.
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T>;
}

impl PlanAccess for Mutex<Store> {
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut store = self.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut store)
    }
}

/// What one sync moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    /// This laptop's changes the server took.
    pub pushed: u32,
    /// The team's messages applied here.
    pub pulled: u32,
    /// Rows of the plan that changed here.
    pub rows: u32,
    /// New conflicts to settle.
    pub conflicts: u32,
    /// Whether this sync joined the data folder to the team's plan.
    pub joined: bool,
    /// This laptop's changes still waiting (a viewer's are never taken).
    pub waiting: u32,
    /// This laptop's changes the server refused in this sync, set aside.
    pub refused: u32,
    /// The team's messages this laptop could not apply in this sync, set aside.
    pub set_aside: u32,
}

/// Pushes and pulls once; the outcome (its time, or why it failed) is recorded for the
/// app's status. `progress` hears (messages pulled, messages to pull).
pub async fn sync(
    plan: &impl PlanAccess,
    server: &mut Server,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> Result<SyncReport> {
    let outcome = run(plan, server, progress).await;
    let recorded = match &outcome {
        Ok(_) => plan.with(|s| s.record_sync(Ok(s.now()))),
        Err(e) => plan.with(|s| s.record_sync(Err(&e.as_sentence()))),
    };
    let report = outcome?;
    recorded?;
    Ok(report)
}

async fn run(
    plan: &impl PlanAccess,
    server: &mut Server,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> Result<SyncReport> {
    let mut report = SyncReport::default();
    let team_plan = server.plan().await?;
    let member = server.member().await?;
    let team = server.team().await?;
    measure_clock(plan, server).await?;
    let encrypted = server.encrypted();
    plan.with(|s| s.record_encryption(encrypted))?;
    let standing = plan.with(|s| sync::standing(s.conn()))?;
    match standing.plan {
        Some(own) if own != team_plan => {
            return Err(Error::conflict(
                Sentence::new("error-team-another-team-plan").with("address", server.address()),
            ))
        }
        Some(_) => {}
        None => {
            // The founding is claimed on the server, once: of two laptops bringing their
            // plans at once, the second is told to join instead.
            if standing.has_history && !server.found().await? {
                return Err(Error::conflict(
                    Sentence::new("error-team-plan-of-its-own").with("address", server.address()),
                ));
            }
            let address = server.address().to_string();
            plan.with(|s| {
                s.join_team(&address, &member, team_plan)?;
                if standing.has_history {
                    s.stage_whole_plan()?;
                }
                Ok(())
            })?;
            report.joined = true;
        }
    }
    let viewer = plan.with(|s| {
        s.set_team(&team)?;
        s.stage_changes()?;
        s.restamp_future()?;
        Ok(s.team_role(&member)?.as_deref() == Some("viewer"))
    })?;
    if !viewer {
        let pushed = push(plan, server, &mut report).await?;
        report.pushed = pushed;
    }
    pull(plan, server, standing.pulled, &mut report, progress).await?;
    report.waiting = plan.with(|s| Ok(sync::status(s.conn())?.waiting))?;
    Ok(report)
}

/// Measures how far this laptop's clock is from the server's (half the round trip counted)
/// and corrects the plan's clock by it, so its changes are dated by real time.
async fn measure_clock(plan: &impl PlanAccess, server: &Server) -> Result<()> {
    let before = plan.with(|s| Ok(s.now()))?;
    let theirs = server.clock().await?;
    let after = plan.with(|s| Ok(s.now()))?;
    let mine = before + (after - before) / 2;
    plan.with(|s| {
        let offset = s.clock_offset() + (theirs - mine);
        s.set_clock_offset(offset)
    })
}

async fn push(plan: &impl PlanAccess, server: &mut Server, report: &mut SyncReport) -> Result<u32> {
    let mut pushed = 0;
    loop {
        let outbox = plan.with(|s| s.outbox(PUSH_CHUNK))?;
        let Some(&(through, _)) = outbox.last() else { return Ok(pushed) };
        let messages: Vec<Message> = outbox.into_iter().map(|(_, m)| m).collect();
        match server.push(&messages).await? {
            Pushed::Stored(_) => {}
            // A change the server refuses is set aside (all its messages) and the rest go on.
            Pushed::Refused(refusal) => match refusal.index.checked_sub(1).and_then(|i| messages.get(i)) {
                Some(refused) => {
                    let reason = refusal.sentence();
                    plan.with(|s| s.refused(&refused.hlc, &reason))?;
                    report.refused += 1;
                    continue;
                }
                None => return Err(refusal.into()),
            },
        }
        plan.with(|s| s.pushed(through))?;
        // A change is one journal entry: its messages share its clock.
        let changes: std::collections::HashSet<&str> = messages.iter().map(|m| m.hlc.as_str()).collect();
        pushed += changes.len() as u32;
    }
}

async fn pull(
    plan: &impl PlanAccess,
    server: &Server,
    from: i64,
    report: &mut SyncReport,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> Result<()> {
    let head = server.head().await?;
    let mut after = from;
    loop {
        let page = server.pull(after, PAGE).await?;
        let Some(last) = page.last() else { return Ok(()) };
        let through = last.seq;
        let applied = plan.with(|s| apply(s, &page, through))?;
        report.pulled += page.len() as u32;
        report.rows += applied.rows as u32;
        report.conflicts += applied.conflicts as u32;
        report.set_aside += applied.set_aside as u32;
        after = through;
        progress((through - from).max(0) as u64, (head.max(through) - from).max(0) as u64);
        if (page.len() as i64) < PAGE {
            return Ok(());
        }
    }
}
