//! The plan of a year: read (an empty one when none is written) and save.

use uuid::Uuid;

use crate::domain::{validate, PlanYear, PlanYearDraft};
use crate::error::{Error, Result};
use crate::store::records::plan_years;
use crate::store::Store;
use crate::Sentence;

/// The plan of `year`, or an empty one (not yet saved) when the team has not written it.
pub fn get(store: &Store, year: i32) -> Result<PlanYear> {
    if !validate::YEARS.contains(&year) {
        return Err(Error::validation("year", Sentence::new("error-not-a-year")));
    }
    Ok(plan_years::of_year(store.conn(), year)?.unwrap_or(PlanYear {
        id: Uuid::nil(),
        year,
        title: String::new(),
        core_messages: vec![],
        priorities: vec![],
        flagship_projects: vec![],
    }))
}

/// Saves the plan of a year, creating it the first time (one undoable change).
pub fn save(store: &mut Store, draft: &PlanYearDraft) -> Result<PlanYear> {
    let before = get(store, draft.year)?;
    let label = Sentence::new("history-edit-plan-year").with("year", draft.year.to_string());
    if before.id.is_nil() {
        let after = draft.validate(Uuid::now_v7())?;
        store.write(&label, |b| b.insert(&after))?;
        Ok(after)
    } else {
        let after = draft.validate(before.id)?;
        store.write(&label, |b| b.update(&before, &after))?;
        Ok(after)
    }
}
