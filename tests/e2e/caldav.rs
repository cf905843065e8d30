//! Settings → Calendar server in the real app, against a Radicale server on localhost:
//! the address, user and password typed in; the plan's events pushed, one resource each;
//! the password kept in the system's keyring (GNOME Keyring in the test session), so a
//! change in the app pushes again by itself; Push now sends nothing that did not change;
//! a wrong password is shown at its field; and the command line pushes after its changes.

use almanac_core::Store;
use almanac_tests::radicale::{Radicale, PASSWORD, USER};
use almanac_tests::{add_brand_and_channel, add_item};
use serde_json::json;
use thirtyfour::prelude::*;

use crate::driver::{invoke, run_cli, App};

async fn status(app: &App) -> WebDriverResult<String> {
    app.driver.find(By::Css("[data-testid=caldav-status]")).await?.text().await
}

fn resources(server: &Radicale) -> usize {
    server.client(&["list"]).as_object().map_or(0, |o| o.len())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver, a display, a keyring and Radicale; run by the test script"]
async fn the_calendar_is_pushed_to_a_caldav_server_and_follows_the_plan() -> WebDriverResult<()> {
    let server = Radicale::start();
    let data = tempfile::tempdir()?;
    let (first, _second) = {
        let mut store = Store::open_dir(data.path()).unwrap();
        let channel = add_brand_and_channel(&mut store);
        let first = add_item(&mut store, &channel, "Bike marking", "2027-03-06");
        let second = add_item(&mut store, &channel, "Roads weekend", "2027-03-07");
        add_item(&mut store, &channel, "Open day", "2027-03-08");
        (first, second)
    };
    let app = App::start(data.path()).await?;
    app.open_view("settings").await?;

    app.set_value("#caldav-url", &server.url()).await?;
    app.set_value("#caldav-username", USER).await?;
    app.set_value("#caldav-password", "not-the-password").await?;
    app.click("[data-testid=caldav-start]").await?;
    let refused = app.driver.query(By::Css("[data-testid=caldav-password-error]")).first().await?.text().await?;
    assert!(refused.contains("refused the user name or password"), "{refused}");
    assert_eq!(status(&app).await?, "Not pushed to a server.", "a refused server is not remembered");

    app.set_value("#caldav-password", PASSWORD).await?;
    app.click("[data-testid=caldav-start]").await?;
    app.wait_until(|| async { Ok(status(&app).await?.contains("3 new, 0 changed")) }).await?;
    assert_eq!(resources(&server), 3);
    let settings = std::fs::read_to_string(data.path().join(almanac_core::export::caldav::CALDAV_SETTINGS))?;
    assert!(!settings.contains(PASSWORD), "the password is not beside the plan");
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "the calendar server form: {violations:#?}");
    app.screenshot("57-calendar-server").await?;

    // A change in the app: pushed by itself, with the password from the keyring.
    let deleted = invoke(&app, "delete_item", json!({ "id": first })).await?;
    assert!(deleted.is_ok(), "{deleted:?}");
    app.wait_until(|| async { Ok(resources(&server) == 2) }).await?;

    app.click("[data-testid=caldav-push]").await?;
    app.wait_until(|| async { Ok(status(&app).await?.contains("0 deleted, 0 put back, 2 as they were")) }).await?;
    app.quit().await?;

    // The command line pushes after its own changes, with the same keyring entry.
    let holidays = almanac_tests::repo().join("tests/fixtures/ics/bank-holidays.ics");
    let holidays = holidays.to_string_lossy();
    let import =
        ["import", "ics", "--file", &holidays, "--as", "key-dates", "--from", "2027-01-01", "--to", "2027-12-31"];
    let out = run_cli(data.path(), &import);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(resources(&server), 6, "the two items and the four bank holidays of 2027, pushed after the import");
    let out = run_cli(data.path(), &["caldav", "--push"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("0 new, 0 changed, 0 deleted, 0 put back, 6 as they were"),
        "{out:?}"
    );
    Ok(())
}
