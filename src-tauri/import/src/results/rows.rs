//! One row of an analytics export read through its columns: the numbers (summed where
//! two columns mean one metric; engagements made up of their parts when the export has
//! none), the post, its platform and its day on the plan's clock.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};

use super::cells::{self, DayOrder};
use super::headers::{self, Column, ResultsSource};
use super::matching;
use crate::domain::{enum_from_name, Platform, PostRef};
use crate::Table;
use almanac_model::Sentence;

/// One row read, before it is matched.
pub(super) struct Parsed {
    pub platform: Platform,
    pub post: String,
    pub permalink: String,
    pub text: String,
    pub account: String,
    pub published: Option<(DateTime<Utc>, bool)>,
    pub day: NaiveDate,
    pub metrics: BTreeMap<String, f64>,
}

/// The file's day order, from its date cells.
pub(super) fn order_of(table: &Table, columns: &[Option<Column>]) -> DayOrder {
    let dated: Vec<usize> =
        (0..columns.len()).filter(|i| matches!(columns[*i], Some(Column::Published | Column::Day))).collect();
    cells::day_order(
        table.rows.iter().flat_map(|(_, cells)| dated.iter().filter_map(|i| cells.get(*i).map(String::as_str))),
        DayOrder::MonthFirst,
    )
}

/// Whether a Meta export's columns are Instagram's.
pub(super) fn has_instagram(table: &Table) -> bool {
    table
        .headers
        .iter()
        .any(|h| matches!(headers::squash(h).as_str(), "accountusername" | "saves" | "plays" | "accountid"))
}

/// Reads the rows of one file.
pub(super) struct Reader<'a> {
    pub columns: &'a [Option<Column>],
    pub source: ResultsSource,
    pub tz: chrono_tz::Tz,
    pub order: DayOrder,
    pub instagram: bool,
}

impl Reader<'_> {
    /// The first cell of the column that is `column`.
    fn cell<'c>(&self, cells: &'c [String], column: Column) -> &'c str {
        self.columns.iter().position(|c| *c == Some(column)).and_then(|i| cells.get(i)).map_or("", |c| c.trim())
    }

    pub fn row(&self, cells: &[String]) -> std::result::Result<Parsed, Sentence> {
        let mut metrics: BTreeMap<String, f64> = BTreeMap::new();
        for (i, column) in self.columns.iter().enumerate() {
            let Some(Column::Metric(m)) = column else { continue };
            let n = cells::number(cells.get(i).map_or("", String::as_str)).map_err(|cell| {
                let metric = Sentence::new(format!("results-metric-{}", m.replace(' ', "-")));
                Sentence::new("error-files-metric-not-a-count").with("metric", metric).with("value", cell)
            })?;
            if let Some(n) = n {
                *metrics.entry(m.to_string()).or_default() += n;
            }
        }
        if !metrics.contains_key("engagements")
            && ["likes", "comments", "shares", "saves"].iter().any(|m| metrics.contains_key(*m))
        {
            let sum =
                ["likes", "comments", "shares", "saves"].iter().map(|m| metrics.get(*m).copied().unwrap_or(0.0)).sum();
            metrics.insert("engagements".into(), sum);
        }
        let permalink = self.cell(cells, Column::Permalink).to_string();
        let published_cell = self.cell(cells, Column::Published);
        let day_cell = self.cell(cells, Column::Day);
        let published = cells::instant(published_cell, self.order, self.tz);
        if !published_cell.is_empty() && published.is_none() {
            return Err(Sentence::new("error-files-not-a-date-and-time").with("value", published_cell));
        }
        // Without a time of publishing, the day (X's "Date") still places the post.
        let published = published.or_else(|| {
            let on = cells::day(day_cell, self.order)?;
            let midnight = crate::domain::timing::wall_clock(on.and_time(chrono::NaiveTime::MIN), self.tz).0;
            (!self.columns.contains(&Some(Column::Published))).then_some((midnight, false))
        });
        let day = cells::day(day_cell, self.order)
            .or_else(|| published.map(|(t, _)| t.with_timezone(&self.tz).date_naive()))
            .ok_or_else(|| Sentence::new("error-files-no-date"))?;
        // The id column as PostRef reads a bare id (`urn:li:activity:` taken off), else the link's.
        let post = match PostRef::of(self.cell(cells, Column::PostId)).id {
            Some(id) => id,
            None => {
                let link = PostRef::of(&permalink);
                link.id.unwrap_or(link.url)
            }
        };
        if post.is_empty() && self.source != ResultsSource::Csv {
            return Err(Sentence::new("error-files-no-post"));
        }
        let account = self.cell(cells, Column::Account).to_string();
        // A generic sheet's row without a post is its channel's day.
        let post = if post.is_empty() { format!("@{}", account.trim_start_matches('@').to_lowercase()) } else { post };
        Ok(Parsed {
            platform: self.platform(cells, &permalink)?,
            post,
            permalink,
            text: self.cell(cells, Column::Text).to_string(),
            account,
            published,
            day,
            metrics,
        })
    }

    fn platform(&self, cells: &[String], permalink: &str) -> std::result::Result<Platform, Sentence> {
        Ok(match self.source {
            ResultsSource::X => Platform::X,
            ResultsSource::Linkedin => Platform::Linkedin,
            ResultsSource::Meta => matching::meta_platform(permalink, self.instagram),
            ResultsSource::Csv => {
                let named = self.cell(cells, Column::Platform).to_lowercase();
                let named = if named == "twitter" { "x".to_string() } else { named };
                enum_from_name::<Platform>(&named)
                    .or_else(|| super::links::platform_of(&PostRef::of(permalink)))
                    .ok_or_else(|| Sentence::new("error-files-name-platform"))?
            }
        })
    }
}
