//! Campaign bars packed into lanes on a year axis (by the timeline's one rule, with each
//! label's room), condensed until they fit the
//! height the page has: smaller text down to a readable floor, then one set of
//! lanes for all groups with shorter labels, then a "+N more" summary of what
//! still does not fit. Flagship campaigns are placed first, so they are the
//! last to be summarised.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::text;
use crate::timeline::{self, Bar};

/// Label sizes tried in turn, in points; the last is the readable floor.
pub const FONT_STEPS: [f64; 4] = [6.5, 6.0, 5.5, 5.0];
/// Lane height per point of label size, in millimetres.
const LANE_MM_PER_PT: f64 = 0.72;
/// A roomy page spreads its lanes up to this height rather than leave the bottom empty.
const MAX_LANE_MM: f64 = 6.0;
/// Space kept between two bars (or labels) in a lane.
const GAP_MM: f64 = 0.8;
/// Padding of a label inside or beside its bar.
const PAD_MM: f64 = 1.2;
const MAX_LABEL_CHARS: usize = 40;
const MAX_MERGED_LABEL_CHARS: usize = 28;

/// The year as a horizontal axis of `width_mm`.
#[derive(Debug, Clone, Copy)]
pub struct Axis {
    pub year: i32,
    pub width_mm: f64,
}

impl Axis {
    fn days(&self) -> f64 {
        if NaiveDate::from_ymd_opt(self.year, 2, 29).is_some() {
            366.0
        } else {
            365.0
        }
    }

    /// Where the start of `date` falls, clamped to the year.
    pub fn x(&self, date: NaiveDate) -> f64 {
        let day = if date.year() < self.year {
            0.0
        } else if date.year() > self.year {
            self.days()
        } else {
            f64::from(date.ordinal0())
        };
        day / self.days() * self.width_mm
    }

    /// Left and right edges of whole days `start..=end`.
    pub fn span(&self, start: NaiveDate, end: NaiveDate) -> (f64, f64) {
        let after_end = end.succ_opt().unwrap_or(end);
        (self.x(start), self.x(after_end))
    }
}

/// A bar placed in a lane, with its label inside the bar or beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Index into the bars given.
    pub bar: usize,
    /// The row, counted over all groups.
    pub row: usize,
    pub x0: f64,
    pub x1: f64,
    pub label: String,
    pub label_x: f64,
    pub label_w: f64,
    pub inside: bool,
}

/// The rows of one group: its label stands beside its first row.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRows {
    pub label: String,
    pub first_row: usize,
    pub rows: usize,
}

#[derive(Debug, Clone)]
pub struct LanePlan {
    pub rows: usize,
    pub lane_h: f64,
    pub font_pt: f64,
    pub placed: Vec<Placed>,
    pub groups: Vec<GroupRows>,
    /// Bars that did not fit, summarised as "+N more".
    pub hidden: Vec<usize>,
    /// True when the groups were merged into one set of lanes to save room.
    pub merged: bool,
}

pub fn lane_height(font_pt: f64) -> f64 {
    font_pt * LANE_MM_PER_PT
}

/// Packs `bars` into lanes that fit `area_h` millimetres, condensing as needed.
pub fn plan(bars: &[Bar], axis: Axis, area_h: f64) -> LanePlan {
    let groups = timeline::groups(bars);

    for font in FONT_STEPS {
        let plan = grouped(bars, &groups, axis, font, MAX_LABEL_CHARS);
        if plan.rows as f64 * plan.lane_h <= area_h {
            let roomy = (area_h / plan.rows.max(1) as f64).min(MAX_LANE_MM);
            return LanePlan { lane_h: plan.lane_h.max(roomy), ..plan };
        }
    }
    let all: Vec<usize> = (0..bars.len()).collect();
    let merged_groups = [("", all)];
    for font in FONT_STEPS {
        let plan = LanePlan { merged: true, ..grouped(bars, &merged_groups, axis, font, MAX_MERGED_LABEL_CHARS) };
        if plan.rows as f64 * plan.lane_h <= area_h {
            return plan;
        }
    }
    let floor = FONT_STEPS[FONT_STEPS.len() - 1];
    let plan = LanePlan { merged: true, ..grouped(bars, &merged_groups, axis, floor, MAX_MERGED_LABEL_CHARS) };
    summarised(plan, area_h)
}

