//! Plan → An election was called…: on a sample year still to come, the proposal grouped
//! by campaign is the command line's dry run; a line's decision changed is asked again;
//! applied, nothing but the kept goes out in the period; one undo takes it all back.

use chrono::Datelike;
use serde_json::Value;
use thirtyfour::prelude::*;

use crate::driver::{run_cli, App};

/// The command line's proposal for the period, as JSON.
fn dry_run(data: &std::path::Path, from: &str, to: &str) -> Value {
    let args = ["replan", "election", "--name", "General election", "--from", from, "--to", to, "--dry-run", "--json"];
    let out = run_cli(data, &args);
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).expect("the dry run prints the proposal as JSON")
}

fn count(proposal: &Value, verdict: &str) -> u64 {
    proposal["counts"][verdict].as_u64().unwrap_or_default()
}

/// "Summer Roads · 12 items" for each campaign of the proposal, in its order.
fn group_heads(proposal: &Value) -> Vec<(String, usize)> {
    let groups = proposal["groups"].as_array().cloned().unwrap_or_default();
    groups
        .iter()
        .map(|g| (g["campaign"].as_str().unwrap_or_default().to_owned(), g["lines"].as_array().map_or(0, Vec::len)))
        .collect()
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn an_election_is_re_planned_from_the_plan_view_as_the_command_line_proposes_it() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let year = chrono::Utc::now().year() + 1;
    let out = run_cli(data.path(), &["sample", "--year", &year.to_string()]);
    assert!(out.status.success(), "{out:?}");
    // A sample year to come is planned as on 15 June: September is still to go out.
    let (from, to) = (format!("{year}-09-14"), format!("{year}-09-28"));
    let cli = dry_run(data.path(), &from, &to);
    let (held, kept) = (count(&cli, "held"), count(&cli, "kept"));
    assert!(held > 100, "the sample holds hundreds of items in a fortnight of September: {cli:.200}");

    let app = App::start(data.path()).await?;
    app.open_view("plan").await?;
    app.click("[data-testid=plan-election]").await?;
    app.type_into("[data-testid=election-name]", "General election").await?;
    app.type_date("#election-from", &from).await?;
    app.type_date("#election-to", &to).await?;
    app.click("[data-testid=election-propose]").await?;
    let counts = || async { app.driver.find(By::Css("[data-testid=election-counts]")).await?.text().await };
    let expected = format!("Held: {held} · Cancelled: {} · Kept: {kept}", count(&cli, "cancelled"));
    app.expect_eq("the proposal's totals", expected, counts).await?;
    // The same groups, in the same order, as the command line printed.
    let heads = app
        .fresh("the groups", || async {
            let mut heads = Vec::new();
            for summary in app.driver.find_all(By::Css("[data-testid=election-group] > summary")).await? {
                heads.push(summary.text().await?);
            }
            Ok(heads)
        })
        .await?;
    let from_cli = group_heads(&cli);
    assert_eq!(heads.len(), from_cli.len());
    for (shown, (campaign, lines)) in heads.iter().zip(&from_cli) {
        let name = if campaign.is_empty() { "Not in a campaign" } else { campaign.as_str() };
        assert!(shown.starts_with(name) && shown.contains(&format!("{lines} item")), "{shown} vs {campaign} ({lines})");
    }

    // A held line of the first campaign with one is kept for public safety, by keyboard.
    let groups = cli["groups"].as_array().cloned().unwrap_or_default();
    let with_hold = groups
        .iter()
        .position(|g| g["lines"].as_array().is_some_and(|l| l.iter().any(|l| l["verdict"]["action"] == "hold")))
        .expect("a campaign with a held line");
    app.click(&format!("details[data-testid=election-group]:nth-of-type({}) > summary", with_hold + 1)).await?;
    let line = "[data-testid=election-line][data-verdict=hold] select";
    let item = app.driver.query(By::Css("[data-testid=election-line][data-verdict=hold]")).first().await?;
    let item_id = item.attr("data-item-id").await?.unwrap_or_default();
    app.select_by_text(line, "Keep: public safety").await?;
    let expected = format!("Held: {} · Cancelled: {} · Kept: {}", held - 1, count(&cli, "cancelled"), kept + 1);
    app.expect_eq("the totals asked again", expected, counts).await?;
    let chosen = format!("[data-item-id='{item_id}']");
    app.expect_eq("the line's decision", Some("keep:publicSafety".to_owned()), || async {
        app.driver.find(By::Css(&chosen)).await?.attr("data-verdict").await
    })
    .await?;
    app.screenshot("70-election-proposal").await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:?}");

    app.click("[data-testid=election-apply]").await?;
    app.wait_gone("[data-testid=election-dialog][open]").await?;
    app.wait_until(|| async {
        let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
        Ok(status.starts_with("Re-planned for General election"))
    })
    .await?;
    // Only the kept still go out in the period: the hand-kept line is proposed again, the rest stay kept.
    let after = dry_run(data.path(), &from, &to);
    assert_eq!((count(&after, "held"), count(&after, "cancelled"), count(&after, "kept")), (1, 0, kept));

    app.undo_and_wait("#plan-title-heading", "Undone: Election called: General election").await?;
    let undone = dry_run(data.path(), &from, &to);
    assert_eq!(undone["counts"], cli["counts"], "one undo restores every item");
    app.quit().await
}
