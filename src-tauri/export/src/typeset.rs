//! Typst as a library: a template and its data in, PDF bytes out, in process.
//!
//! The fonts ship inside the binary (DejaVu Sans Condensed, which covers Latin,
//! Greek, Cyrillic, Hebrew and Arabic), so a plan prints the same on every laptop
//! and never depends on the fonts a machine happens to have. The template reads
//! its data from a virtual `/data.json`; user text therefore reaches typst as
//! strings, never as markup.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use crate::error::{Error, Result};

const FONT_FILES: [&[u8]; 2] = [
    include_bytes!("../assets/fonts/DejaVuSansCondensed.ttf"),
    include_bytes!("../assets/fonts/DejaVuSansCondensed-Bold.ttf"),
];

/// The family name templates ask for.
pub const FONT_FAMILY: &str = "DejaVu Sans";

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// Parsed once per process: a warm export does not read fonts again.
static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    let book = FontBook::from_fonts(&fonts);
    Fonts { book: LazyHash::new(book), fonts }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("template paths are static and valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// What every template may import as `/almanac.typ` (the team's words in their own direction).
const SHARED: &str = include_str!("shared.typ");

/// One compilation: the template as the main file, the shared helpers and the data beside it.
struct Job {
    main: Source,
    shared: Source,
    data_id: FileId,
    data: Bytes,
    today: NaiveDate,
}

impl World for Job {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.shared.id() {
            Ok(self.shared.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        // The caller's date in the plan's zone: no hidden clock.
        Datetime::from_ymd(self.today.year(), self.today.month() as u8, self.today.day() as u8)
    }
}

/// A rendered document: the PDF and how many pages it has.
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
}

/// Compiles `template` (typst markup, which reads `/data.json`) with `data` and exports PDF.
pub fn render(template_name: &str, template: &str, data: &serde_json::Value, today: NaiveDate) -> Result<Rendered> {
    let job = Job {
        main: Source::new(file_id(&format!("/{template_name}")), template.to_string()),
        shared: Source::new(file_id("/almanac.typ"), SHARED.to_string()),
        data_id: file_id("/data.json"),
        data: Bytes::new(serde_json::to_vec(data)?),
        today,
    };
    let document: PagedDocument = typst::compile(&job).output.map_err(|e| template_error(&e))?;
    let options = typst_pdf::PdfOptions { creator: Smart::Custom(Some("Almanac".into())), ..Default::default() };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|e| template_error(&e))?;
    Ok(Rendered { pdf, pages: document.pages().len() })
}

/// A template that fails to compile is a bug of ours, not of the user's data.
fn template_error(diagnostics: &[SourceDiagnostic]) -> Error {
    let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
    Error::io(format!("the PDF could not be typeset: {}", messages.join("; ")))
}
