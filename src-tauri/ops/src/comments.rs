//! Comments on items, campaigns and collaborations (with @mentions of team members) and
//! the decision log of a campaign or the plan year: written in the name of the member
//! who uses this laptop (else the journal's author), journaled and synced like the rest.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{approvals, members, referenced, settings, short_title, target, Sentence};
use crate::domain::comment::mentions;
use crate::domain::{
    validate, Campaign, Collaboration, Comment, ContentItem, LoggedDecision, LoggedDecisionDraft, Subject,
};
use crate::error::{Error, Result};
use crate::store::records::comments as rows;
use crate::store::Store;

/// Who writes from this laptop: its member, else the journal's author.
fn author(store: &Store) -> Result<String> {
    Ok(approvals::laptop_user(store)?.map_or_else(|| store.actor().to_string(), |m| m.name))
}

/// What `subject` is called, checked to be in the plan.
fn subject_title(store: &Store, subject: Subject) -> Result<String> {
    Ok(match subject {
        Subject::Item { id } => referenced::<ContentItem>(store, "subject", id)?.title,
        Subject::Campaign { id } => referenced::<Campaign>(store, "subject", id)?.name,
        Subject::Collaboration { id } => referenced::<Collaboration>(store, "subject", id)?.title,
    })
}

/// The comments on `subject`, oldest first.
pub fn list(store: &Store, subject: Subject) -> Result<Vec<Comment>> {
    rows::on(store.conn(), subject)
}

/// Adds a comment to `subject`; the members it mentions are found in its text.
pub fn add(store: &mut Store, subject: Subject, text: &str) -> Result<Comment> {
    let text = validate::text("text", text, validate::MAX_LONG, true)?;
    let title = subject_title(store, subject)?;
    let comment = Comment {
        id: Uuid::now_v7(),
        subject,
        author: author(store)?,
        written_at: chrono::SubsecRound::trunc_subsecs(store.now(), 0),
        mentions: mentions(&text, &members::list(store)?),
        text,
    };
    store.write(&Sentence::titled("history-add-comment", &title), |b| b.insert(&comment))?;
    Ok(comment)
}

/// Deletes a comment; only its author may.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let comment: Comment = target(store, id)?;
    if comment.author != author(store)? {
        return Err(Error::conflict(Sentence::new("error-rules-only-author-deletes").with("author", &comment.author)));
    }
    store.write(&Sentence::new("history-delete-comment"), |b| b.delete(&comment))
}

/// The decisions of a plan year, or of one of its campaigns, in the order taken.
pub fn decisions(store: &Store, year: i32, campaign_id: Option<&str>) -> Result<Vec<LoggedDecision>> {
    let campaign = campaign_id.map(|c| validate::id("campaignId", c)).transpose()?;
    rows::decisions(store.conn(), year, campaign)
}

fn checked(store: &Store, draft: &LoggedDecisionDraft, id: Uuid, now: DateTime<Utc>) -> Result<LoggedDecision> {
    let today = now.with_timezone(&settings::get(store)?.tz()).date_naive();
    let decision = draft.validate(id, today)?;
    if let Some(c) = decision.campaign_id {
        referenced::<Campaign>(store, "campaignId", c)?;
    }
    for subject in &decision.concerns {
        subject_title(store, *subject)
            .map_err(|_| Error::validation("concerns", Sentence::new("error-unknown-concern")))?;
    }
    Ok(decision)
}

/// Logs a decision.
pub fn log_decision(store: &mut Store, draft: &LoggedDecisionDraft, now: DateTime<Utc>) -> Result<LoggedDecision> {
    let decision = checked(store, draft, Uuid::now_v7(), now)?;
    store.write(&Sentence::new("history-log-decision").with("decision", short_title(&decision.decision)), |b| {
        b.insert(&decision)
    })?;
    Ok(decision)
}

/// Saves the form over the decision `id`.
pub fn update_decision(
    store: &mut Store,
    id: &str,
    draft: &LoggedDecisionDraft,
    now: DateTime<Utc>,
) -> Result<LoggedDecision> {
    let before: LoggedDecision = target(store, id)?;
    let after = checked(store, draft, before.id, now)?;
    store.write(&Sentence::new("history-edit-decision").with("decision", short_title(&after.decision)), |b| {
        b.update(&before, &after)
    })?;
    Ok(after)
}

/// Removes a decision from the log.
pub fn delete_decision(store: &mut Store, id: &str) -> Result<()> {
    let decision: LoggedDecision = target(store, id)?;
    store.write(&Sentence::new("history-remove-decision").with("decision", short_title(&decision.decision)), |b| {
        b.delete(&decision)
    })
}
