//! End-to-end tests: the built app, driven through tauri-driver and
//! WebKitWebDriver, each run on a fresh data folder. Run under Xvfb:
//! `xvfb-run -a cargo test -p almanac-tests --test e2e -- --ignored --test-threads=1`
//! with `ALMANAC_APP` (the app built with `--features custom-protocol`) and
//! `TAURI_DRIVER` (the tauri-driver binary) set; the test script does this.

mod annual_plan;
mod appearance;
mod approvals;
mod audit;
mod backups;
mod caldav;
mod campaign_brief;
mod collaborations;
mod comments;
mod date_field;
mod desktop;
mod driver;
mod election;
mod exports;
mod grid;
mod imports;
mod keyboard_day;
mod languages;
mod navigation;
mod package;
mod performance;
mod pointer;
mod reminders;
mod requests;
mod results;
mod scheduling;
mod session;
mod team_server;
mod team_sync;
mod trust;
mod web_page;

use std::time::Duration;

use driver::{event_titled, App};
use thirtyfour::prelude::*;

/// The day `n` of the month the calendar opens on, as `YYYY-MM-DD`.
async fn day_of_shown_month(app: &App, n: u32) -> WebDriverResult<String> {
    let ret = app.driver.execute("return document.querySelector('.fc-day-today').dataset.date;", vec![]).await?;
    let today: String = ret.convert()?;
    Ok(format!("{}-{n:02}", &today[..7]))
}

/// The day cell the event titled `title` sits in, or "" while it is not shown.
async fn event_day(app: &App, title: &str) -> WebDriverResult<String> {
    let ret = app
        .driver
        .execute(
            "const t = [...document.querySelectorAll('.fc-event .item-title')].find(e => e.textContent === arguments[0]);
             return t ? t.closest('td[data-date]').dataset.date : '';",
            vec![serde_json::json!(title)],
        )
        .await?;
    ret.convert()
}

async fn wait_for_event_on(app: &App, title: &str, day: &str) -> WebDriverResult<()> {
    app.wait_until(|| async { Ok(event_day(app, title).await? == day) }).await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn plan_an_item_drag_it_restart_move_it_by_keyboard_and_undo() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;

    // First run: load the sample plan.
    app.load_sample().await?;
    app.screenshot("01-sample-plan").await?;

    // A campaign through the UI.
    app.open_view("campaigns").await?;
    app.click("[data-testid=new-campaign]").await?;
    let start = day_of_shown_month_from_campaigns(&app).await?;
    app.type_into("#campaign-name", "Winter Wheels").await?;
    app.type_into("#campaign-hashtags", "#WinterWheels").await?;
    app.type_date("#campaign-start", &format!("{start}-01")).await?;
    app.type_date("#campaign-end", &format!("{start}-28")).await?;
    app.click("[data-testid=campaign-save]").await?;
    app.wait_gone("[data-testid=campaign-dialog][open]").await?;
    app.driver.query(By::XPath("//tr[@data-testid='campaign-row']//button[text()='Winter Wheels']")).first().await?;
    app.screenshot("01b-campaigns").await?;

    // An item in that campaign, on the 10th, through the item dialog.
    app.open_view("calendar").await?;
    app.driver.query(By::Css(".fc-day-today")).first().await?;
    let tenth = day_of_shown_month(&app, 10).await?;
    let twelfth = day_of_shown_month(&app, 12).await?;
    let fifteenth = day_of_shown_month(&app, 15).await?;
    app.click("[data-testid=new-item]").await?;
    app.type_into("#item-title", "Winter tyres reel").await?;
    app.select_by_text("#item-campaign", "Winter Wheels").await?;
    app.type_date("#item-date", &tenth).await?;
    app.click("[data-testid=item-save]").await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;
    // Show only the campaign, so its one item is not folded into "+N more".
    app.select_by_text("[data-testid=filter-campaign]", "Winter Wheels").await?;
    wait_for_event_on(&app, "Winter tyres reel", &tenth).await?;

    // Drag it to the 12th.
    let target = By::Css(format!("td.fc-daygrid-day[data-date='{twelfth}'] .fc-daygrid-day-frame"));
    app.drag(event_titled("Winter tyres reel"), target).await?;
    wait_for_event_on(&app, "Winter tyres reel", &twelfth).await?;
    app.screenshot("02-dragged").await?;

    // Kill the app (no clean shutdown) and start it again: the move was committed.
    app.kill(data.path());
    let app = App::start(data.path()).await?;
    // The app opens on the Plan, its home view.
    app.driver.query(By::Css("[data-testid=timeline]")).first().await?;
    app.open_view("calendar").await?;
    app.select_by_text("[data-testid=filter-campaign]", "Winter Wheels").await?;
    // The dragged date survived the restart.
    wait_for_event_on(&app, "Winter tyres reel", &twelfth).await?;

    // "Move to…" by keyboard: focus the item, press M, choose the 15th, press Enter on Move.
    // The calendar may redraw once more as the app settles (collaboration badges arrive),
    // replacing the focused item: focus it again until M opens the dialog.
    for attempt in 0.. {
        app.driver
            .execute(
                "[...document.querySelectorAll('.fc-event')].find(e => e.textContent.includes('Winter tyres reel')).focus();",
                vec![],
            )
            .await?;
        // The item redrawn between the focus and the key is a stale element: try again.
        match app.driver.active_element().await?.send_keys("m").await {
            Err(e) if matches!(*e, thirtyfour::error::WebDriverErrorInner::StaleElementReference(_)) => {
                assert!(attempt < 4, "the focused item kept being redrawn");
                continue;
            }
            sent => sent?,
        }
        let open = app
            .driver
            .query(By::Css("[data-testid=move-dialog][open]"))
            .wait(Duration::from_secs(3), Duration::from_millis(150))
            .exists()
            .await?;
        if open {
            break;
        }
        assert!(attempt < 4, "M on the focused item did not open Move to…");
    }
    app.type_date("#move-date", &fifteenth).await?;
    app.driver.find(By::Css("[data-testid=move-submit]")).await?.send_keys(Key::Enter).await?;
    app.wait_gone("[data-testid=move-dialog][open]").await?;
    wait_for_event_on(&app, "Winter tyres reel", &fifteenth).await?;
    app.screenshot("03-moved-by-keyboard").await?;

    // Undo (Ctrl+Z) puts it back on the 12th.
    app.driver.find(By::Css("[data-testid=calendar] .fc-toolbar-title")).await?.click().await?;
    app.driver.action_chain().key_down(Key::Control).send_keys("z").key_up(Key::Control).perform().await?;
    wait_for_event_on(&app, "Winter tyres reel", &twelfth).await?;
    let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
    assert!(status.starts_with("Undone: Move"), "the status line says what was undone: {status}");
    app.screenshot("04-undone").await?;
    app.quit().await
}

