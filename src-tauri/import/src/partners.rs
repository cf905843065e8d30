//! Importing a partner directory from a spreadsheet, through the shared importer
//! (`mapped`): the directory's fields, the words of headers that mean them, and how a
//! row becomes a partner.

use std::path::Path;

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use rustc_hash::FxHashSet;

use super::mapped::{self, Kind, Outcome, Row};
use super::Table;
use crate::domain::{ContactDraft, Partner, PartnerDraft, PartnerHandle, Platform};
use crate::error::{Error, Result};
use crate::store::records::partners;
use crate::store::{Batch, Store};
use almanac_model::Sentence;

/// A field of the directory a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PartnerField {
    /// The partner's full name.
    Name,
    /// Its short name.
    ShortName,
    /// What kind of organisation it is.
    Kind,
    /// Its country.
    Country,
    /// Its time zone.
    TimeZone,
    /// Its website.
    Website,
    /// Several tags separated by commas or semicolons.
    Tags,
    /// Notes for the team.
    Notes,
    /// Its X handle.
    XHandle,
    /// Its Instagram handle.
    InstagramHandle,
    /// Its Facebook page.
    FacebookHandle,
    /// Its LinkedIn page.
    LinkedinHandle,
    /// A contact's name.
    ContactName,
    /// A contact's role.
    ContactRole,
    /// A contact's e-mail address.
    ContactEmail,
    /// A contact's phone number.
    ContactPhone,
}

/// The field a header most likely means.
fn guess(words: &str) -> Option<PartnerField> {
    use PartnerField::*;
    Some(match words {
        "name" | "organisation" | "organization" | "partner" | "partnername" => Name,
        "shortname" | "short" | "abbreviation" | "acronym" => ShortName,
        "kind" | "type" | "category" => Kind,
        "country" | "countrycode" => Country,
        "timezone" | "tz" | "zone" | "iana" => TimeZone,
        "website" | "web" | "url" | "site" => Website,
        "tags" | "tag" | "labels" => Tags,
        "notes" | "note" | "comments" => Notes,
        "x" | "twitter" | "xhandle" | "twitterhandle" => XHandle,
        "instagram" | "insta" | "instagramhandle" => InstagramHandle,
        "facebook" | "facebookpage" => FacebookHandle,
        "linkedin" => LinkedinHandle,
        "contact" | "contactname" => ContactName,
        "role" | "contactrole" => ContactRole,
        "email" | "contactemail" | "mail" => ContactEmail,
        "phone" | "contactphone" | "telephone" => ContactPhone,
        _ => return None,
    })
}

/// The mapping of partner fields to a file's columns.
pub type ColumnMapping = mapped::ColumnMapping<PartnerField>;
/// What a partner import would do.
pub type ImportPreview = mapped::ImportPreview<PartnerField>;

/// The mapping guessed from the header row (English and French headers, any case).
pub fn suggest_mapping(headers: &[String]) -> ColumnMapping {
    mapped::suggest::<Partners>(headers)
}

/// Checks every row of `path` against `mapping` (or the suggested one) and, unless
/// `dry_run`, adds each as a partner in one undoable change; a single bad row refuses the
/// whole import and nothing is written.
pub fn import(store: &mut Store, path: &Path, mapping: Option<&ColumnMapping>, dry_run: bool) -> Result<ImportPreview> {
    mapped::import::<Partners>(store, path, mapping, dry_run)
}

/// The directory as an import kind: the names it holds already, lower-cased, grow with
/// each good row so a name is refused the second time.
struct Partners {
    seen: FxHashSet<String>,
}

impl Kind for Partners {
    type Field = PartnerField;
    type Record = Partner;

    fn of(store: &Store, _: &Table, _: &ColumnMapping) -> Result<Partners> {
        let existing: Vec<Partner> = partners::all(store.conn())?;
        Ok(Partners { seen: existing.iter().map(|p| p.name.to_lowercase()).collect() })
    }

    fn label(n: usize, file: &str) -> Sentence {
        Sentence::new("history-import-partners").with("count", n).with("file", file)
    }

    fn guess(words: &str) -> Option<PartnerField> {
        guess(words)
    }

    fn required() -> &'static [(PartnerField, &'static str)] {
        &[(PartnerField::Name, "partners-field-name"), (PartnerField::TimeZone, "error-files-column-time-zone")]
    }

    fn shown() -> Vec<Sentence> {
        vec![Sentence::new("partners-field-name"), Sentence::new("partners-field-time-zone")]
    }

    fn show(&self, row: &Row<PartnerField>) -> Vec<Sentence> {
        vec![row.get(PartnerField::Name).into(), row.get(PartnerField::TimeZone).into()]
    }

    fn judge(&mut self, row: &Row<PartnerField>) -> Outcome<Partner> {
        match draft_of(row).validate(Uuid::now_v7()) {
            Err(e) => Outcome::Bad(e.as_sentence()),
            Ok(p) if !self.seen.insert(p.name.to_lowercase()) => Outcome::Bad(
                Error::validation("name", Sentence::new("error-files-partner-exists").with("name", p.name))
                    .as_sentence(),
            ),
            Ok(p) => Outcome::Add(p),
        }
    }

    fn insert(batch: &mut Batch, record: &Partner) -> Result<()> {
        batch.insert(record)
    }
}

fn draft_of(row: &Row<PartnerField>) -> PartnerDraft {
    let get = |field: PartnerField| -> String { row.get(field).to_string() };
    let handles = [
        (PartnerField::XHandle, Platform::X),
        (PartnerField::InstagramHandle, Platform::Instagram),
        (PartnerField::FacebookHandle, Platform::Facebook),
        (PartnerField::LinkedinHandle, Platform::Linkedin),
    ]
    .into_iter()
    .map(|(field, platform)| PartnerHandle { platform, handle: get(field) })
    .collect();
    // A contact when any of its cells is filled; with no name, the e-mail or phone names it.
    let (email, phone) = (get(PartnerField::ContactEmail), get(PartnerField::ContactPhone));
    let name = [get(PartnerField::ContactName), email.clone(), phone.clone()].into_iter().find(|s| !s.is_empty());
    let contacts = match name {
        Some(name) => vec![ContactDraft {
            id: None,
            name,
            role: get(PartnerField::ContactRole),
            email,
            phone,
            handle: String::new(),
        }],
        None => vec![],
    };
    PartnerDraft {
        name: get(PartnerField::Name),
        short_name: get(PartnerField::ShortName),
        kind: get(PartnerField::Kind),
        country: get(PartnerField::Country),
        time_zone: get(PartnerField::TimeZone),
        website: get(PartnerField::Website),
        handles,
        tags: get(PartnerField::Tags).split([',', ';']).map(|t| t.trim().to_string()).collect(),
        notes: get(PartnerField::Notes),
        contacts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_suggest_their_fields_once_each() {
        let headers: Vec<String> =
            ["Organisation", "Time zone", "Twitter", "E-mail", "Name", "Misc"].iter().map(|s| s.to_string()).collect();
        let m = suggest_mapping(&headers);
        assert_eq!(
            m.columns,
            vec![
                Some(PartnerField::Name),
                Some(PartnerField::TimeZone),
                Some(PartnerField::XHandle),
                Some(PartnerField::ContactEmail),
                None,
                None
            ]
        );
    }
}
