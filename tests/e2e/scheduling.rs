//! Scheduling end to end: an item dragged into a blackout shows the finding the move
//! created (and the Checks view lists it), a week is paused and resumed, and coverage
//! gaps are filled from the backlog.

use almanac_core::domain::KeyDateDraft;
use almanac_core::domain::{
    BlackoutLevel, CampaignDraft, CampaignStatus, ContentItem, ItemDraft, ItemFormat, ItemStatus, KeyDateCategory, When,
};
use almanac_core::ops::key_dates;
use almanac_core::ops::{campaigns, channels, items};
use almanac_core::sample::{self, Profile, SampleOptions};
use almanac_core::Store;
use chrono::{Datelike, Days, NaiveDate};
use thirtyfour::prelude::*;

use crate::driver::{event_titled, App};

const BLACKOUT: &str = "Funeral of PC Harris";
const ITEM: &str = "Appeal: stolen quad bikes";

/// The sample plan, a one-day no-posting blackout the day after tomorrow, and an item
/// the day before it in a campaign of its own (so the calendar can show it alone).
fn seed(dir: &std::path::Path) -> (NaiveDate, String) {
    let mut store = Store::open_dir(dir).expect("store");
    let today = sample::today_from(chrono::Utc::now());
    sample::load(&mut store, SampleOptions::for_today(Profile::Agency, 1, today)).expect("sample");
    let blackout = today + Days::new(2);
    let day = |d: NaiveDate| d.to_string();
    key_dates::create(
        &mut store,
        &KeyDateDraft {
            name: BLACKOUT.into(),
            starts_on: day(blackout),
            ends_on: day(blackout),
            category: KeyDateCategory::Blackout,
            blackout_level: Some(BlackoutLevel::NoPosting),
            region: String::new(),
        },
    )
    .expect("blackout");
    let channel = channels::list(&store).expect("channels")[6].id.to_string();
    let campaign = campaigns::create(
        &mut store,
        &CampaignDraft {
            name: "Rural crime week".into(),
            hashtags: vec!["#RuralCrime".into()],
            core_message: String::new(),
            brief: String::new(),
            start_date: day(today),
            end_date: day(today + Days::new(20)),
            status: CampaignStatus::Planned,
            flagship: false,
            colour: "#0f766e".into(),
            audience: String::new(),
            objective_ids: vec![],
            channel_ids: vec![channel.clone()],
        },
    )
    .expect("campaign");
    let item = almanac_tests::create_item(
        &mut store,
        &ItemDraft {
            title: ITEM.into(),
            copy: String::new(),
            format: ItemFormat::Post,
            channel_id: channel,
            campaign_id: Some(campaign.id.to_string()),
            objective_ids: vec![],
            status: ItemStatus::Scheduled,
            when: When::At { local: format!("{}T10:00", today + Days::new(1)) },
            language: "en".into(),
            notes: String::new(),
            owner_id: None,
            evergreen: false,
        },
    );
    (blackout, item.item.id.to_string())
}

