//! Findings and coverage as the app and the CLI ask for them: a year's report, a
//! window's findings, an item's, a move with the findings it creates (or its dry run),
//! and what a change would create. A [`CheckCache`] keeps the checkers of the last few
//! years asked for between calls (a January view starts in December): a move updates
//! its year's incrementally, items changed elsewhere update every year's kept, any other
//! change to the plan makes the next call rebuild what it needs.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use specta::Type;

use super::{objectives, settings, target, Sentence};
use crate::domain::ContentItem;
use crate::error::Result;
use crate::schedule::coverage::CoverageReport;
use crate::schedule::findings::{Checker, Finding, ItemFindings, PlanItem, Recorded, Severity, WhatIf};
use crate::store::records::coverage_rules;
use crate::store::Store;

/// Years' checkers, each valid while the journal has not moved on; the last used last.
#[derive(Default)]
pub struct CheckCache {
    entries: Vec<Entry>,
    /// How many checkers it has built from the plan: what the incremental paths save.
    built: usize,
}

/// The most years kept: a window spanning New Year, and the year a move leaves.
const YEARS_KEPT: usize = 3;

struct Entry {
    year: i32,
    version: i64,
    checker: Checker,
}

impl CheckCache {
    /// The checker for `year`, rebuilt if the plan changed since it was built.
    pub fn checker(&mut self, store: &Store, year: i32, now: DateTime<Utc>) -> Result<&mut Checker> {
        let version = store.version()?;
        self.entries.retain(|e| e.version == version);
        match self.entries.iter().position(|e| e.year == year) {
            Some(at) => {
                let entry = self.entries.remove(at);
                self.entries.push(entry);
            }
            None => {
                let checker = Checker::new(super::plan_facts::load_year(store, year, now)?);
                self.built += 1;
                self.entries.push(Entry { year, version, checker });
                if self.entries.len() > YEARS_KEPT {
                    self.entries.remove(0);
                }
            }
        }
        let entry = self
            .entries
            .last_mut()
            .ok_or_else(|| crate::error::Error::io(Sentence::new("error-rules-findings-cache-empty")))?;
        entry.checker.set_now(now);
        Ok(&mut entry.checker)
    }

    /// Records an item change just written to the plan in the checker used last, so it
    /// stays current without a rebuild (the other years' are rebuilt when next asked for);
    /// returns what the change created and the badges it changed.
    pub(super) fn written(&mut self, store: &Store, item: PlanItem) -> Result<Recorded> {
        let version = store.version()?;
        let Some(e) = self.entries.last_mut() else { return Ok(Recorded::default()) };
        e.version = version;
        Ok(e.checker.record_item(item))
    }

    /// Brings the checkers up to date with `items` as changed elsewhere (the team's changes
    /// pulled, another process's commit) after the journal's position `since`, the one
    /// they were current at: only the days and weeks the items touch are checked again, as
    /// for a move; an item that left a checker's days leaves it. Returns the findings now
    /// standing of every item whose findings the changes may have altered, or None when no
    /// checker was current at `since`: every checker is then forgotten, and the next call
    /// rebuilds what it needs.
    pub(super) fn caught_up(
        &mut self,
        store: &Store,
        since: i64,
        items: &[PlanItem],
    ) -> Result<Option<Vec<ItemFindings>>> {
        let version = store.version()?;
        self.entries.retain(|e| e.version == since);
        if self.entries.is_empty() {
            return Ok(None);
        }
        let mut badges: Vec<ItemFindings> = Vec::new();
        for e in &mut self.entries {
            let mut standing: Vec<ItemFindings> = Vec::new();
            for item in items {
                let changed = if e.checker.facts().holds_day(item.day) {
                    e.checker.record_item(item.clone()).badges
                } else {
                    e.checker.remove_item(item.id)
                };
                for badge in changed {
                    // A later change's findings of an item are the ones standing.
                    standing.retain(|b| b.item_id != badge.item_id);
                    standing.push(badge);
                }
            }
            // Each day's findings come from its own year's checker, as a window's do.
            for mut badge in standing {
                badge.findings.retain(|f| f.day.is_none_or(|d| d.year() == e.year));
                join_badge(&mut badges, badge);
            }
            e.version = version;
        }
        for b in &mut badges {
            crate::schedule::findings::sort(&mut b.findings);
        }
        Ok(Some(badges))
    }

