//! Comments and the decision log end to end: on the Plan, the year's decision is logged by
//! keyboard with its rationale; a campaign's editor takes a comment that mentions a member
//! (posted with Ctrl+Enter) and logs the campaign's own decision; the plan keeps all three.

use std::path::Path;

use almanac_core::store::DATABASE_FILE;
use thirtyfour::prelude::*;

use crate::driver::App;

fn count(data: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Brings the field into view (the log sits below the year's timeline), then types into it.
async fn fill(app: &App, css: &str, text: &str) -> WebDriverResult<()> {
    app.driver.find(By::Css(css)).await?.scroll_into_view().await?;
    app.type_into(css, text).await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_decision_is_logged_for_the_year_and_a_campaign_takes_a_comment_with_a_mention() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("plan").await?;
    let log = "[data-testid=decision-log]";
    app.driver.find(By::Css(format!("{log} summary"))).await?.scroll_into_view().await?;
    app.click(&format!("{log} summary")).await?;
    let open = app.driver.find(By::Css(format!("{log} details"))).await?.attr("open").await?;
    assert!(open.is_some(), "the form opens");
    fill(&app, &format!("{log} [data-testid=decision-text]"), "No new campaigns in the pre-election period").await?;
    fill(&app, &format!("{log} [data-testid=decision-rationale]"), "Electoral Commission guidance").await?;
    let by = app.driver.find(By::Css(format!("{log} [data-testid=decision-by]"))).await?;
    by.scroll_into_view().await?;
    by.clear().await?;
    fill(&app, &format!("{log} [data-testid=decision-by]"), "Aisha Rahman").await?;
    let button = app.driver.find(By::Css(format!("{log} [data-testid=decision-log-button]"))).await?;
    button.scroll_into_view().await?;
    button.send_keys(Key::Enter).await?;
    app.wait_until(|| async {
        let rows = app.driver.find_all(By::Css(format!("{log} [data-testid=logged-decision]"))).await?;
        Ok(rows.len() == 1)
    })
    .await?;
    assert!(app.accessibility_violations().await?.is_empty(), "{:?}", app.accessibility_violations().await?);

    // A campaign's editor: a comment mentioning the digital lead, posted with Ctrl+Enter.
    let bar = app.driver.query(By::Css("[data-testid^='bar-']")).first().await?;
    bar.send_keys(Key::Enter).await?;
    app.driver.query(By::Css("[data-testid=campaign-dialog][open]")).first().await?;
    let box_ = app.driver.find(By::Css("[data-testid=campaign-dialog] [data-testid=comment-text]")).await?;
    box_.send_keys("@Tom Price can we move the launch?").await?;
    app.driver.action_chain().key_down(Key::Control).send_keys(Key::Enter).key_up(Key::Control).perform().await?;
    app.wait_until(|| async {
        let shown = app.driver.find_all(By::Css("[data-testid=campaign-dialog] [data-testid=comment]")).await?;
        Ok(match shown.first() {
            Some(c) => c.text().await?.contains("mentions Tom Price"),
            None => false,
        })
    })
    .await?;
    assert!(app.accessibility_violations().await?.is_empty(), "{:?}", app.accessibility_violations().await?);
    app.screenshot("35-campaign-comments").await?;
    let tom = "(SELECT id FROM member WHERE name = 'Tom Price')";
    let mentioned = format!("SELECT count(*) FROM comment, json_each(comment.mentions) m WHERE m.value = {tom}");
    assert_eq!(count(data.path(), &mentioned), 1);
    assert_eq!(
        count(data.path(), "SELECT count(*) FROM decision_log WHERE rationale = 'Electoral Commission guidance'"),
        1
    );
    app.quit().await
}
