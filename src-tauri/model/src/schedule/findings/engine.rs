//! The findings of a plan, kept per scope. Building a [`Checker`] runs every rule once;
//! changing an item recomputes only the scopes the item was in and is now in: its own,
//! its channel's day (and the day after, for a gap across midnight), its owner's week
//! and its translations.

use chrono::{DateTime, Days, NaiveDate, Utc};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use super::{collaborations, rules, sort, Finding, FindingKind};
use crate::domain::{Campaign, Schedule};
use crate::schedule::facts::{Facts, PlanItem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Scope {
    Item(Uuid),
    ChannelDay(Uuid, NaiveDate),
    OwnerWeek(Uuid, NaiveDate),
    Translation(Uuid),
    Collaboration(Uuid),
}

/// A change to try or to record: items in their new state, campaigns with their new window.
#[derive(Debug, Clone, Default)]
pub struct WhatIf {
    /// Items in their new state.
    pub items: Vec<PlanItem>,
    /// Campaigns with their new window.
    pub campaigns: Vec<Campaign>,
}

/// What recording a change found.
#[derive(Debug, Clone, Default)]
pub struct Recorded {
    /// The findings the change created.
    pub created: Vec<Finding>,
    /// The findings now standing of each item the change may have affected.
    pub badges: Vec<ItemFindings>,
}

/// The findings that involve one item.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemFindings {
    /// The item's id.
    pub item_id: Uuid,
    /// Its findings, in listing order (none when its last one was resolved).
    pub findings: Vec<Finding>,
}

/// The findings of a plan's facts, kept per scope so a change recomputes only what it touches.
pub struct Checker {
    facts: Facts,
    index: Index,
    findings: FxHashMap<Scope, Vec<Finding>>,
}

type HashSet<T> = FxHashSet<T>;

/// The items of each scope that holds more than one.
#[derive(Default)]
struct Index {
    /// Item ids per (channel, day), in the order they go out.
    by_channel_day: FxHashMap<(Uuid, NaiveDate), Vec<Uuid>>,
    by_owner_week: FxHashMap<(Uuid, NaiveDate), Vec<Uuid>>,
    by_group: FxHashMap<Uuid, Vec<Uuid>>,
}

impl Checker {
    /// Indexes the facts and runs every rule.
    pub fn new(facts: Facts) -> Checker {
        let mut index = Index::default();
        for item in facts.items.values() {
            index.add(item, &facts);
        }
        let mut checker = Checker { facts, index, findings: FxHashMap::default() };
        // Every scope that holds an item (a scope without one has no findings).
        let mut scopes: Vec<Scope> = checker.facts.items.keys().map(|&id| Scope::Item(id)).collect();
        scopes.extend(checker.index.by_channel_day.keys().map(|&(c, d)| Scope::ChannelDay(c, d)));
        scopes.extend(checker.index.by_owner_week.keys().map(|&(m, w)| Scope::OwnerWeek(m, w)));
        scopes.extend(checker.index.by_group.keys().map(|&g| Scope::Translation(g)));
        scopes.extend(checker.collaboration_scopes());
        for scope in scopes {
            checker.recompute(scope);
        }
        checker
    }

    /// The facts it checks.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Every finding, in listing order.
    pub fn findings(&self) -> Vec<Finding> {
        let mut all: Vec<Finding> = self.findings.values().flatten().cloned().collect();
        sort(&mut all);
        all
    }

    /// The findings that involve an item.
    pub fn findings_of(&self, item_id: Uuid) -> Vec<Finding> {
        let mut found: Vec<Finding> =
            self.findings.values().flatten().filter(|f| f.item_ids.contains(&item_id)).cloned().collect();
        sort(&mut found);
        found
    }

    /// Records an item's new state (added, moved, edited) and returns the findings
    /// that this change created.
    pub fn update_item(&mut self, item: PlanItem) -> Vec<Finding> {
        self.record_item(item).created
    }

    /// Records an item's new state and returns the findings it created and, for a view
    /// to redraw its badges, the findings now standing of every item whose findings the
    /// change may have altered (the item itself first).
    pub fn record_item(&mut self, item: PlanItem) -> Recorded {
        let id = item.id;
        let old = self.facts.items.get(&id).cloned();
        let mut touched: HashSet<Scope> = old.iter().flat_map(|o| self.scopes_of(o)).collect();
        touched.extend(self.scopes_of(&item));
        let before = self.collect(&touched);
        if let Some(old) = &old {
            self.index.remove(old, &self.facts);
        }
        self.index.add(&item, &self.facts);
        self.facts.items.insert(id, item);
        self.recompute_all(&touched);
        let after = self.collect(&touched);
        let badges = self.badges(id, &before, &after);
        Recorded { created: created(before, after), badges }
    }

    /// The findings now standing of `id` and of every item named by findings `before` or
    /// `after` a change: the badges a view redraws.
    fn badges(&self, id: Uuid, before: &[Finding], after: &[Finding]) -> Vec<ItemFindings> {
        let mut ids = vec![id];
        for other in before.iter().chain(after).flat_map(|f| &f.item_ids) {
            if !ids.contains(other) {
                ids.push(*other);
            }
        }
        ids.into_iter().map(|item_id| ItemFindings { item_id, findings: self.findings_of(item_id) }).collect()
    }

