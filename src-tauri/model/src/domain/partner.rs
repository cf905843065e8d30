//! Partner organisations, their handles and contacts, and named groups of partners; the
//! drafts and their checks.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{validate, Platform};
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// A partner organisation: another police force, a ministry, a charity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Partner {
    /// The partner's id.
    pub id: Uuid,
    /// Its full name, unique in the directory (case aside).
    pub name: String,
    /// A short name for tight spaces ("GMP").
    pub short_name: String,
    /// Such as "police force", "ministry", "charity".
    pub kind: String,
    /// Its country.
    pub country: String,
    /// IANA zone: go-live times are shown to the partner in it.
    pub time_zone: String,
    /// Its website.
    pub website: String,
    /// Its accounts on the platforms.
    pub handles: Vec<PartnerHandle>,
    /// Free tags to find and group partners by.
    pub tags: Vec<String>,
    /// Notes for the team.
    pub notes: String,
    /// The people at the partner, in the order the team keeps them.
    pub contacts: Vec<Contact>,
}

/// The partner's account on one platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerHandle {
    /// The platform.
    pub platform: Platform,
    /// The account's handle.
    pub handle: String,
}

/// A person at a partner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// The contact's id.
    pub id: Uuid,
    /// Their name.
    pub name: String,
    /// Their role at the partner.
    pub role: String,
    /// Their e-mail address.
    pub email: String,
    /// Their phone number.
    pub phone: String,
    /// Their own handle, if any.
    pub handle: String,
}

/// A partner as the directory's form (or an imported row) sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerDraft {
    /// Its full name.
    pub name: String,
    /// A short name.
    pub short_name: String,
    /// What kind of organisation it is.
    pub kind: String,
    /// Its country.
    pub country: String,
    /// Its IANA time zone (`Europe/Paris`).
    pub time_zone: String,
    /// Its website.
    pub website: String,
    /// Its accounts on the platforms.
    pub handles: Vec<PartnerHandle>,
    /// Free tags.
    pub tags: Vec<String>,
    /// Notes for the team.
    pub notes: String,
    /// The people to talk to.
    pub contacts: Vec<ContactDraft>,
}

/// A contact as the form sends it: an id when it exists already.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ContactDraft {
    /// The contact's id when editing one, none for a new one.
    pub id: Option<String>,
    /// Their name.
    pub name: String,
    /// Their role.
    pub role: String,
    /// Their e-mail address.
    pub email: String,
    /// Their phone number.
    pub phone: String,
    /// Their own handle.
    pub handle: String,
}

impl PartnerDraft {
    /// Checks the draft and makes it the partner `id`.
    pub fn validate(&self, id: Uuid) -> Result<Partner> {
        let short = |field: &str, v: &str| validate::text(field, v, validate::MAX_SHORT, false);
        let tz = validate::time_zone("timeZone", &self.time_zone)?;
        let mut handles = Vec::new();
        for h in &self.handles {
            let handle = validate::text("handles", &h.handle, 100, false)?;
            if !handle.is_empty() {
                handles.push(PartnerHandle { platform: h.platform, handle });
            }
        }
        let mut tags: Vec<String> = Vec::new();
        for t in &self.tags {
            let tag = validate::text("tags", t, 60, false)?;
            if !tag.is_empty() && !tags.iter().any(|x| x.eq_ignore_ascii_case(&tag)) {
                tags.push(tag);
            }
        }
        Ok(Partner {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            short_name: short("shortName", &self.short_name)?,
            kind: short("kind", &self.kind)?,
            country: short("country", &self.country)?,
            time_zone: tz.name().to_string(),
            website: short("website", &self.website)?,
            handles,
            tags,
            notes: validate::text("notes", &self.notes, validate::MAX_LONG, false)?,
            contacts: self.contacts.iter().map(ContactDraft::validate).collect::<Result<_>>()?,
        })
    }
}

impl ContactDraft {
    fn validate(&self) -> Result<Contact> {
        let id = match self.id.as_deref() {
            Some(id) if !id.is_empty() => validate::id("contacts", id)?,
            _ => Uuid::now_v7(),
        };
        let email = validate::text("contacts", &self.email, validate::MAX_SHORT, false)?;
        if !email.is_empty() && !looks_like_email(&email) {
            return Err(Error::validation("contacts", Sentence::new("error-not-email").with("value", email)));
        }
        Ok(Contact {
            id,
            name: validate::text("contacts", &self.name, validate::MAX_SHORT, true)?,
            role: validate::text("contacts", &self.role, validate::MAX_SHORT, false)?,
            email,
            phone: validate::text("contacts", &self.phone, 60, false)?,
            handle: validate::text("contacts", &self.handle, 100, false)?,
        })
    }
}

fn looks_like_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => !local.is_empty() && domain.contains('.') && !s.contains(char::is_whitespace),
        None => false,
    }
}

/// A named set of partners: an X DM group, a Close Friends list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerGroup {
    /// The group's id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Its partners.
    pub partner_ids: Vec<Uuid>,
}

/// A partner group as the form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerGroupDraft {
    /// Its name.
    pub name: String,
    /// The ids of its partners.
    pub partner_ids: Vec<String>,
}

impl PartnerGroupDraft {
    /// Checks the draft and makes it the group `id`.
    pub fn validate(&self, id: Uuid) -> Result<PartnerGroup> {
        Ok(PartnerGroup {
            id,
            name: validate::text("name", &self.name, validate::MAX_SHORT, true)?,
            partner_ids: validate::ids("partnerIds", &self.partner_ids)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> PartnerDraft {
        PartnerDraft {
            name: " Gendarmerie nationale ".into(),
            short_name: "GN".into(),
            kind: "police force".into(),
            country: "FR".into(),
            time_zone: "Europe/Paris".into(),
            website: String::new(),
            handles: vec![
                PartnerHandle { platform: Platform::X, handle: "@Gendarmerie".into() },
                PartnerHandle { platform: Platform::Instagram, handle: " ".into() },
            ],
            tags: vec!["Europe".into(), "europe".into(), "".into()],
            notes: String::new(),
            contacts: vec![ContactDraft {
                id: None,
                name: "Claire Martin".into(),
                role: "Social media lead".into(),
                email: "claire.martin@example.fr".into(),
                phone: String::new(),
                handle: String::new(),
            }],
        }
    }

    #[test]
    fn a_partner_is_trimmed_and_its_lists_cleaned() {
        let p = draft().validate(Uuid::now_v7()).unwrap();
        assert_eq!(p.name, "Gendarmerie nationale");
        assert_eq!(p.handles.len(), 1, "an empty handle is dropped");
        assert_eq!(p.tags, vec!["Europe"], "tags are unique, case aside");
        assert_eq!(p.contacts[0].name, "Claire Martin");
    }

    #[test]
    fn an_unknown_zone_or_a_bad_email_names_the_field() {
        let mut d = draft();
        d.time_zone = "Europe/Lyon".into();
        assert!(matches!(d.validate(Uuid::now_v7()), Err(Error::Validation { field, .. }) if field == "timeZone"));
        let mut d = draft();
        d.contacts[0].email = "claire at example".into();
        assert!(matches!(d.validate(Uuid::now_v7()), Err(Error::Validation { field, .. }) if field == "contacts"));
    }
}
