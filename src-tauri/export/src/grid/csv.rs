//! The grid as CSV for Excel and LibreOffice: UTF-8 with a byte-order mark (so Excel
//! reads accents and emoji), the delimiter the locale's Excel expects, and free text that
//! a spreadsheet would run as a formula neutralised (OWASP's CSV injection advice).

use super::GridRow;
use crate::error::{Error, Result};
use almanac_model::Sentence;

/// The delimiter Excel uses for CSV in `locale` (a BCP 47 tag): a semicolon where the
/// decimal separator is a comma (most of Europe, Latin America, …), else a comma.
pub fn delimiter_for_locale(locale: &str) -> u8 {
    let language = locale.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    let region = locale.split(['-', '_']).nth(1).unwrap_or("").to_ascii_uppercase();
    // Regions that write a decimal point although their language elsewhere uses a comma.
    if matches!(region.as_str(), "CH" | "LI" | "MX" | "GT" | "DO" | "PR" | "US") && language != "en" {
        return b',';
    }
    const DECIMAL_COMMA: [&str; 30] = [
        "de", "fr", "nl", "es", "it", "pt", "da", "sv", "nb", "nn", "no", "fi", "pl", "cs", "sk", "sl", "hr", "hu",
        "ro", "bg", "ru", "uk", "tr", "el", "et", "lv", "lt", "is", "ca", "id",
    ];
    if DECIMAL_COMMA.contains(&language.as_str()) {
        b';'
    } else {
        b','
    }
}

/// A cell that a spreadsheet would read as a formula (it starts with = + - @, a tab or a
/// carriage return) gets a leading apostrophe, which the spreadsheet shows as text.
pub fn neutralised(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// The CSV text, with its byte-order mark and CRLF line ends.
pub(super) fn text(headers: &[String], rows: &[GridRow], delimiter: u8) -> Result<String> {
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    for_excel(
        delimiter,
        &headers,
        rows.iter().map(|row| {
            let date = row.date.format("%Y-%m-%d").to_string();
            let time = row.time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
            let mut record = vec![date, time];
            record.extend(row.text.iter().map(|t| neutralised(t).into_owned()));
            record
        }),
    )
}

/// CSV as Excel reads it: a byte-order mark (so it reads accents and emoji), `delimiter`,
/// CRLF line ends, the header, then the records as given (their free text neutralised by
/// the caller, which knows which cells are free text).
pub fn for_excel(delimiter: u8, header: &[&str], records: impl IntoIterator<Item = Vec<String>>) -> Result<String> {
    let mut out = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    let failed =
        |e: &dyn std::fmt::Display| Error::io(Sentence::new("error-files-csv-write").with("reason", e.to_string()));
    out.write_record(header).map_err(|e| failed(&e))?;
    for record in records {
        out.write_record(&record).map_err(|e| failed(&e))?;
    }
    let bytes = out.into_inner().map_err(|e| failed(&e))?;
    let body = String::from_utf8(bytes).map_err(|e| failed(&e))?;
    Ok(format!("\u{feff}{body}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_other_text_kept() {
        for hostile in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"] {
            assert_eq!(neutralised(hostile), format!("'{hostile}"));
        }
        assert_eq!(neutralised("Road safety = care"), "Road safety = care");
        assert_eq!(neutralised(""), "");
    }

    #[test]
    fn the_delimiter_follows_the_locale_decimal_separator() {
        assert_eq!(delimiter_for_locale("en-GB"), b',');
        assert_eq!(delimiter_for_locale("fr-FR"), b';');
        assert_eq!(delimiter_for_locale("de_DE"), b';');
        assert_eq!(delimiter_for_locale("de-CH"), b',');
        assert_eq!(delimiter_for_locale("nl"), b';');
        assert_eq!(delimiter_for_locale("cy-GB"), b',');
        assert_eq!(delimiter_for_locale(""), b',');
    }
}
