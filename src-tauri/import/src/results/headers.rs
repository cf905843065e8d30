//! What the columns of a platform's analytics export mean: a table of header aliases per
//! export (Meta's in the languages its Business Suite writes them), the row that is the
//! header (LinkedIn's sheet opens with a note above it), and which export a file is.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::domain::{metric_key, METRICS};
use crate::Table;

/// The exports the results importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ResultsSource {
    /// X's account analytics: the posts CSV ("Tweet activity" or the newer content export).
    X,
    /// Meta Business Suite's Facebook or Instagram posts CSV.
    Meta,
    /// LinkedIn's page content export (XLS or XLSX, the "All posts" sheet).
    Linkedin,
    /// Any CSV or sheet with a date and metric columns.
    Csv,
}

impl ResultsSource {
    /// Every source, in the order the import form lists them.
    pub const ALL: [ResultsSource; 4] =
        [ResultsSource::X, ResultsSource::Meta, ResultsSource::Linkedin, ResultsSource::Csv];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ResultsSource::X => "x",
            ResultsSource::Meta => "meta",
            ResultsSource::Linkedin => "linkedin",
            ResultsSource::Csv => "csv",
        }
    }
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The platform's post id.
    PostId,
    /// The post's permalink.
    Permalink,
    /// When the post went out.
    Published,
    /// The day the numbers are for (Meta's daily breakdown, a generic sheet's date).
    Day,
    /// The post's text or title.
    Text,
    /// The page or account (Meta, a generic sheet).
    Account,
    /// The platform (a generic sheet).
    Platform,
    /// A number, by [`METRICS`] key.
    Metric(&'static str),
}

/// A header as compared: lower case, letters and digits only.
pub fn squash(header: &str) -> String {
    header.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

fn metric(key: &str) -> Column {
    Column::Metric(METRICS.iter().find(|m| **m == key).copied().unwrap_or("impressions"))
}

/// Headers every export may use for the post and its time.
const COMMON: &[(&str, Column)] = &[
    ("postid", Column::PostId),
    ("id", Column::PostId),
    ("permalink", Column::Permalink),
    ("postlink", Column::Permalink),
    ("link", Column::Permalink),
    ("url", Column::Permalink),
    ("publishtime", Column::Published),
    ("published", Column::Published),
    ("time", Column::Published),
    ("date", Column::Day),
    ("day", Column::Day),
    ("text", Column::Text),
    ("posttext", Column::Text),
    ("description", Column::Text),
    ("title", Column::Text),
];

/// X's two exports: "Tweet activity" and the newer account analytics content CSV.
const X: &[(&str, Column)] = &[
    ("tweetid", Column::PostId),
    ("tweetpermalink", Column::Permalink),
    ("tweettext", Column::Text),
    ("newfollows", Column::Metric("follows")),
];

/// A generic sheet's platform and channel.
const CSV: &[(&str, Column)] = &[
    ("platform", Column::Platform),
    ("network", Column::Platform),
    ("channel", Column::Account),
    ("account", Column::Account),
];

/// Meta Business Suite, Facebook and Instagram, in English, Dutch, German and French.
const META: &[(&str, Column)] = &[
    ("pagename", Column::Account),
    ("accountusername", Column::Account),
    ("berichtid", Column::PostId),
    ("publicatietijd", Column::Published),
    ("beschrijving", Column::Text),
    ("paginanaam", Column::Account),
    ("datum", Column::Day),
    ("beitragsid", Column::PostId),
    ("veröffentlichungszeitpunkt", Column::Published),
    ("veröffentlichungszeit", Column::Published),
    ("beschreibung", Column::Text),
    ("seitenname", Column::Account),
    ("publishtime", Column::Published),
    ("identifiantdelapublication", Column::PostId),
    ("heuredepublication", Column::Published),
    ("lienpermanent", Column::Permalink),
    ("nomdelapage", Column::Account),
];

/// LinkedIn's "All posts" sheet.
const LINKEDIN: &[(&str, Column)] =
    &[("posttitle", Column::Text), ("createddate", Column::Published), ("postlink", Column::Permalink)];

/// The metrics' names across the exports and languages, squashed.
const METRIC_ALIASES: &[(&str, &str)] = &[
    ("impressions", "impressions"),
    ("views", "impressions"),
    ("weergaven", "impressions"),
    ("impressies", "impressions"),
    ("impressionen", "impressions"),
    ("aufrufe", "impressions"),
    ("vues", "impressions"),
    ("reach", "reach"),
    ("bereik", "reach"),
    ("reichweite", "reach"),
    ("couverture", "reach"),
    ("engagements", "engagements"),
    ("reactionscommentsandshares", "engagements"),
    ("reactiesopmerkingenendeelacties", "engagements"),
    ("reaktionenkommentareundgeteilteinhalte", "engagements"),
    ("réactionscommentairesetpartages", "engagements"),
    ("likes", "likes"),
    ("reactions", "likes"),
    ("reacties", "likes"),
    ("vindikleuks", "likes"),
    ("reaktionen", "likes"),
    ("gefälltmir", "likes"),
    ("réactions", "likes"),
    ("jaime", "likes"),
    ("comments", "comments"),
    ("replies", "comments"),
    ("opmerkingen", "comments"),
    ("kommentare", "comments"),
    ("commentaires", "comments"),
    ("shares", "shares"),
    ("reposts", "shares"),
    ("retweets", "shares"),
    ("deelacties", "shares"),
    ("geteilteinhalte", "shares"),
    ("partages", "shares"),
    ("saves", "saves"),
    ("bookmarks", "saves"),
    ("opgeslagenitems", "saves"),
    ("gespeichert", "saves"),
    ("enregistrements", "saves"),
    ("linkclicks", "link clicks"),
    ("urlclicks", "link clicks"),
    ("clicks", "link clicks"),
    ("linkklikken", "link clicks"),
    ("linkklicks", "link clicks"),
    ("clicssurunlien", "link clicks"),
    ("videoviews", "video views"),
    ("3secondvideoviews", "video views"),
    ("plays", "video views"),
    ("mediaviews", "video views"),
    ("viewsexcludingoffsitevideoviews", "video views"),
    ("profilevisits", "profile visits"),
    ("userprofileclicks", "profile visits"),
    ("follows", "follows"),
    ("newfollows", "follows"),
    ("volgers", "follows"),
    ("volgacties", "follows"),
    ("follower", "follows"),
    ("abonnements", "follows"),
];

/// What `header` means in an export from `source`, if anything.
pub fn column(source: ResultsSource, header: &str) -> Option<Column> {
    let h = squash(header);
    own(source)
        .iter()
        .chain(COMMON)
        .find(|(alias, _)| *alias == h)
        .map(|(_, c)| *c)
        .or_else(|| METRIC_ALIASES.iter().find(|(alias, _)| *alias == h).map(|(_, m)| metric(m)))
        .or_else(|| {
            let key = metric_key(header);
            METRICS.contains(&key.as_str()).then(|| metric(&key))
        })
}

/// The headers only an export from `source` uses.
fn own(source: ResultsSource) -> &'static [(&'static str, Column)] {
    match source {
        ResultsSource::X => X,
        ResultsSource::Meta => META,
        ResultsSource::Linkedin => LINKEDIN,
        ResultsSource::Csv => CSV,
    }
}

