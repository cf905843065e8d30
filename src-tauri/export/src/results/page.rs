//! "By the numbers" on one A4 page: what the page shows, capped so it fits, with the
//! numbers written as people read them; typeset smaller, then shorter, until it is one page.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::{enum_name, MetricValue};
use crate::error::{Error, Result};
use crate::ops::results::{NoteLine, ResultsReport};
use crate::text::at_most;
use crate::typeset;

const TEMPLATE: &str = include_str!("results.typ");

/// The most lines of each list the page holds.
const MAX_OBJECTIVES: usize = 10;
const MAX_CAMPAIGNS: usize = 6;
const MAX_NOTES: usize = 6;
/// The headline numbers, in the order they are wanted.
const HEADLINE: [&str; 6] = ["impressions", "reach", "engagements", "link clicks", "video views", "follows"];

#[derive(Serialize)]
struct Page {
    title: String,
    organisation: String,
    period: String,
    made: String,
    scale: f64,
    headline: Vec<(String, String)>,
    objectives: Vec<ObjectiveLine>,
    campaigns: Vec<CampaignLine>,
    best: Vec<(String, String, String)>,
    outcomes: Vec<(String, String, String)>,
    lessons: Vec<(String, String)>,
    ranked_by: String,
}

#[derive(Serialize)]
struct ObjectiveLine {
    name: String,
    colour: String,
    level: String,
    metric: String,
    baseline: String,
    target: String,
    achieved: String,
    /// Achieved over target, 0 to 1 for the bar; none without a target.
    share: Option<f64>,
    percent: String,
    items: String,
}

#[derive(Serialize)]
struct CampaignLine {
    name: String,
    colour: String,
    flagship: bool,
    items: String,
    impressions: String,
    engagements: String,
}

/// The page as PDF bytes, made `today`.
pub(super) fn pdf(report: &ResultsReport, today: NaiveDate) -> Result<Vec<u8>> {
    let mut page = page(report, today);
    // Smaller type first; then fewer lines of the longest lists.
    for attempt in 0..12 {
        page.scale = [1.0, 0.9, 0.8, 0.72][attempt.min(3)];
        if attempt > 3 {
            shorten(&mut page);
        }
        let rendered = typeset::render("results.typ", TEMPLATE, &serde_json::to_value(&page)?, today)?;
        if rendered.pages == 1 {
            return Ok(rendered.pdf);
        }
    }
    Err(Error::io("“By the numbers” did not fit on one page"))
}

/// Drops the last line of the longest list.
fn shorten(page: &mut Page) {
    let lens = [page.lessons.len(), page.outcomes.len(), page.best.len(), page.campaigns.len(), page.objectives.len()];
    match lens.iter().enumerate().max_by_key(|(_, n)| **n).map(|(i, _)| i) {
        Some(0) => drop(page.lessons.pop()),
        Some(1) => drop(page.outcomes.pop()),
        Some(2) => drop(page.best.pop()),
        Some(3) => drop(page.campaigns.pop()),
        _ => drop(page.objectives.pop()),
    }
}

fn page(r: &ResultsReport, today: NaiveDate) -> Page {
    let value = |totals: &[MetricValue], m: &str| totals.iter().find(|t| t.metric == m).map(|t| t.value);
    let mut headline = vec![("posts".to_string(), count(r.posts as f64))];
    headline.extend(HEADLINE.iter().filter_map(|m| value(&r.totals, m).map(|v| (m.to_string(), count(v)))));
    let flagships = r.campaigns.iter().filter(|c| c.flagship).count();
    Page {
        title: format!("By the numbers · {}", r.name),
        organisation: r.organisation.clone(),
        period: format!("{} to {}", r.from, r.to),
        made: today.to_string(),
        scale: 1.0,
        headline,
        objectives: r
            .objectives
            .iter()
            .take(MAX_OBJECTIVES)
            .map(|o| {
                let share = o.target.filter(|t| *t > 0.0).map(|t| o.achieved / t);
                ObjectiveLine {
                    name: at_most(&o.name, 60),
                    colour: o.colour.clone(),
                    level: enum_name(&o.level),
                    metric: at_most(&o.metric, 30),
                    baseline: o.baseline.map(count).unwrap_or_default(),
                    target: o.target.map(|t| count(t.round())).unwrap_or_else(|| "—".into()),
                    achieved: count(o.achieved),
                    share: share.map(|s| s.clamp(0.0, 1.0)),
                    percent: share.map(|s| format!("{:.0}%", s * 100.0)).unwrap_or_default(),
                    items: format!("{} of {}", o.delivered, o.planned),
                }
            })
            .collect(),
        campaigns: r
            .campaigns
            .iter()
            .filter(|c| c.flagship || flagships == 0)
            .take(MAX_CAMPAIGNS)
            .map(|c| CampaignLine {
                name: at_most(&c.name, 60),
                colour: c.colour.clone(),
                flagship: c.flagship,
                items: format!("{} of {}", c.delivered, c.planned),
                impressions: value(&c.totals, "impressions").map(count).unwrap_or_else(|| "—".into()),
                engagements: value(&c.totals, "engagements").map(count).unwrap_or_else(|| "—".into()),
            })
            .collect(),
        best: r.best.iter().map(|b| (at_most(&b.title, 70), b.channel.clone(), count(b.value))).collect(),
        outcomes: r
            .objectives
            .iter()
            .flat_map(|o| &o.notes)
            .filter(|n| n.outcome.kind == crate::domain::OutcomeKind::Outcome)
            .take(MAX_NOTES)
            .map(|n| (at_most(&n.outcome.what, 90), n.outcome.value.map(count).unwrap_or_default(), source(n)))
            .collect(),
        lessons: r
            .lessons
            .iter()
            .take(MAX_NOTES)
            .map(|n| (at_most(&n.outcome.what, 200), at_most(&n.about, 50)))
            .collect(),
        ranked_by: r.ranked_by.clone(),
    }
}

fn source(n: &NoteLine) -> String {
    let s = [n.about.as_str(), n.outcome.source.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>();
    at_most(&s.join(" · "), 80)
}

/// A count with thousands separated: `12,345`; a fraction to one decimal.
pub(crate) fn count(v: f64) -> String {
    if v.fract().abs() > 1e-9 && v.abs() < 1000.0 {
        return format!("{v:.1}");
    }
    let whole = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(super::count(1234567.0), "1,234,567");
        assert_eq!(super::count(999.0), "999");
        assert_eq!(super::count(12.5), "12.5");
        assert_eq!(super::count(0.0), "0");
    }
}
