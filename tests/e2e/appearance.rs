//! The window's theme end to end: Dark chosen in Settings darkens every view at once (each
//! screenshotted and held to the axe audit, contrast included), Light brings it back, and
//! the choice is kept on this laptop across a restart. The light theme's views are audited
//! by the other tests, which run in the system's theme (light under Xvfb).

use thirtyfour::prelude::*;

use crate::driver::App;
use crate::languages::walk_the_views;

/// The theme the page names (`data-theme`), whether its background is dark, and which
/// choice Settings shows (when Settings is open).
async fn theme(app: &App) -> WebDriverResult<(String, bool, String)> {
    let ret = app
        .driver
        .execute(
            "const root = document.documentElement;
             const [r, g, b] = getComputedStyle(root).backgroundColor.match(/\\d+/g).map(Number);
             const chosen = document.querySelector('input[name=ui-theme]:checked');
             return [root.dataset.theme ?? '', (r + g + b) / 3 < 100, chosen ? chosen.value : ''];",
            vec![],
        )
        .await?;
    let (name, dark, chosen): (String, bool, String) = serde_json::from_value(ret.json().clone())?;
    Ok((name, dark, chosen))
}

/// Chooses `choice` in Settings → Appearance and waits until the page is drawn in `shown`.
async fn choose(app: &App, choice: &str, shown: &str) -> WebDriverResult<()> {
    app.click(&format!("[data-testid=theme-{choice}]")).await?;
    app.wait_until(|| async { Ok(theme(app).await?.0 == shown) }).await
}

async fn audit(app: &App, what: &str) -> WebDriverResult<()> {
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "dark {what}: {violations:?}");
    Ok(())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn dark_is_chosen_in_settings_every_view_passes_the_audit_and_the_choice_is_kept() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("settings").await?;
    // Nothing chosen yet: the system's theme, light under the tests.
    assert_eq!(theme(&app).await?, ("light".into(), false, "system".into()));

    choose(&app, "dark", "dark").await?;
    assert_eq!(theme(&app).await?, ("dark".into(), true, "dark".into()));
    let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
    assert!(status.contains("dark"), "{status}");
    app.screenshot("70-settings-dark").await?;
    walk_the_views(&app, "71-dark").await?;
    // What the walk does not wait for: the checks' coverage map and findings, and a dialog.
    app.open_view("checks").await?;
    app.driver.query(By::Css("[data-testid=coverage-map]")).first().await?;
    app.driver.query(By::Css("[data-testid=findings-list] li.finding")).first().await?;
    app.screenshot("72-dark-checks").await?;
    audit(&app, "checks").await?;
    app.open_view("calendar").await?;
    app.click("[data-testid=new-item]").await?;
    app.driver.query(By::Css("[data-testid=item-dialog][open]")).first().await?;
    app.screenshot("73-dark-item-dialog").await?;
    audit(&app, "the item dialog").await?;
    app.driver.find(By::Css("#item-title")).await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;

    // Dark is kept for the next start, and the first view is drawn in it.
    let app = app.restart(data.path()).await?;
    app.driver.query(By::Css("[data-testid=timeline]")).first().await?;
    assert_eq!(theme(&app).await?.0, "dark");
    app.open_view("settings").await?;
    assert_eq!(theme(&app).await?, ("dark".into(), true, "dark".into()));

    choose(&app, "light", "light").await?;
    assert_eq!(theme(&app).await?, ("light".into(), false, "light".into()));
    let app = app.restart(data.path()).await?;
    app.open_view("settings").await?;
    assert_eq!(theme(&app).await?, ("light".into(), false, "light".into()));

    // Back to the system's theme.
    app.click("[data-testid=theme-system]").await?;
    app.wait_until(|| async { Ok(theme(&app).await?.2 == "system") }).await?;
    assert_eq!(theme(&app).await?, ("light".into(), false, "system".into()));
    app.quit().await
}