fn item(dir: &std::path::Path, id: &str) -> ContentItem {
    let store = Store::open_existing_dir(dir).expect("store");
    items::get(&store, id).expect("item").item
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_drag_into_a_blackout_is_found_a_week_is_paused_and_resumed_and_gaps_are_filled() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let (blackout, id) = seed(data.path());
    let app = App::start(data.path()).await?;

    // Drag the item onto the blackout day: the move lands, and says what it broke.
    app.open_view("calendar").await?;
    app.select_by_text("[data-testid=filter-campaign]", "Rural crime week").await?;
    app.event(ITEM).await?;
    let day = By::Css(format!("td.fc-daygrid-day[data-date='{blackout}'] .fc-daygrid-day-frame"));
    app.drag(event_titled(ITEM), day).await?;
    let toast = app.driver.query(By::Css("[data-testid=move-findings]")).first().await?;
    let text = toast.text().await?;
    assert!(text.contains(BLACKOUT) && text.contains("nothing may go out"), "{text}");
    assert_eq!(item(data.path(), &id).schedule.local_date(chrono_tz::Europe::London), Some(blackout));
    // The badge on the item says so too.
    app.wait_until(|| async {
        let badges =
            app.driver.find_all(By::Css(format!(".fc-event[data-item-id='{id}'] [data-testid=finding-badge]"))).await?;
        Ok(!badges.is_empty())
    })
    .await?;
    app.screenshot("20-drag-into-blackout").await?;

    // The Checks view lists it as an error, with the fix.
    app.open_view("checks").await?;
    app.click("[data-testid=findings-severity-warning]").await?;
    app.wait_until(|| async {
        let list = app.driver.find(By::Css("[data-testid=findings-list]")).await?.text().await?;
        Ok(list.contains(BLACKOUT) && list.contains("Move it out of the blackout period"))
    })
    .await?;
    app.screenshot("21-checks").await?;

    // Pause a week from now on every channel; the banner shows until resumed.
    let before: Vec<ContentItem> = upcoming(data.path());
    app.click("[data-testid=open-pause]").await?;
    app.type_into("#pause-reason", "Major incident: routine posts paused").await?;
    app.click("[data-testid=pause-save]").await?;
    let banner = app.driver.query(By::Css("[data-testid=pause-banner]")).first().await?;
    assert!(banner.text().await?.contains("Major incident"));
    let held: Vec<ContentItem> = upcoming(data.path());
    let on_hold = held.iter().filter(|i| i.status == ItemStatus::OnHold).count();
    assert!(on_hold > 0, "the week's items are on hold");
    assert_eq!(item(data.path(), &id).status, ItemStatus::OnHold);
    app.screenshot("22-paused").await?;
    app.click("[data-testid=resume-restore]").await?;
    app.wait_gone("[data-testid=pause-banner]").await?;
    let after: Vec<ContentItem> = upcoming(data.path());
    assert_eq!(after, before, "resuming gives every item its status back, on its date");

    // Fill the coverage gaps ahead from the backlog, as one change.
    let backlog = |dir: &std::path::Path| -> Vec<String> {
        let store = Store::open_existing_dir(dir).expect("store");
        items::list_backlog(&store, &Default::default())
            .expect("backlog")
            .iter()
            .map(|e| e.item.id.to_string())
            .collect()
    };
    let backlog_before = backlog(data.path());
    app.click("[data-testid=fill-gaps]").await?;
    app.driver.query(By::Css("[data-testid=fill-dialog][open]")).first().await?;
    let rows = app.driver.find_all(By::Css("[data-testid=fill-placements] tbody tr")).await?;
    assert!(!rows.is_empty() && !rows[0].text().await?.contains("Nothing in the backlog"), "a proposal to apply");
    app.screenshot("23-fill-proposal").await?;
    app.click("[data-testid=fill-apply]").await?;
    app.wait_gone("[data-testid=fill-dialog][open]").await?;
    app.wait_until(|| async {
        let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
        Ok(status.starts_with("Filled coverage gaps"))
    })
    .await?;
    let backlog_after = backlog(data.path());
    let placed: Vec<ContentItem> =
        backlog_before.iter().filter(|b| !backlog_after.contains(b)).map(|b| item(data.path(), b)).collect();
    assert_eq!(placed.len(), rows.len(), "every proposed item was scheduled");
    for p in &placed {
        let day = p.schedule.local_date(chrono_tz::Europe::London).expect("a date");
        assert_ne!(day, blackout, "{} was placed in the blackout", p.title);
    }
    app.quit().await
}

/// The items of the next eight days, in order.
fn upcoming(dir: &std::path::Path) -> Vec<ContentItem> {
    let store = Store::open_existing_dir(dir).expect("store");
    let today = sample::today_from(chrono::Utc::now());
    let query = items::WindowQuery {
        from: today.to_string(),
        to: (today + Days::new(8)).to_string(),
        filter: Default::default(),
    };
    let mut out: Vec<ContentItem> = items::list_window(&store, &query)
        .expect("window")
        .into_iter()
        .map(|e| items::get(&store, &e.item.id.to_string()).expect("item").item)
        .collect();
    out.sort_by_key(|i| i.id);
    out
}

