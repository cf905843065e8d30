//! The one-page annual plan laid out in millimetres: every block has a fixed
//! place and height on the page, and what does not fit its block is shortened
//! or summarised here. The typst template only draws what this decides, so the
//! page can never flow onto a second one.

use chrono::NaiveDate;
use serde::Serialize;

mod lists;
mod timeline;

use super::Orientation;
use crate::domain::enum_name;
use crate::text;
use crate::timeline::{Bar, GroupBy, Mark};
use crate::words::Words;
use almanac_i18n::Arg;
use lists::{legend, lists};
pub use lists::{LegendItem, ListColumn};
use timeline::timeline;
pub use timeline::Timeline;

const MARGIN: f64 = 10.0;
const GAP: f64 = 2.0;

/// Everything the page shows, before layout.
#[derive(Debug, Clone)]
pub struct Content {
    pub year: i32,
    pub title: String,
    pub organisation: String,
    pub group_by: GroupBy,
    /// The plan's language, which the page is printed in.
    pub words: Words,
    pub core_messages: Vec<String>,
    pub priorities: Vec<String>,
    pub flagship_projects: Vec<String>,
    pub objectives: Vec<(String, String)>,
    pub bars: Vec<Bar>,
    pub marks: Vec<Mark>,
    pub today: NaiveDate,
}

#[derive(Debug, Serialize)]
pub struct Sheet {
    pub page: Page,
    /// The language the page is in (ISO 639: `nl`, `ar`), for typst's shaping and direction.
    pub lang: String,
    pub font: &'static str,
    pub header: Header,
    pub lists: Vec<ListColumn>,
    pub list_font: f64,
    pub legend: Vec<LegendItem>,
    pub legend_more: Option<Positioned>,
    pub timeline: Timeline,
    pub footer: Footer,
}

#[derive(Debug, Serialize)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub margin: f64,
}

#[derive(Debug, Serialize)]
pub struct Header {
    pub title: String,
    pub year: String,
    pub subtitle: String,
}

#[derive(Debug, Serialize)]
pub struct Positioned {
    pub x: f64,
    pub y: f64,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct Footer {
    pub y: f64,
    pub left: String,
    pub right: String,
}

/// Sizes that differ between landscape and portrait.
struct Frame {
    width: f64,
    height: f64,
    lists_h: f64,
    label_w: f64,
    key_lines: usize,
}

impl Frame {
    fn of(orientation: Orientation) -> Frame {
        match orientation {
            Orientation::Landscape => Frame { width: 297.0, height: 210.0, lists_h: 27.0, label_w: 30.0, key_lines: 4 },
            Orientation::Portrait => Frame { width: 210.0, height: 297.0, lists_h: 40.0, label_w: 24.0, key_lines: 6 },
        }
    }
}

pub const HEADER_H: f64 = 11.0;
pub const LIST_FONT: f64 = 7.0;
const LIST_LINE: f64 = LIST_FONT * text::MM_PER_PT * 1.3;
const LIST_HEADING_H: f64 = 4.0;
const LEGEND_ROW: f64 = 3.4;
const LEGEND_FONT: f64 = 6.5;
const MONTH_H: f64 = 4.5;
const KEY_FONT: f64 = 5.0;
const KEY_LINE: f64 = KEY_FONT * text::MM_PER_PT * 1.25;
const FOOTER_H: f64 = 4.0;

pub fn lay_out(content: &Content, orientation: Orientation) -> Sheet {
    let frame = Frame::of(orientation);
    let w = frame.width - 2.0 * MARGIN;
    let h = frame.height - 2.0 * MARGIN;
    let mut y = HEADER_H + GAP;

    let lists = lists(content, &frame, w, y);
    if let Some(tallest) = lists.iter().map(|c| c.h).reduce(f64::max) {
        y += tallest + GAP;
    }
    let (legend, legend_more, legend_h) = legend(&content.words, &content.objectives, w, y);
    if legend_h > 0.0 {
        y += legend_h + GAP;
    }
    let footer_y = h - FOOTER_H + 1.0;
    let timeline = timeline(content, &frame, w, y, footer_y - GAP - y);

    let words = &content.words;
    let named = !content.organisation.is_empty();
    let year = || Arg::from(content.year.to_string());
    let organisation = || Arg::from(content.organisation.as_str());
    let subtitle = words.format(
        if named { "annual-plan-subtitle" } else { "annual-plan-subtitle-unnamed" },
        &[("organisation", organisation()), ("year", year()), ("group", enum_name(&content.group_by).into())],
    );
    let footer = words.format(
        if named { "annual-plan-footer" } else { "annual-plan-footer-unnamed" },
        &[("organisation", organisation()), ("year", year())],
    );
    Sheet {
        page: Page { width: frame.width, height: frame.height, margin: MARGIN },
        lang: words.typst_lang(),
        font: crate::typeset::FONT_FAMILY,
        header: Header {
            // Bold runs about a tenth wider than the regular estimate.
            title: text::fit(&content.title, 15.0 * 1.12, w - 32.0),
            year: content.year.to_string(),
            subtitle: text::fit(&subtitle, 7.5, w),
        },
        lists,
        list_font: LIST_FONT,
        legend,
        legend_more,
        timeline,
        footer: Footer {
            y: footer_y,
            left: text::fit(&footer, 6.0, w * 0.6),
            right: words.format("annual-plan-printed", &[("date", words.long_date(content.today).into())]),
        },
    }
}
