//! The Import menu in the real app: a bank-holiday feed chosen in the system's Open
//! dialog, previewed date by date, added as key dates in one change, and a second look
//! shows them as already in the plan; a team's planning grid (ODS) previewed row by row,
//! a column remapped, a bad row refusing the import, then added and undone in one step;
//! and an import the command line makes while the window is open, drawn without a click.

use thirtyfour::prelude::*;

use almanac_tests::spreadsheets::{ods, ods_row};

use crate::driver::{event_titled, App, IMPORT_MENU};

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
    std::fs::copy(almanac_tests::repo().join("tests/fixtures/ics/bank-holidays.ics"), &feed)?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;

    app.menu_dialog(IMPORT_MENU, 0, DIALOG).await?;
    app.click("[data-testid=calendar-import-choose]").await?;
    app.answer_file_dialog(&feed);
    app.driver.query(By::Css("[data-testid=calendar-import-preview] tbody tr")).first().await?;
    app.type_date("#calendar-import-from", "2027-01-01").await?;
    app.type_date("#calendar-import-to", "2027-12-31").await?;
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
    app.type_date("#calendar-import-to", "2027-12-26").await?;
    app.wait_until(|| async { Ok(result(&app).await?.starts_with("0 of 3 events")) }).await?;
    assert_eq!(
        app.driver.find(By::Css("[data-testid=calendar-import-submit]")).await?.prop("disabled").await?.as_deref(),
        Some("true")
    );
    app.quit().await
}

fn items_titled(plan: &std::path::Path, prefix: &str) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open_with_flags(plan, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut query =
        conn.prepare("SELECT title, notes FROM content_item WHERE title LIKE ?1 || '%' ORDER BY title").unwrap();
    query.query_map([prefix], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
}

async fn summary(app: &App) -> WebDriverResult<String> {
    app.driver.find(By::Css("[data-testid=item-import-summary]")).await?.text().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_teams_planning_grid_is_previewed_remapped_imported_and_undone() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let grid = |rows: &[&[&str]]| -> std::path::PathBuf {
        let path = files.path().join("spring-grid.ods");
        std::fs::write(&path, ods(&rows.iter().map(|r| ods_row(r)).collect::<String>())).unwrap();
        path
    };
    let header: &[&str] = &["Publish date", "Account", "Title", "Stage", "Remarks"];
    let good: [&[&str]; 3] = [
        &["2027-04-06 09:30", "Instagram @westmarkpolice", "Spring grid: bikes", "Approved", "Shot list ready"],
        &["06/04/2027", "Instagram @westmarkpolice", "Spring grid: roads", "Draft", ""],
        &["", "Instagram @westmarkpolice", "Spring grid: idea", "Idea", ""],
    ];
    let bad: &[&str] = &["2027-04-07", "Myspace @nobody", "Spring grid: lost", "Draft", ""];
    let path = grid(&[header, good[0], good[1], good[2], bad]);
    let plan = data.path().join("almanac.sqlite3");
    let app = App::start(data.path()).await?;
    app.load_sample().await?;

    app.menu_dialog(IMPORT_MENU, 1, "[data-testid=item-import-dialog][open]").await?;
    app.click("[data-testid=item-import-choose]").await?;
    app.answer_file_dialog(&path);
    app.wait_until(|| async {
        Ok(summary(&app).await? == "3 rows ready, 1 with errors: fix the file and preview again.")
    })
    .await?;
    let first_row = app.driver.find(By::Css("[data-testid=item-import-rows] tbody tr")).await?.text().await?;
    assert!(first_row.contains("the plan has no channel named “Myspace @nobody”"), "bad rows first: {first_row}");
    app.click("[data-testid=item-import-submit]").await.ok();
    assert!(items_titled(&plan, "Spring grid").is_empty(), "a bad row imports nothing");

    // The team fixes the file; the Remarks column is mapped to Notes by hand.
    std::fs::write(&path, ods(&[header, good[0], good[1], good[2]].iter().map(|r| ods_row(r)).collect::<String>()))?;
    app.click("[data-testid=item-import-preview]").await?;
    app.wait_until(|| async { Ok(summary(&app).await? == "3 rows ready.") }).await?;
    app.select_by_text("[data-testid=item-import-column-4]", "Notes").await?;
    app.wait_until(|| async {
        let select = app.driver.find(By::Css("[data-testid=item-import-column-4]")).await?;
        Ok(select.prop("value").await?.as_deref() == Some("notes"))
    })
    .await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "the item import form: {violations:#?}");
    app.screenshot("56-import-items").await?;
    app.click("[data-testid=item-import-submit]").await?;
    app.wait_gone("[data-testid=item-import-dialog][open]").await?;
    assert_eq!(
        items_titled(&plan, "Spring grid"),
        [
            ("Spring grid: bikes".to_string(), "Shot list ready".to_string()),
            ("Spring grid: idea".to_string(), String::new()),
            ("Spring grid: roads".to_string(), String::new()),
        ]
    );

    app.undo_and_wait("[data-testid=status]", "Undone: Import 3 items from spring-grid.ods").await?;
    assert!(items_titled(&plan, "Spring grid").is_empty(), "one undoable change");
    app.quit().await
}

