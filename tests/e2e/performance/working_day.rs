//! A working day in one window, measured: on the agency plan in the release build, rounds
//! of what a comms officer does all day (the month forward and back, the grid, a drag and
//! its undo, then Plan, Results and Approvals), the process tree's memory read after each
//! round. Printed as `BENCH` lines, not asserted: the curve, and how much the window grew
//! from the tenth round (after the warm-up) to the last, in all and by process.

use serde_json::json;
use thirtyfour::prelude::*;

use super::{agency_plan, measured_binary, tree_memory, Memory};
use crate::driver::{trace, App};
use crate::grid::{drag_pair, wait_for_cell};

/// The rounds of a day (`ALMANAC_WORKING_DAY_ROUNDS` sets fewer, for a quicker run).
const ROUNDS: usize = 100;
/// The rounds before the one growth is measured from (caches filling, code compiled).
const WARM_UP: usize = 10;

fn rounds() -> usize {
    std::env::var("ALMANAC_WORKING_DAY_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(ROUNDS).max(WARM_UP + 1)
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn benchmark_a_working_day_in_one_window() -> WebDriverResult<()> {
    let (data, marker) = agency_plan()?;
    let app = App::launch_binary(measured_binary(), vec![json!("--data-dir"), json!(data.path())]).await?;
    let started = std::time::Instant::now();
    let rounds = rounds();
    let mut curve: Vec<Memory> = Vec::with_capacity(rounds);
    for round in 1..=rounds {
        one_round(&app).await?;
        curve.push(tree_memory(&marker));
        if round % 10 == 0 {
            trace(&format!("working day: round {round}, PSS {:.0} MiB", curve[round - 1].pss));
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    app.quit().await?;

    let (from, to) = (&curve[WARM_UP - 1], &curve[rounds - 1]);
    eprintln!("BENCH working day: {rounds} rounds in {seconds:.0} s (month forward and back, grid, a drag, its undo, Plan, Results, Approvals)");
    let points: Vec<String> = curve
        .iter()
        .enumerate()
        .filter(|(n, _)| (n + 1) % 10 == 0)
        .map(|(n, m)| format!("{}:{:.0}", n + 1, m.pss))
        .collect();
    eprintln!("BENCH working day: PSS (MiB) after rounds {}", points.join(" "));
    eprintln!(
        "BENCH working day: PSS grew {:+.1} MiB from round {WARM_UP} to round {rounds} ({:.0} → {:.0}); by process: {}",
        to.pss - from.pss,
        from.pss,
        to.pss,
        growth_by_process(from, to)
    );
    Ok(())
}

/// Each process's growth between two readings.
fn growth_by_process(from: &Memory, to: &Memory) -> String {
    let before = |name: &str| from.by_process.iter().find(|(n, _)| n == name).map_or(0.0, |(_, pss)| *pss);
    to.by_process.iter().map(|(name, pss)| format!("{name} {:+.1}", pss - before(name))).collect::<Vec<_>>().join(", ")
}

/// One round of the day: each step waits for what a person waits for before the next.
async fn one_round(app: &App) -> WebDriverResult<()> {
    app.open_view("calendar").await?;
    for button in [".fc-next-button", ".fc-prev-button"] {
        let title = app.driver.find(By::Css(".fc-toolbar-title")).await?.text().await?;
        app.click(button).await?;
        app.wait_until(|| async {
            let now = app.driver.find(By::Css(".fc-toolbar-title")).await?.text().await?;
            Ok(now != title && !app.driver.find_all(By::Css(".fc-daygrid-day .fc-event")).await?.is_empty())
        })
        .await?;
    }
    app.open_grid().await?;
    let (id, row, day, to_row, to_day) = drag_pair(app).await?;
    let line = By::Css(format!("[data-testid=grid-item-{id}]"));
    let target = By::Css(format!("[data-testid=grid-cell-{to_row}-{to_day}]"));
    app.drag(line, target).await?;
    wait_for_cell(app, &id, &to_row, &to_day).await?;
    app.driver.find(By::Css("[data-testid=grid-title]")).await?.click().await?;
    app.driver.action_chain().key_down(Key::Control).send_keys("z").key_up(Key::Control).perform().await?;
    wait_for_cell(app, &id, &row, &day).await?;
    for view in ["plan", "results", "approvals"] {
        app.open_view(view).await?;
    }
    Ok(())
}
