//! Import → Calendar in the real app: a bank-holiday feed chosen in the system's Open
//! dialog from the menu bar, previewed date by date, added as key dates in one change,
//! and a second look shows them as already in the plan.

use thirtyfour::prelude::*;

use crate::driver::{App, IMPORT_MENU};

const DIALOG: &str = "[data-testid=calendar-import-dialog][open]";

fn key_dates_from(plan: &std::path::Path, source: &str) -> u32 {
    let conn = rusqlite::Connection::open_with_flags(plan, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("SELECT count(*) FROM key_date WHERE source = ?1", [source], |r| r.get(0)).unwrap()
}

async fn result(app: &App) -> WebDriverResult<String> {
    app.driver.find(By::Css("[data-testid=calendar-import-result]")).await?.text().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_bank_holiday_calendar_is_previewed_and_added_as_key_dates() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let feed = files.path().join("bank-holidays.ics");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ics/bank-holidays.ics"), &feed)?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;

    app.menu_dialog(IMPORT_MENU, 0, DIALOG).await?;
    app.click("[data-testid=calendar-import-choose]").await?;
    app.answer_file_dialog(&feed);
    app.driver.query(By::Css("[data-testid=calendar-import-preview] tbody tr")).first().await?;
    app.set_value("#calendar-import-from", "2027-01-01").await?;
    app.set_value("#calendar-import-to", "2027-12-31").await?;
    app.wait_until(|| async {
        Ok(result(&app).await?.starts_with("4 of 4 events from England and Wales bank holidays"))
    })
    .await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "the import form: {violations:#?}");
    app.screenshot("54-import-calendar").await?;
    app.click("[data-testid=calendar-import-submit]").await?;
    app.wait_until(|| async { Ok(result(&app).await?.starts_with("Added 4 key dates")) }).await?;
    assert_eq!(key_dates_from(&data.path().join("almanac.sqlite3"), "England and Wales bank holidays"), 4);

    // Looking again: every date is already in the plan, and nothing more can be added.
    app.set_value("#calendar-import-to", "2027-12-26").await?;
    app.wait_until(|| async { Ok(result(&app).await?.starts_with("0 of 3 events")) }).await?;
    assert_eq!(
        app.driver.find(By::Css("[data-testid=calendar-import-submit]")).await?.prop("disabled").await?.as_deref(),
        Some("true")
    );
    app.quit().await
}
