//! The planning grid on the sample plan: "+N" in the month opens the day in the grid, an
//! item dragged to another channel's cell changes its day and channel in one undoable
//! change, and the keyboard path (arrows, Enter, M) does the same.

use almanac_core::domain::ContentItem;
use almanac_core::ops::items;
use almanac_core::Store;
use serde_json::json;
use thirtyfour::prelude::*;

use crate::driver::{App, HELP_MENU};

fn item(dir: &std::path::Path, id: &str) -> ContentItem {
    let store = Store::open_existing_dir(dir).expect("store");
    items::get(&store, id).expect("item").item
}

/// A cell of the grid on screen with items, and a cell on screen of another row on a later
/// day, as (item id, source row, source day, target row, target day).
pub(crate) async fn drag_pair(app: &App) -> WebDriverResult<(String, String, String, String, String)> {
    let ret = app
        .driver
        .execute(
            "const grid = document.querySelector('[data-testid=grid]').getBoundingClientRect();
             const head = document.querySelector('[data-testid=grid] .corner').getBoundingClientRect();
             const inView = (r) => r.left >= head.right && r.right <= grid.right - 16 && r.top >= head.bottom && r.bottom <= grid.bottom - 16;
             const cells = [...document.querySelectorAll('[data-testid=grid] [data-cell]')].filter(c => inView(c.getBoundingClientRect()));
             const lineIn = (c) => [...c.querySelectorAll('.line')].find(l => inView(l.getBoundingClientRect()));
             const source = cells.find(c => lineIn(c) && cells.some(t => t.dataset.row !== c.dataset.row && t.dataset.day > c.dataset.day));
             const target = cells.find(t => t.dataset.row !== source.dataset.row && t.dataset.day > source.dataset.day);
             return [lineIn(source).dataset.itemId, source.dataset.row, source.dataset.day,
                     target.dataset.row, target.dataset.day];",
            vec![],
        )
        .await?;
    let v: Vec<String> = ret.convert()?;
    Ok((v[0].clone(), v[1].clone(), v[2].clone(), v[3].clone(), v[4].clone()))
}

/// The cell (`row|day`) the grid shows the item in, or "" while it is not shown.
pub(crate) async fn cell_of(app: &App, id: &str) -> WebDriverResult<String> {
    let ret = app
        .driver
        .execute(
            "const line = document.querySelector(`[data-testid=grid] [data-item-id='${arguments[0]}']`);
             const cell = line && line.closest('[data-cell]');
             return cell ? cell.dataset.row + '|' + cell.dataset.day : '';",
            vec![json!(id)],
        )
        .await?;
    ret.convert()
}

pub(crate) async fn wait_for_cell(app: &App, id: &str, row: &str, day: &str) -> WebDriverResult<()> {
    let want = format!("{row}|{day}");
    app.wait_until(|| async { Ok(cell_of(app, id).await? == want) }).await
}

/// Waits until the plan file has `id` in `row` on `day` (the grid draws a drop before the
/// move's answer).
pub(crate) async fn wait_in_plan(
    app: &App,
    dir: &std::path::Path,
    id: &str,
    row: &str,
    day: &str,
) -> WebDriverResult<()> {
    let want = (row.to_string(), day.to_string());
    app.wait_until(|| async { Ok(where_is(dir, id) == want) }).await
}

