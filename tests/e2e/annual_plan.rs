//! The Plan view's timeline and the annual plan export, end to end: a campaign bar
//! dragged by a week takes its items along after a preview, undo brings them back;
//! Export writes one A4 page; the CLI exports without a window.

use std::collections::HashMap;
use std::path::Path;

use almanac_core::store::DATABASE_FILE;
use thirtyfour::prelude::*;

use crate::driver::App;

/// Each item of `campaign`: its day as a Julian day number (timed items with their time).
fn item_days(data: &Path, campaign: &str) -> HashMap<String, f64> {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).expect("the plan opens beside the app");
    let mut stmt = conn
        .prepare(
            "SELECT i.id, julianday(coalesce(i.all_day_date, i.starts_at)) FROM content_item i \
             JOIN campaign c ON c.id = i.campaign_id \
             WHERE c.name = ?1 AND coalesce(i.all_day_date, i.starts_at) IS NOT NULL",
        )
        .unwrap();
    let rows = stmt.query_map([campaign], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.map(Result::unwrap).collect()
}

/// The campaign of `year` with the most items still to go out (published and cancelled
/// items stay put), at least two weeks long so its bar has a middle to grab.
fn campaign_to_drag(data: &Path, year: i32) -> String {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).unwrap();
    conn.query_row(
        "SELECT c.name FROM campaign c JOIN content_item i ON i.campaign_id = c.id \
         WHERE c.start_date >= ?1 || '-01-01' AND c.end_date <= ?1 || '-12-24' \
           AND julianday(c.end_date) - julianday(c.start_date) >= 14 \
           AND i.status NOT IN ('published', 'cancelled') \
           AND coalesce(i.all_day_date, i.starts_at) IS NOT NULL \
         GROUP BY c.id ORDER BY count(*) DESC LIMIT 1",
        [year.to_string()],
        |r| r.get(0),
    )
    .unwrap()
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_campaign_bar_dragged_a_week_later_moves_its_items_and_undo_moves_them_back() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("plan").await?;
    let year: i32 = app.driver.find(By::Css("[data-testid=plan-year]")).await?.text().await?.parse().unwrap();
    let name = campaign_to_drag(data.path(), year);
    let before = item_days(data.path(), &name);

    let bar = app.driver.query(By::Css(format!("[data-testid='bar-{name}']"))).first().await?;
    bar.scroll_into_view().await?;
    let lane = app.driver.find(By::Css(".timeline .lane")).await?;
    let days_in_year = if chrono::NaiveDate::from_ymd_opt(year, 2, 29).is_some() { 366.0 } else { 365.0 };
    let week_px = (lane.rect().await?.width / days_in_year * 7.0).round() as i64;
    // Grab the bar in its middle (its edges resize) and move it a week to the right, in steps.
    app.driver
        .action_chain()
        .move_to_element_center(&bar)
        .click_and_hold()
        .move_by_offset(week_px / 2, 0)
        .move_by_offset(week_px - week_px / 2, 0)
        .release()
        .perform()
        .await?;

    // Nothing is written until the preview is confirmed.
    app.driver.query(By::Css("[data-testid=shift-dialog][open]")).first().await?;
    app.wait_until(|| async {
        let text = app.driver.find(By::Css("[data-testid=shift-preview]")).await?.text().await?;
        let moving: u32 = text.split(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        Ok(text.contains("move by 7 days later") && moving > 0)
    })
    .await?;
    assert_eq!(item_days(data.path(), &name), before, "the drop alone changes nothing");
    app.screenshot("13-plan-drag-preview").await?;
    app.driver.find(By::Css("[data-testid=shift-apply]")).await?.send_keys(Key::Enter).await?;
    app.wait_gone("[data-testid=shift-dialog][open]").await?;

    let after = item_days(data.path(), &name);
    let moved: Vec<f64> = before.iter().map(|(id, day)| after[id] - day).filter(|d| d.abs() > 1e-6).collect();
    assert!(!moved.is_empty(), "items moved with the campaign");
    for shift in &moved {
        // A week in the plan's zone: a timed item crossing a clock change moves 7 days ± 1 hour in UTC.
        assert!((shift - 7.0).abs() <= 1.0 / 24.0 + 1e-6, "an item moved by {shift} days, not a week");
    }
    app.screenshot("14-plan-dragged").await?;

    app.undo_and_wait("#plan-title-heading", "Undone: Move campaign").await?;
    assert_eq!(item_days(data.path(), &name), before, "undo puts every item back");
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_annual_plan_exports_from_the_plan_view_as_one_a4_page() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let out_dir = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    // A campaign renamed with characters no font on this laptop has (Linear A).
    let unprintable = "Christmas Drink Drive 𐘀𐘁";
    crate::languages::open_campaign(&app, "Christmas Drink Drive").await?;
    app.set_value("#campaign-name", unprintable).await?;
    app.click("[data-testid=campaign-save]").await?;
    app.wait_gone("[data-testid=campaign-dialog][open]").await?;
    app.open_view("plan").await?;
    app.click("[data-testid=plan-export]").await?;
    app.driver.query(By::Css("[data-testid=export-plan-dialog][open]")).first().await?;
    // The form suggests a new file in the Documents folder.
    app.wait_until(|| async {
        Ok(app.driver.find(By::Css("#export-path")).await?.prop("value").await?.unwrap_or_default().ends_with(".pdf"))
    })
    .await?;
    let suggested = app.driver.find(By::Css("#export-path")).await?.prop("value").await?.unwrap_or_default();
    assert!(suggested.starts_with(&app.documents.display().to_string()), "{suggested}");

    // A file of that name appeared meanwhile: the suggestion never replaces it.
    std::fs::write(&suggested, b"last year's plan")?;
    app.click("[data-testid=export-submit]").await?;
    let error = app.driver.query(By::Css("[data-testid=export-path-error]")).first().await?.text().await?;
    assert!(error.contains("already there"), "{error}");
    assert_eq!(std::fs::read(&suggested)?, b"last year's plan", "the existing file is untouched");

    // Saving elsewhere goes through the system's Save dialog.
    let out = out_dir.path().join("annual plan.pdf");
    app.click("[data-testid=export-choose]").await?;
    app.answer_file_dialog(&out);
    app.wait_until(|| async {
        let shown = app.driver.find(By::Css("#export-path")).await?.prop("value").await?.unwrap_or_default();
        Ok(shown == out.display().to_string())
    })
    .await?;
    app.driver.find(By::Css("#export-orientation-portrait")).await?.click().await?;
    app.click("[data-testid=export-submit]").await?;
    app.wait_until(|| async {
        Ok(app
            .driver
            .find(By::Css("[data-testid=export-result]"))
            .await?
            .text()
            .await?
            .starts_with("Saved one A4 page"))
    })
    .await?;
    app.driver.query(By::Css("[data-testid=export-open]")).first().await?;
    // The dialog names what prints as empty boxes, rather than leaving the team to find it.
    let note = app.driver.find_all(By::Css("[data-testid=unprintable]")).await?;
    if almanac_tests::installed_font_has('𐘀') {
        assert!(note.is_empty(), "a font of this laptop's prints it");
    } else {
        let said = note.first().expect("the unprintable name is named").text().await?;
        assert!(
            said.starts_with("One name uses characters no installed font has") && said.contains(unprintable),
            "{said}"
        );
    }
    app.screenshot("15-export-dialog").await?;
    let facts = almanac_tests::pdf_facts(&out);
    assert_eq!(facts.pages, 1);
    assert!(facts.height > facts.width, "portrait, as chosen");
    assert!(facts.text.contains("Westmark Police"), "the organisation is on the page");
    assert_eq!(std::fs::read_dir(out_dir.path())?.count(), 1, "only the PDF: no partial file, no folder");
    app.quit().await
}

