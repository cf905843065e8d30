//! Importing a partner directory from a spreadsheet: columns mapped to fields (the
//! mapping suggested from the headers), a preview with an error per bad row, and an
//! import that adds every row in one undoable change, or none.

use std::path::Path;

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::{read_table, Table};
use crate::domain::{ContactDraft, Partner, PartnerDraft, PartnerHandle, Platform};
use crate::error::{Error, Result};
use crate::store::backup::{snapshot, Occasion};
use crate::store::records::partners;
use crate::store::Store;

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

/// For each column of the file, in order, the field it fills (none: ignored).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ColumnMapping {
    /// Per column of the file, the field it fills (none: ignored).
    pub columns: Vec<Option<PartnerField>>,
}

/// The field a header most likely means.
fn guess(header: &str) -> Option<PartnerField> {
    use PartnerField::*;
    let h: String = header.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect();
    Some(match h.as_str() {
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

/// The mapping guessed from the header row (English and French headers, any case).
pub fn suggest_mapping(headers: &[String]) -> ColumnMapping {
    let mut columns: Vec<Option<PartnerField>> = Vec::new();
    for h in headers {
        let field = guess(h).filter(|f| !columns.contains(&Some(*f)));
        columns.push(field);
    }
    ColumnMapping { columns }
}

/// One row as the preview shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RowPreview {
    /// The row's line in the file.
    pub line: u32,
    /// The partner's name, as read.
    pub name: String,
    /// Its time zone, as read.
    pub time_zone: String,
    /// Why the row cannot be imported, if it cannot.
    pub error: Option<String>,
}

/// What an import would do: the file's headers, the mapping used, and every row judged.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    /// The header row.
    pub headers: Vec<String>,
    /// The mapping used.
    pub mapping: ColumnMapping,
    /// Every row; the view shows the bad ones first.
    pub rows: Vec<RowPreview>,
    /// How many rows would be imported.
    pub valid: u32,
    /// How many rows are refused.
    pub invalid: u32,
}

/// Reads `path` and checks every row against `mapping` (or the suggested one).
pub fn preview(store: &Store, path: &Path, mapping: Option<&ColumnMapping>) -> Result<ImportPreview> {
    let table = read_table(path)?;
    let mapping = mapping.cloned().unwrap_or_else(|| suggest_mapping(&table.headers));
    let checked = check(store, &table, &mapping)?;
    let rows: Vec<RowPreview> = checked.iter().map(|c| c.preview.clone()).collect();
    let invalid = rows.iter().filter(|r| r.error.is_some()).count() as u32;
    Ok(ImportPreview { headers: table.headers, mapping, valid: rows.len() as u32 - invalid, invalid, rows })
}

/// Adds every row of `path` as a partner, in one undoable change; a single bad row
/// refuses the whole import and nothing is written.
pub fn apply(store: &mut Store, path: &Path, mapping: &ColumnMapping) -> Result<u32> {
    let table = read_table(path)?;
    let checked = check(store, &table, mapping)?;
    let bad: Vec<&RowPreview> = checked.iter().map(|c| &c.preview).filter(|p| p.error.is_some()).collect();
    if let Some(first) = bad.first() {
        return Err(Error::validation(
            "rows",
            format!(
                "{} row(s) have errors, so nothing was imported; the first, line {}: {}",
                bad.len(),
                first.line,
                first.error.as_deref().unwrap_or_default()
            ),
        ));
    }
    let partners: Vec<Partner> = checked.into_iter().filter_map(|c| c.partner).collect();
    if partners.is_empty() {
        return Err(Error::validation("rows", "the file has no partner rows"));
    }
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    snapshot(store, Occasion::BeforeImport, store.now())?;
    store.write(&format!("Import {} partners from {file}", partners.len()), |b| {
        partners.iter().try_for_each(|p| b.insert(p))
    })?;
    Ok(partners.len() as u32)
}

struct Checked {
    preview: RowPreview,
    partner: Option<Partner>,
}

fn check(store: &Store, table: &Table, mapping: &ColumnMapping) -> Result<Vec<Checked>> {
    if mapping.columns.len() != table.headers.len() {
        return Err(Error::validation("mapping", "the mapping does not match the file's columns; preview it again"));
    }
    for (field, words) in [(PartnerField::Name, "Name"), (PartnerField::TimeZone, "Time zone (such as Europe/Paris)")] {
        if !mapping.columns.contains(&Some(field)) {
            return Err(Error::validation("mapping", format!("no column is mapped to {words}")));
        }
    }
    let existing: Vec<Partner> = partners::all(store.conn())?;
    let mut seen: rustc_hash::FxHashSet<String> = existing.iter().map(|p| p.name.to_lowercase()).collect();
    Ok(table
        .rows
        .iter()
        .map(|(line, cells)| {
            let draft = draft_of(cells, mapping);
            let result = draft.validate(Uuid::now_v7()).and_then(|p| {
                if seen.insert(p.name.to_lowercase()) {
                    Ok(p)
                } else {
                    Err(Error::validation("name", format!("“{}” is in the directory or the file already", p.name)))
                }
            });
            let preview = RowPreview {
                line: *line,
                name: draft.name.clone(),
                time_zone: draft.time_zone.clone(),
                error: result.as_ref().err().map(|e| e.to_string()),
            };
            Checked { preview, partner: result.ok() }
        })
        .collect())
}

fn draft_of(cells: &[String], mapping: &ColumnMapping) -> PartnerDraft {
    let get = |field: PartnerField| -> String {
        mapping.columns.iter().position(|f| *f == Some(field)).and_then(|i| cells.get(i)).cloned().unwrap_or_default()
    };
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
