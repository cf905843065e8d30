//! The page's text blocks: the year's messages, priorities and flagship projects
//! side by side, and the objectives legend; what does not fit ends in "+N more".

use serde::Serialize;

use super::{Content, Frame, Positioned, GAP, LEGEND_FONT, LEGEND_ROW, LIST_FONT, LIST_HEADING_H, LIST_LINE};
use crate::text;
use crate::words::Words;

#[derive(Debug, Serialize)]
pub struct ListColumn {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub heading: String,
    pub entries: Vec<String>,
    pub more: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct LegendItem {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub name: String,
    pub colour: String,
}

/// The year's messages, priorities and flagship projects, side by side.
pub(super) fn lists(content: &Content, frame: &Frame, w: f64, y: f64) -> Vec<ListColumn> {
    let words = &content.words;
    let sources = [
        (words.text("annual-plan-core-messages"), &content.core_messages),
        (words.text("annual-plan-priorities"), &content.priorities),
        (words.text("annual-plan-flagship-projects"), &content.flagship_projects),
    ];
    let shown: Vec<_> = sources.iter().filter(|(_, entries)| !entries.is_empty()).collect();
    let n = shown.len() as f64;
    let col_w = (w - GAP * 2.0 * (n - 1.0)) / n;
    let capacity = ((frame.lists_h - LIST_HEADING_H) / LIST_LINE).floor() as usize;
    shown
        .iter()
        .enumerate()
        .map(|(i, (heading, entries))| {
            let (entries, more, used) = fill_lines(words, entries, col_w - 3.0, capacity);
            let h = (LIST_HEADING_H + used as f64 * LIST_LINE + 1.0).min(frame.lists_h);
            ListColumn {
                x: i as f64 * (col_w + GAP * 2.0),
                y,
                w: col_w,
                h,
                heading: heading.to_string(),
                entries,
                more,
            }
        })
        .collect()
}

/// As many entries as fit `capacity` lines (each at most two lines long), then "+N more";
/// with the lines used.
fn fill_lines(words: &Words, entries: &[String], width: f64, capacity: usize) -> (Vec<String>, Option<String>, usize) {
    let mut used = 0;
    let mut out = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let entry = text::fit(entry, LIST_FONT, width * 2.0 * 0.92);
        let need = text::lines(&entry, LIST_FONT, width).min(2);
        // Keep a line for "+N more" unless this is the last entry.
        let reserve = usize::from(i + 1 < entries.len());
        if used + need + reserve > capacity {
            return (out, Some(more(words, entries.len() - i)), used + 1);
        }
        used += need;
        out.push(entry);
    }
    (out, None, used)
}

/// Objective swatches in at most two rows.
pub(super) fn legend(
    words: &Words,
    objectives: &[(String, String)],
    w: f64,
    y: f64,
) -> (Vec<LegendItem>, Option<Positioned>, f64) {
    if objectives.is_empty() {
        return (vec![], None, 0.0);
    }
    let mut items = Vec::new();
    let (mut x, mut row) = (0.0, 0);
    let reserve = text::width_mm(&more(words, 99), LEGEND_FONT) + 2.0;
    for (i, (name, colour)) in objectives.iter().enumerate() {
        let name = text::fit(name, LEGEND_FONT, 50.0);
        let item_w = 4.0 + text::width_mm(&name, LEGEND_FONT) + 4.0;
        let limit = if row == 1 { w - reserve } else { w };
        if x + item_w > limit {
            if row == 1 {
                let rest = Positioned { x, y: y + LEGEND_ROW, text: more(words, objectives.len() - i) };
                return (items, Some(rest), 2.0 * LEGEND_ROW);
            }
            row += 1;
            x = 0.0;
        }
        items.push(LegendItem { x, y: y + row as f64 * LEGEND_ROW, w: item_w, name, colour: colour.clone() });
        x += item_w;
    }
    (items, None, (row + 1) as f64 * LEGEND_ROW)
}

/// "+N more": what a list, the legend or a month leaves out.
pub(super) fn more(words: &Words, count: usize) -> String {
    words.format("annual-plan-more", &[("count", count.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_keep_what_fits_and_count_the_rest() {
        let words = Words::for_locale("en-GB");
        let entries: Vec<String> = (0..12).map(|i| format!("Priority {i}: {}", "long words ".repeat(25))).collect();
        let shown = fill_lines(&words, &entries, 80.0, 7);
        let (shown, more, used) = (shown.0, shown.1, shown.2);
        assert!(shown.len() < 12);
        assert_eq!(more, Some(format!("+{} more", 12 - shown.len())));
        assert!(used <= 7);
        let short = vec!["One".to_string(), "Two".to_string()];
        assert_eq!(fill_lines(&words, &short, 80.0, 7), (short.clone(), None, 2));
    }
}