/// `YYYY-MM` of the month the calendar opens on, read before the calendar is shown.
async fn day_of_shown_month_from_campaigns(app: &App) -> WebDriverResult<String> {
    let ret = app
        .driver
        .execute(
            "const p = new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/London', year: 'numeric', month: '2-digit'}).formatToParts(new Date());
             return p.find(x => x.type === 'year').value + '-' + p.find(x => x.type === 'month').value;",
            vec![],
        )
        .await?;
    ret.convert()
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_bad_item_shows_the_error_next_to_its_field_and_saves_nothing() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.click("[data-testid=new-item]").await?;
    app.type_into("#item-title", "   ").await?;
    app.click("[data-testid=item-save]").await?;
    let error = app.driver.query(By::Css("[data-testid=item-title-error]")).first().await?;
    assert_eq!(error.text().await?, "is required");
    app.screenshot("00-validation").await?;
    assert!(app.driver.find(By::Css("[data-testid=item-dialog][open]")).await.is_ok(), "the dialog stays open");
    // The dialog is modal, so the page behind it is inert: read the button's text directly.
    let undo = app.driver.find(By::Css("[data-testid=undo]")).await?.prop("textContent").await?.unwrap_or_default();
    assert_eq!(undo.trim(), "Undo: Load sample plan", "nothing was written");

    // The copy is counted as the channel's network counts it, while it is written: on X a
    // tracked link is 23 and Japanese counts double.
    let script =
        "return [...document.querySelectorAll('#item-channel option')].map(o => o.text).find(t => t.startsWith('X '));";
    let x = app.driver.execute(script, vec![]).await?.convert::<String>()?;
    app.select_by_text("#item-channel", &x).await?;
    let link =
        format!("https://www.westmark.police.uk/news/bike-marking?utm_source=x&utm_campaign=spring{}", "0".repeat(58));
    let words = "Bring your bike to Westmark station on Saturday: officers mark frames for free. ".repeat(3);
    let tracked = format!("{} {link}", &words[..223]);
    assert_eq!((link.chars().count(), tracked.chars().count()), (139, 363));
    app.set_value("#item-copy", &tracked).await?;
    let count = || async { app.driver.find(By::Css("[data-testid=copy-count]")).await?.text().await };
    app.wait_until(|| async { Ok(count().await? == "X 247/280") }).await?;
    let japanese: String = "自転車の防犯登録を忘れずに".chars().cycle().take(156).collect();
    app.set_value("#item-copy", &japanese).await?;
    app.wait_until(|| async { Ok(count().await? == "X 312/280 — over the limit") }).await?;
    let class = app.driver.find(By::Css("[data-testid=copy-count]")).await?.class_name().await?.unwrap_or_default();
    assert!(class.contains("over"), "shown as over: {class}");
    app.screenshot("00b-copy-count").await?;
    tokio::time::sleep(Duration::from_millis(100)).await;
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn an_empty_plan_gets_its_first_brand_and_channel_in_settings() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.click("[data-testid=start-empty]").await?;
    app.click("[data-testid=add-brand]").await?;
    app.type_into("#brand-name", "Westmark Roads").await?;
    app.click("[data-testid=brand-save]").await?;
    app.wait_gone("[data-testid=brand-dialog][open]").await?;
    app.click("[data-testid=add-channel]").await?;
    app.select_by_text("#channel-platform", "Bluesky").await?;
    app.type_into("#channel-handle", "@roads.westmark.police.uk").await?;
    app.type_into("#channel-max", "0").await?;
    app.click("[data-testid=channel-save]").await?;
    // Zero items a day is refused beside its field, and nothing is saved.
    let error = app.driver.query(By::Css("[data-testid=channel-max-error]")).first().await?;
    assert!(error.text().await?.contains("from 1 to 500"), "{}", error.text().await?);
    app.screenshot("05-channel-error").await?;
    app.type_into("#channel-max", "12").await?;
    app.click("[data-testid=channel-save]").await?;
    app.wait_gone("[data-testid=channel-dialog][open]").await?;
    app.driver
        .query(By::XPath("//ul[@class='rows']//strong[text()='Bluesky @roads.westmark.police.uk']"))
        .first()
        .await?;
    app.screenshot("06-settings").await?;
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn an_idea_is_dragged_from_the_backlog_onto_a_day_and_back() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    // Show one status only, so the idea is not folded into "+N more" once on the calendar.
    app.click("[data-testid=filter-status] summary").await?;
    app.click("[data-testid=filter-status-onHold]").await?;
    app.click("[data-testid=new-item]").await?;
    app.type_into("#item-title", "Idea: night-shift Q&A").await?;
    app.select_by_text("#item-status", "On hold").await?;
    app.click("[data-testid=item-save]").await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;
    let idea = By::XPath("//li[contains(@class,'backlog-item')][@data-title='Idea: night-shift Q&A']");
    app.driver.query(idea.clone()).first().await?;
    let day = day_of_shown_month(&app, 20).await?;
    let cell = By::Css(format!("td.fc-daygrid-day[data-date='{day}'] .fc-daygrid-day-frame"));
    app.drag(idea, cell).await?;
    wait_for_event_on(&app, "Idea: night-shift Q&A", &day).await?;
    app.screenshot("07-idea-on-calendar").await?;

    app.drag(event_titled("Idea: night-shift Q&A"), By::Css("[data-testid=backlog]")).await?;
    app.driver
        .query(By::XPath("//li[contains(@class,'backlog-item')][@data-title='Idea: night-shift Q&A']"))
        .first()
        .await?;
    wait_for_event_on(&app, "Idea: night-shift Q&A", "").await?;
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn every_view_passes_the_axe_accessibility_rules() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    let mut found = Vec::new();
    let mut audit = |view: &str, violations: Vec<String>| {
        found.extend(violations.into_iter().map(|v| format!("{view}: {v}")));
    };
    audit("welcome", app.accessibility_violations().await?);
    app.load_sample().await?;
    audit("calendar, month", app.accessibility_violations().await?);
    app.click(".fc-timeGridWeek-button").await?;
    app.driver.query(By::Css(".fc-timegrid-event")).first().await?;
    audit("calendar, week", app.accessibility_violations().await?);
    app.screenshot("08-week").await?;
    app.click(".fc-listWeek-button").await?;
    app.driver.query(By::Css(".fc-list-event")).first().await?;
    audit("calendar, list", app.accessibility_violations().await?);
    app.screenshot("09-list").await?;
    app.open_grid().await?;
    audit("calendar, grid", app.accessibility_violations().await?);
    app.screenshot("09b-grid").await?;
    app.click(".view-switch button").await?;
    app.driver.query(By::Css(".fc-daygrid-day")).first().await?;
    app.click("[data-testid=new-item]").await?;
    app.driver.query(By::Css("[data-testid=item-dialog][open]")).first().await?;
    audit("item dialog", app.accessibility_violations().await?);
    app.driver.find(By::Css("#item-title")).await?.send_keys(Key::Escape).await?;
    app.open_view("campaigns").await?;
    audit("campaigns", app.accessibility_violations().await?);
    app.open_view("settings").await?;
    audit("settings", app.accessibility_violations().await?);
    app.open_view("partners").await?;
    app.driver.query(By::Css("[data-testid=partner-row]")).first().await?;
    audit("partners", app.accessibility_violations().await?);
    app.click("[data-testid=new-partner]").await?;
    app.driver.query(By::Css("[data-testid=partner-dialog][open]")).first().await?;
    audit("partner dialog", app.accessibility_violations().await?);
    app.driver.find(By::Css("#partner-name")).await?.send_keys(Key::Escape).await?;
    app.open_view("collaborations").await?;
    app.driver.query(By::Css("[data-testid=collaboration-row]")).first().await?;
    audit("collaborations", app.accessibility_violations().await?);
    app.driver.query(By::Css("[data-testid=collaboration-row] button.link")).first().await?.click().await?;
    app.driver.query(By::Css("[data-testid=collaboration-dialog][open]")).first().await?;
    audit("collaboration dialog", app.accessibility_violations().await?);
    app.driver.find(By::Css("#collab-title")).await?.send_keys(Key::Escape).await?;
    app.open_view("plan").await?;
    app.driver.query(By::Css(".bar")).first().await?;
    audit("plan", app.accessibility_violations().await?);
    app.click("[data-testid=plan-export]").await?;
    app.driver.query(By::Css("[data-testid=export-plan-dialog][open]")).first().await?;
    audit("export dialog", app.accessibility_violations().await?);
    app.driver.find(By::Css("[data-testid=export-plan-dialog][open] button.icon")).await?.click().await?;
    app.open_view("checks").await?;
    app.driver.query(By::Css("[data-testid=coverage-map]")).first().await?;
    app.click("[data-testid=coverage-cell-0-0]").await?;
    app.driver.query(By::Css("[data-testid=coverage-detail]")).first().await?;
    audit("checks", app.accessibility_violations().await?);
    app.click("[data-testid=fill-gaps]").await?;
    app.driver.query(By::Css("[data-testid=fill-dialog][open]")).first().await?;
    audit("fill dialog", app.accessibility_violations().await?);
    app.click("[data-testid=fill-discard]").await?;
    app.click("[data-testid=open-pause]").await?;
    app.driver.query(By::Css("[data-testid=pause-dialog][open]")).first().await?;
    audit("pause dialog", app.accessibility_violations().await?);
    app.quit().await?;
    assert!(found.is_empty(), "accessibility violations:\n{}", found.join("\n"));
    Ok(())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn key_dates_mark_the_calendar_blackouts_shade_it_and_both_can_be_hidden() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    // Every month of the catalogue has an international or awareness day.
    let marker = app.driver.query(By::Css(".fc-event.key-date")).first().await?;
    let label = marker.attr("aria-label").await?.unwrap_or_default();
    assert!(label.starts_with("Key date: "), "{label}");

    // The sample's pre-election blackout runs up to the first Thursday of May of its year.
    let today: String =
        app.driver.execute("return document.querySelector('.fc-day-today').dataset.date;", vec![]).await?.convert()?;
    let month: i32 = today[5..7].parse().unwrap_or(1);
    let button = if month > 4 { ".fc-prev-button" } else { ".fc-next-button" };
    for _ in 0..(month - 4).abs() {
        // One month at a time: wait for the new month before the next click.
        let title = app.driver.find(By::Css(".fc-toolbar-title")).await?.text().await?;
        app.click(button).await?;
        app.wait_until(|| async { Ok(app.driver.find(By::Css(".fc-toolbar-title")).await?.text().await? != title) })
            .await?;
    }
    let shaded = app.driver.query(By::Css(".fc-bg-event.blackout")).first().await?;
    let name = shaded.prop("textContent").await?.unwrap_or_default();
    assert!(name.contains("Pre-election period"), "{name}");
    app.screenshot("10-blackout").await?;

    // Hide every category: no marker and no shading is left.
    app.click("[data-testid=filter-key-dates] summary").await?;
    for category in ["internationalDay", "awareness", "holiday", "internal", "election", "blackout"] {
        app.click(&format!("[data-testid=filter-key-date-{category}]")).await?;
    }
    app.wait_until(|| async {
        let left: i64 = app
            .driver
            .execute("return document.querySelectorAll('.fc-event.key-date, .fc-bg-event.blackout').length;", vec![])
            .await?
            .convert()?;
        Ok(left == 0)
    })
    .await?;
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_campaign_window_moves_by_keyboard_after_a_preview_and_undo_moves_it_back() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("campaigns").await?;
    // Wanted Wednesday runs all year, so it always has items still to come.
    let open_shift = || app.click("[data-testid='shift-Wanted Wednesday']");
    let start_field = || app.date_value("#shift-start");
    open_shift().await?;
    let start = start_field().await?;
    let end = app.date_value("#shift-end").await?;
    let week_later = |d: &str| (d.parse::<chrono::NaiveDate>().unwrap() + chrono::Duration::days(7)).to_string();
    app.type_date("#shift-start", &week_later(&start)).await?;
    app.type_date("#shift-end", &week_later(&end)).await?;
    app.wait_until(|| async {
        let text = app.driver.find(By::Css("[data-testid=shift-preview]")).await?.text().await?;
        let moving: u32 = text.split(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        Ok(text.contains("move by 7 days later") && moving > 0)
    })
    .await?;
    app.screenshot("11-shift-preview").await?;
    app.driver.find(By::Css("[data-testid=shift-apply]")).await?.send_keys(Key::Enter).await?;
    app.wait_gone("[data-testid=shift-dialog][open]").await?;

    open_shift().await?;
    assert_eq!(start_field().await?, week_later(&start), "the campaign starts a week later");
    app.driver.find(By::Css("#shift-start [contenteditable]")).await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=shift-dialog][open]").await?;
    app.undo_and_wait("#campaigns-title", "Undone: Move campaign").await?;
    open_shift().await?;
    assert_eq!(start_field().await?, start, "undo puts the campaign back");
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_plan_view_shows_the_year_and_keeps_its_messages() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("plan").await?;
    let bar = app.driver.query(By::Css("[data-testid='bar-Wanted Wednesday']")).first().await?;
    let year = app.driver.find(By::Css("[data-testid=plan-year]")).await?.text().await?;
    // The year's key dates mark the axis (the catalogue alone has about thirty), each drawn.
    app.wait_until(|| async {
        let ticks: Vec<(f64, f64)> = app
            .driver
            .execute(
                "return [...document.querySelectorAll('.axis .tick')].map(t => [t.getBoundingClientRect().width, t.getBoundingClientRect().height]);",
                vec![],
            )
            .await?
            .convert()?;
        Ok(ticks.len() >= 20 && ticks.iter().all(|&(w, h)| w > 0.0 && h > 0.0))
    })
    .await?;

    app.type_into("#plan-title", "Safer together").await?;
    app.type_into("#plan-messages", "We are here for you").await?;
    app.click("[data-testid=plan-year-save]").await?;
    app.wait_until(|| async {
        Ok(app.driver.find(By::Css("[data-testid=status]")).await?.text().await? == format!("Saved the {year} plan"))
    })
    .await?;
    app.screenshot("12-plan").await?;

    // M on a bar opens "Move window…"; Enter opens the campaign.
    app.driver.execute("arguments[0].focus();", vec![bar.to_json()?]).await?;
    app.driver.active_element().await?.send_keys("m").await?;
    app.driver.query(By::Css("[data-testid=shift-dialog][open]")).first().await?;
    app.driver.find(By::Css("#shift-start [contenteditable]")).await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=shift-dialog][open]").await?;
    app.driver.execute("arguments[0].focus();", vec![bar.to_json()?]).await?;
    app.driver.active_element().await?.send_keys(Key::Enter).await?;
    let name = app.driver.query(By::Css("#campaign-name")).first().await?.prop("value").await?.unwrap_or_default();
    assert_eq!(name, "Wanted Wednesday");
    app.driver.find(By::Css("#campaign-name")).await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=campaign-dialog][open]").await?;

    // The plan's messages are kept: another year is empty, this one comes back.
    app.click("[data-testid=plan-next]").await?;
    app.wait_until(|| async {
        Ok(app.driver.find(By::Css("#plan-title")).await?.prop("value").await?.unwrap_or_default().is_empty())
    })
    .await?;
    app.click("[data-testid=plan-prev]").await?;
    app.wait_until(|| async {
        Ok(app.driver.find(By::Css("#plan-title")).await?.prop("value").await?.as_deref() == Some("Safer together"))
    })
    .await?;
    app.quit().await
}
