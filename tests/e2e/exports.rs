//! Export → Calendar and Export → Spreadsheet in the real app: chosen from the menu bar
//! by keyboard, a span and filters set in the form, saved through the system's Save
//! dialog or to the suggested new file in Documents, and the files on disk hold what the
//! form says it wrote. A published calendar follows the plan, and when its folder goes,
//! the failure is in the log.

use thirtyfour::prelude::*;

use crate::driver::{App, EXPORT_MENU, HELP_MENU};

const CALENDAR_DIALOG: &str = "[data-testid=export-data-dialog][open]";

async fn result_text(app: &App) -> WebDriverResult<String> {
    app.driver.find(By::Css("[data-testid=export-data-result]")).await?.text().await
}

/// Waits for the result line and returns the count it names ("Saved 1,019 events to …").
async fn saved_count(app: &App) -> WebDriverResult<usize> {
    app.wait_until(|| async { Ok(result_text(app).await?.starts_with("Saved ")) }).await?;
    let text = result_text(app).await?;
    let count = text.split_whitespace().nth(1).map(|n| n.replace(',', ""));
    Ok(count.and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("a count in {text}")))
}

async fn path_shown(app: &App) -> WebDriverResult<String> {
    Ok(app.driver.find(By::Css("#export-data-path")).await?.prop("value").await?.unwrap_or_default())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_plan_exports_as_a_calendar_and_as_a_spreadsheet_from_the_menu_bar() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let out_dir = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;

    // Export → Calendar (ICS)…: March, with campaigns and key dates, saved where chosen.
    app.menu_dialog(EXPORT_MENU, 1, CALENDAR_DIALOG).await?;
    app.wait_until(|| async { Ok(path_shown(&app).await?.ends_with(".ics")) }).await?;
    let year = app.date_value("#export-from").await?[..4].to_string();
    app.type_date("#export-from", &format!("{year}-03-01")).await?;
    app.type_date("#export-to", &format!("{year}-03-31")).await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "the export form: {violations:#?}");
    let out = out_dir.path().join("march.ics");
    app.click("[data-testid=export-data-choose]").await?;
    app.answer_file_dialog(&out);
    app.wait_until(|| async { Ok(path_shown(&app).await? == out.display().to_string()) }).await?;
    app.click("[data-testid=export-data-submit]").await?;
    let events = saved_count(&app).await?;
    app.driver.query(By::Css("[data-testid=export-data-open]")).first().await?;
    app.screenshot("50-export-calendar").await?;
    let text = std::fs::read_to_string(&out)?;
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), events, "the form counts what the file holds");
    assert!(text.contains("\r\nCATEGORIES:Campaign\r\n"), "campaigns come along");
    let starts: Vec<&str> = text.lines().filter_map(|l| l.split_once("DTSTART").map(|(_, v)| v)).collect();
    assert!(starts.iter().any(|s| s.contains(&format!(":{year}03"))), "March's items");
    app.click("[data-testid=export-data-dialog] footer button:not(.primary):not([data-testid])").await?;
    app.wait_gone(CALENDAR_DIALOG).await?;

    // Export → Spreadsheet…: published items of the year as CSV, to the suggested new file.
    app.menu_dialog(EXPORT_MENU, 2, CALENDAR_DIALOG).await?;
    app.wait_until(|| async { Ok(path_shown(&app).await?.ends_with(".xlsx")) }).await?;
    app.click("#export-format-csv").await?;
    app.wait_until(|| async { Ok(path_shown(&app).await?.ends_with(".csv")) }).await?;
    let published = app
        .driver
        .find(By::XPath("//fieldset[contains(@class,'statuses')]//label[normalize-space()='Published']/input"))
        .await?;
    published.send_keys(Key::Space).await?;
    let suggested = path_shown(&app).await?;
    assert!(suggested.starts_with(&app.documents.display().to_string()), "{suggested}");
    app.click("[data-testid=export-data-submit]").await?;
    let rows = saved_count(&app).await?;
    assert!(rows > 0, "the sample has published items");
    app.screenshot("51-export-spreadsheet").await?;
    let bytes = std::fs::read(&suggested)?;
    assert!(bytes.starts_with(b"\xEF\xBB\xBFDate,Time,Channel"), "UTF-8 with a BOM, the header first");
    let mut reader = csv::ReaderBuilder::new().from_reader(&bytes[3..]);
    let statuses: Vec<String> =
        reader.records().map(|r| r.map(|r| r[6].to_string())).collect::<Result<_, _>>().unwrap();
    assert_eq!(statuses.len(), rows, "the form counts the rows the file holds");
    assert!(statuses.iter().all(|s| s == "Published"), "only the status ticked");
    app.quit().await
}

