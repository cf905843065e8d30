//! "By the numbers" on one A4 page: what the page shows, capped so it fits, with the
//! numbers written as people read them, every word in the plan's language; typeset smaller,
//! then shorter, until it is one page.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::MetricValue;
use crate::error::{Error, Result};
use crate::ops::results::{NoteLine, ResultsReport};
use crate::text::at_most;
use crate::typeset::{self, Rendered};
use crate::words::Words;
use almanac_model::Sentence;

const TEMPLATE: &str = include_str!("results.typ");

/// The most lines of each list the page holds.
const MAX_OBJECTIVES: usize = 10;
const MAX_CAMPAIGNS: usize = 6;
const MAX_NOTES: usize = 6;
/// The headline numbers, in the order they are wanted.
const HEADLINE: [&str; 6] = ["impressions", "reach", "engagements", "link clicks", "video views", "follows"];

#[derive(Serialize)]
struct Page {
    /// The fixed words, in the plan's language.
    words: serde_json::Map<String, serde_json::Value>,
    title: String,
    organisation: String,
    period: String,
    scale: f64,
    headline: Vec<(String, String)>,
    objectives: Vec<ObjectiveLine>,
    campaigns: Vec<CampaignLine>,
    best: Vec<(String, String, String)>,
    outcomes: Vec<(String, String, String)>,
    lessons: Vec<(String, String)>,
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

/// The page as PDF, made `today`, in `words`.
pub(super) fn pdf(report: &ResultsReport, words: &Words, today: NaiveDate) -> Result<Rendered> {
    let mut page = page(report, words, today);
    // Smaller type first; then fewer lines of the longest lists.
    for attempt in 0..12 {
        page.scale = [1.0, 0.9, 0.8, 0.72][attempt.min(3)];
        if attempt > 3 {
            shorten(&mut page);
        }
        let rendered = typeset::render("results.typ", TEMPLATE, &serde_json::to_value(&page)?, today)?;
        if rendered.pages == 1 {
            return Ok(rendered);
        }
    }
    Err(Error::io(Sentence::new("error-files-numbers-too-long")))
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

/// The page's fixed words: its headings, columns, empty states, title and footer.
fn page_words(r: &ResultsReport, words: &Words, today: NaiveDate) -> serde_json::Map<String, serde_json::Value> {
    let mut labels = words.labels(
        "numbers",
        &[
            "objectives",
            "no-objectives",
            "column-objective",
            "column-metric",
            "column-baseline",
            "column-target",
            "column-achieved",
            "column-against-target",
            "column-items-out",
            "flagship-campaigns",
            "campaigns",
            "no-campaigns",
            "column-campaign",
            "column-impressions",
            "column-engagements",
            "no-best",
            "outcomes",
            "no-outcomes",
            "lessons",
            "no-lessons",
        ],
    );
    let title = words.format("numbers-title", &[("name", r.name.clone().into())]);
    let organisation = || ("organisation", r.organisation.clone().into());
    let texts = [
        ("bestItems", words.format("numbers-best-items", &[("metric", metric_name(words, &r.ranked_by).into())])),
        ("footer", words.format("numbers-footer", &[organisation(), ("title", title.clone().into())])),
        ("made", words.format("numbers-made", &[("date", words.long_date(today).into())])),
        ("lang", words.typst_lang()),
    ];
    labels.extend(texts.map(|(k, v)| (k.to_owned(), v.into())));
    labels
}

/// A metric's name in the plan's language; one the catalogue does not know (a team's own),
/// as the team wrote it.
pub(super) fn metric_name(words: &Words, metric: &str) -> String {
    let known = metric.trim().to_lowercase();
    if crate::domain::METRICS.contains(&known.as_str()) || known == "posts" {
        words.text(&format!("results-metric-{}", known.replace(' ', "-")))
    } else {
        metric.to_owned()
    }
}

fn page(r: &ResultsReport, words: &Words, today: NaiveDate) -> Page {
    let count = |v: f64| words.count(v);
    let items_of = |published: u32, planned: u32| {
        words.format(
            "numbers-items-of",
            &[("published", count(published.into()).into()), ("planned", count(planned.into()).into())],
        )
    };
    let value = |totals: &[MetricValue], m: &str| totals.iter().find(|t| t.metric == m).map(|t| t.value);
    let mut headline = vec![(metric_name(words, "posts"), count(r.posts as f64))];
    headline.extend(HEADLINE.iter().filter_map(|m| value(&r.totals, m).map(|v| (metric_name(words, m), count(v)))));
    let flagships = r.campaigns.iter().filter(|c| c.flagship).count();
    Page {
        words: page_words(r, words, today),
        title: words.format("numbers-title", &[("name", r.name.clone().into())]),
        organisation: r.organisation.clone(),
        period: words.format(
            "numbers-subtitle",
            &[
                ("organisation", r.organisation.clone().into()),
                ("from", words.long_date(r.from).into()),
                ("to", words.long_date(r.to).into()),
            ],
        ),
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
                    level: words.value("results-level", &o.level),
                    metric: at_most(&metric_name(words, &o.metric), 30),
                    baseline: o.baseline.map(count).unwrap_or_default(),
                    target: o.target.map(|t| count(t.round())).unwrap_or_else(|| "—".into()),
                    achieved: count(o.achieved),
                    share: share.map(|s| s.clamp(0.0, 1.0)),
                    percent: share
                        .map(|s| words.format("numbers-percent", &[("percent", count((s * 100.0).round()).into())]))
                        .unwrap_or_default(),
                    items: items_of(o.delivered, o.planned),
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
                items: items_of(c.delivered, c.planned),
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
    }
}

fn source(n: &NoteLine) -> String {
    let s = [n.about.as_str(), n.outcome.source.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>();
    at_most(&s.join(" · "), 80)
}