/// Whether `headers`, read as an export from `source`, name a date and a metric.
fn dated_and_counted(source: ResultsSource, headers: &[String]) -> bool {
    let columns: Vec<Column> = headers.iter().filter_map(|h| column(source, h)).collect();
    columns.iter().any(|c| matches!(c, Column::Published | Column::Day))
        && columns.iter().any(|c| matches!(c, Column::Metric(_)))
}

/// How many of `headers` only an export from `source` uses.
fn own_headers(source: ResultsSource, headers: &[String]) -> usize {
    headers.iter().filter(|h| own(source).iter().any(|(alias, _)| *alias == squash(h))).count()
}

/// The rows before the header that a file may carry (LinkedIn's note, a title).
const ROWS_BEFORE_HEADER: usize = 10;

/// The table with its header row found: the first of its opening rows that names a date
/// and a metric for `source`. None when no opening row does.
pub fn find_header(table: Table, source: ResultsSource) -> Option<Table> {
    if dated_and_counted(source, &table.headers) {
        return Some(table);
    }
    let at = table.rows.iter().take(ROWS_BEFORE_HEADER).position(|(_, cells)| dated_and_counted(source, cells))?;
    let mut rows = table.rows;
    let (_, headers) = rows.remove(at);
    rows.drain(..at);
    Some(Table { headers, rows })
}

/// The export a file most likely is, from its headers (and its opening rows).
pub fn detect(table: &Table) -> ResultsSource {
    let candidates = std::iter::once(&table.headers).chain(table.rows.iter().take(ROWS_BEFORE_HEADER).map(|(_, c)| c));
    let mut best = (ResultsSource::Csv, 0usize);
    for headers in candidates {
        for source in [ResultsSource::X, ResultsSource::Meta, ResultsSource::Linkedin] {
            let own = own_headers(source, headers);
            if own > best.1 && dated_and_counted(source, headers) {
                best = (source, own);
            }
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        let mut lines = rows.iter().enumerate().map(|(i, r)| (i as u32 + 1, r.iter().map(|c| c.to_string()).collect()));
        let (_, headers) = lines.next().unwrap();
        Table { headers, rows: lines.collect() }
    }

    #[test]
    fn localised_meta_headers_read_as_the_english_ones() {
        assert_eq!(column(ResultsSource::Meta, "Bericht-ID"), Some(Column::PostId));
        assert_eq!(column(ResultsSource::Meta, "Bereik"), Some(Column::Metric("reach")));
        assert_eq!(column(ResultsSource::Meta, "Reactions, comments and shares"), Some(Column::Metric("engagements")));
        assert_eq!(
            column(ResultsSource::Meta, "Réactions, commentaires et partages"),
            Some(Column::Metric("engagements"))
        );
        assert_eq!(column(ResultsSource::Meta, "Engagement rate"), None);
    }

    #[test]
    fn a_header_below_a_note_is_found_and_the_export_told_apart() {
        let t = table(&[
            &["All posts: the page's content, 1 Apr 2026 to 30 Jun 2026", ""],
            &["Post title", "Post link", "Created date", "Impressions", "Clicks"],
            &["Spring roads", "https://www.linkedin.com/feed/update/urn:li:activity:1/", "04/02/2026", "120", "4"],
        ]);
        assert_eq!(detect(&t), ResultsSource::Linkedin);
        let found = find_header(t, ResultsSource::Linkedin).unwrap();
        assert_eq!(found.headers[0], "Post title");
        assert_eq!(found.rows.len(), 1);
        let x = table(&[&["Tweet id", "Tweet permalink", "Tweet text", "time", "impressions"], &["1", "", "", "", ""]]);
        assert_eq!(detect(&x), ResultsSource::X);
        let generic = table(&[&["Date", "Channel", "Reach"], &["2026-04-01", "@westmark", "10"]]);
        assert_eq!(detect(&generic), ResultsSource::Csv);
    }
}