#[test]
#[ignore = "needs the built app; run by the test script"]
fn almanac_check_exits_with_2_on_an_error_finding_so_scripts_can_gate_an_export() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| crate::driver::run_cli(data.path(), &[&["check"], args].concat());
    {
        let (mut store, channel) = plan_with_a_channel(data.path());
        items::create(
            &mut store,
            &ItemDraft {
                title: "Summer fete".into(),
                copy: String::new(),
                format: ItemFormat::Post,
                channel_id: channel.id.to_string(),
                campaign_id: None,
                objective_ids: vec![],
                status: ItemStatus::Draft,
                when: When::AllDay { date: "2999-07-04".into() },
                language: "en".into(),
                notes: String::new(),
                owner_id: None,
                evergreen: false,
            },
        )
        .unwrap();
    }
    let clean = run(&["--year", "2999"]);
    assert_eq!(clean.status.code(), Some(0), "{clean:?}");
    assert!(String::from_utf8_lossy(&clean.stdout).contains("2999: 0 errors, 0 warnings"), "{clean:?}");

    let mut store = Store::open_existing_dir(data.path()).unwrap();
    key_dates::create(
        &mut store,
        &KeyDateDraft {
            name: "Day of mourning".into(),
            starts_on: "2999-07-04".into(),
            ends_on: "2999-07-04".into(),
            category: KeyDateCategory::Blackout,
            blackout_level: Some(BlackoutLevel::NoPosting),
            region: String::new(),
        },
    )
    .unwrap();
    drop(store);
    let broken = run(&["--year", "2999"]);
    assert_eq!(broken.status.code(), Some(2), "an error-level finding: {broken:?}");
    let text = String::from_utf8_lossy(&broken.stdout);
    assert!(text.contains("error  2999-07-04 “Summer fete” is on 4 July 2999, during Day of mourning"), "{text}");
    let json = run(&["--year", "2999", "--json"]);
    assert_eq!(json.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["counts"]["errors"], 1);
    assert_eq!(report["findings"][0]["kind"], "inBlackout");
    let bad = run(&["--year", "12000"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("year"), "{bad:?}");
}

/// A plan with one brand, one Instagram channel (posting at 09:00 and 12:30) and one objective.
fn plan_with_a_channel(dir: &std::path::Path) -> (Store, almanac_core::domain::Channel) {
    let mut store = Store::open_dir(dir).unwrap();
    let brand = almanac_core::ops::brands::create(
        &mut store,
        &almanac_core::domain::BrandDraft {
            name: "Westmark".into(),
            purpose: String::new(),
            colour: "#1f4e9c".into(),
            reapproval: Default::default(),
        },
    )
    .unwrap();
    let channel = channels::create(
        &mut store,
        &almanac_core::domain::ChannelDraft {
            brand_id: brand.id.to_string(),
            platform: almanac_core::domain::Platform::Instagram,
            handle: "@westmark".into(),
            purpose: String::new(),
            colour: "#be185d".into(),
            active: true,
            max_per_day: None,
            min_gap_minutes: None,
            posting_slots: vec!["09:00".into(), "12:30".into()],
        },
    )
    .unwrap();
    almanac_core::ops::objectives::create(
        &mut store,
        &almanac_core::domain::ObjectiveDraft {
            name: "Engage the public".into(),
            description: String::new(),
            colour: "#0f766e".into(),
            kpi_metric: String::new(),
            kpi_target: None,
            kpi_period: String::new(),
            baseline: None,
            level: Default::default(),
            kpi_kind: Default::default(),
        },
    )
    .unwrap();
    (store, channel)
}

