//! Campaigns → a campaign's brief: the one-page PDF saved from the campaign's editor where
//! the app suggests, read back with poppler, and its e-mail text copied (or shown to copy
//! where the desktop has no clipboard).

use thirtyfour::prelude::*;

use crate::driver::App;
use crate::languages::open_campaign;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_campaigns_one_page_brief_is_saved_from_its_editor_and_its_email_text_copied() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    open_campaign(&app, "Behind the Badge").await?;
    let path = || async { app.driver.find(By::Css("#campaign-brief-path")).await?.prop("value").await };
    app.wait_until(|| async { Ok(path().await?.is_some_and(|p| !p.is_empty())) }).await?;
    let out = path().await?.unwrap_or_default();
    assert!(out.starts_with(&app.documents.display().to_string()), "{out}");
    assert!(out.ends_with("Campaign brief – Behind the Badge.pdf"), "{out}");
    app.click("[data-testid=campaign-brief-export]").await?;
    app.driver.query(By::Css("[data-testid=campaign-brief-result]")).first().await?;
    app.click("[data-testid=campaign-brief-email]").await?;
    let note = app.driver.query(By::Css("[data-testid=campaign-brief-section] [role=status]")).first().await?;
    let said = note.text().await?;
    assert!(said.contains("clipboard"), "{said}");
    if said.contains("not available") {
        let text = app.driver.find(By::Css("[data-testid=campaign-brief-email-text]")).await?.prop("value").await?;
        assert!(text.unwrap_or_default().starts_with("Behind the Badge — Campaign brief"), "shown to copy by hand");
    }
    app.driver
        .execute("document.querySelector('[data-testid=campaign-brief-section]').scrollIntoView();", vec![])
        .await?;
    app.screenshot("69-campaign-brief").await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:?}");
    // Read while the app's Documents folder is still there.
    let facts = almanac_tests::pdf_facts(std::path::Path::new(&out));
    assert_eq!(facts.pages, 1);
    for text in ["Behind the Badge", "OBJECTIVES AND KPIS", "Build trust and confidence", "APPROVALS OUTSTANDING"] {
        assert!(facts.text.contains(text), "“{text}” is on the page:\n{}", facts.text);
    }
    app.quit().await
}
