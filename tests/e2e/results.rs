//! Results end to end: an X analytics export and a Meta Business Suite export of the
//! sample plan's posts are imported through the Results view and the Import menu (by the
//! real file dialog);
//! the view, "By the numbers" (one page, read by poppler) and the command line's JSON all
//! show the totals the two files hold; and a link pasted in bulk finds its item.

use std::collections::BTreeMap;
use std::path::Path;

use almanac_core::store::DATABASE_FILE;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use thirtyfour::prelude::*;

use crate::driver::{run_cli, App, IMPORT_MENU};

/// The Import menu's Results item.
const RESULTS_ITEM: usize = 2;

/// A sample post the files report on: its time, and its link if it has one.
struct Post {
    at: DateTime<Utc>,
    link: Option<String>,
}

/// The first quarter of the sample's year with no sample results (the season is the 13
/// weeks before today), and the posts of its first month on the channels of `platform`.
fn posts(db: &Path, platform: &str) -> (u32, Vec<Post>) {
    let today = chrono::Local::now().date_naive();
    let season = today - chrono::Duration::days(almanac_core::sample::results::SEASON_DAYS);
    let year = today.year();
    let quarter = (1..=4).find(|q| NaiveDate::from_ymd_opt(year, q * 3, 28).unwrap() < season).unwrap_or(4);
    let month = format!("{year}-{:02}", quarter * 3 - 2);
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT i.starts_at, l.link FROM content_item i JOIN channel c ON c.id = i.channel_id
             LEFT JOIN post_link l ON l.id = i.id
             WHERE c.platform = ?1 AND i.starts_at LIKE ?2 || '%' AND i.status NOT IN ('cancelled', 'idea')
             ORDER BY i.starts_at LIMIT 40",
        )
        .unwrap();
    let posts = stmt
        .query_map([platform, &month], |r| {
            let at: String = r.get(0)?;
            Ok(Post { at: at.parse().unwrap(), link: r.get(1)? })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (quarter, posts)
}

/// A post id that is the link's, else a new one.
fn post_id(post: &Post, n: usize) -> String {
    post.link.as_deref().and_then(|l| almanac_core::domain::PostRef::of(l).id).unwrap_or_else(|| format!("99{n:017}"))
}

/// Writes X's "Tweet activity" CSV for `posts`; returns the sums by metric it holds.
fn x_file(path: &Path, posts: &[Post]) -> BTreeMap<&'static str, f64> {
    let mut sums = BTreeMap::new();
    let mut csv = String::from("\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"engagements\",\"engagement rate\",\"retweets\",\"replies\",\"likes\",\"url clicks\",\"follows\"\n");
    for (n, p) in posts.iter().enumerate() {
        let id = post_id(p, n);
        let numbers = [1_000 + 37 * n as u32, 40 + n as u32, 3, 2, 30 + n as u32, 5, 1];
        let metrics = ["impressions", "engagements", "shares", "comments", "likes", "link clicks", "follows"];
        for (m, v) in metrics.iter().zip(numbers) {
            *sums.entry(*m).or_default() += f64::from(v);
        }
        let [imp, eng, rt, rep, likes, clicks, follows] = numbers;
        csv += &format!(
            "\"{id}\",\"https://twitter.com/WestmarkPolice/status/{id}\",\"Post {n}, with \"\"quotes\"\"\",\"{}\",\"{}\",\"{eng}\",\"0.04\",\"{rt}\",\"{rep}\",\"{likes}\",\"{clicks}\",\"{follows}\"\n",
            p.at.format("%Y-%m-%d %H:%M +0000"),
            thousands(imp),
        );
    }
    std::fs::write(path, csv).unwrap();
    sums
}

/// Writes Meta Business Suite's Facebook posts CSV (BOM, US dates on the plan's clock).
fn meta_file(path: &Path, posts: &[Post]) -> BTreeMap<&'static str, f64> {
    let mut sums = BTreeMap::new();
    let mut csv = String::from("\u{feff}Post ID,Page ID,Page name,Title,Description,Publish time,Permalink,Post type,Date,Impressions,Reach,\"Reactions, comments and shares\",Reactions,Comments,Shares,Link clicks\n");
    for (n, p) in posts.iter().enumerate() {
        let id = post_id(p, n);
        let numbers = [2_000 + 53 * n as u32, 1_500 + 11 * n as u32, 60 + n as u32, 45, 5, 10 + n as u32, 12];
        let metrics = ["impressions", "reach", "engagements", "likes", "comments", "shares", "link clicks"];
        for (m, v) in metrics.iter().zip(numbers) {
            *sums.entry(*m).or_default() += f64::from(v);
        }
        let local = p.at.with_timezone(&chrono_tz::Europe::London);
        let [imp, reach, eng, reactions, comments, shares, clicks] = numbers;
        csv += &format!(
            "100_{id},100,Westmark Police,,\"Post {n}\",{},https://www.facebook.com/WestmarkPolice/posts/{id},Photo,Lifetime,\"{}\",{reach},{eng},{reactions},{comments},{shares},{clicks}\n",
            local.format("%m/%d/%Y %H:%M"),
            thousands(imp),
        );
    }
    std::fs::write(path, csv).unwrap();
    sums
}

