//! The window's language end to end: chosen in Settings, the frame and the menu bar speak
//! it at once (Arabic runs right to left), and `--language` names one for a run.

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

    // Back to the system's language (its option's label is in Arabic now).
    app.driver.find(By::Css("#ui-language option[value=system]")).await?.click().await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "en-GB") }).await?;
    app.quit().await
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
    app.quit().await
}