/// Keeps the rows that fit with one row to spare for the "+N more" line.
fn summarised(mut plan: LanePlan, area_h: f64) -> LanePlan {
    let keep = ((area_h / plan.lane_h).floor() as usize).saturating_sub(1);
    let (kept, hidden): (Vec<Placed>, Vec<Placed>) = plan.placed.into_iter().partition(|p| p.row < keep);
    plan.placed = kept;
    plan.hidden = hidden.into_iter().map(|p| p.bar).collect();
    plan.hidden.sort_unstable();
    plan.rows = keep;
    for g in &mut plan.groups {
        g.rows = keep;
    }
    plan
}

fn grouped(bars: &[Bar], groups: &[(&str, Vec<usize>)], axis: Axis, font: f64, max_chars: usize) -> LanePlan {
    let mut placed = Vec::new();
    let mut rows_of_groups = Vec::new();
    let mut row = 0;
    for (name, members) in groups {
        let lanes = pack(bars, members, axis, font, max_chars);
        let rows = lanes.len().max(1);
        rows_of_groups.push(GroupRows { label: name.to_string(), first_row: row, rows });
        for (i, lane) in lanes.into_iter().enumerate() {
            placed.extend(lane.into_iter().map(|p| Placed { row: row + i, ..p }));
        }
        row += rows;
    }
    LanePlan {
        rows: row,
        lane_h: lane_height(font),
        font_pt: font,
        placed,
        groups: rows_of_groups,
        hidden: vec![],
        merged: false,
    }
}

/// The timeline's lanes (see `timeline::lanes`), each bar taking the room of its label too.
fn pack(bars: &[Bar], members: &[usize], axis: Axis, font: f64, max_chars: usize) -> Vec<Vec<Placed>> {
    let labelled: HashMap<usize, Placed> =
        members.iter().map(|&i| (i, place_label(i, &bars[i], axis, font, max_chars))).collect();
    let placed = |i: usize| &labelled[&i];
    let extent = |i: usize| {
        let p = placed(i);
        (p.x0.min(p.label_x), p.x1.max(p.label_x + p.label_w))
    };
    timeline::lanes::pack(members, |i| timeline::lanes::order_key(&bars[i]), extent, GAP_MM)
        .into_iter()
        .enumerate()
        .map(|(row, lane)| lane.into_iter().map(|i| Placed { row, ..placed(i).clone() }).collect())
        .collect()
}

