//! Requests end to end: a request from Highways is taken in, Almanac suggests the road
//! safety objective from its words and shows what its wanted day would mean, and it is
//! accepted into the ideas backlog as a draft that keeps the requester's words.

use std::path::Path;

use almanac_core::store::DATABASE_FILE;
use thirtyfour::prelude::*;

use crate::driver::App;

/// The item a request became: its title, its date (none: the backlog), status and notes.
fn item_of_request(data: &Path, title: &str) -> Option<(String, Option<String>, String, String)> {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).unwrap();
    conn.query_row(
        "SELECT i.title, coalesce(i.all_day_date, i.starts_at), i.status, i.notes FROM request r \
         JOIN content_item i ON i.id = r.item_id WHERE r.title = ?1 AND r.decision = 'accepted'",
        [title],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .ok()
}

async fn request_row(app: &App, title: &str) -> WebDriverResult<String> {
    // In double quotes: a title may hold an apostrophe ("Chief Constable's night…").
    let xpath = format!("//tr[@data-testid='request-row'][.//button[normalize-space()=\"{title}\"]]");
    app.driver.query(By::XPath(xpath)).first().await?.text().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_request_is_weighed_against_the_objectives_and_accepted_into_the_backlog() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("requests").await?;
    // The sample's inbox: requests from Highways, HR and the Chief's office, some decided.
    let fit = || async { app.driver.find(By::Css("[data-testid=requests-fit]")).await?.text().await };
    app.expect_eq("the sample's fit line", "4 of 6 requests (67%) fit an objective.".to_string(), fit).await?;
    assert!(request_row(&app, "Staff survey reminder").await?.contains("Declined"));
    assert!(request_row(&app, "Chief Constable's night with the control room").await?.contains("Accepted"));
    app.click("[data-testid=new-request]").await?;
    app.driver.query(By::Css("[data-testid=request-dialog][open]")).first().await?;
    let title = "Cycle to work week";
    app.type_into("#request-requester", "Priya Shah").await?;
    app.type_into("#request-department", "Highways").await?;
    app.type_into("#request-contact", "priya.shah@westmark.example").await?;
    app.type_into("#request-title", title).await?;
    app.type_into("#request-text", "Please share our advice for people cycling on the county's roads").await?;
    let wanted = (chrono::Utc::now() + chrono::Duration::days(20)).date_naive().to_string();
    app.type_date("#request-wanted", &wanted).await?;
    app.select_by_text("#request-channel", "X @WestmarkRoads").await?;
    app.click("[data-testid=request-assess]").await?;
    app.wait_until(|| async {
        let text = app.driver.find(By::Css("[data-testid=request-assessment]")).await?.text().await?;
        Ok(text.contains("Keep roads safe") && text.contains(&wanted))
    })
    .await?;
    app.click("[data-testid=request-use-objective]").await?;
    let chosen = app.driver.find(By::Css("#request-objective option:checked")).await?.text().await?;
    assert_eq!(chosen, "Keep roads safe", "the suggestion is taken");
    assert!(app.accessibility_violations().await?.is_empty(), "{:?}", app.accessibility_violations().await?);
    app.screenshot("33-request-dialog").await?;
    app.click("[data-testid=request-save]").await?;
    app.wait_gone("[data-testid=request-dialog][open]").await?;
    app.wait_until(|| async { Ok(request_row(&app, title).await?.contains("Open")) }).await?;

    app.driver.query(By::XPath(format!("//button[normalize-space()='{title}']"))).first().await?.click().await?;
    app.click("[data-testid=request-accept-backlog]").await?;
    app.wait_gone("[data-testid=request-dialog][open]").await?;
    app.wait_until(|| async { Ok(request_row(&app, title).await?.contains("Accepted")) }).await?;
    assert_eq!(fit().await?, "5 of 7 requests (71%) fit an objective.");
    let (item, date, status, notes) = item_of_request(data.path(), title).expect("the request became an item");
    assert_eq!((item.as_str(), date, status.as_str()), (title, None, "draft"), "a draft in the backlog");
    assert!(notes.starts_with("Requested by Priya Shah (Highways, priya.shah@westmark.example)"), "{notes}");
    assert!(notes.ends_with("cycling on the county's roads"), "{notes}");
    assert!(app.accessibility_violations().await?.is_empty(), "{:?}", app.accessibility_violations().await?);
    app.screenshot("34-requests").await?;
    app.quit().await
}