fn thousands(n: u32) -> String {
    if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

/// Opens the import from the Results view, or from the menu bar's Import menu, chooses
/// `file` and waits for the preview of its `rows` rows.
async fn import(app: &App, file: &Path, rows: usize, from_menu: bool) -> WebDriverResult<()> {
    if from_menu {
        app.menu_dialog(IMPORT_MENU, RESULTS_ITEM, "[data-testid=results-import-dialog][open]").await?;
    } else {
        app.click("[data-testid=results-import]").await?;
    }
    app.click("[data-testid=results-import-choose]").await?;
    app.answer_file_dialog(file);
    let summary = format!("{rows} rows from ");
    app.wait_until(|| async {
        let text = app.driver.find(By::Css("[data-testid=results-import-summary]")).await?.text().await?;
        Ok(text.starts_with(&summary))
    })
    .await?;
    let text = app.driver.find(By::Css("[data-testid=results-import-summary]")).await?.text().await?;
    assert!(!text.contains("errors"), "{text}");
    Ok(())
}

async fn text(app: &App, css: &str) -> WebDriverResult<String> {
    app.driver.find(By::Css(css)).await?.text().await
}

fn grouped(v: f64) -> String {
    let n = v as u64;
    let mut out = String::new();
    let digits = n.to_string();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn x_and_meta_exports_show_their_totals_in_the_view_the_page_and_the_json() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    let db = data.path().join(DATABASE_FILE);
    let (quarter, x_posts) = posts(&db, "x");
    let (_, fb_posts) = posts(&db, "facebook");
    assert!(x_posts.len() >= 10 && fb_posts.len() >= 10, "the sample has posts to report on");
    let x_sums = x_file(&files.path().join("tweet_activity_metrics.csv"), &x_posts);
    let fb_sums = meta_file(&files.path().join("Facebook posts.csv"), &fb_posts);
    let mut sums = x_sums.clone();
    for (m, v) in &fb_sums {
        *sums.entry(m).or_default() += v;
    }
    let year = chrono::Local::now().year();

    app.open_view("results").await?;
    app.set_value("[data-testid=results-year]", &year.to_string()).await?;
    app.select_by_text("[data-testid=results-quarter]", &format!("Q{quarter}")).await?;
    let period = format!("{year} Q{quarter}: ");
    app.wait_until(|| async {
        let shown = text(&app, "[data-testid=results-period]").await?;
        Ok(shown.starts_with(&period) && text(&app, "[data-testid=results-posts]").await? == "0")
    })
    .await?;

    import(&app, &files.path().join("tweet_activity_metrics.csv"), x_posts.len(), false).await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "the import dialog: {violations:#?}");
    app.screenshot("60-results-import").await?;
    app.click("[data-testid=results-import-submit]").await?;
    app.wait_gone("[data-testid=results-import-dialog][open]").await?;
    import(&app, &files.path().join("Facebook posts.csv"), fb_posts.len(), true).await?;
    app.click("[data-testid=results-import-submit]").await?;
    app.wait_gone("[data-testid=results-import-dialog][open]").await?;

    // The view: the files' posts and totals, and each platform's.
    let posts = (x_posts.len() + fb_posts.len()).to_string();
    app.wait_until(|| async { Ok(text(&app, "[data-testid=results-posts]").await? == posts) }).await?;
    for metric in ["impressions", "reach", "engagements", "link clicks"] {
        let shown = text(&app, &format!("[data-testid=results-total-{}]", metric.replace(' ', "-"))).await?;
        assert_eq!(shown, grouped(sums[metric]), "{metric}");
    }
    let x_row = text(&app, "[data-testid=results-platform-x]").await?;
    assert!(x_row.contains(&grouped(x_sums["impressions"])), "{x_row}");
    let fb_row = text(&app, "[data-testid=results-platform-facebook]").await?;
    assert!(fb_row.contains(&grouped(fb_sums["impressions"])), "{fb_row}");
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "the Results view: {violations:#?}");
    app.screenshot("61-results-view").await?;

    // "By the numbers": one page holding the same totals.
    app.click("[data-testid=results-export]").await?;
    app.click("[data-testid=results-export-submit]").await?;
    app.driver.query(By::Css("[data-testid=results-open]")).first().await?;
    let pdf = app.driver.find(By::Css("#results-path")).await?.prop("value").await?.unwrap_or_default();
    let facts = almanac_tests::pdf_facts(Path::new(&pdf));
    assert_eq!(facts.pages, 1);
    assert!(facts.text.contains(&format!("By the numbers · {year} Q{quarter}")), "{}", facts.text);
    for metric in ["impressions", "reach", "engagements"] {
        assert!(facts.text.contains(&grouped(sums[metric])), "the page shows the {metric}: {}", facts.text);
    }
    app.screenshot("62-results-exported").await?;
    app.click("[data-testid=results-export-dialog] button[aria-label=Close]").await?;
    app.wait_gone("[data-testid=results-export-dialog][open]").await?;

    // A link pasted in bulk finds the X item that went out at the time its id carries.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let at: String = conn
        .query_row(
            "SELECT i.starts_at FROM content_item i JOIN channel c ON c.id = i.channel_id
             WHERE c.platform = 'x' AND i.status NOT IN ('cancelled', 'idea') AND i.starts_at IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM post_link l WHERE l.id = i.id)
             ORDER BY i.starts_at LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let ms = at.parse::<DateTime<Utc>>().unwrap().timestamp_millis() - 1_288_834_974_657;
    let link = format!("https://x.com/WestmarkPolice/status/{}", (ms as u64) << 22);
    app.click("[data-testid=results-paste-links]").await?;
    app.type_into("[data-testid=paste-links-text]", &link).await?;
    app.click("[data-testid=paste-links-check]").await?;
    app.wait_until(|| async { Ok(text(&app, "[data-testid=paste-links-summary]").await?.starts_with("1 proposed")) })
        .await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "the paste dialog: {violations:#?}");
    app.screenshot("63-results-paste-links").await?;
    app.click("[data-testid=paste-links-submit]").await?;
    app.wait_gone("[data-testid=paste-links-dialog][open]").await?;
    let linked: String = conn
        .query_row(
            "SELECT i.starts_at FROM post_link l JOIN content_item i ON i.id = l.id WHERE l.link = ?1",
            [&link],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(linked, at, "the item that went out then has the link");

    // The sample's own season: this quarter's numbers, charted week by week.
    let this_quarter = (chrono::Local::now().month() - 1) / 3 + 1;
    app.select_by_text("[data-testid=results-quarter]", &format!("Q{this_quarter}")).await?;
    let season = format!("{year} Q{this_quarter}: ");
    app.wait_until(|| async { Ok(text(&app, "[data-testid=results-period]").await?.starts_with(&season)) }).await?;
    assert_ne!(text(&app, "[data-testid=results-posts]").await?, "0", "the sample's season");
    assert!(!app.driver.find_all(By::Css("[data-testid=results-objective] canvas")).await?.is_empty());
    // The residents' survey is a level: its readings are drawn at their days, never summed.
    let season_json = run_cli(
        data.path(),
        &["export", "results", "--year", &year.to_string(), "--quarter", &this_quarter.to_string(), "--json"],
    );
    let season_json: serde_json::Value = serde_json::from_slice(&season_json.stdout).unwrap();
    let survey = season_json["objectives"].as_array().unwrap().iter().find(|o| o["metric"] == "confidence").unwrap();
    assert_eq!(survey["kind"], "level");
    assert_eq!(survey["weeks"].as_array().map(Vec::len), Some(0));
    let readings = survey["readings"].as_array().map_or(0, Vec::len);
    if readings > 0 {
        let rows = "//article[@data-testid='results-objective'][.//h3[contains(., 'Build trust and confidence')]]\
                    //tr[@data-testid='results-chart-row']";
        app.expect_eq("the survey's readings drawn", readings, || async {
            Ok(app.driver.find_all(By::XPath(rows)).await?.len())
        })
        .await?;
        let latest = survey["readings"][readings - 1]["value"].as_f64().unwrap();
        assert_eq!(survey["achieved"].as_f64(), Some(latest), "the latest reading, not a sum");
        app.driver
            .execute(
                "[...document.querySelectorAll('[data-testid=results-objective]')]
                   .find((a) => a.textContent.includes('Build trust and confidence')).scrollIntoView();",
                vec![],
            )
            .await?;
        app.screenshot("64-results-survey-level").await?;
    }
    app.screenshot("64-results-season").await?;
    app.quit().await?;

    // The JSON holds exactly the sums of the two files, metric by metric.
    let out = run_cli(
        data.path(),
        &["export", "results", "--year", &year.to_string(), "--quarter", &quarter.to_string(), "--json"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let totals: BTreeMap<String, f64> = report["totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["metric"].as_str().unwrap().to_string(), t["value"].as_f64().unwrap()))
        .collect();
    let expected: BTreeMap<String, f64> = sums.iter().map(|(m, v)| (m.to_string(), *v)).collect();
    assert_eq!(totals, expected);
    assert_eq!(report["posts"], x_posts.len() + fb_posts.len());

    // The command line reads the same export: every post is now known, and would be replaced.
    let x = files.path().join("tweet_activity_metrics.csv");
    let out = run_cli(data.path(), &["import", "results", "--file", x.to_str().unwrap(), "--dry-run"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let n = x_posts.len();
    assert!(said.contains(&format!("x export: {n} linked, 0 proposed, 0 with no item, {n} replacing")), "{said}");
    assert!(said.contains("Nothing was written"), "{said}");
    Ok(())
}
