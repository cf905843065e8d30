//! The shared web page end to end: Export → Web page writes this month of the sample plan
//! as one self-contained HTML file whose grid counts the month's items as the plan holds them.

use almanac_core::store::DATABASE_FILE;
use thirtyfour::prelude::*;

use crate::driver::{App, EXPORT_MENU};

/// The Export menu's Web page item.
const WEB_ITEM: usize = 5;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn this_month_exports_as_a_self_contained_page_with_its_items() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.menu_dialog(EXPORT_MENU, WEB_ITEM, "[data-testid=web-page-dialog][open]").await?;
    assert!(app.accessibility_violations().await?.is_empty(), "{:?}", app.accessibility_violations().await?);
    app.click("[data-testid=web-submit]").await?;
    let written = app.driver.query(By::Css("[data-testid=web-open]")).first().await;
    app.screenshot("37-web-page-dialog").await?;
    written?;
    let path = app.driver.find(By::Css("#web-path")).await?.prop("value").await?.unwrap_or_default();
    let html = std::fs::read_to_string(&path)?;
    assert!(
        html.starts_with("<!DOCTYPE html>") && !html.contains("<script") && !html.contains("http"),
        "self-contained"
    );

    // The month's items as the plan holds them (the sample's zone is London).
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let conn = rusqlite::Connection::open(data.path().join(DATABASE_FILE)).unwrap();
    let zone: chrono_tz::Tz =
        conn.query_row("SELECT time_zone FROM settings", [], |r| r.get::<_, String>(0)).unwrap().parse().unwrap();
    let mut stmt = conn.prepare("SELECT all_day_date, starts_at FROM content_item").unwrap();
    let in_month = stmt
        .query_map([], |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .filter(|(day, at)| {
            let local = at
                .as_deref()
                .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.with_timezone(&zone).format("%Y-%m").to_string());
            day.as_deref().map(|d| d[..7].to_string()).or(local).as_deref() == Some(month.as_str())
        })
        .count();
    assert!(html.contains(&format!(" · {in_month} items</p>")), "the page counts {in_month} items");
    let counted: usize = html
        .split("<span class=\"count\">")
        .skip(1)
        .map(|s| s.split(' ').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(counted, in_month, "and its days add up to them");
    app.quit().await
}