#[test]
#[ignore = "needs the built app; run by the test script"]
fn the_cli_exports_the_plan_without_a_window_and_refuses_bad_arguments() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| crate::driver::run_cli(data.path(), args);

    let none = run(&["export", "plan", "--year", "2027", "--out", "/tmp/never-written.pdf"]);
    assert!(!none.status.success(), "no plan in the folder");
    assert!(String::from_utf8_lossy(&none.stderr).contains("there is no plan in"), "{none:?}");
    assert!(!data.path().join(DATABASE_FILE).exists(), "an export never creates a plan");

    assert!(run(&["sample", "--year", "2027"]).status.success());
    let out = data.path().join("plan.pdf");
    let out_arg = out.display().to_string();
    let ok = run(&[
        "export",
        "plan",
        "--year",
        "2027",
        "--out",
        &out_arg,
        "--orientation",
        "portrait",
        "--group-by",
        "brand",
    ]);
    assert!(ok.status.success(), "{ok:?}");
    assert!(String::from_utf8_lossy(&ok.stdout).contains("Wrote the 2027 annual plan"), "{ok:?}");
    let facts = almanac_tests::pdf_facts(&out);
    assert_eq!(facts.pages, 1);
    assert!(facts.height > facts.width);

    let sideways = run(&["export", "plan", "--year", "2027", "--out", &out_arg, "--orientation", "sideways"]);
    assert!(!sideways.status.success());
    assert!(String::from_utf8_lossy(&sideways.stderr).contains("sideways"), "clap names the bad value: {sideways:?}");
    let unwritable = run(&["export", "plan", "--year", "2027", "--out", "/no/such/folder/plan.pdf"]);
    assert!(!unwritable.status.success());
    assert!(String::from_utf8_lossy(&unwritable.stderr).contains("does not exist"), "{unwritable:?}");
    let no_year = run(&["export", "plan", "--year", "2040", "--out", &out_arg]);
    assert!(String::from_utf8_lossy(&no_year.stderr).contains("no plan for 2040"), "{no_year:?}");
    assert_eq!(almanac_tests::pdf_facts(&out).pages, 1, "failed exports left the good PDF as it was");

    // The briefing pack of a collaboration, by id.
    let conn = rusqlite::Connection::open(data.path().join(DATABASE_FILE)).unwrap();
    let id: String = conn.query_row("SELECT id FROM collaboration ORDER BY title LIMIT 1", [], |r| r.get(0)).unwrap();
    let brief = data.path().join("brief.pdf");
    let ok = run(&["export", "brief", "--collaboration", &id, "--out", &brief.display().to_string()]);
    assert!(ok.status.success(), "{ok:?}");
    assert_eq!(almanac_tests::pdf_facts(&brief).pages, 1);
    let unknown =
        run(&["export", "brief", "--collaboration", "0190f0f0-0000-7000-8000-00000000dead", "--out", "/tmp/b.pdf"]);
    assert!(!unknown.status.success() && String::from_utf8_lossy(&unknown.stderr).contains("not found"), "{unknown:?}");
}

