//! Two laptops of one team in the real app, two windows on two data folders, synced
//! through a throwaway PostgreSQL: Ann's folder founds the team's plan from the command
//! line, Bob joins from Settings → Team sync (a wrong password shown at its field first,
//! the right one kept in the keyring), and each sees the other's drag within seconds,
//! with the app bar saying the plan is synced.

use std::io::Write;
use std::process::{Command, Stdio};

use almanac_core::store::server::{self, MemberRole, Server};
use almanac_core::Store;
use almanac_tests::postgres::Postgres;
use almanac_tests::{add_brand_and_channel, item_draft, on, set_zone};
use thirtyfour::prelude::*;

use crate::driver::{event_titled, App};
use crate::{event_day, wait_for_event_on};

const DB: &str = "westmark_comms";

/// The server with its schema and two editors; their addresses and passwords.
async fn team(cluster: &Postgres) -> [(String, String); 2] {
    let mut owner = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    server::init(&mut owner).await.unwrap();
    let mut out = Vec::new();
    for name in ["Ann", "Bob"] {
        let m = server::add_member(&mut owner, name, "", MemberRole::Editor).await.unwrap();
        out.push((m.server, m.password));
    }
    out.try_into().unwrap()
}

/// `almanac sync` with the password on standard input, as a member would start.
fn sync_from_cli(data: &std::path::Path, address: &str, password: &str) -> String {
    let app = std::env::var_os("ALMANAC_APP").expect("ALMANAC_APP is set");
    let mut child = Command::new(app)
        .args(["sync", "--server", address, "--password-stdin", "--data-dir"])
        .arg(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver, a display, a keyring and PostgreSQL; run by the test script"]
async fn two_windows_on_two_folders_see_each_others_drags_through_the_team_server() -> WebDriverResult<()> {
    let cluster = Postgres::start(DB);
    let [(ann_address, ann_password), (bob_address, bob_password)] = team(&cluster).await;
    let ann_dir = tempfile::tempdir()?;
    let bob_dir = tempfile::tempdir()?;
    let month = chrono::Utc::now().date_naive().format("%Y-%m").to_string();
    let day = |n: u32| format!("{month}-{n:02}");
    {
        let mut store = Store::open_dir(ann_dir.path()).unwrap();
        set_zone(&mut store, "Europe/London", "en-GB");
        let channel = add_brand_and_channel(&mut store);
        for title in ["Reel by Ann", "Story by Bob"] {
            almanac_core::ops::items::create(&mut store, &item_draft(&channel, title, on(&day(10)))).unwrap();
        }
    }
    let founded = sync_from_cli(ann_dir.path(), &ann_address, &ann_password);
    assert!(founded.starts_with("Joined the team's plan on postgresql://westmark_comms_ann@"), "{founded}");

    let ann = App::start(ann_dir.path()).await?;
    let bob = App::start_beside(bob_dir.path()).await?;

    // Bob joins from Settings: a wrong password is shown at its field, then the right one.
    bob.click("[data-testid=join-team]").await?;
    bob.type_into("#team-server", &bob_address).await?;
    bob.type_into("#team-password", "not-the-password").await?;
    bob.click("[data-testid=team-join]").await?;
    let refused = bob.driver.query(By::Css("[data-testid=team-password-error]")).first().await?;
    assert!(refused.text().await?.contains("password"), "the refusal is shown at the password");
    bob.screenshot("60-team-wrong-password").await?;
    bob.set_value("#team-password", &bob_password).await?;
    bob.click("[data-testid=team-join]").await?;
    bob.wait_until(|| async {
        let status = bob.driver.find(By::Css("[data-testid=team-sync-status]")).await?.text().await?;
        Ok(status.contains("westmark_comms_bob"))
    })
    .await?;
    let indicator = bob.driver.query(By::Css("[data-testid=sync-indicator]")).first().await?;
    assert_eq!(indicator.text().await?.trim(), "Synced");
    let violations = bob.accessibility_violations().await?;
    assert!(violations.is_empty(), "Settings → Team sync: {violations:?}");
    bob.screenshot("61-team-joined").await?;

    // Ann drags her reel to the 12th; Bob's window shows it there within seconds.
    for app in [&ann, &bob] {
        app.open_view("calendar").await?;
        wait_for_event_on(app, "Reel by Ann", &day(10)).await?;
    }
    let cell = |n: u32| By::Css(format!("td.fc-daygrid-day[data-date='{}'] .fc-daygrid-day-frame", day(n)));
    ann.drag(event_titled("Reel by Ann"), cell(12)).await?;
    wait_for_event_on(&ann, "Reel by Ann", &day(12)).await?;
    wait_for_event_on(&bob, "Reel by Ann", &day(12)).await?;
    bob.screenshot("62-team-bob-sees-anns-drag").await?;
    // The item's history says who moved it.
    bob.driver.find(event_titled("Reel by Ann")).await?.click().await?;
    bob.click("[data-testid=item-history] summary").await?;
    let history = bob.driver.find(By::Css("[data-testid=item-history]")).await?.text().await?;
    assert!(history.contains("Ann · Changed schedule"), "{history}");
    bob.screenshot("64-team-item-history").await?;
    bob.driver.find(By::Css("#item-title")).await?.send_keys(Key::Escape).await?;
    bob.wait_gone("[data-testid=item-dialog][open]").await?;

    // Bob drags his story to the 15th; Ann's window follows.
    bob.drag(event_titled("Story by Bob"), cell(15)).await?;
    wait_for_event_on(&bob, "Story by Bob", &day(15)).await?;
    wait_for_event_on(&ann, "Story by Bob", &day(15)).await?;
    assert_eq!(event_day(&ann, "Reel by Ann").await?, day(12));
    ann.wait_until(|| async {
        let text = ann.driver.find(By::Css("[data-testid=sync-indicator]")).await?.text().await?;
        Ok(text.trim() == "Synced")
    })
    .await?;
    ann.screenshot("63-team-ann-sees-bobs-drag").await?;

    // The server goes down and both work on: each app bar says what waits. Both move the
    // reel meanwhile, so when the server is back each laptop shows the conflict, the later
    // move holding meanwhile; Bob keeps Ann's in the item's editor, and both settle.
    cluster.stop();
    let indicator = |app: &App| {
        let app = app.driver.clone();
        async move { app.find(By::Css("[data-testid=sync-indicator]")).await?.text().await.map(|t| t.trim().to_string()) }
    };
    ann.drag(event_titled("Reel by Ann"), cell(13)).await?;
    wait_for_event_on(&ann, "Reel by Ann", &day(13)).await?;
    ann.wait_up_to(20, || async { Ok(indicator(&ann).await? == "Offline · 1 waiting") }).await?;
    ann.screenshot("65-team-offline").await?;
    bob.drag(event_titled("Reel by Ann"), cell(14)).await?;
    wait_for_event_on(&bob, "Reel by Ann", &day(14)).await?;
    bob.wait_up_to(20, || async { Ok(indicator(&bob).await? == "Offline · 1 waiting") }).await?;
    cluster.resume();
    // Each laptop tries the server again every 10 s, then looks every 3 s.
    for app in [&bob, &ann] {
        app.wait_up_to(40, || async { Ok(indicator(app).await? == "1 conflict") }).await?;
        wait_for_event_on(app, "Reel by Ann", &day(14)).await?;
    }
    bob.driver.find(event_titled("Reel by Ann")).await?.click().await?;
    let conflict = bob.driver.query(By::Css("[data-testid=item-conflict]")).first().await?;
    let text = conflict.text().await?;
    assert!(text.contains("You and Ann changed the date and time while apart"), "{text}");
    bob.screenshot("66-team-conflict").await?;
    bob.click("[data-testid=item-conflict] button:last-of-type").await?;
    bob.wait_gone("[data-testid=item-conflict]").await?;
    bob.driver.find(By::Css("#item-title")).await?.send_keys(Key::Escape).await?;
    bob.wait_gone("[data-testid=item-dialog][open]").await?;
    for app in [&bob, &ann] {
        app.wait_up_to(20, || async { Ok(indicator(app).await? == "Synced") }).await?;
        wait_for_event_on(app, "Reel by Ann", &day(13)).await?;
    }
    bob.quit().await?;
    ann.quit().await
}
