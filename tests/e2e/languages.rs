//! The window's language end to end: chosen in Settings, the frame and the menu bar speak
//! it at once (Arabic runs right to left), and `--language` names one for a run.

use almanac_i18n::{Catalogue, Language};
use serde_json::json;
use thirtyfour::prelude::*;

use crate::driver::{App, HELP_MENU};

/// Every view (the calendar as month and grid) in the language in force, each
/// screenshotted as `<prefix>-<view>` and held to the axe audit (`lang` and `dir` set).
pub(crate) async fn walk_the_views(app: &App, prefix: &str) -> WebDriverResult<()> {
    let views = ["plan", "calendar", "checks", "approvals", "requests", "campaigns", "collaborations", "partners"];
    for view in views.into_iter().chain(["results", "settings"]) {
        app.open_view(view).await?;
        if view == "calendar" {
            app.driver.query(By::Css(".fc-event")).first().await?;
            app.screenshot(&format!("{prefix}-month")).await?;
            app.open_grid().await?;
        }
        if view == "results" {
            app.driver.query(By::Css("[data-testid=results-posts]")).first().await?;
        }
        app.screenshot(&format!("{prefix}-{view}")).await?;
        let violations = app.accessibility_violations().await?;
        assert!(violations.is_empty(), "{prefix} {view}: {violations:?}");
    }
    Ok(())
}

/// The page's `lang` and `dir`, and what the navigation calls Settings.
async fn spoken(app: &App) -> WebDriverResult<(String, String, String)> {
    let ret = app
        .driver
        .execute(
            "return [document.documentElement.lang, document.documentElement.dir,
                     document.querySelector('[data-testid=nav-settings]').textContent.trim()];",
            vec![],
        )
        .await?;
    let [lang, dir, settings]: [String; 3] = serde_json::from_value(ret.json().clone())?;
    Ok((lang, dir, settings))
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_window_speaks_the_language_chosen_in_settings_and_arabic_runs_right_to_left() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("settings").await?;
    // The system's language under the tests (C.UTF-8) is none offered: British English.
    assert_eq!(spoken(&app).await?, ("en-GB".into(), "ltr".into(), "Settings".into()));

    app.select_by_text("#ui-language", "Nederlands").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.2 == "Instellingen") }).await?;
    assert_eq!(spoken(&app).await?.0, "nl");
    let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
    assert!(status.contains("Nederlands"), "{status}");
    // The history names the sample's loading, done in English, in Dutch now.
    let dutch = Catalogue::of(Language::Nl);
    let loaded = dutch.format("app-undo-labelled", &[("label", dutch.text("history-load-sample").into())]);
    // Its text as the page holds it (WebKit's driver calls the app bar's buttons not shown).
    let undo = app.driver.find(By::Css("[data-testid=undo]")).await?.prop("textContent").await?.unwrap_or_default();
    assert_eq!(undo.trim(), loaded, "the undo button in Dutch");
    app.screenshot("60-settings-dutch").await?;
    // The menu bar was built anew in Dutch, and its items still reach the window.
    app.menu_dialog(HELP_MENU, 0, "[data-testid=about-dialog][open]").await?;
    app.click("[data-testid=about-dialog] button.primary").await?;
    walk_the_views(&app, "63-dutch").await?;

    app.select_by_text("#ui-language", "العربية").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.1 == "rtl") }).await?;
    assert_eq!(spoken(&app).await?, ("ar".into(), "rtl".into(), "الإعدادات".into()));
    app.screenshot("61-settings-arabic").await?;
    walk_the_views(&app, "64-arabic").await?;
    the_grid_runs_right_to_left(&app).await?;
    app.open_view("settings").await?;

    // Back to the system's language (its option's label is in Arabic now).
    app.driver.find(By::Css("#ui-language option[value=system]")).await?.click().await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "en-GB") }).await?;
    app.quit().await
}