    /// Forgets an item (deleted, or gone from the days checked) and returns the findings
    /// now standing of every item whose findings that may have altered.
    pub fn remove_item(&mut self, id: Uuid) -> Vec<ItemFindings> {
        let Some(old) = self.facts.items.remove(&id) else { return Vec::new() };
        let touched: HashSet<Scope> = self.scopes_of(&old).into_iter().collect();
        let before = self.collect(&touched);
        self.index.remove(&old, &self.facts);
        self.recompute_all(&touched);
        let after = self.collect(&touched);
        self.badges(id, &before, &after)
    }

    /// What the findings would be if `item` were changed so, without changing anything:
    /// the findings the change would create.
    pub fn preview_item(&mut self, item: PlanItem) -> Vec<Finding> {
        self.preview(WhatIf { items: vec![item], campaigns: vec![] })
    }

    /// Records a change of several items and campaigns at once (written to the plan
    /// already) and returns the findings it created. A campaign's new window rechecks
    /// each of its items against it.
    pub fn apply(&mut self, change: WhatIf) -> Vec<Finding> {
        let mut touched: HashSet<Scope> = HashSet::default();
        for item in &change.items {
            if let Some(old) = self.facts.items.get(&item.id) {
                touched.extend(self.scopes_of(old));
            }
            touched.extend(self.scopes_of(item));
        }
        let changed: HashSet<Uuid> = change.campaigns.iter().map(|c| c.id).collect();
        let members = self.facts.items.values().filter(|i| i.campaign_id.is_some_and(|c| changed.contains(&c)));
        touched.extend(members.map(|i| Scope::Item(i.id)).collect::<Vec<_>>());
        let before = self.collect(&touched);
        for campaign in change.campaigns {
            self.facts.campaigns.insert(campaign.id, campaign);
        }
        for item in change.items {
            if let Some(old) = self.facts.items.get(&item.id).cloned() {
                self.index.remove(&old, &self.facts);
            }
            self.index.add(&item, &self.facts);
            self.facts.items.insert(item.id, item);
        }
        self.recompute_all(&touched);
        created(before, self.collect(&touched))
    }

    /// The findings `change` would create, without keeping it: every "what if" (a move,
    /// a campaign shift, a fill) asks this, so a preview and the Checks view agree.
    pub fn preview(&mut self, change: WhatIf) -> Vec<Finding> {
        let old_items: Vec<(Uuid, Option<PlanItem>)> =
            change.items.iter().map(|i| (i.id, self.facts.items.get(&i.id).cloned())).collect();
        let old_campaigns: Vec<Campaign> =
            change.campaigns.iter().filter_map(|c| self.facts.campaigns.get(&c.id).cloned()).collect();
        let created = self.apply(change);
        let (kept, added): (Vec<_>, Vec<_>) = old_items.into_iter().partition(|(_, old)| old.is_some());
        self.apply(WhatIf { items: kept.into_iter().filter_map(|(_, old)| old).collect(), campaigns: old_campaigns });
        for (id, _) in added {
            self.remove_item(id);
        }
        created
    }

    /// Moves the checker's clock: findings about the past and deadlines depend on it. A
    /// new day recomputes everything; within a day only the timed items that have just
    /// passed and the collaborations (whose deadlines are instants) are recomputed.
    pub fn set_now(&mut self, now: DateTime<Utc>) {
        let before = self.facts.now;
        if now == before {
            return;
        }
        let today = now.with_timezone(&self.facts.tz).date_naive();
        let day_changed = today != self.facts.today;
        self.facts.now = now;
        self.facts.today = today;
        let (from, to) = (before.min(now), before.max(now));
        let scopes: HashSet<Scope> = if day_changed {
            let mut all: HashSet<Scope> = self.findings.keys().copied().collect();
            all.extend(self.facts.items.keys().map(|&id| Scope::Item(id)));
            all
        } else {
            let passed = self.facts.items.values().filter(|i| match i.schedule {
                Schedule::At { utc } => from <= utc && utc < to,
                _ => false,
            });
            passed.map(|i| Scope::Item(i.id)).chain(self.collaboration_scopes()).collect()
        };
        self.recompute_all(&scopes);
    }

    fn collaboration_scopes(&self) -> Vec<Scope> {
        self.facts.collaborations.iter().map(|c| Scope::Collaboration(c.id)).collect()
    }

    fn collect(&self, scopes: &HashSet<Scope>) -> Vec<Finding> {
        scopes.iter().filter_map(|s| self.findings.get(s)).flatten().cloned().collect()
    }

    fn recompute_all(&mut self, scopes: &HashSet<Scope>) {
        for &scope in scopes {
            self.recompute(scope);
        }
    }

    fn recompute(&mut self, scope: Scope) {
        let found = self.run(scope);
        if found.is_empty() {
            self.findings.remove(&scope);
        } else {
            self.findings.insert(scope, found);
        }
    }

