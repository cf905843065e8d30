//! File → Back up and File → Restore in the real app: a copy and the whole plan as JSON
//! written while the window is open, the plan emptied, then the copy restored through the
//! system's Open dialog (a copy given triggers in an SQLite tool refused first, the reason
//! shown); the window shows the plan again and the plan as it was is kept as a snapshot.

use thirtyfour::prelude::*;

use crate::driver::{App, FILE_MENU};

const BACKUP_DIALOG: &str = "[data-testid=backup-dialog][open]";
const RESTORE_DIALOG: &str = "[data-testid=restore-dialog][open]";

async fn value(app: &App, css: &str) -> WebDriverResult<String> {
    Ok(app.driver.find(By::Css(css)).await?.prop("value").await?.unwrap_or_default())
}

async fn text(app: &App, css: &str) -> WebDriverResult<String> {
    app.driver.find(By::Css(css)).await?.text().await
}

fn items_in(path: &std::path::Path) -> u32 {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("SELECT count(*) FROM content_item", [], |r| r.get(0)).unwrap()
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_backup_taken_in_the_app_restores_the_plan_after_it_was_emptied() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    let plan_items = items_in(&data.path().join("almanac.sqlite3"));

    // File → Back up the plan…: a copy, to the suggested new file in Documents.
    app.menu_dialog(FILE_MENU, 0, BACKUP_DIALOG).await?;
    app.wait_until(|| async { Ok(value(&app, "#backup-path").await?.ends_with(".almanac")) }).await?;
    let copy = std::path::PathBuf::from(value(&app, "#backup-path").await?);
    app.click("[data-testid=backup-submit]").await?;
    app.wait_until(|| async { Ok(text(&app, "[data-testid=backup-result]").await?.starts_with("Saved a copy")) })
        .await?;
    assert_eq!(items_in(&copy), plan_items, "the copy holds the plan");

    // The same dialog writes the whole plan as JSON.
    app.click("#backup-format-json").await?;
    app.wait_until(|| async { Ok(value(&app, "#backup-path").await?.ends_with(".json")) }).await?;
    let json = std::path::PathBuf::from(value(&app, "#backup-path").await?);
    app.click("[data-testid=backup-submit]").await?;
    app.wait_until(|| async { Ok(text(&app, "[data-testid=backup-result]").await?.contains("as JSON")) }).await?;
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&json)?)?;
    assert_eq!(
        (doc["format"].as_str(), doc["items"].as_array().map(Vec::len)),
        (Some("almanac-plan"), Some(plan_items as usize))
    );
    app.screenshot("52-backup").await?;
    app.click("[data-testid=backup-dialog] footer button:not(.primary)").await?;
    app.wait_gone(BACKUP_DIALOG).await?;

    // The sample load undone: the plan is empty.
    app.undo_and_wait("[data-testid=status]", "Undone: Load sample plan").await?;
    assert_eq!(items_in(&data.path().join("almanac.sqlite3")), 0);

    // File → Restore from a backup…: a copy someone gave three triggers in an SQLite tool is
    // refused, with the reason, and the plan is left as it was.
    let tampered = copy.with_file_name("tampered.almanac");
    std::fs::copy(&copy, &tampered)?;
    rusqlite::Connection::open(&tampered)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER a AFTER INSERT ON content_item BEGIN DELETE FROM content_item; END;
             CREATE TRIGGER b AFTER UPDATE ON content_item BEGIN DELETE FROM content_item; END;
             CREATE TRIGGER c AFTER DELETE ON content_item BEGIN DELETE FROM change; END;",
        )
        .unwrap();
    app.menu_dialog(FILE_MENU, 1, RESTORE_DIALOG).await?;
    app.click("[data-testid=restore-choose]").await?;
    app.answer_file_dialog(&tampered);
    app.wait_until(|| async { Ok(value(&app, "#restore-path").await? == tampered.display().to_string()) }).await?;
    app.click("[data-testid=restore-submit]").await?;
    app.wait_until(|| async {
        Ok(text(&app, "[data-testid=restore-path-error]").await.unwrap_or_default().contains("3 triggers"))
    })
    .await?;
    app.screenshot("53-restore-refused").await?;
    assert_eq!(items_in(&data.path().join("almanac.sqlite3")), 0, "the plan is left as it was");

    // The sound copy, chosen in the Open dialog, restores.
    app.click("[data-testid=restore-choose]").await?;
    app.answer_file_dialog(&copy);
    app.wait_until(|| async { Ok(value(&app, "#restore-path").await? == copy.display().to_string()) }).await?;
    app.click("[data-testid=restore-submit]").await?;
    app.wait_until(|| async { Ok(text(&app, "[data-testid=restore-result]").await?.starts_with("Restored")) }).await?;
    app.screenshot("53-restored").await?;
    assert_eq!(items_in(&data.path().join("almanac.sqlite3")), plan_items, "the plan is back");
    let kept: Vec<String> = std::fs::read_dir(data.path().join("snapshots"))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert!(kept.iter().any(|n| n.ends_with("-before-restore.sqlite3")), "{kept:?}");
    app.click("[data-testid=restore-dialog] footer button:not(.danger)").await?;
    app.wait_gone(RESTORE_DIALOG).await?;
    app.open_view("calendar").await?;
    app.driver.query(By::Css(".fc-event")).first().await?;
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_row_damaged_on_disk_is_left_out_and_named_in_plan_health() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    {
        let mut store = almanac_core::Store::open_dir(data.path()).unwrap();
        let channel = almanac_tests::add_brand_and_channel(&mut store);
        let today = chrono::Utc::now().date_naive();
        for title in ["Bike marking", "Winter tyres"] {
            almanac_tests::add_item(&mut store, &channel, title, &today.to_string());
        }
    }
    // A hand edit in an SQLite tool while the app was closed.
    rusqlite::Connection::open(data.path().join("almanac.sqlite3"))
        .unwrap()
        .execute("UPDATE content_item SET status = 'hacked' WHERE title = 'Winter tyres'", [])
        .unwrap();
    let app = App::start(data.path()).await?;
    app.open_view("calendar").await?;
    app.driver.query(crate::driver::event_titled("Bike marking")).first().await?;
    assert!(app.driver.find_all(crate::driver::event_titled("Winter tyres")).await?.is_empty(), "left out");
    app.open_view("settings").await?;
    let health = app.driver.query(By::Css("[data-testid=plan-health-rows]")).first().await?;
    health.scroll_into_view().await?;
    let named = health.text().await?;
    assert!(named.contains("status cannot be read") && named.contains("hacked"), "{named}");
    let summary = text(&app, "[data-testid=plan-health-summary]").await?;
    assert!(summary.starts_with("1 row of the plan could not be read"), "{summary}");
    app.screenshot("55-plan-health").await?;

    // The repair, by keyboard: the row moves aside, the plan reads whole; undo brings it back.
    let repair = app.driver.find(By::Css("[data-testid=plan-health-repair]")).await?;
    repair.send_keys(Key::Enter).await?;
    app.wait_until(|| async {
        Ok(text(&app, "[data-testid=plan-health-summary]").await? == "Every row of the plan reads as it should.")
    })
    .await?;
    let done = text(&app, "[data-testid=plan-health-done]").await?;
    assert_eq!(done, "1 row was set aside. Edit → Undo puts it back.");
    app.screenshot("56-plan-health-repaired").await?;
    app.undo_and_wait("#plan-health-title", "Undone: Set aside the rows").await?;
    app.wait_until(|| async {
        Ok(text(&app, "[data-testid=plan-health-summary]").await?.starts_with("1 row of the plan could not be read"))
    })
    .await?;
    app.quit().await
}

