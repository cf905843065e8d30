//! The shared web page, read by Python's own HTML parser: one self-contained file (no
//! script, nothing from elsewhere), a grid per month whose days list their items (hostile
//! titles as text), eight lines a day and the count, and the campaigns and key dates.

use std::process::Command;

use almanac_core::export::web_page::{self, Period};
use almanac_core::ops::{campaigns, items};
use almanac_i18n::{Catalogue, Language};
use almanac_tests::{campaign_draft, item_draft, on, plan_with_channel, set_zone};
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    "2027-04-01T09:00:00Z".parse().unwrap()
}

fn read(path: &std::path::Path) -> serde_json::Value {
    let python = std::env::var("ALMANAC_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = almanac_tests::repo().join("tests/interop/read_web_page.py");
    let out = Command::new(python).arg(script).arg(path).output().expect("Python runs");
    assert!(out.status.success(), "the reader refused the page: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

const HOSTILE: &str = "<script>alert('x')</script> & \"Wheels\" <img src=https://evil.example/x.png>";

#[test]
#[ignore = "needs Python (ALMANAC_PYTHON); run by the test script"]
fn interop_python_reads_a_self_contained_month_with_every_day_and_its_items() {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "Europe/London", "en-GB");
    campaigns::create(&mut store, &campaign_draft("Cone Zone", "2027-04-20", "2027-05-10")).unwrap();
    for n in 0..10 {
        let title = if n == 0 { HOSTILE.to_string() } else { format!("Post {n}") };
        items::create(&mut store, &item_draft(&channel, &title, on("2027-05-03"))).unwrap();
    }
    items::create(&mut store, &item_draft(&channel, "June post", on("2027-06-01"))).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("May.html");
    let shown = web_page::export(&store, Period::Month { year: 2027, month: 5 }, now(), &out).unwrap();
    assert_eq!(shown, 10, "May's items, not June's");

    let page = read(&out);
    assert_eq!(page["lang"], "en");
    assert_eq!(page["title"], "Westmark — plan for May 2027");
    assert_eq!(page["loads"], serde_json::json!([]), "no script, image, frame or stylesheet to load");
    assert_eq!(page["outside"], serde_json::json!([]), "no address outside the page");
    let headings: Vec<&str> = page["headings"].as_array().unwrap().iter().map(|h| h.as_str().unwrap()).collect();
    assert!(headings.contains(&"Campaigns") && headings.contains(&"Key dates") && headings.contains(&"May 2027"));
    let days = page["days"].as_array().unwrap();
    assert_eq!(days.len(), 31, "every day of May, once");
    let third = &days[2];
    assert_eq!((third["date"].as_str(), third["count"].as_str()), (Some("3"), Some("10 items")));
    let titles: Vec<&str> = third["titles"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    // Eight lines, then “+2 more”, which opens on the other two without script.
    assert_eq!(titles.len(), 10, "every item of the day is on the page: {titles:?}");
    assert_eq!((third["folded"].as_u64(), third["more"].as_str()), (Some(2), Some("+2 more")));
    assert!(titles.contains(&HOSTILE), "the hostile title is text: {titles:?}");
    for n in 1..10 {
        assert!(titles.contains(&format!("Post {n}").as_str()), "Post {n} is reachable");
    }
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("Cone Zone"));
}

#[test]
fn a_quarter_and_a_year_have_their_months_and_a_bad_period_writes_nothing() {
    let (store, _) = plan_with_channel();
    let (quarter, _) = web_page::html(&store, Period::Quarter { year: 2027, quarter: 2 }, now()).unwrap();
    assert_eq!(quarter.matches("<section class=\"month\"").count(), 3);
    assert!(quarter.contains(">April 2027</h2>") && quarter.contains(">June 2027</h2>"));
    let (year, _) = web_page::html(&store, Period::Year { year: 2027 }, now()).unwrap();
    assert_eq!(year.matches("<section class=\"month\"").count(), 12);
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.html");
    let err = web_page::export(&store, Period::Month { year: 2027, month: 13 }, now(), &bad).unwrap_err();
    assert_eq!(err.code(), "validation");
    let wrong = dir.path().join("page.pdf");
    assert!(web_page::export(&store, Period::Year { year: 2027 }, now(), &wrong).is_err());
    assert!(!bad.exists() && !wrong.exists());
}

#[test]
fn a_dutch_plans_page_speaks_dutch_and_an_arabic_one_runs_right_to_left() {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "Europe/Amsterdam", "nl-NL");
    campaigns::create(&mut store, &campaign_draft("Veilig fietsen", "2027-04-20", "2027-05-10")).unwrap();
    for n in 0..10 {
        items::create(&mut store, &item_draft(&channel, &format!("Bericht {n}"), on("2027-05-03"))).unwrap();
    }
    let (html, shown) = web_page::html(&store, Period::Month { year: 2027, month: 5 }, now()).unwrap();
    assert_eq!(shown, 10);
    let dutch = Catalogue::of(Language::Nl);
    assert!(html.contains("<html lang=\"nl\" dir=\"ltr\">"));
    assert!(html.contains(">mei 2027</h2>"), "the month in Dutch");
    assert!(html.contains("20 april 2027") && html.contains("10 mei 2027"), "the campaign's days in Dutch");
    for id in ["web-page-campaigns", "web-page-key-dates"] {
        assert!(html.contains(&format!(">{}</h2>", dutch.text(id))), "{id} in Dutch");
    }
    for english in ["Campaigns", "Key dates", "+2 more", ">May", " to "] {
        assert!(!html.contains(english), "no English “{english}” on the Dutch page");
    }
    set_zone(&mut store, "Asia/Dubai", "ar-AE");
    let (arabic, _) = web_page::html(&store, Period::Month { year: 2027, month: 5 }, now()).unwrap();
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">") && arabic.contains("مايو 2027"), "{arabic}");
}

