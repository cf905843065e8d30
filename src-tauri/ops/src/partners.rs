//! The partner directory: organisations and their contacts, searched, edited,
//! merged when the same partner was entered twice.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::forms::{self, form_record};
use super::{short_title, target, Sentence};
use crate::domain::{Collaboration, Partner, PartnerDraft, PartnerGroup};
use crate::error::{Error, Result};
use crate::store::records::{collaborations, partner_groups, partners};
use crate::store::Store;

/// What the directory shows: all partners, or those matching a search and a tag.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerFilter {
    /// Matches name, short name, country, kind, tags, handles and contacts, case aside.
    pub search: String,
    /// Only partners with this tag.
    pub tag: Option<String>,
}

impl PartnerFilter {
    fn matches(&self, p: &Partner) -> bool {
        if let Some(tag) = self.tag.as_deref().filter(|t| !t.is_empty()) {
            if !p.tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                return false;
            }
        }
        let needle = self.search.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let mut hay = vec![&p.name, &p.short_name, &p.country, &p.kind];
        hay.extend(p.tags.iter());
        hay.extend(p.handles.iter().map(|h| &h.handle));
        hay.extend(p.contacts.iter().map(|c| &c.name));
        hay.iter().any(|s| s.to_lowercase().contains(&needle))
    }
}

/// The directory, by name, as the filter keeps it.
pub fn list(store: &Store, filter: &PartnerFilter) -> Result<Vec<Partner>> {
    let all: Vec<Partner> = partners::by_name(store.conn())?;
    Ok(all.into_iter().filter(|p| filter.matches(p)).collect())
}

/// One partner.
pub fn get(store: &Store, id: &str) -> Result<Partner> {
    target(store, id)
}

/// Names are unique, case aside: a second "Gendarmerie nationale" is a duplicate to merge.
fn check_unique(store: &Store, partner: &Partner) -> Result<()> {
    let same: Vec<Partner> = partners::named(store.conn(), &partner.name, partner.id)?;
    match same.first() {
        Some(other) => {
            Err(Error::validation("name", Sentence::new("error-partner-exists").with("name", short_title(&other.name))))
        }
        None => Ok(()),
    }
}

form_record!(Partner, PartnerDraft, "partner", check: check_unique);

/// Adds a partner; a name already in the directory (case aside) is refused.
pub fn create(store: &mut Store, draft: &PartnerDraft) -> Result<Partner> {
    forms::create(store, draft)
}

/// Saves the partner form over partner `id`.
pub fn update(store: &mut Store, id: &str, draft: &PartnerDraft) -> Result<Partner> {
    forms::update(store, id, draft)
}

fn collaborations_with(store: &Store, partner: Uuid) -> Result<Vec<Collaboration>> {
    collaborations::with_partner(store.conn(), partner)
}

fn groups_with(store: &Store, partner: Uuid) -> Result<Vec<PartnerGroup>> {
    partner_groups::of_partner(store.conn(), partner)
}

/// Deletes a partner and takes it out of its groups; one that is part of a collaboration
/// is refused, so no relay or briefing loses a partner without the team deciding.
pub fn delete(store: &mut Store, id: &str) -> Result<()> {
    let partner: Partner = target(store, id)?;
    let collaborations = collaborations_with(store, partner.id)?;
    if !collaborations.is_empty() {
        let titles: Vec<Sentence> =
            collaborations.iter().take(3).map(|c| Sentence::titled("error-rules-quoted", &c.title)).collect();
        return Err(Error::conflict(
            Sentence::new("error-rules-partner-in-collaborations")
                .with("name", short_title(&partner.name))
                .with("count", collaborations.len())
                .with("titles", titles),
        ));
    }
    let groups = groups_with(store, partner.id)?;
    store.write(&Sentence::titled("history-delete-partner", &partner.name), |b| {
        for g in &groups {
            let after = PartnerGroup {
                partner_ids: g.partner_ids.iter().copied().filter(|p| *p != partner.id).collect(),
                ..g.clone()
            };
            b.update(g, &after)?;
        }
        b.delete(&partner)
    })
}

/// Merges `duplicate` into `keep`: contacts, handles and tags join `keep`, its empty
/// fields are filled, and every group and collaboration that named the duplicate names
/// `keep` instead. One undoable change.
pub fn merge(store: &mut Store, keep_id: &str, duplicate_id: &str) -> Result<Partner> {
    let keep: Partner = target(store, keep_id)?;
    let duplicate: Partner = target(store, duplicate_id)?;
    if keep.id == duplicate.id {
        return Err(Error::validation("duplicateId", Sentence::new("error-merge-into-itself")));
    }
    let merged = merged_partner(&keep, &duplicate);
    let groups = groups_with(store, duplicate.id)?;
    let collaborations = collaborations_with(store, duplicate.id)?;
    let label = Sentence::new("history-merge-partners")
        .with("duplicate", short_title(&duplicate.name))
        .with("keep", short_title(&keep.name));
    store.write(&label, |b| {
        for g in &groups {
            let mut ids: Vec<Uuid> = Vec::new();
            for id in g.partner_ids.iter().map(|&p| if p == duplicate.id { keep.id } else { p }) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            b.update(g, &PartnerGroup { partner_ids: ids, ..g.clone() })?;
        }
        for c in &collaborations {
            let mut partners = c.partners.clone();
            if partners.iter().any(|p| p.partner_id == keep.id) {
                partners.retain(|p| p.partner_id != duplicate.id);
            } else {
                partners.iter_mut().filter(|p| p.partner_id == duplicate.id).for_each(|p| p.partner_id = keep.id);
            }
            b.update(c, &Collaboration { partners, ..c.clone() })?;
        }
        b.delete(&duplicate)?;
        b.update(&keep, &merged)
    })?;
    Ok(merged)
}

fn merged_partner(keep: &Partner, duplicate: &Partner) -> Partner {
    let fill = |a: &String, b: &String| if a.is_empty() { b.clone() } else { a.clone() };
    let mut out = keep.clone();
    out.short_name = fill(&keep.short_name, &duplicate.short_name);
    out.kind = fill(&keep.kind, &duplicate.kind);
    out.country = fill(&keep.country, &duplicate.country);
    out.website = fill(&keep.website, &duplicate.website);
    if !duplicate.notes.is_empty() && duplicate.notes != keep.notes {
        out.notes = [keep.notes.as_str(), duplicate.notes.as_str()]
            .iter()
            .filter(|n| !n.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
    }
    for h in &duplicate.handles {
        if !out.handles.iter().any(|x| x.platform == h.platform) {
            out.handles.push(h.clone());
        }
    }
    for t in &duplicate.tags {
        if !out.tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
            out.tags.push(t.clone());
        }
    }
    for c in &duplicate.contacts {
        if !out.contacts.iter().any(|x| x.name.eq_ignore_ascii_case(&c.name) && x.email.eq_ignore_ascii_case(&c.email))
        {
            out.contacts.push(c.clone());
        }
    }
    out
}
