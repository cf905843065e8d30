//! Typst as a library: a template and its data in, PDF bytes out, in process.
//!
//! The fonts the templates ask for ship inside the binary (DejaVu Sans Condensed, which
//! covers Latin, Greek, Cyrillic, Hebrew and Arabic, and Noto Emoji for emoji in black and
//! white), so a plan prints the same on every laptop. A character they lack (Chinese,
//! Japanese, Korean, Thai, Devanagari…) is taken from the laptop's own fonts where one has
//! it; a text no font can print is named in [`Rendered::unprintable`] rather than left to
//! print as empty boxes unsaid. The template reads its data from a virtual `/data.json`;
//! user text therefore reaches typst as strings, never as markup.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{is_default_ignorable, Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;

use crate::error::{Error, Result};
use almanac_model::Sentence;

const FONT_FILES: [&[u8]; 3] = [
    include_bytes!("../assets/fonts/DejaVuSansCondensed.ttf"),
    include_bytes!("../assets/fonts/DejaVuSansCondensed-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoEmoji-Regular.ttf"),
];

/// The family name templates ask for.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// The bundled fonts, parsed once per process: all a document needs unless a text holds a
/// script they lack.
static BUNDLED: LazyLock<FontStore> = LazyLock::new(|| bundled_then(std::iter::empty()));

/// The bundled fonts first, then the laptop's, found the first time a document needs them
/// (a scan of the laptop's fonts, each read from disk only when a text uses it).
static WITH_LAPTOPS: LazyLock<FontStore> = LazyLock::new(|| {
    let bundled: HashSet<String> = BUNDLED.book().families().map(|(family, _)| family.to_owned()).collect();
    // A laptop's own DejaVu Sans (often the normal width) never stands in for the bundled
    // condensed one, or the page would be laid out differently on that laptop.
    bundled_then(typst_kit::fonts::system().filter(|(_, info)| !bundled.contains(&info.family)))
});

fn bundled_then(laptops: impl Iterator<Item = (typst_kit::fonts::FontPath, typst::text::FontInfo)>) -> FontStore {
    let mut store = FontStore::new();
    store.extend(FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).map(|font| {
        let info = font.info().clone();
        (font, info)
    }));
    store.extend(laptops);
    store
}

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("template paths are static and valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// What every template may import as `/almanac.typ` (the team's words in their own direction).
const SHARED: &str = include_str!("shared.typ");

/// One compilation: the template as the main file, the shared helpers and the data beside it.
struct Job {
    fonts: &'static FontStore,
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
        self.fonts.book()
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
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        // The caller's date in the plan's zone: no hidden clock.
        Datetime::from_ymd(self.today.year(), self.today.month() as u8, self.today.day() as u8)
    }
}

/// A rendered document: the PDF, how many pages it has, and the texts in it that hold a
/// character no font has (each once, as it reads in the data).
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub unprintable: Vec<String>,
}

/// Compiles `template` (typst markup, which reads `/data.json`) with `data` and exports PDF.
pub fn render(template_name: &str, template: &str, data: &serde_json::Value, today: NaiveDate) -> Result<Rendered> {
    // The laptop's fonts are looked for only when a text needs a script the bundle lacks.
    let (fonts, unprintable) = match uncovered(&BUNDLED, data) {
        outside if outside.is_empty() => (&*BUNDLED, outside),
        _ => (&*WITH_LAPTOPS, uncovered(&WITH_LAPTOPS, data)),
    };
    let job = Job {
        fonts,
        main: Source::new(file_id(&format!("/{template_name}")), template.to_string()),
        shared: Source::new(file_id("/almanac.typ"), SHARED.to_string()),
        data_id: file_id("/data.json"),
        data: Bytes::new(serde_json::to_vec(data)?),
        today,
    };
    let document: PagedDocument = typst::compile(&job).output.map_err(|e| template_error(&e))?;
    let options = typst_pdf::PdfOptions { creator: Smart::Custom(Some("Almanac".into())), ..Default::default() };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|e| template_error(&e))?;
    Ok(Rendered { pdf, pages: document.pages().len(), unprintable })
}

/// The texts of `data` with a character that no font of `fonts` has: typst would print it
/// as an empty box.
fn uncovered(fonts: &FontStore, data: &serde_json::Value) -> Vec<String> {
    let book = fonts.book();
    let mut known: HashMap<char, bool> = HashMap::new();
    let mut printable = |c: char| {
        c.is_ascii()
            || c.is_whitespace()
            || is_default_ignorable(c)
            || *known
                .entry(c)
                .or_insert_with(|| (0..).map_while(|i| book.info(i)).any(|f| f.coverage.contains(c.into())))
    };
    let mut found = Vec::new();
    let mut texts = vec![data];
    while let Some(value) = texts.pop() {
        match value {
            serde_json::Value::String(text) if !text.chars().all(&mut printable) && !found.contains(text) => {
                found.push(text.clone());
            }
            serde_json::Value::Array(values) => texts.extend(values.iter().rev()),
            serde_json::Value::Object(fields) => texts.extend(fields.values().rev()),
            _ => {}
        }
    }
    found
}

/// A template that fails to compile is a bug of ours, not of the user's data.
fn template_error(diagnostics: &[SourceDiagnostic]) -> Error {
    let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
    Error::io(Sentence::new("error-files-not-typeset").with("reason", messages.join("; ")))
}