/// A group of the timeline as drawn: its name, and each lane's bars with their text colour.
type DrawnGroup = (String, Vec<Vec<(String, String)>>);

/// `#rrggbb` as the web view reports an inline colour.
fn rgb(hex: &str) -> String {
    let c = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    format!("rgb({}, {}, {})", c(1), c(3), c(5))
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_plan_view_draws_the_timeline_the_core_lays_out_for_the_page() -> WebDriverResult<()> {
    use almanac_core::ops::year_timeline;
    use almanac_core::timeline::GroupBy;
    use almanac_core::Store;

    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("plan").await?;
    app.select_by_text("[data-testid=plan-group-by]", "Channel").await?;
    let year: i32 = app.driver.find(By::Css("[data-testid=plan-year]")).await?.text().await?.parse().unwrap();
    // What the annual plan's page is laid out from, read from the plan on disk.
    let store = Store::open_existing_dir(data.path()).expect("the plan opens beside the app");
    let core = year_timeline::year(&store, year, GroupBy::Channel, &almanac_core::ops::channels::label)
        .expect("the year's timeline");
    let expected: Vec<DrawnGroup> = core
        .groups
        .iter()
        .map(|g| {
            let lanes = g.lanes.iter().map(|l| l.iter().map(|b| (b.name.clone(), rgb(&b.ink))).collect()).collect();
            (g.name.clone(), lanes)
        })
        .collect();
    assert!(expected.iter().any(|(_, lanes)| lanes.len() > 1), "the sample has a group with several lanes");

    // The view draws the same groups, lanes, bars and text colours.
    let read_drawn = || async {
        let drawn: Vec<DrawnGroup> = app
            .driver
            .execute(
                "return [...document.querySelectorAll('.timeline .group')].map(g => [g.getAttribute('aria-label'), \
                 [...g.querySelectorAll('.lane')].map(l => [...l.querySelectorAll('.bar')] \
                 .map(b => [b.dataset.testid.slice(4), b.style.color]))]);",
                vec![],
            )
            .await?
            .convert()?;
        WebDriverResult::Ok(drawn)
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut drawn = read_drawn().await?;
    while drawn != expected && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        drawn = read_drawn().await?;
    }
    assert_eq!(drawn, expected, "the view draws the core's groups, lanes, bars and ink");
    // And the key dates the page lists: the view marks the same days (blackouts shaded).
    let ticks: usize =
        app.driver.execute("return document.querySelectorAll('.axis .tick').length;", vec![]).await?.convert()?;
    assert_eq!(ticks, core.marks.iter().filter(|m| !m.blackout).count());
    app.screenshot("12b-plan-by-channel").await?;
    app.quit().await
}