    fn run(&self, scope: Scope) -> Vec<Finding> {
        let facts = &self.facts;
        match scope {
            Scope::Item(id) => facts.items.get(&id).map(|i| rules::item(facts, i)).unwrap_or_default(),
            Scope::ChannelDay(channel, day) => {
                let items = self.items_at(self.index.by_channel_day.get(&(channel, day)));
                let before = day
                    .checked_sub_days(Days::new(1))
                    .map(|d| self.items_at(self.index.by_channel_day.get(&(channel, d))))
                    .unwrap_or_default();
                let last = before.into_iter().rev().find(|i| i.counts() && matches!(i.schedule, Schedule::At { .. }));
                rules::channel_day(facts, channel, day, &items, last)
            }
            Scope::OwnerWeek(member, week) => {
                let items = self.items_at(self.index.by_owner_week.get(&(member, week)));
                rules::owner_week(facts, member, week, &items).into_iter().collect()
            }
            Scope::Translation(group) => {
                let items = self.items_at(self.index.by_group.get(&group));
                rules::translations(&items).into_iter().collect()
            }
            Scope::Collaboration(id) => {
                let Some(c) = facts.collaborations.iter().find(|c| c.id == id) else { return vec![] };
                let ctx = collaborations::Context {
                    partners: &facts.partners,
                    items: &[],
                    blackouts: &[],
                    confirm_days: facts.confirm_days,
                    now: facts.now,
                    tz: facts.tz,
                };
                // An item in a blackout is found by the item's own rule.
                collaborations::check(c, &ctx)
                    .into_iter()
                    .filter(|f| f.kind != FindingKind::CollaborationItemInBlackout)
                    .collect()
            }
        }
    }

    fn items_at(&self, ids: Option<&Vec<Uuid>>) -> Vec<&PlanItem> {
        ids.map(|ids| ids.iter().filter_map(|id| self.facts.items.get(id)).collect()).unwrap_or_default()
    }

    fn scopes_of(&self, item: &PlanItem) -> Vec<Scope> {
        let mut scopes = vec![Scope::Item(item.id)];
        if let Some(day) = item.day {
            scopes.push(Scope::ChannelDay(item.channel_id, day));
            if let Some(next) = day.checked_add_days(Days::new(1)) {
                scopes.push(Scope::ChannelDay(item.channel_id, next));
            }
            if let Some(owner) = item.owner_id {
                scopes.push(Scope::OwnerWeek(owner, self.facts.week_of(day)));
            }
        }
        if let Some(group) = item.translation_group {
            scopes.push(Scope::Translation(group));
        }
        scopes
    }
}

impl Index {
    /// Adds an item to its scopes, each kept in going-out order, so that the findings
    /// do not depend on the order items were added in.
    fn add(&mut self, item: &PlanItem, facts: &Facts) {
        fn insert(ids: &mut Vec<Uuid>, item: &PlanItem, facts: &Facts) {
            let key = order_key(item);
            let at = ids.partition_point(|id| facts.items.get(id).map(order_key) < Some(key));
            ids.insert(at, item.id);
        }
        if let Some(day) = item.day {
            insert(self.by_channel_day.entry((item.channel_id, day)).or_default(), item, facts);
            if let Some(owner) = item.owner_id {
                insert(self.by_owner_week.entry((owner, facts.week_of(day))).or_default(), item, facts);
            }
        }
        if let Some(group) = item.translation_group {
            insert(self.by_group.entry(group).or_default(), item, facts);
        }
    }

    fn remove(&mut self, item: &PlanItem, facts: &Facts) {
        fn drop_id<K: std::hash::Hash + Eq>(map: &mut FxHashMap<K, Vec<Uuid>>, key: K, id: Uuid) {
            if let Some(ids) = map.get_mut(&key) {
                ids.retain(|i| *i != id);
                if ids.is_empty() {
                    map.remove(&key);
                }
            }
        }
        if let Some(day) = item.day {
            drop_id(&mut self.by_channel_day, (item.channel_id, day), item.id);
            if let Some(owner) = item.owner_id {
                drop_id(&mut self.by_owner_week, (owner, facts.week_of(day)), item.id);
            }
        }
        if let Some(group) = item.translation_group {
            drop_id(&mut self.by_group, group, item.id);
        }
    }
}

/// The order items go out in: by day (undated first), all-day items before timed ones,
/// then by time, then by id.
fn order_key(item: &PlanItem) -> (Option<NaiveDate>, Option<DateTime<Utc>>, Uuid) {
    match item.schedule {
        Schedule::At { utc } => (item.day, Some(utc), item.id),
        _ => (item.day, None, item.id),
    }
}

/// The findings in `after` that were not in `before` (as many times as they are new).
fn created(mut before: Vec<Finding>, after: Vec<Finding>) -> Vec<Finding> {
    let mut out = Vec::new();
    for f in after {
        match before.iter().position(|b| *b == f) {
            Some(i) => {
                before.swap_remove(i);
            }
            None => out.push(f),
        }
    }
    sort(&mut out);
    out
}