    /// How many checkers this cache has built from the plan so far.
    pub fn built(&self) -> usize {
        self.built
    }

    /// Forgets every year's checker (after a panic, or to rebuild).
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

/// Adds an item's findings from one year's checker to those `badges` hold from another's.
fn join_badge(badges: &mut Vec<ItemFindings>, badge: ItemFindings) {
    let Some(b) = badges.iter_mut().find(|b| b.item_id == badge.item_id) else {
        badges.push(badge);
        return;
    };
    for f in badge.findings {
        if !b.findings.contains(&f) {
            b.findings.push(f);
        }
    }
}

/// How many findings of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SeverityCounts {
    /// Errors.
    pub errors: u32,
    /// Warnings.
    pub warnings: u32,
    /// Information.
    pub infos: u32,
}

impl SeverityCounts {
    /// The counts of `findings`.
    pub fn of(findings: &[Finding]) -> Self {
        let mut c = SeverityCounts::default();
        for f in findings {
            match f.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}

/// A year's findings and coverage.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CheckReport {
    /// The year.
    pub year: i32,
    /// Its findings, in listing order.
    pub findings: Vec<Finding>,
    /// How many of each severity.
    pub counts: SeverityCounts,
    /// Its objectives' coverage.
    pub coverage: CoverageReport,
}

/// A year's findings and coverage (the Checks view, `almanac check`).
pub fn check_year(store: &Store, cache: &mut CheckCache, year: i32, now: DateTime<Utc>) -> Result<CheckReport> {
    crate::domain::validate::year("year", year)?;
    let rules = coverage_rules::in_order(store.conn())?;
    let objectives = objectives::list(store)?;
    let checker = cache.checker(store, year, now)?;
    let findings = checker.findings();
    let coverage = crate::schedule::coverage::report(checker.facts(), &objectives, &rules, year);
    Ok(CheckReport { year, counts: SeverityCounts::of(&findings), findings, coverage })
}

/// The findings `change` would create, asked of the checker of each year in `years` (the
/// years the change touches), each year answering for its own days; changes nothing.
pub fn created_by(
    store: &Store,
    cache: &mut CheckCache,
    change: &WhatIf,
    years: impl IntoIterator<Item = i32>,
    now: DateTime<Utc>,
) -> Result<Vec<Finding>> {
    let years: std::collections::BTreeSet<i32> = years.into_iter().collect();
    let mut found: Vec<Finding> = Vec::new();
    for year in years {
        let checker = cache.checker(store, year, now)?;
        let (from, to) = (checker.facts().from, checker.facts().to);
        for f in checker.preview(change.clone()) {
            let in_year = f.day.is_none_or(|d| from <= d && d < to && d.year() == year);
            if in_year && !found.contains(&f) {
                found.push(f);
            }
        }
    }
    crate::schedule::findings::sort(&mut found);
    Ok(found)
}

/// The findings that involve one item, in the year it is dated in (or this year).
pub fn findings_of_item(store: &Store, cache: &mut CheckCache, id: &str, now: DateTime<Utc>) -> Result<Vec<Finding>> {
    let item: ContentItem = target(store, id)?;
    let tz = settings::get(store)?.tz();
    let year = item.schedule.local_date(tz).map_or(now.year(), |d| d.year());
    Ok(cache.checker(store, year, now)?.findings_of(item.id))
}

/// The findings dated from `from` to `to` (exclusive), for a calendar window: each day's
/// from its own year's checker, so a window across New Year shows both years'.
pub fn findings_between(
    store: &Store,
    cache: &mut CheckCache,
    from: &str,
    to: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Finding>> {
    let start = crate::domain::validate::date("from", from)?;
    let end = crate::domain::validate::date("to", to)?;
    if end <= start {
        return Err(crate::error::Error::validation("to", Sentence::new("error-window-order")));
    }
    let last = end.pred_opt().unwrap_or(end);
    if last.year() - start.year() >= YEARS_KEPT as i32 {
        return Err(crate::error::Error::validation("to", Sentence::new("error-window-three-years")));
    }
    let mut found = Vec::new();
    for year in start.year()..=last.year() {
        let checker = cache.checker(store, year, now)?;
        let mine = |d: NaiveDate| d.year() == year && start <= d && d < end;
        found.extend(checker.findings().into_iter().filter(|f| f.day.is_some_and(mine)));
    }
    Ok(found)
}
