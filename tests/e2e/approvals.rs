//! Approvals end to end: the head of communications, chosen as this laptop's user,
//! approves three items of her queue by keyboard alone and sends a fourth back with a
//! comment; the plan records both in her name, and the view passes the axe audit.

use std::path::Path;

use almanac_core::store::DATABASE_FILE;
use thirtyfour::prelude::*;

use crate::driver::App;

/// The status and the approvers' decisions recorded for the item `id`.
fn recorded(data: &Path, id: &str) -> (String, Vec<(String, String, String)>) {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).unwrap();
    let status: String = conn.query_row("SELECT status FROM content_item WHERE id = ?1", [id], |r| r.get(0)).unwrap();
    let mut stmt = conn
        .prepare("SELECT member_name, decision, comment FROM approval WHERE item_id = ?1 ORDER BY decided_at")
        .unwrap();
    let decisions = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    (status, decisions.collect::<Result<_, _>>().unwrap())
}

/// The ids of the queue's items, in order.
async fn queue_ids(app: &App) -> WebDriverResult<Vec<String>> {
    let mut ids = Vec::new();
    for entry in app.driver.find_all(By::Css("[data-testid=approval-entry]")).await? {
        ids.push(entry.attr("data-item-id").await?.unwrap_or_default());
    }
    Ok(ids)
}

async fn press(app: &App, key: impl Into<TypingData>) -> WebDriverResult<()> {
    app.driver.active_element().await?.send_keys(key).await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn an_approver_approves_three_items_by_keyboard_and_sends_one_back_with_a_comment() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("approvals").await?;
    app.driver.query(By::Css("[data-testid=approval-entry]")).first().await?;
    app.select_by_text("[data-testid=approvals-me]", "Aisha Rahman").await?;
    // Her queue opens, since she approves: every item of the plan.
    app.wait_until(|| async {
        let of = app.driver.find(By::Css("[data-testid=approvals-of]")).await?.prop("value").await?;
        let me = app.driver.find(By::Css("[data-testid=approvals-me]")).await?.prop("value").await?;
        Ok(of.is_some() && of == me)
    })
    .await?;
    let before = queue_ids(&app).await?;
    assert!(before.len() >= 4, "the sample has items in review: {before:?}");
    assert!(app.accessibility_violations().await?.is_empty(), "{:?}", app.accessibility_violations().await?);

    // Tick the first three with Space, moving down with the arrow key, then press A.
    app.driver.find(By::Css("[data-testid=approval-entry] input[type=checkbox]")).await?.focus().await?;
    press(&app, Key::Space).await?;
    for _ in 0..2 {
        press(&app, Key::Down).await?;
        press(&app, Key::Space).await?;
    }
    app.wait_until(|| async {
        let label = app.driver.find(By::Css("[data-testid=approve-selected]")).await?.text().await?;
        Ok(label == "Approve 3")
    })
    .await?;
    app.screenshot("30-approvals-ticked").await?;
    press(&app, "a").await?;
    app.wait_until(|| async {
        let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
        Ok(status.starts_with("Approved 3 items"))
    })
    .await?;
    app.wait_until(|| async { Ok(queue_ids(&app).await? == before[3..]) }).await?;
    for id in &before[..3] {
        let (status, decisions) = recorded(data.path(), id);
        assert_eq!(status, "approved", "{id}");
        assert_eq!(decisions, [("Aisha Rahman".into(), "approved".into(), String::new())], "{id}");
    }

    // The next one goes back with a comment: R opens the form on the focused item.
    press(&app, "r").await?;
    app.driver.query(By::Css("[data-testid=changes-dialog][open]")).first().await?;
    app.type_into("#changes-comment", "Name the roads that close").await?;
    app.click("[data-testid=changes-send]").await?;
    app.wait_gone("[data-testid=changes-dialog][open]").await?;
    app.wait_until(|| async { Ok(queue_ids(&app).await? == before[4..]) }).await?;
    let (status, decisions) = recorded(data.path(), &before[3]);
    assert_eq!(status, "draft");
    assert_eq!(decisions, [("Aisha Rahman".into(), "changesRequested".into(), "Name the roads that close".into())]);
    app.screenshot("31-approvals").await?;
    app.quit().await
}
