//! The audit trail end to end: an item is moved into the sample's pre-election blackout,
//! then Export → Audit trail, given that blackout's period, lists every item dated in it
//! (as the plan holds them), with the move as the moment the item was first planned for
//! its day; the PDF of the same period has one page per 40 items.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use almanac_core::store::DATABASE_FILE;
use serde_json::json;
use thirtyfour::prelude::*;

use crate::driver::{invoke, run_cli, App, EXPORT_MENU};

/// The Export menu's Audit trail item.
const AUDIT_ITEM: usize = 4;

/// The blackout's name and days, and an item dated after it that can move into it.
fn blackout_and_item(data: &Path) -> (String, String, String, String, String) {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).unwrap();
    let (name, from, to): (String, String, String) = conn
        .query_row(
            "SELECT name, starts_on, ends_on FROM key_date WHERE blackout_level IS NOT NULL ORDER BY starts_on LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    let (id, title): (String, String) = conn
        .query_row(
            "SELECT id, title FROM content_item WHERE coalesce(all_day_date, substr(starts_at, 1, 10)) > ?1 \
             AND status IN ('idea', 'draft', 'inReview') AND title NOT LIKE '%’%' AND title NOT LIKE '%\"%' LIMIT 1",
            [&to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    (name, from, to, id, title)
}

/// The ids of the items the plan holds dated from `from` to `to` on the plan's clock.
fn dated_in(data: &Path, from: &str, to: &str) -> BTreeSet<String> {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).unwrap();
    let zone: chrono_tz::Tz =
        conn.query_row("SELECT time_zone FROM settings", [], |r| r.get::<_, String>(0)).unwrap().parse().unwrap();
    let mut stmt = conn.prepare("SELECT id, all_day_date, starts_at FROM content_item").unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<String>>(2)?)))
        .unwrap();
    let day_of = |all_day: Option<String>, at: Option<String>| {
        all_day.or_else(|| {
            let utc = chrono::DateTime::parse_from_rfc3339(&at?).ok()?;
            Some(utc.with_timezone(&zone).date_naive().to_string())
        })
    };
    rows.map(Result::unwrap)
        .filter_map(|(id, all_day, at)| {
            day_of(all_day, at).filter(|d| d.as_str() >= from && d.as_str() <= to).map(|_| id)
        })
        .collect()
}

async fn export(app: &App, format: &str) -> WebDriverResult<String> {
    app.click(&format!("input[name=audit-format][value={format}]")).await?;
    app.wait_gone("[data-testid=audit-open]").await?;
    app.wait_until(|| async {
        let path = app.driver.find(By::Css("#audit-path")).await?.prop("value").await?.unwrap_or_default();
        Ok(path.ends_with(&format!(".{format}")))
    })
    .await?;
    app.click("[data-testid=audit-submit]").await?;
    app.driver.query(By::Css("[data-testid=audit-open]")).first().await?;
    Ok(app.driver.find(By::Css("#audit-path")).await?.prop("value").await?.unwrap_or_default())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_audit_of_a_blackout_lists_its_items_and_when_each_was_first_planned_for_its_day() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    let (blackout, from, to, id, title) = blackout_and_item(data.path());
    let to_move = json!({ "id": id, "to": { "when": { "kind": "allDay", "date": from }, "reassign": null } });
    invoke(&app, "move_item", to_move).await?.expect("the move");

    app.menu_dialog(EXPORT_MENU, AUDIT_ITEM, "[data-testid=audit-dialog][open]").await?;
    // The window writes the period's days as British English does ("16 Apr 2026").
    let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap().format("%-d %b %Y").to_string();
    app.select_by_text("[data-testid=audit-period]", &format!("{blackout} ({} to {})", day(&from), day(&to))).await?;
    let shown = app.date_value("#audit-from").await?;
    assert_eq!(shown, from, "the period fills the window");
    assert!(app.accessibility_violations().await?.is_empty(), "{:?}", app.accessibility_violations().await?);
    let csv_path = export(&app, "csv").await?;
    app.screenshot("32-audit-dialog").await?;

    let bytes = std::fs::read(&csv_path)?;
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "Excel's byte-order mark");
    let mut reader = csv::ReaderBuilder::new().from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
    let items: BTreeSet<String> = rows.iter().map(|r| r[8].to_string()).collect();
    assert_eq!(items, dated_in(data.path(), &from, &to), "every item dated in the blackout, and only those");
    assert!(rows.iter().all(|r| r[3][..10] >= *from && r[3][..10] <= *to), "and none outside it");
    let first = rows.iter().find(|r| r[8] == *id).expect("the moved item is listed");
    assert!(first[7].starts_with("First planned for this date: Moved from"), "{first:?}");
    let named = first[6].strip_prefix("Move “").map(|t| t.trim_end_matches(['”', '…']));
    assert!(named.is_some_and(|t| title.starts_with(t)), "the action names the move: {first:?}");

    // The command line writes the same trail, as a script for the records officer would.
    let cli_csv = data.path().join("audit-cli.csv");
    let cli = run_cli(data.path(), &["audit", "--from", &from, "--to", &to, "--out", cli_csv.to_str().unwrap()]);
    assert!(cli.status.success(), "{cli:?}");
    assert!(String::from_utf8_lossy(&cli.stdout).contains(&format!("audit trail of {} items", items.len())));
    let cli_bytes = std::fs::read(&cli_csv)?;
    let cli_rows: Vec<csv::StringRecord> =
        csv::ReaderBuilder::new().from_reader(&cli_bytes[3..]).records().collect::<Result<_, _>>().unwrap();
    assert_eq!(cli_rows, rows, "the same rows as the app's export");
    let refused = run_cli(data.path(), &["audit", "--from", &to, "--to", &from, "--out", cli_csv.to_str().unwrap()]);
    assert!(!refused.status.success() && String::from_utf8_lossy(&refused.stderr).contains("before the first day"));

    let pdf_path = export(&app, "pdf").await?;
    let info = Command::new("pdfinfo").arg(&pdf_path).output()?;
    let pages = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse::<usize>().unwrap()))
        .unwrap();
    assert_eq!(pages, items.len().div_ceil(40), "40 items a page");
    let text = Command::new("pdftotext").args(["-layout", &pdf_path, "-"]).output()?;
    // The plan's locale (British English) writes the days in full.
    let in_full = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap().format("%-d %B %Y").to_string();
    let period = format!("{} to {}", in_full(&from), in_full(&to));
    assert!(String::from_utf8_lossy(&text.stdout).contains(&period), "the period heads each page");
    app.quit().await
}
