//! Collaborations end to end: a group of five partners joins a new collaboration,
//! three confirm, the tracker warns about the other two, and the briefing pack exports.

use thirtyfour::prelude::*;

use crate::driver::App;

/// The text of the tracker row of `title`.
async fn row_text(app: &App, title: &str) -> WebDriverResult<String> {
    let xpath = format!("//tr[@data-testid='collaboration-row'][.//button[normalize-space()='{title}']]");
    app.driver.query(By::XPath(xpath)).first().await?.text().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_group_of_five_joins_three_confirm_the_other_two_are_flagged_and_the_brief_exports() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("collaborations").await?;
    app.click("[data-testid=new-collaboration]").await?;
    app.driver.query(By::Css("[data-testid=collaboration-dialog][open]")).first().await?;

    let title = "Road safety Reel with five forces";
    app.type_into("#collab-title", title).await?;
    // Three days from now, in the plan's zone (London): inside the seven days partners have to confirm.
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).date_naive();
    app.type_date("#collab-go-live", &format!("{day}T10:00")).await?;
    app.select_by_text("[data-testid=collab-add-group]", "#IdentifyMe: five forces (5)").await?;
    // Link one of today's items, found by its date.
    let today = chrono::Utc::now().date_naive().to_string();
    app.type_into("[data-testid=collab-find-item]", &today).await?;
    let item = app.driver.query(By::Css("[data-testid=collab-items] input[type=checkbox]")).first().await?;
    let item_label = item.find(By::XPath("./..")).await?.text().await?;
    let item_title =
        item_label.split(" · ").nth(1).and_then(|t| t.rsplit_once(" (")).map(|(t, _)| t.to_string()).unwrap();
    item.click().await?;
    app.click("[data-testid=collab-add-group-button]").await?;
    let members = app.driver.find_all(By::Css("[data-testid=collab-partner]")).await?;
    assert_eq!(members.len(), 5, "the whole group joins");
    app.click("[data-testid=collab-save]").await?;
    app.wait_gone("[data-testid=collaboration-dialog][open]").await?;
    app.wait_until(|| async { Ok(row_text(&app, title).await?.contains("5 invited")) }).await?;

    // Three confirm.
    app.driver.query(By::XPath(format!("//button[normalize-space()='{title}']"))).first().await?.click().await?;
    app.driver.query(By::Css("[data-testid=collaboration-dialog][open]")).first().await?;
    for name in ["Police nationale", "Bundespolizei", "Politie"] {
        app.select_by_text(&format!("[data-testid='status-{name}']"), "Confirmed").await?;
    }
    app.click("[data-testid=collab-save]").await?;
    app.wait_gone("[data-testid=collaboration-dialog][open]").await?;
    app.wait_until(|| async {
        let text = row_text(&app, title).await?;
        Ok(text.contains("3 confirmed") && text.contains("2 of 5 partners have not confirmed"))
    })
    .await?;
    let text = row_text(&app, title).await?;
    assert!(text.contains("Police fédérale") && text.contains("An Garda Síochána"), "the two are named: {text}");
    app.screenshot("16-collaborations").await?;

    // The briefing pack.
    app.driver.query(By::XPath(format!("//button[normalize-space()='{title}']"))).first().await?.click().await?;
    app.driver.query(By::Css("[data-testid=collaboration-findings]")).first().await?;
    // The brief is saved as a new PDF in Documents, where the app suggests.
    let out = app.driver.find(By::Css("#brief-path")).await?.prop("value").await?.unwrap_or_default();
    assert!(out.starts_with(&app.documents.display().to_string()) && out.ends_with(".pdf"), "{out}");
    app.click("[data-testid=brief-export]").await?;
    app.driver.query(By::Css("[data-testid=brief-result]")).first().await?;
    app.screenshot("17-collaboration-dialog").await?;
    app.driver.find(By::Css("#collab-title")).await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=collaboration-dialog][open]").await?;

    // On the calendar the linked item wears the collaboration's badge, with its findings,
    // and the partner filter shows just the items of that partner's collaborations.
    app.open_view("calendar").await?;
    app.select_by_text("[data-testid=filter-partner]", "Bundespolizei").await?;
    app.wait_until(|| async {
        let events = app.driver.find_all(By::Css(".fc-event[data-item-id]")).await?;
        let mut titles = Vec::new();
        for e in &events {
            titles.push(e.attr("aria-label").await?.unwrap_or_default());
        }
        Ok(!titles.is_empty()
            && titles.iter().any(|t| t.contains(&item_title))
            && titles.iter().all(|t| t.contains(&format!("collaboration {title} with"))))
    })
    .await?;
    let badge = app.driver.query(By::Css(".fc-event[data-item-id] .collab-badge")).first().await?.text().await?;
    assert!(badge.starts_with("Collab ⚠"), "the badge shows the findings: {badge}");
    app.screenshot("18-calendar-partner-filter").await?;
    let facts = almanac_tests::pdf_facts(std::path::Path::new(&out));
    assert_eq!(facts.pages, 1);
    assert!(facts.text.contains(title) && facts.text.contains("Bundespolizei"), "{}", facts.text);
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_partner_spreadsheet_is_previewed_refused_with_a_bad_row_then_imported() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let csv = files.path().join("partners.csv");
    std::fs::write(
        &csv,
        "Organisation,Time zone,E-mail\nPolizia Locale Roma,Europe/Rome,\nGuardia Civil,Europe/Cadiz,\n",
    )?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("partners").await?;
    app.click("[data-testid=import-partners]").await?;
    app.click("[data-testid=import-choose]").await?;
    app.answer_file_dialog(&csv);
    app.wait_until(|| async {
        let summary = app.driver.find(By::Css("[data-testid=import-summary]")).await?.text().await?;
        Ok(summary.contains("1 row ready, 1 with errors"))
    })
    .await?;
    let submit = app.driver.find(By::Css("[data-testid=import-submit]")).await?;
    assert!(!submit.is_enabled().await?, "a file with a bad row cannot be imported");
    let table = app.driver.find(By::Css("[data-testid=import-dialog] table")).await?.text().await?;
    assert!(table.contains("Europe/Cadiz") && table.contains("not an IANA time zone"), "{table}");
    app.screenshot("19-import-preview").await?;

    std::fs::write(&csv, "Organisation,Time zone,E-mail\nPolizia Locale Roma,Europe/Rome,\nGuardia Civil,Europe/Madrid,prensa@example.es\n")?;
    app.click("[data-testid=import-preview]").await?;
    app.wait_until(|| async {
        let summary = app.driver.find(By::Css("[data-testid=import-summary]")).await?.text().await?;
        Ok(summary.starts_with("2 rows ready."))
    })
    .await?;
    app.click("[data-testid=import-submit]").await?;
    app.wait_gone("[data-testid=import-dialog][open]").await?;
    app.type_into("[data-testid=partner-search]", "Guardia Civil").await?;
    app.wait_until(|| async { Ok(app.driver.find_all(By::Css("[data-testid=partner-row]")).await?.len() == 1) })
        .await?;
    app.undo_and_wait("#partners-title", "Undone: Import 2 partners").await?;
    app.wait_until(|| async {
        let rows = app.driver.find_all(By::Css("[data-testid=partner-row]")).await?;
        Ok(rows.is_empty())
    })
    .await?;
    app.quit().await
}