/// The planning grid in a right-to-left window: the row heads on the right, the days running
/// leftwards from them with their names in the window's language, and the arrow keys going
/// where they point (left is the next day).
async fn the_grid_runs_right_to_left(app: &App) -> WebDriverResult<()> {
    app.open_view("calendar").await?;
    app.open_grid().await?;
    let ret = app
        .driver
        .execute(
            "const x = (css) => document.querySelector(css).getBoundingClientRect();
             const scroll = x('.grid-scroll'), corner = x('.grid-head .corner');
             const first = x('.day-head[aria-colindex=\"2\"]'), second = x('.day-head[aria-colindex=\"3\"]');
             return [scroll.right - corner.right, corner.left - first.right, first.left - second.right,
                     document.querySelector('.day-head[aria-colindex=\"2\"] .day-name').textContent];",
            vec![],
        )
        .await?;
    let (corner_gap, first_gap, second_gap, first_name): (f64, f64, f64, String) = ret.convert()?;
    assert!(corner_gap.abs() < 3.0, "the row heads sit on the right: {corner_gap}");
    assert!(first_gap.abs() < 3.0 && second_gap.abs() < 3.0, "the days run leftwards: {first_gap}, {second_gap}");
    assert!(first_name.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "an Arabic day name: {first_name}");
    let cell = app.driver.query(By::Css("[role=gridcell][aria-colindex='2']")).first().await?;
    let start = cell.attr("data-day").await?.unwrap_or_default();
    app.driver.execute("arguments[0].focus();", vec![cell.to_json()?]).await?;
    app.driver.active_element().await?.send_keys(Key::Left).await?;
    let next = app.driver.active_element().await?.attr("data-day").await?.unwrap_or_default();
    let after = chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d").map(|d| d.succ_opt().unwrap_or(d).to_string());
    assert_eq!(Ok(next), after, "the left arrow goes to the next day");
    app.screenshot("64-arabic-grid").await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_language_named_for_the_run_wins_over_the_system() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::launch(vec![json!("--data-dir"), json!(data.path()), json!("--language"), json!("en-XA")]).await?;
    app.load_sample().await?;
    // The pseudo-locale: every message of the catalogue accented and in brackets.
    assert_eq!(spoken(&app).await?, ("en-XA".into(), "ltr".into(), "⟦Šéţţţíññĝš⟧".into()));
    app.screenshot("62-pseudo-locale").await?;
    walk_the_views(&app, "65-pseudo").await?;
    // The checker's findings are the catalogue's sentences too, each said whole (its titles
    // and days inside), and so is what would fix each.
    app.open_view("checks").await?;
    app.driver.query(By::Css("[data-testid=findings-list] .finding .message")).first().await?;
    let said = app
        .driver
        .execute(
            "return [...document.querySelectorAll('[data-testid=findings-list] .finding :is(.message, .fix)')]
                     .map(e => e.textContent.trim());",
            vec![],
        )
        .await?;
    let said: Vec<String> = serde_json::from_value(said.json().clone())?;
    assert!(said.len() > 10, "the sample has findings: {said:?}");
    let english: Vec<&String> = said.iter().filter(|s| !(s.starts_with('⟦') && s.ends_with('⟧'))).collect();
    assert!(english.is_empty(), "findings not from the catalogue: {english:?}");
    app.quit().await
}

const CAMPAIGN_DIALOG: &str = "[data-testid=campaign-dialog][open]";

/// Opens the campaign `name` from the Campaigns view and waits for its dialog.
pub(crate) async fn open_campaign(app: &App, name: &str) -> WebDriverResult<()> {
    app.open_view("campaigns").await?;
    let link = By::XPath(format!("//tr[@data-testid='campaign-row']//button[text()='{name}']"));
    app.fresh(name, || async { app.driver.query(link.clone()).first().await?.click().await }).await?;
    app.driver.query(By::Css(CAMPAIGN_DIALOG)).first().await?;
    Ok(())
}

/// Closes the campaign dialog without saving.
async fn close_campaign(app: &App) -> WebDriverResult<()> {
    app.fresh("#campaign-name", || async {
        app.driver.find(By::Css("#campaign-name")).await?.send_keys(Key::Escape).await
    })
    .await?;
    app.wait_gone(CAMPAIGN_DIALOG).await
}

