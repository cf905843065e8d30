//! Reminders end to end: the head of communications at this laptop sees in Settings →
//! Reminders that items wait for her approval, and the digest goes out as a desktop
//! notification: a freedesktop Notify call on the session bus, watched by dbus-monitor.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use almanac_core::store::DATABASE_FILE;
use serde_json::json;
use thirtyfour::prelude::*;

use crate::driver::{invoke, App};

fn member_id(data: &Path, name: &str) -> String {
    let conn = rusqlite::Connection::open(data.join(DATABASE_FILE)).unwrap();
    conn.query_row("SELECT id FROM member WHERE name = ?1", [name], |r| r.get(0)).unwrap()
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_digest_of_what_is_due_goes_out_as_a_desktop_notification() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    let aisha = member_id(data.path(), "Aisha Rahman");
    invoke(&app, "set_laptop_user", json!({ "memberId": aisha })).await?.expect("Aisha uses this laptop");
    // Every Notify call on this session's bus, as an independent witness.
    let mut monitor = Command::new("dbus-monitor")
        .args(["--session", "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"])
        .stdout(Stdio::piped())
        .spawn()?;
    std::thread::sleep(std::time::Duration::from_millis(500));

    app.open_view("settings").await?;
    let due = "[data-testid=reminders-due]";
    app.wait_until(|| async {
        let text = app.driver.find(By::Css(due)).await?.text().await?;
        Ok(text.contains("wait for your approval"))
    })
    .await?;
    let reminders = app.driver.find(By::Css("[data-testid=reminders]")).await?;
    reminders.scroll_into_view().await?;
    assert!(app.accessibility_violations().await?.is_empty(), "{:?}", app.accessibility_violations().await?);
    app.screenshot("36-reminders").await?;
    app.click("[data-testid=reminders-digest]").await?;
    app.wait_until(|| async {
        let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
        Ok(status.starts_with("Sent: Almanac today:"))
    })
    .await?;
    std::thread::sleep(std::time::Duration::from_secs(2));
    let _ = monitor.kill();
    let mut seen = String::new();
    monitor.stdout.take().expect("the monitor's output").read_to_string(&mut seen)?;
    let _ = monitor.wait();
    assert!(seen.contains("member=Notify"), "a Notify call went to the bus: {seen}");
    assert!(seen.contains("Almanac today:"), "with the digest's title: {seen}");
    assert!(seen.contains("wait for your approval"), "and what is due in its body: {seen}");
    app.quit().await
}