#[test]
#[ignore = "needs the built app; run by the test script"]
fn the_cli_imports_items_reporting_bad_rows_and_a_second_run_adds_nothing() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| crate::driver::run_cli(data.path(), args);
    let plan = data.path().join(almanac_core::store::DATABASE_FILE);
    assert!(run(&["sample", "--year", "2027"]).status.success());
    let file = data.path().join("grid.csv");
    let rows = "Date,Time,Channel,Title\n\
                2027-05-03,09:00,X @WestmarkPolice,CLI grid: one\n\
                2027-05-04,,X @WestmarkPolice,CLI grid: two\n";
    std::fs::write(&file, format!("{rows}2027-05-05,,Bebo @nobody,CLI grid: lost\n")).unwrap();
    let bytes = std::fs::read(&plan).unwrap();
    let out = run(&["import", "items", "--file", file.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(stdout.contains("line 4: the plan has no channel named “Bebo @nobody”"), "{stdout}");
    assert_eq!(std::fs::read(&plan).unwrap(), bytes, "the plan file is unchanged");

    std::fs::write(&file, rows).unwrap();
    let dry = run(&["import", "items", "--file", file.to_str().unwrap(), "--dry-run"]);
    assert!(String::from_utf8_lossy(&dry.stdout).contains("2 items would be imported"), "{dry:?}");
    assert_eq!(std::fs::read(&plan).unwrap(), bytes, "a dry run writes nothing");
    let out = run(&["import", "items", "--file", file.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Imported 2 items"), "{out:?}");
    assert_eq!(items_titled(&plan, "CLI grid").len(), 2);
    let again = run(&["import", "items", "--file", file.to_str().unwrap()]);
    assert!(again.status.success(), "{again:?}");
    assert!(String::from_utf8_lossy(&again.stdout).contains("Nothing to import: all 2 rows"), "{again:?}");
    assert_eq!(items_titled(&plan, "CLI grid").len(), 2, "nothing added twice");
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn an_import_on_the_command_line_while_the_window_is_open_is_drawn_without_a_click() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let day = format!("{}-17", chrono::Utc::now().date_naive().format("%Y-%m"));
    {
        let mut store = almanac_core::Store::open_dir(data.path()).unwrap();
        almanac_tests::set_zone(&mut store, "Europe/London", "en-GB");
        almanac_tests::add_brand_and_channel(&mut store);
    }
    let app = App::start(data.path()).await?;
    app.open_view("calendar").await?;
    let file = data.path().join("grid.csv");
    std::fs::write(&file, format!("Date,Channel,Title\n{day},Instagram @westmarkpolice,Imported while open\n"))?;
    let out = crate::driver::run_cli(data.path(), &["import", "items", "--file", file.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    // Nothing is clicked: the window notices that another process changed the plan.
    app.driver.query(event_titled("Imported while open")).first().await?;
    app.screenshot("68-import-while-open").await?;
    app.quit().await
}