/// Opens the calendar beside the campaign's start, checks it shows the start's month with
/// the start chosen, screenshots it as `shot` and holds the dialog to the axe audit.
async fn calendar_of_the_start(app: &App, shot: &str, day: &str) -> WebDriverResult<()> {
    app.click("[data-testid=campaign-start-calendar]").await?;
    let popup = app.driver.query(By::Css("[data-testid=campaign-start-popup]")).first().await?;
    let chosen = popup.query(By::Css("[data-selected]")).first().await?;
    assert_eq!(chosen.text().await?, day, "the calendar opens on the field's day");
    // Focus goes to the chosen day, so the arrows walk the month from there.
    let focused = app.driver.active_element().await?;
    assert_eq!(focused.attr("data-selected").await?.as_deref(), Some(""), "the chosen day has the focus");
    app.screenshot(shot).await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "{shot}: {violations:?}");
    // Escape closes the calendar, not the dialog, and the field keeps its day. Pressed where
    // the focus is now: the calendar's days may have been drawn again meanwhile.
    app.fresh("the focused day", || async { app.driver.active_element().await?.send_keys(Key::Escape).await }).await?;
    app.wait_gone("[data-testid=campaign-start-popup]").await?;
    assert!(app.driver.find(By::Css(CAMPAIGN_DIALOG)).await.is_ok(), "the dialog is still open");
    Ok(())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_date_typed_in_a_british_window_reads_british_whatever_the_process_locale() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    // An American laptop: the process's locale, which the web view's own date inputs follow.
    let args = vec![json!("--data-dir"), json!(data.path())];
    let app = App::launch_in(args, &[("LC_ALL", "en_US.UTF-8"), ("LANG", "en_US.UTF-8")]).await?;
    app.load_sample().await?;
    assert_eq!(spoken(&app).await?.0, "en-US", "the window starts in the laptop's language");
    // A British team's window.
    app.open_view("settings").await?;
    app.select_by_text("#ui-language", "English (UK)").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "en-GB") }).await?;

    app.open_view("campaigns").await?;
    app.click("[data-testid=new-campaign]").await?;
    app.type_into("#campaign-name", "Remembrance").await?;
    // The parts run day, month, year, as a British reader writes a date.
    let parts: Vec<String> = {
        let segments =
            app.driver.find_all(By::Css("#campaign-start [data-segment]:not([data-segment=literal])")).await?;
        let mut parts = Vec::new();
        for s in segments {
            parts.push(s.attr("data-segment").await?.unwrap_or_default());
        }
        parts
    };
    assert_eq!(parts, ["day", "month", "year"]);
    app.type_date("#campaign-start", "2026-11-25").await?;
    assert_eq!(app.date_text("#campaign-start").await?, "25/11/2026");
    app.type_date("#campaign-end", "2026-11-30").await?;
    app.click("[data-testid=campaign-save]").await?;
    app.wait_gone(CAMPAIGN_DIALOG).await?;
    // What was saved is the 25th of November, as the list writes it.
    let row = By::XPath("//tr[@data-testid='campaign-row'][.//button[text()='Remembrance']]");
    app.wait_until(|| async { Ok(app.driver.find(row.clone()).await?.text().await?.contains("25 Nov 2026")) }).await?;

    open_campaign(&app, "Remembrance").await?;
    assert_eq!(app.date_text("#campaign-start").await?, "25/11/2026", "the day reads back in British order");
    assert_eq!(app.date_value("#campaign-start").await?, "2026-11-25");
    calendar_of_the_start(&app, "66-date-field-english", "25").await?;
    close_campaign(&app).await?;

    // The same day in an American window reads month first.
    app.open_view("settings").await?;
    app.select_by_text("#ui-language", "English (US)").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "en-US") }).await?;
    open_campaign(&app, "Remembrance").await?;
    assert_eq!(app.date_text("#campaign-start").await?, "11/25/2026", "the day reads in American order");
    assert_eq!(app.date_value("#campaign-start").await?, "2026-11-25");
    // By keyboard alone: Enter on the calendar button, an arrow to the next day, Enter.
    app.fresh("[data-testid=campaign-start-calendar]", || async {
        app.driver.find(By::Css("[data-testid=campaign-start-calendar]")).await?.send_keys(Key::Enter).await
    })
    .await?;
    app.driver.query(By::Css("[data-testid=campaign-start-popup] [data-selected]")).first().await?;
    app.driver.active_element().await?.send_keys(Key::Right).await?;
    app.driver.active_element().await?.send_keys(Key::Enter).await?;
    app.wait_gone("[data-testid=campaign-start-popup]").await?;
    assert_eq!(app.date_text("#campaign-start").await?, "11/26/2026");
    assert_eq!(app.date_value("#campaign-start").await?, "2026-11-26");
    close_campaign(&app).await?;
    // An American clock: 12 hours and a morning or an afternoon, typed as such.
    app.open_view("calendar").await?;
    app.click("[data-testid=new-item]").await?;
    app.type_date("#item-date", "2026-11-25").await?;
    app.type_date("#item-time", "15:30").await?;
    assert_eq!(app.date_text("#item-time").await?, "03:30 PM");
    app.driver.find(By::Css("#item-title")).await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;

    // Dutch: day, month, year with dashes; its calendar starts the week on Monday.
    app.open_view("settings").await?;
    app.select_by_text("#ui-language", "Nederlands").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "nl") }).await?;
    open_campaign(&app, "Remembrance").await?;
    assert_eq!(app.date_text("#campaign-start").await?, "25-11-2026");
    calendar_of_the_start(&app, "67-date-field-dutch", "25").await?;
    close_campaign(&app).await?;

    // Arabic: right to left, in Arabic's own digits.
    app.open_view("settings").await?;
    app.select_by_text("#ui-language", "العربية").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.1 == "rtl") }).await?;
    open_campaign(&app, "Remembrance").await?;
    assert_eq!(app.date_value("#campaign-start").await?, "2026-11-25");
    calendar_of_the_start(&app, "68-date-field-arabic", "٢٥").await?;
    close_campaign(&app).await?;
    app.quit().await
}
