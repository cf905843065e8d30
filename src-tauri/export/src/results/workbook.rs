//! The results as an Excel workbook: the period's totals by platform, each objective
//! against its target, each campaign, and every post's numbers by day; numbers as
//! numbers, dates as dates, text always as text (never a formula).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use uuid::Uuid;

use super::page::metric_name;
use crate::domain::{sum_metrics, ContentItem, MetricValue, METRICS};
use crate::error::{Error, Result};
use crate::ops::results::ResultsReport;
use crate::store::records::{results, Record};
use crate::store::Store;
use crate::words::{PlanWords, Words};
use almanac_model::Sentence;

/// The workbook's bytes.
pub(super) fn xlsx(store: &Store, report: &ResultsReport, words: &Words) -> Result<Vec<u8>> {
    let posts = results::between(store.conn(), &report.from.to_string(), &report.to.to_string())?;
    let mut titles: HashMap<Uuid, String> = HashMap::new();
    for id in posts.iter().filter_map(|p| p.item_id) {
        if let std::collections::hash_map::Entry::Vacant(e) = titles.entry(id) {
            e.insert(ContentItem::load(store.conn(), id)?.map(|i| i.title).unwrap_or_default());
        }
    }
    build(report, &posts, &titles, words)
        .map_err(|e| Error::io(Sentence::new("error-files-workbook").with("reason", e.to_string())))
}

fn build(
    report: &ResultsReport,
    posts: &[crate::domain::PostResult],
    titles: &HashMap<Uuid, String>,
    words: &Words,
) -> std::result::Result<Vec<u8>, XlsxError> {
    // Column headings by their ids after `numbers-column-`, then every metric's name.
    let columns = |ids: &[&str], with_metrics: bool| -> Vec<String> {
        let named = ids.iter().map(|id| words.text(&format!("numbers-column-{id}")));
        let metrics = METRICS.iter().filter(|_| with_metrics).map(|m| metric_name(words, m));
        named.chain(metrics).collect()
    };
    let platform = |p: &crate::domain::Platform| words.platform(*p);
    let mut book = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#E8EEF7");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let number = Format::new().set_num_format("#,##0");

    let sheet = book.add_worksheet().set_name(words.text("numbers-sheet-summary"))?;
    header(sheet, &columns(&["platform", "posts"], true), &bold)?;
    sheet.set_column_width(0, 16)?;
    let mut row = 1;
    for p in &report.platforms {
        sheet.write_string(row, 0, platform(&p.platform))?;
        sheet.write_number_with_format(row, 1, p.posts, &number)?;
        metrics(sheet, row, 2, &p.totals, &number)?;
        row += 1;
    }
    sheet.write_string_with_format(row, 0, words.text("numbers-all-platforms"), &bold)?;
    sheet.write_number_with_format(row, 1, report.posts, &number)?;
    metrics(sheet, row, 2, &report.totals, &number)?;

    let sheet = book.add_worksheet().set_name(words.text("numbers-sheet-objectives"))?;
    let cols = ["objective", "level", "metric", "baseline", "target", "achieved", "items-planned", "items-published"];
    header(sheet, &columns(&cols, false), &bold)?;
    sheet.set_column_width(0, 36)?;
    for (i, o) in report.objectives.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, &o.name)?;
        sheet.write_string(r, 1, words.value("results-level", &o.level))?;
        sheet.write_string(r, 2, metric_name(words, &o.metric))?;
        if let Some(b) = o.baseline {
            sheet.write_number_with_format(r, 3, b, &number)?;
        }
        if let Some(t) = o.target {
            sheet.write_number_with_format(r, 4, t, &number)?;
        }
        sheet.write_number_with_format(r, 5, o.achieved, &number)?;
        sheet.write_number(r, 6, o.planned)?;
        sheet.write_number(r, 7, o.delivered)?;
    }

    let sheet = book.add_worksheet().set_name(words.text("numbers-sheet-campaigns"))?;
    header(sheet, &columns(&["campaign", "flagship", "items-planned", "items-published"], true), &bold)?;
    sheet.set_column_width(0, 36)?;
    for (i, c) in report.campaigns.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, &c.name)?;
        sheet.write_string(r, 1, if c.flagship { words.text("numbers-yes") } else { String::new() })?;
        sheet.write_number(r, 2, c.planned)?;
        sheet.write_number(r, 3, c.delivered)?;
        metrics(sheet, r, 4, &c.totals, &number)?;
    }

    let sheet = book.add_worksheet().set_name(words.text("numbers-sheet-posts"))?;
    header(sheet, &columns(&["day", "platform", "post", "permalink", "item", "source"], true), &bold)?;
    sheet.set_column_width(3, 40)?;
    sheet.set_column_width(4, 36)?;
    for (i, p) in posts.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_datetime_with_format(r, 0, excel_day(p.day)?, &date)?;
        sheet.write_string(r, 1, platform(&p.platform))?;
        sheet.write_string(r, 2, &p.post)?;
        sheet.write_string(r, 3, &p.permalink)?;
        sheet.write_string(r, 4, p.item_id.and_then(|i| titles.get(&i)).map_or("", String::as_str))?;
        sheet.write_string(r, 5, &p.source)?;
        metrics(sheet, r, 6, &sum_metrics(std::iter::once(&p.metrics)), &number)?;
    }

    let sheet = book.add_worksheet().set_name(words.text("numbers-sheet-notes"))?;
    header(sheet, &columns(&["day", "kind", "about", "what", "metric", "value", "source"], false), &bold)?;
    sheet.set_column_width(3, 60)?;
    let notes = report
        .objectives
        .iter()
        .flat_map(|o| &o.notes)
        .chain(report.lessons.iter().filter(|l| l.outcome.objective_id.is_none()));
    for (i, n) in notes.enumerate() {
        let r = i as u32 + 1;
        sheet.write_datetime_with_format(r, 0, excel_day(n.outcome.day)?, &date)?;
        sheet.write_string(r, 1, words.value("numbers-kind", &n.outcome.kind))?;
        sheet.write_string(r, 2, &n.about)?;
        sheet.write_string(r, 3, &n.outcome.what)?;
        sheet.write_string(r, 4, metric_name(words, &n.outcome.metric))?;
        if let Some(v) = n.outcome.value {
            sheet.write_number(r, 5, v)?;
        }
        sheet.write_string(r, 6, &n.outcome.source)?;
    }
    book.save_to_buffer()
}

fn header(sheet: &mut Worksheet, names: &[String], bold: &Format) -> std::result::Result<(), XlsxError> {
    for (col, name) in names.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, name, bold)?;
        sheet.set_column_width(col as u16, 13)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The known metrics in [`METRICS`] order from column `first`.
fn metrics(
    sheet: &mut Worksheet,
    row: u32,
    first: u16,
    values: &[MetricValue],
    number: &Format,
) -> std::result::Result<(), XlsxError> {
    for (i, m) in METRICS.iter().enumerate() {
        if let Some(v) = values.iter().find(|v| v.metric == *m) {
            sheet.write_number_with_format(row, first + i as u16, v.value, number)?;
        }
    }
    Ok(())
}

fn excel_day(day: NaiveDate) -> std::result::Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(day.year() as u16, day.month() as u8, day.day() as u8)
}
