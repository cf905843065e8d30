//! The one importer every spreadsheet of records goes through (partners, content items):
//! columns mapped to a kind's fields (suggested from the headers), each row judged with
//! its reason, and every good row added in one undoable change, or nothing.
//!
//! A kind says what its fields are, which a file must map, and how one row becomes a
//! record; reading, the mapping's checks, the preview and the all-or-nothing write are here.

use std::path::Path;

use serde::{Deserialize, Serialize};
use specta::Type;

use super::{read_table, Table};
use crate::error::{Error, Result};
use crate::store::backup::{snapshot, Occasion};
use crate::store::{Batch, Store};
use almanac_model::Sentence;

/// For each column of the file, in order, the field it fills (none: ignored).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ColumnMapping<F> {
    /// Per column of the file, the field it fills (none: ignored).
    pub columns: Vec<Option<F>>,
}

/// One row as the preview shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RowPreview {
    /// The row's line in the file.
    pub line: u32,
    /// What the row says, under the preview's headings ([`ImportPreview::shown`]): the
    /// file's words as they are, what Almanac read them as in the catalogue's.
    pub cells: Vec<Sentence>,
    /// Why the row cannot be imported, if it cannot.
    pub error: Option<Sentence>,
    /// Why a good row is left out (it is in the plan already), if it is.
    pub skipped: Option<Sentence>,
}

/// What an import would do: the file's headers, the mapping used, and every row judged.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview<F> {
    /// The header row.
    pub headers: Vec<String>,
    /// The mapping used.
    pub mapping: ColumnMapping<F>,
    /// The headings of each row's [`RowPreview::cells`].
    pub shown: Vec<Sentence>,
    /// Every row, in the file's order.
    pub rows: Vec<RowPreview>,
    /// How many rows would be added.
    pub valid: u32,
    /// How many good rows are left out because the plan has them.
    pub skipped: u32,
    /// How many rows are refused.
    pub invalid: u32,
}

/// What becomes of one row.
pub enum Outcome<R> {
    /// It is added.
    Add(R),
    /// It is good but left out, for this reason.
    Skip(Sentence),
    /// It is refused, for this reason.
    Bad(Sentence),
}

/// A row's cells read through the mapping.
pub struct Row<'a, F> {
    cells: &'a [String],
    columns: &'a [Option<F>],
}

impl<'a, F: Copy + Eq> Row<'a, F> {
    /// The cells of one row read through the mapping's `columns`.
    pub fn new(cells: &'a [String], columns: &'a [Option<F>]) -> Row<'a, F> {
        Row { cells, columns }
    }

    /// The cell the first column mapped to `field` holds; empty when none is.
    pub fn get(&self, field: F) -> &'a str {
        self.columns.iter().position(|f| *f == Some(field)).and_then(|i| self.cells.get(i)).map_or("", String::as_str)
    }
}

/// One kind of record a spreadsheet can fill.
pub trait Kind {
    /// The fields a column can fill.
    type Field: Copy + Eq + 'static;
    /// What a good row becomes.
    type Record;
    /// The plan as this kind's rows are judged against it, for the rows of `table` as
    /// `mapping` reads them (read once, before the first row is judged).
    fn of(store: &Store, table: &Table, mapping: &ColumnMapping<Self::Field>) -> Result<Self>
    where
        Self: Sized;
    /// The change's name for `n` records from `file`, as history shows it.
    fn label(n: usize, file: &str) -> Sentence;
    /// The field a header means, given the header in lower case with only letters and digits.
    fn guess(header: &str) -> Option<Self::Field>;
    /// The fields a mapping must fill, each with the catalogue's message that names it in
    /// the error.
    fn required() -> &'static [(Self::Field, &'static str)];
    /// The headings of what the preview shows of each row.
    fn shown() -> Vec<Sentence>;
    /// What the preview shows of `row`, under [`Kind::shown`].
    fn show(&self, row: &Row<Self::Field>) -> Vec<Sentence>;
    /// What becomes of `row`; rows are judged in order, so a kind can remember earlier ones.
    fn judge(&mut self, row: &Row<Self::Field>) -> Outcome<Self::Record>;
    /// Writes one record in the import's change.
    fn insert(batch: &mut Batch, record: &Self::Record) -> Result<()>;
}