#[test]
fn key_dates_run_in_date_order_and_a_long_campaign_keeps_its_dates_whole() {
    use almanac_core::domain::{KeyDateCategory, KeyDateDraft};
    let (mut store, _) = plan_with_channel();
    set_zone(&mut store, "Europe/London", "en-GB");
    // Entered latest first, as a team adds them through the year.
    for (name, day) in [("Carol service", "2027-12-20"), ("Staff awards", "2027-12-02")] {
        let draft = KeyDateDraft {
            name: name.into(),
            starts_on: day.into(),
            ends_on: day.into(),
            category: KeyDateCategory::Internal,
            blackout_level: None,
            region: String::new(),
        };
        almanac_core::ops::key_dates::create(&mut store, &draft).unwrap();
    }
    campaigns::create(&mut store, &campaign_draft("Wanted Wednesday", "2027-01-06", "2028-01-05")).unwrap();
    let (html, _) = web_page::html(&store, Period::Month { year: 2027, month: 12 }, now()).unwrap();
    let section = html.split("<ul class=\"key-dates\">").nth(1).unwrap().split("</ul>").next().unwrap();
    let starts: Vec<chrono::NaiveDate> = section
        .split("<span class=\"dates\">")
        .skip(1)
        .map(|s| {
            let first = s.split("</span>").next().unwrap().split(" to ").next().unwrap();
            chrono::NaiveDate::parse_from_str(first, "%d %B %Y").unwrap_or_else(|e| panic!("{first}: {e}"))
        })
        .collect();
    assert!(starts.len() >= 2, "{section}");
    assert!(starts.is_sorted(), "the key dates in date order: {starts:?}");
    // The campaign's whole range is one piece of text in a column as wide as it needs.
    assert!(html.contains("<span class=\"dates\">6 January 2027 to 5 January 2028</span>"));
    let style = html.split("<style>").nth(1).unwrap().split("</style>").next().unwrap();
    assert!(style.contains("grid-template-columns: minmax(8em, 18em) max-content"), "no fixed width to cut it");
}