pub(crate) fn where_is(dir: &std::path::Path, id: &str) -> (String, String) {
    let it = item(dir, id);
    let day = it.schedule.local_date(chrono_tz::Europe::London).map(|d| d.to_string()).unwrap_or_default();
    (it.channel_id.to_string(), day)
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_grid_plans_a_dense_month_by_drag_and_by_keyboard() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    // Help → About names the version and the folder the plan is in (once it has asked the app).
    app.menu_dialog(HELP_MENU, 0, "[data-testid=about-dialog][open]").await?;
    let folder = app.driver.query(By::Css("[data-testid=about-data-dir]")).first().await?.text().await?;
    assert_eq!(folder, data.path().display().to_string());
    let version = app.driver.find(By::Css("[data-testid=about-version]")).await?.text().await?;
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    app.screenshot("39-about").await?;
    app.click("[data-testid=about-dialog] button.primary").await?;
    app.wait_gone("[data-testid=about-dialog][open]").await?;
    app.open_view("calendar").await?;

    // The month shows a dozen one-line items a day and each day's load; the last line of a
    // busy day says how many more it holds, and opens that day in the grid (by keyboard).
    app.driver.query(By::Css(".day-load")).first().await?;
    app.screenshot("40-month-dense").await?;
    let (day, lines, more, total): (String, usize, String, String) = app
        .driver
        .execute(
            "const more = document.querySelector('.fc-event.more-items');
             const cell = more.closest('td[data-date]');
             const lines = cell.querySelectorAll('.fc-event[data-item-id]').length;
             return [cell.dataset.date, lines, more.textContent.trim(), cell.querySelector('.day-total').textContent];",
            vec![],
        )
        .await?
        .convert()?;
    let hidden: usize = more.trim_start_matches('+').trim_end_matches(" more").parse().expect("“+N more”");
    assert_eq!(lines, 11, "eleven items and the +N line make a day's dozen");
    assert_eq!(
        lines + hidden,
        total.parse::<usize>().expect("a day total"),
        "+{hidden} more is what the day holds beyond its lines"
    );
    app.fresh("open the day in the grid", || async {
        app.driver.find(By::Css(format!("[data-testid=more-{day}]"))).await?.send_keys(Key::Enter).await
    })
    .await?;
    app.driver.query(By::Css("[data-testid=grid] .line")).first().await?;
    let heads: Vec<String> = app
        .driver
        .execute(
            "return [...document.querySelectorAll('[data-testid=grid] [data-cell]')].map(c => c.dataset.day);",
            vec![],
        )
        .await?
        .convert()?;
    assert!(heads.contains(&day), "the grid shows the day whose +N was clicked ({day})");
    assert!(app.driver.find(By::Css(".fc-popover")).await.is_err(), "no popover to scroll");
    // Each channel cell shows its use of the channel's daily limit.
    let uses = app.driver.find_all(By::Css("[data-testid=grid-use]")).await?;
    assert!(!uses.is_empty());
    assert!(uses[0].text().await?.contains('/'), "a cell reads like 3/4");
    app.screenshot("41-grid-week").await?;
    // A channel's use of its limit counts all its items, also those a filter hides.
    let uses_and_lines = || async {
        let ret = app
            .driver
            .execute(
                "return [Object.fromEntries([...document.querySelectorAll('[data-testid=grid] [data-cell]')]
                           .map(c => [c.dataset.testid, c.querySelector('[data-testid=grid-use]')?.textContent ?? ''])),
                         document.querySelectorAll('[data-testid=grid] .line').length];",
                vec![],
            )
            .await?;
        ret.convert::<(std::collections::BTreeMap<String, String>, usize)>()
    };
    let (unfiltered, lines) = uses_and_lines().await?;
    app.select_by_text("[data-testid=filter-campaign]", "Wanted Wednesday").await?;
    app.wait_until(|| async { Ok(uses_and_lines().await?.1 < lines) }).await?;
    // The grid draws the rows on screen only, and shorter rows shift which: compare the cells
    // drawn both times.
    let filtered = uses_and_lines().await?.0;
    let both: Vec<&String> = filtered.keys().filter(|k| unfiltered.contains_key(*k)).collect();
    assert!(both.len() >= 14, "two weeks of channel cells at least: {both:?}");
    for cell in both {
        assert_eq!(filtered[cell], unfiltered[cell], "{cell}: the filter changes the lines, not the channel's use");
    }
    app.select_by_text("[data-testid=filter-campaign]", "All campaigns").await?;
    app.wait_until(|| async { Ok(uses_and_lines().await?.1 == lines) }).await?;

    // Drag an item to another channel's cell, a later day: one change, both written.
    let (id, _, from_day, to_row, to_day) = drag_pair(&app).await?;
    let before = where_is(data.path(), &id);
    assert_eq!(before.1, from_day);
    let line = By::Css(format!("[data-testid=grid-item-{id}]"));
    let target = By::Css(format!("[data-testid=grid-cell-{to_row}-{to_day}]"));
    app.drag(line.clone(), target.clone()).await?;
    // The line is drawn in its new cell at the drop; the undo button names the move once it is made.
    wait_for_cell(&app, &id, &to_row, &to_day).await?;
    app.wait_until(|| async {
        let undo =
            app.driver.execute("return document.querySelector('[data-testid=undo]').textContent.trim();", vec![]);
        Ok(undo.await?.convert::<String>()?.starts_with("Undo: Move"))
    })
    .await?;
    assert_eq!(where_is(data.path(), &id), (to_row.clone(), to_day.clone()), "the row in the plan file");
    app.screenshot("42-grid-dragged").await?;

    // Undo puts day and channel back together.
    app.undo_and_wait("[data-testid=grid-title]", "Undone: Move").await?;
    app.wait_until(|| async { Ok(where_is(data.path(), &id) == before) }).await?;
    wait_for_cell(&app, &id, &before.0, &before.1).await?;

    // A pen (a convertible's stylus) drags the same way: pointer events of type "pen".
    app.pen_drag(line, target).await?;
    wait_for_cell(&app, &id, &to_row, &to_day).await?;
    assert_eq!(where_is(data.path(), &id), (to_row.clone(), to_day.clone()), "moved by pen");
    app.undo_and_wait("[data-testid=grid-title]", "Undone: Move").await?;
    app.wait_until(|| async { Ok(where_is(data.path(), &id) == before) }).await?;
    wait_for_cell(&app, &id, &before.0, &before.1).await?;

    // The keyboard path: focus the item's cell, arrows move between cells, Enter goes into
    // the items, M opens "Move to…" with the day and the channel.
    let cell = format!("[data-testid=grid-cell-{}-{}]", before.0, before.1);
    app.driver.execute("document.querySelector(arguments[0]).focus();", vec![json!(cell)]).await?;
    let focused = || async {
        let ret = app.driver.execute("return document.activeElement.dataset.testid || '';", vec![]).await?;
        ret.convert::<String>()
    };
    app.driver.active_element().await?.send_keys(Key::Right).await?;
    assert_ne!(focused().await?, format!("grid-cell-{}-{}", before.0, before.1), "the right arrow moved on");
    app.driver.active_element().await?.send_keys(Key::Left).await?;
    assert_eq!(focused().await?, format!("grid-cell-{}-{}", before.0, before.1), "and the left arrow back");
    app.driver.active_element().await?.send_keys(Key::Enter).await?;
    let in_cell = focused().await?;
    assert!(in_cell.starts_with("grid-item-"), "Enter focuses the cell's first item, not {in_cell}");
    let moving = in_cell.trim_start_matches("grid-item-").to_string();
    app.driver.active_element().await?.send_keys("m").await?;
    app.driver.query(By::Css("[data-testid=move-dialog][open]")).first().await?;
    app.type_date("#move-date", &to_day).await?;
    app.driver
        .execute(
            "const s = document.querySelector('#move-channel'); s.value = arguments[0]; s.dispatchEvent(new Event('change', {bubbles: true}));",
            vec![json!(to_row)],
        )
        .await?;
    app.screenshot("43-grid-move-to").await?;
    app.driver.find(By::Css("[data-testid=move-submit]")).await?.send_keys(Key::Enter).await?;
    app.wait_gone("[data-testid=move-dialog][open]").await?;
    wait_for_cell(&app, &moving, &to_row, &to_day).await?;
    assert_eq!(where_is(data.path(), &moving), (to_row, to_day));

    // Rows by campaign instead of channel.
    app.select_by_text("[data-testid=grid-rows]", "Campaigns").await?;
    app.driver.query(By::XPath("//div[@role='columnheader'][normalize-space()='Campaigns']")).first().await?;
    let rows = app.driver.find(By::Css("[data-testid=grid]")).await?.attr("aria-rowcount").await?.unwrap_or_default();
    assert!(rows.parse::<u32>().unwrap_or(0) > 2, "a row per running campaign and one for none: {rows}");
    app.screenshot("44-grid-campaigns").await?;
    app.quit().await
}
