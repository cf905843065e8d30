//! The decision log's record of an election's re-plan: who decided each hold,
//! cancellation and exemption, and why, in the plan's language.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use uuid::Uuid;

use super::{ElectionReplan, Sentence};
use crate::domain::comment::Subject;
use crate::domain::{KeyDate, LoggedDecision};
use crate::schedule::election::Verdict;
use crate::short_title;
use almanac_i18n::Words;

/// The decision log's entries: per campaign, one for its held items, one for its
/// cancelled ones and one per reason of its kept ones, each naming the election, written
/// in the plan's language (the log is the plan's record, whoever reads it).
pub(super) fn decisions(
    replan: &ElectionReplan,
    words: &Words,
    decided_by: &str,
    today: NaiveDate,
) -> Vec<LoggedDecision> {
    let mut out = Vec::new();
    for group in &replan.groups {
        // One entry per decision and reason, in words (the same words are the same entry).
        let mut by_reason: BTreeMap<(String, String), (Sentence, Vec<Subject>)> = BTreeMap::new();
        for l in &group.lines {
            let decision = decision_of(&replan.blackout, l.verdict);
            let key = (decision.in_words(words), l.reason.in_words(words));
            by_reason.entry(key).or_insert((decision, vec![])).1.push(Subject::Item { id: l.item_id });
        }
        for ((_, rationale), (decision, concerns)) in by_reason {
            for chunk in concerns.chunks(500) {
                out.push(LoggedDecision {
                    id: Uuid::now_v7(),
                    year: replan.blackout.starts_on.year(),
                    campaign_id: group.campaign_id,
                    decision: decision.clone().with("count", chunk.len()).in_words(words),
                    rationale: rationale.clone(),
                    decided_by: decided_by.to_owned(),
                    decided_on: today,
                    concerns: chunk.to_vec(),
                });
            }
        }
    }
    out
}

/// What was decided for items of one verdict, naming the election.
fn decision_of(blackout: &KeyDate, verdict: Verdict) -> Sentence {
    let id = match verdict {
        Verdict::Hold => "election-decision-held",
        Verdict::Cancel => "election-decision-cancelled",
        Verdict::Keep { .. } => "election-decision-kept",
    };
    let mut s = Sentence::new(id).with("election", short_title(&blackout.name));
    if let Verdict::Keep { exemption } = verdict {
        s = s.with("exemption", Sentence::new(exemption.message_id()));
    }
    s
}