#[test]
#[ignore = "needs the built app; run by the test script"]
fn a_plan_an_older_almanac_kept_under_its_former_name_opens_whole_from_the_new_folder() {
    let home = tempfile::tempdir().unwrap();
    let former = home.path().join("org.almanac.app");
    let loaded = crate::driver::run_cli(&former, &["sample", "--year", "2999"]);
    assert!(loaded.status.success(), "{loaded:?}");
    let files = tempfile::tempdir().unwrap();
    let (before, after) = (files.path().join("before.json"), files.path().join("after.json"));
    let out = crate::driver::run_cli(&former, &["export", "json", "--out", before.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    // No folder named: the system's, as a laptop's first start of the new version finds it.
    let out = crate::driver::cli()
        .env("XDG_DATA_HOME", home.path())
        .env_remove("ALMANAC_DATA_DIR")
        .args(["export", "json", "--out", after.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let document = |path: &std::path::Path| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
    };
    let (before, after) = (document(&before), document(&after));
    assert_eq!(before["items"].as_array().map(Vec::len), Some(12_006));
    assert_eq!(after["items"], before["items"], "every item is there");
    assert_eq!(after["campaigns"], before["campaigns"]);
    let current = home.path().join("org.almanac.planner");
    assert!(current.join(almanac_core::store::DATABASE_FILE).exists(), "the plan is in the current folder");
    assert!(!former.exists(), "moved, not copied: one plan, not two");
}
