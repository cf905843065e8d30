//! A hostile web view: commands called straight through the IPC bridge from the page,
//! as injected script would, with paths the user never chose. Each is refused with a
//! typed error and the file it names keeps its bytes.

use serde_json::{json, Value};
use thirtyfour::prelude::*;

use crate::driver::{invoke, App};

fn assert_refused(answer: Result<Value, Value>, what: &str) {
    match answer {
        Err(err) => {
            assert_eq!(err["code"], "validation", "{what}: {err}");
            assert_eq!(err["field"], "path", "{what}: {err}");
        }
        Ok(ok) => panic!("{what} was accepted: {ok}"),
    }
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn commands_called_from_the_page_with_unchosen_paths_are_refused_and_touch_nothing() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let home = tempfile::tempdir()?;
    let bashrc = home.path().join(".bashrc");
    let report = home.path().join("report.pdf");
    std::fs::write(&bashrc, b"export PATH=$HOME/bin:$PATH\n")?;
    std::fs::write(&report, b"%PDF-1.7 a report the user keeps")?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    let options = json!({ "year": 2027, "orientation": "landscape", "groupBy": "objective" });
    let conn = rusqlite::Connection::open(data.path().join(almanac_core::store::DATABASE_FILE)).unwrap();
    let collaboration: String = conn.query_row("SELECT id FROM collaboration LIMIT 1", [], |r| r.get(0)).unwrap();

    for target in [&bashrc, &report] {
        let path = target.display().to_string();
        let plan = invoke(&app, "export_annual_plan", json!({ "options": options, "path": path })).await?;
        assert_refused(plan, &format!("export_annual_plan to {path}"));
        let brief = invoke(&app, "export_brief", json!({ "id": collaboration, "path": path })).await?;
        assert_refused(brief, &format!("export_brief to {path}"));
        assert_refused(invoke(&app, "open_exported", json!({ "path": path })).await?, "open_exported");
    }
    for path in ["/etc/passwd", "/etc/hostname.csv"] {
        let preview = invoke(&app, "preview_partner_import", json!({ "path": path, "mapping": null })).await?;
        assert_refused(preview, &format!("preview_partner_import of {path}"));
        let import = invoke(&app, "import_partners", json!({ "path": path, "mapping": { "columns": [] } })).await?;
        assert_refused(import, &format!("import_partners of {path}"));
    }
    // A suggestion is always a PDF inside Documents, whatever name the page asks for.
    let suggested = invoke(&app, "suggest_export_path", json!({ "fileName": "../../.bashrc" })).await?;
    let suggested = suggested.expect("a suggestion").as_str().unwrap_or_default().to_string();
    let inside = std::path::Path::new(&suggested).parent() == Some(app.documents.as_path());
    assert!(inside && suggested.ends_with(".pdf"), "{suggested}");

    assert_eq!(std::fs::read(&bashrc)?, b"export PATH=$HOME/bin:$PATH\n", ".bashrc keeps its bytes");
    assert_eq!(std::fs::read(&report)?, b"%PDF-1.7 a report the user keeps", "the report keeps its bytes");
    assert_eq!(std::fs::read_dir(home.path())?.count(), 2, "no file was added beside them");
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_damaged_plan_opens_a_window_that_says_so_and_restores_a_backup_beside_it() -> WebDriverResult<()> {
    use almanac_core::store::DATABASE_FILE;
    let data = tempfile::tempdir()?;
    let made = crate::driver::run_cli(data.path(), &["sample", "--year", "2027"]);
    assert!(made.status.success(), "{made:?}");
    let plan = data.path().join(DATABASE_FILE);
    std::fs::copy(&plan, data.path().join(format!("{DATABASE_FILE}.schema-4.20270101T090000.bak")))?;
    let noise: Vec<u8> = (0..65_536u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
    std::fs::write(&plan, &noise)?;

    let app = App::start(data.path()).await?;
    let message = app.driver.query(By::Css("[data-testid=recovery-message]")).first().await?.text().await?;
    assert!(message.contains("cannot be opened") && message.contains("not an SQLite database"), "{message}");
    assert_eq!(std::fs::read(&plan)?, noise, "the damaged file is left as it is");
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:#?}");
    app.screenshot("20-recovery").await?;

    app.click("[data-testid=restore-backup]").await?;
    app.driver.query(By::Css("[data-testid=nav-plan]")).first().await?;
    let kept: Vec<String> = std::fs::read_dir(data.path())?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.starts_with(&format!("{DATABASE_FILE}.damaged-")))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept beside the plan: {kept:?}");
    assert_eq!(std::fs::read(data.path().join(&kept[0]))?, noise);
    app.open_view("campaigns").await?;
    app.driver.query(By::Css("[data-testid=campaign-row]")).first().await?;
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_second_start_on_the_same_plan_brings_the_first_window_forward_instead_of_opening_another(
) -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    // A second window would never exit: give it 20 s, then fail (and close it).
    let mut second =
        crate::driver::cli().arg("--data-dir").arg(data.path()).stdout(std::process::Stdio::piped()).spawn()?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while second.try_wait()?.is_none() {
        if std::time::Instant::now() > deadline {
            let _ = second.kill();
            panic!("the second start opened a window of its own instead of exiting");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let second = second.wait_with_output()?;
    assert!(second.status.success(), "{second:?}");
    // The first window heard the second start, with its arguments.
    let log = data.path().join("logs").join("almanac.log");
    app.wait_until(|| async {
        let said = std::fs::read_to_string(&log).unwrap_or_default();
        Ok(said.contains("a second start on this plan brought the window forward")
            && said.contains(&format!("\"--data-dir\", \"{}\"", data.path().display())))
    })
    .await?;
    // Nor does the command line put a copy in place of the plan under the open window.
    let restore = crate::driver::run_cli(data.path(), &["restore", "--file", "/nonexistent/copy.sqlite3"]);
    assert!(!restore.status.success());
    let said = String::from_utf8_lossy(&restore.stderr);
    assert!(said.contains("is open on"), "{said}");
    let pattern = format!("almanac --data-dir {}", data.path().display());
    let running = std::process::Command::new("pgrep").args(["-c", "-f", &pattern]).output()?;
    assert_eq!(String::from_utf8_lossy(&running.stdout).trim(), "1", "one window on the plan");
    // The first window carries on.
    app.open_view("calendar").await?;
    app.driver.query(By::Css(".fc-event")).first().await?;
    app.quit().await
}