/// The mapping guessed from the header row: each field at most once, the first header
/// that means it.
pub fn suggest<K: Kind>(headers: &[String]) -> ColumnMapping<K::Field> {
    let mut columns: Vec<Option<K::Field>> = Vec::new();
    for h in headers {
        let words: String = h.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect();
        let field = K::guess(&words).filter(|f| !columns.contains(&Some(*f)));
        columns.push(field);
    }
    ColumnMapping { columns }
}

/// Judges every row of `path` against `mapping` (or the one its headers suggest) and,
/// unless `dry_run`, adds every new row in one undoable change after a snapshot of the
/// plan. A single bad row refuses the whole import and nothing is written; the preview is
/// this run dry, which lists every row with its reason instead.
pub fn import<K: Kind>(
    store: &mut Store,
    path: &Path,
    mapping: Option<&ColumnMapping<K::Field>>,
    dry_run: bool,
) -> Result<ImportPreview<K::Field>> {
    let table = read_table(path)?;
    let mapping = mapping.cloned().unwrap_or_else(|| suggest::<K>(&table.headers));
    let mut kind = K::of(store, &table, &mapping)?;
    let (rows, records): (Vec<RowPreview>, Vec<Option<K::Record>>) =
        judge(&mut kind, &table, &mapping)?.into_iter().unzip();
    let count = |f: fn(&RowPreview) -> bool| rows.iter().filter(|r| f(r)).count() as u32;
    let (invalid, skipped) = (count(|r| r.error.is_some()), count(|r| r.skipped.is_some()));
    let valid = rows.len() as u32 - invalid - skipped;
    let preview = ImportPreview { headers: table.headers, mapping, shown: K::shown(), rows, valid, skipped, invalid };
    if dry_run {
        return Ok(preview);
    }
    if let Some((line, why)) = preview.rows.iter().find_map(|r| r.error.clone().map(|e| (r.line, e))) {
        return Err(rows_refused(invalid, line, why));
    }
    let records: Vec<K::Record> = records.into_iter().flatten().collect();
    if records.is_empty() {
        let reason = if table.rows.is_empty() { "error-no-rows" } else { "error-rows-all-present" };
        return Err(Error::validation("rows", Sentence::new(reason)));
    }
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    snapshot(store, Occasion::BeforeImport, store.now())?;
    store.write(&K::label(records.len(), &file), |b| records.iter().try_for_each(|r| K::insert(b, r)))?;
    Ok(preview)
}

/// The refusal of a whole import for its `invalid` bad rows, the first on `line` for `why`.
pub(crate) fn rows_refused(invalid: u32, line: u32, why: Sentence) -> Error {
    Error::validation(
        "rows",
        Sentence::new("error-files-rows-have-errors").with("count", invalid).with("line", line).with("error", why),
    )
}

/// Every row of `table` with its preview and, when it is added, its record.
fn judge<K: Kind>(
    kind: &mut K,
    table: &Table,
    mapping: &ColumnMapping<K::Field>,
) -> Result<Vec<(RowPreview, Option<K::Record>)>> {
    if mapping.columns.len() != table.headers.len() {
        return Err(Error::validation("mapping", Sentence::new("error-mapping-stale")));
    }
    if let Some((_, name)) = K::required().iter().find(|(f, _)| !mapping.columns.contains(&Some(*f))) {
        return Err(Error::validation(
            "mapping",
            Sentence::new("error-column-not-mapped").with("column", Sentence::new(*name)),
        ));
    }
    Ok(table
        .rows
        .iter()
        .map(|(line, cells)| {
            let row = Row { cells, columns: &mapping.columns };
            let mut preview = RowPreview { line: *line, cells: kind.show(&row), error: None, skipped: None };
            let record = match kind.judge(&row) {
                Outcome::Add(r) => Some(r),
                Outcome::Skip(why) => {
                    preview.skipped = Some(why);
                    None
                }
                Outcome::Bad(why) => {
                    preview.error = Some(why);
                    None
                }
            };
            (preview, record)
        })
        .collect())
}