/// The label inside the bar when it fits, else beside it on the side with room.
fn place_label(i: usize, bar: &Bar, axis: Axis, font: f64, max_chars: usize) -> Placed {
    let (x0, x1) = axis.span(bar.start_date, bar.end_date);
    let star = if bar.flagship { "★ " } else { "" };
    let full = format!("{star}{}", text::at_most(&bar.name, max_chars));
    let need = text::width_mm(&full, font) + PAD_MM;
    let base = Placed { bar: i, row: 0, x0, x1, label: full.clone(), label_x: x0, label_w: x1 - x0, inside: true };
    if need <= x1 - x0 {
        return base;
    }
    let room_right = axis.width_mm - x1 - GAP_MM;
    let room_left = x0 - GAP_MM;
    let (label, label_w, label_x) = if need <= room_right {
        (full, need, x1 + GAP_MM / 2.0)
    } else if need <= room_left {
        (full, need, x0 - GAP_MM / 2.0 - need)
    } else if room_right >= room_left {
        let w = room_right.max(0.0);
        (text::fit(&full, font, w - PAD_MM), w, x1 + GAP_MM / 2.0)
    } else {
        let w = room_left.max(0.0);
        (text::fit(&full, font, w - PAD_MM), w, x0 - GAP_MM / 2.0 - w)
    };
    Placed { label, label_w, label_x, inside: false, ..base }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn bar(name: &str, start: &str, end: &str, group: &str) -> Bar {
        Bar {
            campaign_id: uuid::Uuid::now_v7(),
            name: name.into(),
            start_date: d(start),
            end_date: d(end),
            flagship: false,
            fill: "#1d4ed8".into(),
            ink: "#ffffff".into(),
            group: group.into(),
        }
    }

    const AXIS: Axis = Axis { year: 2027, width_mm: 245.0 };

    #[test]
    fn the_axis_places_whole_days_and_clamps_to_the_year() {
        assert_eq!(AXIS.x(d("2027-01-01")), 0.0);
        assert_eq!(AXIS.span(d("2027-01-01"), d("2027-12-31")), (0.0, 245.0));
        assert_eq!(AXIS.span(d("2026-11-01"), d("2026-12-31")).1, 0.0);
        let (a, b) = AXIS.span(d("2027-07-01"), d("2027-07-07"));
        assert!((b - a - 7.0 * 245.0 / 365.0).abs() < 1e-9);
    }

    #[test]
    fn overlapping_campaigns_take_separate_lanes_and_free_lanes_are_reused() {
        let bars = vec![
            bar("Winter roads", "2027-01-01", "2027-03-31", "Safety"),
            bar("Spring", "2027-02-01", "2027-04-30", "Safety"),
            bar("Summer", "2027-06-01", "2027-08-31", "Safety"),
        ];
        let plan = plan(&bars, AXIS, 100.0);
        assert_eq!(plan.rows, 2);
        let row_of = |name: &str| plan.placed.iter().find(|p| bars[p.bar].name == name).unwrap().row;
        assert_ne!(row_of("Winter roads"), row_of("Spring"));
        assert_eq!(row_of("Summer"), row_of("Winter roads"), "a free lane is reused");
        assert!(plan.hidden.is_empty() && !plan.merged);
        assert_eq!(plan.font_pt, FONT_STEPS[0]);
        assert_eq!(plan.lane_h, MAX_LANE_MM, "two lanes on a roomy page spread out");
    }

    #[test]
    fn groups_stack_their_lanes_in_name_order() {
        let bars =
            vec![bar("B1", "2027-01-01", "2027-02-01", "Recruit"), bar("A1", "2027-01-01", "2027-02-01", "Engage")];
        let plan = plan(&bars, AXIS, 100.0);
        assert_eq!(plan.groups.iter().map(|g| g.label.as_str()).collect::<Vec<_>>(), ["Engage", "Recruit"]);
        assert_eq!(plan.groups[1].first_row, 1);
    }

    #[test]
    fn a_short_campaign_carries_its_label_beside_the_bar_and_keeps_the_room_it_needs() {
        let bars = vec![
            bar("International Day of Police Cooperation", "2027-09-07", "2027-09-07", "X"),
            bar("Autumn", "2027-09-09", "2027-09-30", "X"),
        ];
        let plan = plan(&bars, AXIS, 100.0);
        let day = &plan.placed.iter().find(|p| p.bar == 0).unwrap();
        assert!(!day.inside && day.label_x >= day.x1, "{day:?}");
        assert_eq!(plan.rows, 2, "the label's room is not given to the next bar");
    }

    #[test]
    fn a_label_at_the_end_of_the_year_goes_to_the_left() {
        let bars = vec![bar("New Year's Eve safety", "2027-12-31", "2027-12-31", "X")];
        let p = &plan(&bars, AXIS, 100.0).placed[0];
        assert!(p.label_x + p.label_w <= p.x0, "{p:?}");
        assert!(p.label.starts_with("New Year"));
    }

    #[test]
    fn a_crowded_year_shrinks_text_then_merges_groups_then_summarises_with_flagships_kept() {
        let mut bars: Vec<Bar> = (0..200)
            .map(|i| {
                let start = d("2027-01-01") + chrono::Days::new(i * 365 / 200);
                bar(
                    &format!("Campaign {i} {}", "x".repeat(280)),
                    &start.to_string(),
                    &start.to_string(),
                    &format!("G{}", i % 9),
                )
            })
            .collect();
        bars[199].flagship = true;
        let plan = plan(&bars, AXIS, 100.0);
        assert!(plan.merged);
        assert_eq!(plan.font_pt, *FONT_STEPS.last().unwrap());
        assert!(!plan.hidden.is_empty());
        assert!((plan.rows + 1) as f64 * plan.lane_h <= 100.0 + 1e-9, "the summary line fits too");
        assert!(plan.placed.iter().any(|p| p.bar == 199), "the flagship is drawn");
        assert_eq!(plan.placed.len() + plan.hidden.len(), 200, "every campaign is drawn or counted");
        assert!(plan.placed.iter().all(|p| p.label.chars().count() <= MAX_MERGED_LABEL_CHARS + 2));
    }

    #[test]
    fn a_moderately_full_year_only_shrinks_the_text() {
        let bars: Vec<Bar> =
            (0..30).map(|i| bar(&format!("C{i}"), "2027-01-01", "2027-12-31", &format!("G{}", i % 3))).collect();
        let plan = plan(&bars, AXIS, 120.0);
        assert!(!plan.merged && plan.hidden.is_empty());
        assert!(plan.font_pt < FONT_STEPS[0]);
    }
}
