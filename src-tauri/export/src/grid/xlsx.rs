//! The grid as an Excel workbook: real dates and times, a bold frozen header with
//! filters, widths that fit the columns, and every text written as text (never a formula).

use chrono::{Datelike, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use super::{GridRow, COPY};
use crate::error::{Error, Result};
use almanac_model::Sentence;

/// Column widths in characters, from Date to Link: wide where people write.
const WIDTHS: [f64; 13] = [11.0, 7.0, 28.0, 18.0, 24.0, 11.0, 11.0, 18.0, 40.0, 60.0, 28.0, 24.0, 32.0];

/// The workbook's bytes: one sheet named `name`, with `headers` over the rows.
pub(super) fn workbook(name: &str, headers: &[String], rows: &[GridRow]) -> Result<Vec<u8>> {
    build(name, headers, rows)
        .map_err(|e| Error::io(Sentence::new("error-files-workbook").with("reason", e.to_string())))
}

fn build(name: &str, headers: &[String], rows: &[GridRow]) -> std::result::Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // Rows streamed to a temporary file as they are written, strings inline: no shared
    // string table to hash 12,000 rows of text into (a third faster, and flat memory).
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name(name)?;
    let header = Format::new().set_bold().set_background_color("#E8EEF7");
    let date = Format::new().set_num_format("yyyy-mm-dd").set_align(FormatAlign::Left);
    let time = Format::new().set_num_format("hh:mm").set_align(FormatAlign::Left);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (col, text) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, text, &header)?;
        sheet.set_column_width(col as u16, WIDTHS[col])?;
    }
    for (n, row) in rows.iter().enumerate() {
        let r = n as u32 + 1;
        let day = ExcelDateTime::from_ymd(row.date.year() as u16, row.date.month() as u8, row.date.day() as u8)?;
        sheet.write_datetime_with_format(r, 0, &day, &date)?;
        if let Some(t) = row.time {
            let at = ExcelDateTime::from_hms(t.hour() as u16, t.minute() as u8, 0)?;
            sheet.write_datetime_with_format(r, 1, &at, &time)?;
        }
        for (i, text) in row.text.iter().enumerate() {
            let col = i as u16 + 2;
            if text.is_empty() {
                continue;
            }
            // The copy wraps; the rest stays on one line.
            if col as usize == COPY {
                sheet.write_string_with_format(r, col, text, &wrap)?;
            } else {
                sheet.write_string(r, col, text)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, headers.len() as u16 - 1)?;
    book.save_to_buffer()
}