#[test]
#[ignore = "needs the built app; run by the test script"]
fn the_cli_imports_partners_reporting_every_bad_row_and_a_dry_run_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| crate::driver::run_cli(data.path(), args);
    let plan = data.path().join(almanac_core::store::DATABASE_FILE);
    let count = || -> i64 {
        let conn = rusqlite::Connection::open(&plan).unwrap();
        conn.query_row("SELECT count(*) FROM partner", [], |r| r.get(0)).unwrap()
    };
    assert!(run(&["sample", "--year", "2027"]).status.success());
    let before = count();

    let bad = data.path().join("bad.csv");
    std::fs::write(
        &bad,
        "Name,Time zone\nPolitie Oost,Europe/Amsterdam\nGarda Síochána,Mars/Olympus\nPolitie Oost,UTC\n",
    )
    .unwrap();
    let bytes = std::fs::read(&plan).unwrap();
    let out = run(&["import", "partners", "--file", bad.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(stdout.contains("line 3: ") && stdout.contains("Mars/Olympus"), "{stdout}");
    assert!(stdout.contains("line 4: ") && stdout.contains("already"), "{stdout}");
    assert_eq!(count(), before, "nothing imported");
    assert_eq!(std::fs::read(&plan).unwrap(), bytes, "the plan file is unchanged");

    let good = data.path().join("good.csv");
    std::fs::write(&good, "Name,Time zone\nPolitie Oost,Europe/Amsterdam\nGarda Síochána,Europe/Dublin\n").unwrap();
    let dry = run(&["import", "partners", "--file", good.to_str().unwrap(), "--dry-run"]);
    assert!(dry.status.success(), "{dry:?}");
    assert!(String::from_utf8_lossy(&dry.stdout).contains("2 partners would be imported"), "{dry:?}");
    assert_eq!(count(), before, "a dry run writes nothing");

    let done = run(&["import", "partners", "--file", good.to_str().unwrap()]);
    assert!(done.status.success(), "{done:?}");
    assert_eq!(count(), before + 2);
    let missing = run(&["import", "partners", "--file", "/no/such/file.csv"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"), "{missing:?}");
}
