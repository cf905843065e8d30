//! A comms officer's working day by keyboard alone: create a campaign, add an item to it,
//! move it two days later, send it for review, approve it as the approver and export the
//! annual plan, each from the command palette (Ctrl+K) and the keys the views document,
//! with no pointer event at all. The keystrokes each task took are printed for README.

use std::path::Path;

use almanac_core::store::DATABASE_FILE;
use chrono::{Datelike, Duration, Local, NaiveDate};
use thirtyfour::prelude::*;

use crate::driver::App;

/// Keys pressed as a person presses them, and counted so: a chord (Ctrl+K) is one
/// keystroke, typed text one a character.
struct Keyboard<'a> {
    app: &'a App,
    pressed: usize,
}

/// The most Tabs (or arrow presses) a task may take to reach a control before it fails.
const REACH: usize = 25;

impl<'a> Keyboard<'a> {
    fn new(app: &'a App) -> Self {
        Keyboard { app, pressed: 0 }
    }

    async fn press(&mut self, key: Key) -> WebDriverResult<()> {
        self.pressed += 1;
        self.app.driver.action_chain().send_keys(key).perform().await
    }

    async fn chord(&mut self, modifier: Key, key: impl Into<TypingData>) -> WebDriverResult<()> {
        self.pressed += 1;
        let chain = self.app.driver.action_chain().key_down(modifier.value()).send_keys(key);
        chain.key_up(modifier.value()).perform().await
    }

    async fn type_text(&mut self, text: &str) -> WebDriverResult<()> {
        self.pressed += text.chars().count();
        self.app.driver.action_chain().send_keys(text).perform().await
    }

    /// Presses `key` until the focused element matches `css`, as a person tabs to a control.
    async fn move_to(&mut self, key: Key, css: &str) -> WebDriverResult<()> {
        for _ in 0..REACH {
            if focused_matches(self.app, css).await? {
                return Ok(());
            }
            self.press(key.clone()).await?;
        }
        panic!("{css} was not reached within {REACH} presses of {key:?}");
    }

    /// The palette's command or item answering `words`, chosen: Ctrl+K, the words, Enter
    /// once the first choice is `option` (the palette kept as `shot` first, if named).
    async fn palette(&mut self, words: &str, option: &str, shot: Option<&str>) -> WebDriverResult<()> {
        self.chord(Key::Control, "k").await?;
        self.app.driver.query(By::Css("[data-testid=palette-input]")).and_displayed().first().await?;
        self.type_text(words).await?;
        let first =
            format!("[data-testid=palette-options] li:first-child[data-testid=palette-{option}][aria-selected=true]");
        self.app.driver.query(By::Css(&first)).first().await?;
        if let Some(name) = shot {
            self.app.screenshot(name).await?;
        }
        self.press(Key::Enter).await
    }

    /// A date typed into the focused date field, part by part in the window's order.
    async fn type_date(&mut self, field: &str, day: NaiveDate) -> WebDriverResult<()> {
        let mut typed = String::new();
        for segment in
            self.app.driver.find_all(By::Css(format!("{field} [data-segment]:not([data-segment=literal])"))).await?
        {
            typed += &match segment.attr("data-segment").await?.unwrap_or_default().as_str() {
                "day" => format!("{:02}", day.day()),
                "month" => format!("{:02}", day.month()),
                "year" => day.year().to_string(),
                other => panic!("a day has no {other}"),
            };
        }
        self.type_text(&typed).await?;
        let value = day.to_string();
        self.app.wait_until(|| async { Ok(self.app.date_value(field).await? == value) }).await
    }

    /// The keystrokes since the last call.
    fn take(&mut self) -> usize {
        std::mem::take(&mut self.pressed)
    }
}

async fn focused_matches(app: &App, css: &str) -> WebDriverResult<bool> {
    let ret = app.driver.execute("return !!document.activeElement?.matches(arguments[0]);", vec![css.into()]).await?;
    ret.convert()
}

