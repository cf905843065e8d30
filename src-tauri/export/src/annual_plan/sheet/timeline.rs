//! The 12-month timeline: month columns, key dates listed under their month and
//! ticked on the axis, blackout shading, today, and the campaign lanes.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::super::lanes::{self, Axis, LanePlan};
use super::lists::more;
use super::{Content, Frame, Positioned, KEY_FONT, KEY_LINE, MONTH_H};
use crate::domain::{enum_name, BlackoutLevel};
use crate::text;
use crate::timeline::{Bar, Mark};
use crate::words::PlanWords;
use crate::words::Words;

#[derive(Debug, Serialize)]
pub struct Column {
    pub x: f64,
    pub w: f64,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct KeyCell {
    pub x: f64,
    pub w: f64,
    pub lines: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Shade {
    pub x: f64,
    pub w: f64,
    pub label: String,
    pub strict: bool,
}

#[derive(Debug, Serialize)]
pub struct GroupLabel {
    pub y: f64,
    pub h: f64,
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct BarMark {
    pub x: f64,
    pub w: f64,
    pub y: f64,
    pub h: f64,
    pub fill: String,
    pub ink: String,
    pub label: String,
    pub label_x: f64,
    pub label_w: f64,
    pub inside: bool,
}

#[derive(Debug, Serialize)]
pub struct Timeline {
    pub y: f64,
    pub h: f64,
    /// The left edge of the year axis, and its width; the group labels sit left of it.
    pub axis_x: f64,
    pub axis_w: f64,
    pub month_h: f64,
    pub months: Vec<Column>,
    pub key_y: f64,
    pub key_h: f64,
    pub key_font: f64,
    pub key_cells: Vec<KeyCell>,
    pub ticks: Vec<f64>,
    pub blackouts: Vec<Shade>,
    pub today: Option<f64>,
    pub lanes_y: f64,
    pub lane_h: f64,
    pub bar_font: f64,
    pub groups: Vec<GroupLabel>,
    pub bars: Vec<BarMark>,
    pub more: Option<Positioned>,
    pub empty: Option<String>,
}

pub(super) fn timeline(content: &Content, frame: &Frame, w: f64, y: f64, h: f64) -> Timeline {
    let words = &content.words;
    let axis_x = frame.label_w;
    let axis = Axis { year: content.year, width_mm: w - axis_x };
    let months = (1..=12)
        .map(|m| {
            let first = NaiveDate::from_ymd_opt(content.year, m, 1).expect("valid month");
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(content.year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(content.year, m + 1, 1)
            };
            let (x0, x1) = (axis.x(first), axis.x(next.expect("valid month")));
            Column { x: axis_x + x0, w: x1 - x0, text: words.short_month(content.year, m) }
        })
        .collect::<Vec<_>>();
    let key_y = y + MONTH_H;
    let key_h = frame.key_lines as f64 * KEY_LINE + 1.0;
    let lanes_y = key_y + key_h + 1.0;
    let lanes_h = y + h - lanes_y;

    let (days, spans): (Vec<&Mark>, Vec<&Mark>) = content.marks.iter().partition(|m| !m.is_blackout());
    let key_cells = key_cells(words, &days, &months, content.year, frame.key_lines);
    let ticks = days
        .iter()
        .map(|m| {
            axis_x + axis.x(m.starts_on) + (axis.x(m.starts_on + chrono::Days::new(1)) - axis.x(m.starts_on)) / 2.0
        })
        .collect();
    let blackouts = spans
        .iter()
        .map(|m| {
            let (x0, x1) = axis.span(m.starts_on, m.ends_on);
            let level = m.blackout_level.unwrap_or(BlackoutLevel::Restricted);
            let label = words.format(
                "annual-plan-blackout",
                &[("name", m.name.as_str().into()), ("level", enum_name(&level).into())],
            );
            Shade {
                x: axis_x + x0,
                w: (x1 - x0).max(0.4),
                label: text::fit(&label, KEY_FONT, lanes_h - 2.0),
                strict: level == BlackoutLevel::NoPosting,
            }
        })
        .collect();
    let today = (content.today.year() == content.year).then(|| axis_x + axis.x(content.today));

    let plan = lanes::plan(&content.bars, axis, lanes_h);
    let unnamed = words.value("timeline-none", &content.group_by);
    let (groups, bars, more) = draw_lanes(words, &plan, (&content.bars, &unnamed), axis_x, lanes_y, w);
    let empty = content
        .bars
        .is_empty()
        .then(|| words.format("annual-plan-no-campaigns", &[("year", content.year.to_string().into())]));
    Timeline {
        y,
        h,
        axis_x,
        axis_w: axis.width_mm,
        month_h: MONTH_H,
        months,
        key_y,
        key_h,
        key_font: KEY_FONT,
        key_cells,
        ticks,
        blackouts,
        today,
        lanes_y,
        lane_h: plan.lane_h,
        bar_font: plan.font_pt,
        groups,
        bars,
        more,
        empty,
    }
}

/// Each month lists its key dates ("7 International Day of…"), the team's own first when full.
fn key_cells(words: &Words, days: &[&Mark], months: &[Column], year: i32, lines: usize) -> Vec<KeyCell> {
    months
        .iter()
        .enumerate()
        .map(|(i, col)| {
            let month = i as u32 + 1;
            let mut in_month: Vec<&&Mark> =
                days.iter().filter(|m| m.starts_on.year() == year && m.starts_on.month() == month).collect();
            in_month.sort_by_key(|m| (!m.own, m.starts_on));
            let overflow = in_month.len() > lines;
            let keep = if overflow { lines - 1 } else { in_month.len() };
            let mut shown: Vec<&&Mark> = in_month[..keep].to_vec();
            shown.sort_by_key(|m| m.starts_on);
            let mut out: Vec<String> = shown
                .iter()
                .map(|m| {
                    text::fit(
                        &format!("{} {}", m.starts_on.day(), short_name(&words.mark_name(m))),
                        KEY_FONT,
                        col.w - 1.0,
                    )
                })
                .collect();
            if overflow {
                out.push(more(words, in_month.len() - keep));
            }
            KeyCell { x: col.x, w: col.w, lines: out }
        })
        .collect()
}

/// Key-date names as English calendars print them in a narrow month column.
fn short_name(name: &str) -> String {
    name.replace("International ", "Int’l ")
}

/// The lanes' group labels, bars and "+N more", the bars with the name of the group of
/// campaigns with none of what they are grouped by (`unnamed`).
fn draw_lanes(
    words: &Words,
    plan: &LanePlan,
    (bars, unnamed): (&[Bar], &str),
    axis_x: f64,
    lanes_y: f64,
    w: f64,
) -> (Vec<GroupLabel>, Vec<BarMark>, Option<Positioned>) {
    let row_y = |row: usize| lanes_y + row as f64 * plan.lane_h;
    let groups = if plan.merged {
        vec![]
    } else {
        plan.groups
            .iter()
            .map(|g| {
                // Bold runs wider than the estimate: a label may take two lines when its group has them.
                let lines = g.rows.min(2) as f64;
                GroupLabel {
                    y: row_y(g.first_row),
                    h: g.rows as f64 * plan.lane_h,
                    label: text::fit(
                        if g.label.is_empty() { unnamed } else { &g.label },
                        plan.font_pt * 1.1,
                        (axis_x - 2.0) * lines * 0.9,
                    ),
                }
            })
            .collect()
    };
    let marks = plan
        .placed
        .iter()
        .map(|p| {
            let bar = &bars[p.bar];
            BarMark {
                x: axis_x + p.x0,
                w: (p.x1 - p.x0).max(0.5),
                y: row_y(p.row) + plan.lane_h * 0.1,
                h: plan.lane_h * 0.8,
                fill: bar.fill.clone(),
                ink: bar.ink.clone(),
                label: p.label.clone(),
                label_x: axis_x + p.label_x,
                label_w: p.label_w,
                inside: p.inside,
            }
        })
        .collect();
    let more = (!plan.hidden.is_empty()).then(|| {
        let names: Vec<&str> = plan.hidden.iter().map(|&i| bars[i].name.as_str()).collect();
        let summary = words.format(
            "annual-plan-more-campaigns",
            &[("count", plan.hidden.len().into()), ("names", names.join(", ").into())],
        );
        Positioned { x: 0.0, y: row_y(plan.rows), text: text::fit(&summary, plan.font_pt, w) }
    });
    (groups, marks, more)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_with_more_key_dates_than_lines_lists_the_teams_own_first() {
        let mark = |name: &str, day: u32, own: bool| {
            let date = NaiveDate::from_ymd_opt(2027, 3, day).unwrap();
            Mark::new(name.into(), (date, date), crate::domain::KeyDateCategory::InternationalDay, None, own)
        };
        let marks = [mark("A", 1, false), mark("B", 2, false), mark("C", 3, false), mark("Ours", 30, true)];
        let refs: Vec<&Mark> = marks.iter().collect();
        let months: Vec<Column> =
            (0..12).map(|i| Column { x: i as f64 * 20.0, w: 20.0, text: String::new() }).collect();
        let cells = key_cells(&Words::for_locale("en-GB"), &refs, &months, 2027, 3);
        assert_eq!(cells[2].lines, vec!["1 A", "30 Ours", "+2 more"]);
        assert!(cells[0].lines.is_empty());
    }
}