/// The series' occurrences in the plan: (local start, title, series id), in order.
fn occurrences(dir: &std::path::Path, title_prefix: &str) -> Vec<(String, String, String)> {
    let store = Store::open_existing_dir(dir).unwrap();
    let today = sample::today_from(chrono::Utc::now());
    let query = items::WindowQuery {
        from: today.to_string(),
        to: (today + Days::new(90)).to_string(),
        filter: Default::default(),
    };
    let mut out: Vec<(String, String, String)> = items::list_window(&store, &query)
        .unwrap()
        .into_iter()
        .filter(|e| e.item.title.starts_with(title_prefix))
        .map(|e| {
            let item = items::get(&store, &e.item.id.to_string()).unwrap().item;
            (
                e.local_start.unwrap()[..16].to_string(),
                e.item.title,
                item.series_id.map(|s| s.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    out.sort();
    out
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_weekly_series_is_created_in_the_editor_and_edited_from_an_occurrence_on() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    drop(plan_with_a_channel(data.path()));
    let app = App::start(data.path()).await?;
    app.open_view("calendar").await?;
    app.driver.query(By::Css(".fc-day-today")).first().await?;

    // A weekly 09:00 poll, four times, from tomorrow.
    let first = sample::today_from(chrono::Utc::now()) + Days::new(1);
    app.click("[data-testid=new-item]").await?;
    app.type_into("#item-title", "Friday poll").await?;
    app.type_date("#item-date", &first.to_string()).await?;
    app.type_date("#item-time", "09:00").await?;
    // A custom rule that never ends is refused beside the field, and nothing is written.
    app.select_by_text("[data-testid=repeat-freq]", "Custom rule (RRULE)").await?;
    app.type_into("[data-testid=repeat-custom]", "FREQ=WEEKLY;BYDAY=FR").await?;
    app.click("[data-testid=item-save]").await?;
    let error = app.driver.query(By::Css("[data-testid=item-rrule-error]")).first().await?.text().await?;
    assert!(error.contains("never ends"), "{error}");
    assert!(occurrences(data.path(), "Friday poll").is_empty(), "nothing written");
    app.select_by_text("[data-testid=repeat-freq]", "Weekly").await?;
    // The start's weekday is ticked.
    app.wait_until(|| async {
        let ticked = app.driver.find_all(By::Css("[data-testid=item-repeat] input[type=checkbox]:checked")).await?;
        Ok(ticked.len() == 1)
    })
    .await?;
    app.set_value("[data-testid=repeat-count]", "4").await?;
    app.screenshot("24-repeat").await?;
    app.click("[data-testid=item-save]").await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;
    let made = occurrences(data.path(), "Friday poll");
    let starts: Vec<String> = made.iter().map(|o| o.0.clone()).collect();
    let expected: Vec<String> = (0..4).map(|w| format!("{}T09:00", first + Days::new(7 * w))).collect();
    assert_eq!(starts, expected, "four weeks at 09:00 on the plan's clock");

    // Open the third and rename it and the ones after it.
    let third = {
        let store = Store::open_existing_dir(data.path()).unwrap();
        let q = items::WindowQuery {
            from: (first + Days::new(14)).to_string(),
            to: (first + Days::new(15)).to_string(),
            filter: Default::default(),
        };
        items::list_window(&store, &q).unwrap()[0].item.id.to_string()
    };
    // Show the third occurrence's month, then wait for it there.
    let selector = format!(".fc-event[data-item-id='{third}']");
    let today = sample::today_from(chrono::Utc::now());
    let month = |d: NaiveDate| d.year() * 12 + d.month() as i32;
    for _ in 0..(month(first + Days::new(14)) - month(today)) {
        app.click(".fc-next-button").await?;
    }
    app.driver.query(By::Css(&selector)).first().await?;
    app.click(&selector).await?;
    app.driver.query(By::Css("[data-testid=item-series]")).first().await?;
    // Clicked until it holds: the dialog may still settle its height as the click lands.
    app.wait_until(|| async {
        app.click("[data-testid=scope-following]").await?;
        app.driver.find(By::Css("[data-testid=scope-following]")).await?.is_selected().await
    })
    .await?;
    let title = app.driver.find(By::Css("#item-title")).await?;
    title.clear().await?;
    title.send_keys("Friday poll: spring edition").await?;
    app.screenshot("25-series-scope").await?;
    app.click("[data-testid=item-save]").await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;
    let after = occurrences(data.path(), "Friday poll");
    let titles: Vec<&str> = after.iter().map(|o| o.1.as_str()).collect();
    assert_eq!(titles, ["Friday poll", "Friday poll", "Friday poll: spring edition", "Friday poll: spring edition"]);
    assert_ne!(after[1].2, after[2].2, "the series split at the third occurrence");

    // A coverage rule asking for nothing is refused beside its field; one a day is added.
    app.open_view("checks").await?;
    app.click("[data-testid^=add-rule-]").await?;
    app.set_value("#rule-min", "0").await?;
    app.click("[data-testid=rule-save]").await?;
    let error = app.driver.query(By::Css("[data-testid=rule-min-error]")).first().await?.text().await?;
    assert!(error.contains("at least 1"), "{error}");
    app.set_value("#rule-min", "1").await?;
    app.click("[data-testid=rule-save]").await?;
    app.wait_gone("[data-testid=rule-dialog][open]").await?;
    app.driver.query(By::Css("[data-testid=coverage-map]")).first().await?;
    app.click("[data-testid=coverage-cell-0-0]").await?;
    app.click("[data-testid=coverage-show-items]").await?;
    app.driver.query(By::Css("[data-testid=coverage-detail] .cell-items")).first().await?;
    app.screenshot("26-coverage-rule").await?;
    app.quit().await
}