/// An item's status and where it goes out, as the plan holds them.
fn item_row(data: &Path, title: &str) -> (String, String, Option<String>, String) {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).unwrap();
    conn.query_row(
        "SELECT t.id, t.status, t.all_day_date, coalesce(c.name, '') FROM content_item t
         LEFT JOIN campaign c ON c.id = t.campaign_id WHERE t.title = ?1",
        [title],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .unwrap()
}

async fn status_says(app: &App, start: &str) -> WebDriverResult<()> {
    app.wait_until(|| async {
        let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
        Ok(status.starts_with(start))
    })
    .await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_working_day_by_keyboard_alone() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    // From here on, any pointer event on the page is counted (and fails the test).
    app.driver
        .execute(
            "window.pointerEvents = 0;
             for (const t of ['pointerdown', 'pointerup', 'mousedown', 'mouseup'])
               addEventListener(t, () => window.pointerEvents++, true);",
            vec![],
        )
        .await?;
    // Days of next month, so moving two days on never leaves the month.
    let today = Local::now().date_naive();
    let next_month = (today.with_day(1).unwrap() + Duration::days(32)).with_day(1).unwrap();
    let (starts, ends, planned) =
        (next_month.with_day(10).unwrap(), next_month.with_day(20).unwrap(), next_month.with_day(12).unwrap());
    let mut keys = Keyboard::new(&app);
    let mut counts = Vec::new();

    // 1. A campaign: its name and window.
    keys.palette("new c", "new-campaign", None).await?;
    app.driver.query(By::Css("#campaign-name")).first().await?;
    assert!(focused_matches(&app, "#campaign-name").await?, "the dialog opens on its first field");
    keys.type_text("Zebra crossing week").await?;
    keys.move_to(Key::Tab, "#campaign-start [data-segment=day]").await?;
    keys.type_date("#campaign-start", starts).await?;
    keys.move_to(Key::Tab, "#campaign-end [data-segment=day]").await?;
    keys.type_date("#campaign-end", ends).await?;
    keys.chord(Key::Control, Key::Enter).await?;
    app.wait_gone("[data-testid=campaign-dialog][open]").await?;
    app.driver
        .query(By::XPath("//tr[@data-testid='campaign-row'][contains(., 'Zebra crossing week')]"))
        .first()
        .await?;
    counts.push(("Create a campaign", keys.take()));

    // 2. An item in it, on the 12th.
    keys.palette("new i", "new-item", None).await?;
    app.driver.query(By::Css("#item-title")).first().await?;
    keys.type_text("Zebra crossing talk").await?;
    keys.move_to(Key::Tab, "#item-campaign").await?;
    keys.type_text("z").await?;
    keys.move_to(Key::Tab, "#item-date [data-segment=day]").await?;
    keys.type_date("#item-date", planned).await?;
    keys.chord(Key::Control, Key::Enter).await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;
    let (_, status, day, campaign) = item_row(data.path(), "Zebra crossing talk");
    assert_eq!((status.as_str(), day, campaign.as_str()), ("draft", Some(planned.to_string()), "Zebra crossing week"));
    counts.push(("Add an item to it", keys.take()));

    // 3. Found by its title, shown on the calendar with the focus on it, and moved two days on.
    keys.palette(
        "zebra",
        &format!("item-{}", item_row(data.path(), "Zebra crossing talk").0),
        Some("80-keyboard-day-palette"),
    )
    .await?;
    app.wait_until(|| async { focused_matches(&app, ".fc-event[data-item-id]").await }).await?;
    keys.type_text("m").await?;
    app.driver.query(By::Css("[data-testid=move-dialog][open]")).first().await?;
    assert!(focused_matches(&app, "#move-date [data-segment=day]").await?, "Move to… opens on the day");
    keys.press(Key::Up).await?;
    keys.press(Key::Up).await?;
    keys.press(Key::Enter).await?;
    app.wait_gone("[data-testid=move-dialog][open]").await?;
    let moved = planned + Duration::days(2);
    app.wait_until(|| async { Ok(item_row(data.path(), "Zebra crossing talk").2 == Some(moved.to_string())) }).await?;
    counts.push(("Move it two days later", keys.take()));

    // 4. Sent for review from the calendar, the moved item still focused.
    app.wait_until(|| async { focused_matches(&app, ".fc-event[data-item-id]").await }).await?;
    keys.type_text("r").await?;
    status_says(&app, "“Zebra crossing talk” is sent for review").await?;
    assert_eq!(item_row(data.path(), "Zebra crossing talk").1, "inReview");
    counts.push(("Ask for approval", keys.take()));

    // 5. Found in the queue by its title and approved by the head of communications, chosen
    //    as this laptop's approver.
    let id = item_row(data.path(), "Zebra crossing talk").0;
    keys.palette("appr", "go-approvals", None).await?;
    app.driver.query(By::Css("main[data-view=approvals] [data-testid=approval-entry]")).first().await?;
    keys.move_to(Key::Tab, "[data-testid=approvals-search]").await?;
    keys.type_text("zebra").await?;
    keys.move_to(Key::Tab, "[data-testid=approvals-me]").await?;
    keys.type_text("ai").await?;
    // Chosen once the view says so and its buttons come alive (the choice is saved first):
    // only then does a Tab pass over them, as it does for a person who reads the line.
    app.wait_until(|| async {
        let said = app.driver.find(By::Id("approvals-keys")).await?.text().await?;
        let approve = app.driver.find(By::Css("[data-testid=approve-selected]")).await?;
        Ok(said.contains("Deciding as Aisha Rahman") && approve.is_enabled().await?)
    })
    .await?;
    keys.move_to(Key::Tab, &format!("[data-item-id='{id}'] input[type=checkbox]")).await?;
    keys.type_text("a").await?;
    app.wait_until(|| async { Ok(item_row(data.path(), "Zebra crossing talk").1 == "approved") }).await?;
    counts.push(("Approve it as the approver", keys.take()));

    // 6. The annual plan of the campaign's year, where the app suggests.
    keys.palette("export an", "exportAnnualPlan", None).await?;
    app.driver.query(By::Css("[data-testid=export-plan-dialog][open]")).first().await?;
    assert!(focused_matches(&app, "#export-year").await?, "the dialog opens on the year");
    keys.chord(Key::Control, "a").await?;
    keys.type_text(&starts.year().to_string()).await?;
    // The year as typed, and the file the app suggests, shown before Enter is pressed.
    let year = starts.year().to_string();
    app.wait_until(|| async {
        let typed = app.driver.find(By::Css("#export-year")).await?.prop("value").await?;
        let path = app.driver.find(By::Css("#export-path")).await?.prop("value").await?;
        Ok(typed.as_deref() == Some(year.as_str()) && path.is_some_and(|p| p.ends_with(&format!("{year}.pdf"))))
    })
    .await?;
    keys.press(Key::Enter).await?;
    // Typeset while a person waits (longer on a loaded machine).
    app.wait_up_to(60, || async {
        Ok(!app.driver.find_all(By::Css("[data-testid=export-result] code")).await?.is_empty())
    })
    .await?;
    let saved = app.driver.find(By::Css("[data-testid=export-result] code")).await?.text().await?;
    let pdf = almanac_tests::pdf_facts(Path::new(&saved));
    assert_eq!(pdf.pages, 1);
    assert!(pdf.text.contains("Zebra"), "the new campaign is on the page: {}", pdf.text);
    app.screenshot("80-keyboard-day-exported").await?;
    keys.press(Key::Escape).await?;
    counts.push(("Export the annual plan", keys.take()));

    let pointer = app.driver.execute("return window.pointerEvents;", vec![]).await?;
    assert_eq!(pointer.convert::<u64>()?, 0, "no pointer event in the whole day");
    // README's table says what a member meets.
    let readme = std::fs::read_to_string(crate::driver::workspace().join("README.md"))?;
    for (task, count) in &counts {
        println!("keyboard day: {task}: {count} keystrokes");
        let row = readme.lines().find(|l| l.starts_with(&format!("| {task} |"))).expect("README lists the task");
        assert!(row.trim_end().ends_with(&format!("| {count} |")), "README's count for {task}: {row}");
    }
    app.quit().await
}