fn events_in(path: &std::path::Path) -> usize {
    std::fs::read_to_string(path).map(|t| t.matches("BEGIN:VEVENT").count()).unwrap_or(0)
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_published_calendar_is_written_anew_after_a_change() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let synced = tempfile::tempdir()?;
    let feed = synced.path().join("team plan.ics");
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("settings").await?;
    app.click("[data-testid=published-choose]").await?;
    app.answer_file_dialog(&feed);
    app.wait_until(|| async {
        Ok(app.driver.find(By::Css("#published-path")).await?.prop("value").await?.as_deref()
            == Some(&*feed.display().to_string()))
    })
    .await?;
    app.click("[data-testid=published-publish]").await?;
    app.wait_until(|| async {
        Ok(app.driver.find(By::Css("[data-testid=published-status]")).await?.text().await?.starts_with("Published to"))
    })
    .await?;
    let published = events_in(&feed);
    assert!(published > 1000, "the whole plan: {published} events");
    app.screenshot("55-published-calendar").await?;

    // A change in the app (the sample load undone) reaches the file by itself.
    app.undo_and_wait("#settings-title", "Undone: Load sample plan").await?;
    app.wait_until(|| async { Ok(events_in(&feed) < published) }).await?;
    assert!(std::fs::read_to_string(&feed)?.ends_with("END:VCALENDAR\r\n"), "written whole");

    // The synced folder goes (a network drive unmounted, a file where it was): the next
    // write fails in the background, and the log in the plan folder says what failed.
    let log = data.path().join("logs").join("almanac.log");
    assert!(std::fs::read_to_string(&log)?.contains("opened the plan"), "the log is kept from the start");
    std::fs::remove_dir_all(synced.path())?;
    std::fs::write(synced.path(), "a file where the folder was")?;
    // Redone from the keyboard (WebKit's driver reports the header's Redo button as not
    // displayed after the settings page has scrolled, though it is on screen).
    app.driver
        .action_chain()
        .key_down(Key::Control)
        .key_down(Key::Shift)
        .send_keys("z")
        .key_up(Key::Shift)
        .key_up(Key::Control)
        .perform()
        .await?;
    app.wait_until(|| async {
        Ok(std::fs::read_to_string(&log)?.contains("the published calendar could not be written"))
    })
    .await?;
    // Help → About names the log's folder once it has asked the app (Help → Open the log
    // folder opens it).
    app.menu_dialog(HELP_MENU, 0, "[data-testid=about-dialog][open]").await?;
    let logs = app.driver.query(By::Css("[data-testid=about-log-dir]")).first().await?.text().await?;
    assert_eq!(logs, data.path().join("logs").display().to_string());
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_channel_is_handed_to_a_publishing_tool_with_what_it_would_refuse() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.menu_dialog(EXPORT_MENU, 3, "[data-testid=handoff-dialog][open]").await?;
    app.select_by_text("#handoff-channel", "X @WestmarkRoads").await?;
    app.click("#handoff-sprout").await?;
    let file = out.path().join("roads for sprout.csv");
    app.click("[data-testid=handoff-choose]").await?;
    app.answer_file_dialog(&file);
    app.wait_until(|| async {
        Ok(app.driver.find(By::Css("#handoff-path")).await?.prop("value").await?.as_deref()
            == Some(&*file.display().to_string()))
    })
    .await?;
    app.click("[data-testid=handoff-submit]").await?;
    app.wait_until(|| async {
        Ok(app.driver.find(By::Css("[data-testid=handoff-result]")).await?.text().await?.starts_with("Wrote "))
    })
    .await?;
    let result = app.driver.find(By::Css("[data-testid=handoff-result]")).await?.text().await?;
    // The sample's items carry titles but no copy: Sprout would refuse them, so they are listed, not written.
    assert!(result.contains("has no copy to publish"), "{result}");
    app.screenshot("56-handoff").await?;

    // Buffer's free plan, for a network Buffer does not publish to: refused at the channel.
    app.click("#handoff-buffer-free").await?;
    app.select_by_text("#handoff-channel", "YouTube Westmark Police").await?;
    app.click("[data-testid=handoff-submit]").await?;
    app.wait_until(|| async {
        let text = app.driver.find(By::Css("[data-testid=handoff-dialog]")).await?.text().await?;
        Ok(text.contains("Buffer does not publish to this channel's network"))
    })
    .await?;
    app.screenshot("56b-handoff-buffer").await?;
    app.quit().await
}
