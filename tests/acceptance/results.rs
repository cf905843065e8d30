//! Results from the platforms' own exports: X's analytics CSV matched by link and
//! re-imported without double counting; Meta's Dutch CSV (BOM, semicolons, day-first
//! dates) matched by proposals the team confirms; LinkedIn's workbook with its note above
//! the header on the "All posts" sheet; a bad row refusing the whole file; and the report
//! written as one-page PDF (read by poppler), a workbook (read by openpyxl) and JSON.

use std::path::{Path, PathBuf};
use std::process::Command;

use almanac_core::domain::{
    BrandDraft, ChannelDraft, MetricKind, ObjectiveDraft, OutcomeDraft, OutcomeKind, Platform, When,
};
use almanac_core::export::results as results_export;
use almanac_core::import::results::links::{paste, LinkPaste};
use almanac_core::import::results::{import, MatchKind, ResultsImport, ResultsSource};
use almanac_core::ops::results::{self, report, ResultsPeriod};
use almanac_core::ops::{brands, channels, items, objectives};
use almanac_core::Store;
use almanac_i18n::{Catalogue, Language};
use almanac_tests::{english, item_draft, pdf_facts, set_locale, set_zone};
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    "2026-07-01T09:00:00Z".parse().unwrap()
}

/// A plan on London time with an X, a Facebook, an Instagram and a LinkedIn channel, an
/// objective measured in impressions, and a timed item on each channel on 2 April 2026.
struct Plan {
    store: Store,
    dir: tempfile::TempDir,
    items: Vec<(Platform, String)>,
}

fn plan() -> Plan {
    let mut store = Store::open_in_memory().unwrap();
    set_zone(&mut store, "Europe/London", "en-GB");
    let brand = brands::create(
        &mut store,
        &BrandDraft {
            name: "Westmark".into(),
            purpose: String::new(),
            colour: "#1f4e9c".into(),
            reapproval: Default::default(),
        },
    )
    .unwrap();
    let objective = objectives::create(
        &mut store,
        &ObjectiveDraft {
            name: "Keep roads safe".into(),
            description: String::new(),
            colour: "#c2410c".into(),
            kpi_metric: "Impressions".into(),
            kpi_target: Some(3_000.0),
            kpi_period: "month".into(),
            baseline: Some(1_000.0),
            level: almanac_core::domain::GcsLevel::Output,
            kpi_kind: Default::default(),
        },
    )
    .unwrap();
    let mut made = Vec::new();
    for (platform, handle, time) in [
        (Platform::X, "@WestmarkPolice", "09:30"),
        (Platform::Facebook, "Westmark Police", "10:00"),
        (Platform::Instagram, "@westmarkpolice", "12:00"),
        (Platform::Linkedin, "Westmark Police", "08:00"),
    ] {
        let channel = channels::create(
            &mut store,
            &ChannelDraft {
                brand_id: brand.id.to_string(),
                platform,
                handle: handle.into(),
                purpose: String::new(),
                colour: "#123456".into(),
                active: true,
                max_per_day: None,
                min_gap_minutes: None,
                posting_slots: vec![],
            },
        )
        .unwrap();
        let mut draft = item_draft(
            &channel.id.to_string(),
            &format!("Spring roads on {handle}"),
            When::At { local: format!("2026-04-02T{time}") },
        );
        draft.objective_ids = vec![objective.id.to_string()];
        made.push((platform, items::create(&mut store, &draft).unwrap().item.id.to_string()));
    }
    Plan { store, dir: tempfile::tempdir().unwrap(), items: made }
}

impl Plan {
    fn item(&self, platform: Platform) -> &str {
        &self.items.iter().find(|(p, _)| *p == platform).unwrap().1
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

/// X's "Tweet activity" export: the posts of the period, lifetime numbers.
fn x_export(first_impressions: u32) -> String {
    format!(
        "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"engagements\",\"engagement rate\",\"retweets\",\"replies\",\"likes\",\"url clicks\",\"follows\"\n\
         \"1775000000000000001\",\"https://twitter.com/WestmarkPolice/status/1775000000000000001\",\"Spring roads: slow down\",\"2026-04-02 08:31 +0000\",\"{first_impressions}\",\"120\",\"0.05\",\"10\",\"5\",\"80\",\"25\",\"2\"\n\
         \"1775000000000000002\",\"https://twitter.com/WestmarkPolice/status/1775000000000000002\",\"Another post\",\"2026-04-20 15:00 +0000\",\"1,500\",\"30\",\"0.02\",\"1\",\"0\",\"20\",\"9\",\"0\"\n"
    )
}

fn total(report: &almanac_core::ops::results::ResultsReport, metric: &str) -> f64 {
    report.totals.iter().find(|t| t.metric == metric).map_or(0.0, |t| t.value)
}

fn q2() -> ResultsPeriod {
    ResultsPeriod { year: 2026, quarter: Some(2) }
}

#[test]
fn x_analytics_matched_by_link_and_a_reimport_replaces_its_numbers() {
    let mut p = plan();
    let x_item = p.item(Platform::X).to_string();
    results::set_link(&mut p.store, &x_item, "https://x.com/i/status/1775000000000000001?s=20").unwrap();
    let file = p.file("tweet_activity.csv", x_export(2_400).as_bytes());
    let preview = import(&mut p.store, &file, &ResultsImport::default(), true).unwrap();
    assert_eq!(preview.source, ResultsSource::X, "told from its headers");
    assert_eq!((preview.linked, preview.proposed, preview.unmatched, preview.invalid), (1, 0, 1, 0));
    assert_eq!(preview.rows[0].found, MatchKind::Linked);
    assert_eq!(preview.rows[0].item_id.as_deref(), Some(x_item.as_str()));
    assert!(!preview.written);
    assert_eq!(report(&p.store, q2()).unwrap().posts, 0, "the preview wrote nothing");

    let done = import(&mut p.store, &file, &ResultsImport::default(), false).unwrap();
    assert!(done.written);
    let r = report(&p.store, q2()).unwrap();
    assert_eq!((total(&r, "impressions"), total(&r, "engagements"), total(&r, "shares")), (3_900.0, 150.0, 11.0));
    assert_eq!((total(&r, "link clicks"), total(&r, "comments"), r.posts), (34.0, 5.0, 2));
    let roads = &r.objectives[0];
    assert_eq!(roads.achieved, 2_400.0, "only the matched item serves the objective");
    assert_eq!((roads.planned, roads.target.map(f64::round)), (4, Some(8_969.0)), "3,000 a month over 91 days");
    assert_eq!(r.best[0].title, "Spring roads on @WestmarkPolice");

    // The same export a week later: the numbers grew, and they replace the old ones.
    let later = p.file("tweet_activity_later.csv", x_export(3_000).as_bytes());
    let again = import(&mut p.store, &later, &ResultsImport::default(), false).unwrap();
    assert_eq!(again.replaced, 2);
    let r = report(&p.store, q2()).unwrap();
    assert_eq!((total(&r, "impressions"), r.posts), (4_500.0, 2), "replaced, never added");
    p.store.undo().unwrap();
    assert_eq!(total(&report(&p.store, q2()).unwrap(), "impressions"), 3_900.0, "undo brings the first numbers back");
}

#[test]
fn meta_in_dutch_with_a_bom_is_matched_by_proposals_the_team_confirms() {
    let mut p = plan();
    let csv = "\u{feff}Bericht-ID;Pagina-ID;Paginanaam;Beschrijving;Publicatietijd;Permalink;Berichttype;Datum;Weergaven;Bereik;Reacties, opmerkingen en deelacties;Reacties;Opmerkingen;Deelacties;Linkklikken\n\
        111_222;999;Westmark Police;Lente op de weg;02-04-2026 10:02;https://www.facebook.com/WestmarkPolice/posts/222;Foto;Levensduur;4.210;3.100;260;200;20;40;55\n\
        111_333;999;Westmark Police;Bericht in mei;14-05-2026 18:00;https://www.facebook.com/WestmarkPolice/posts/333;Foto;Levensduur;800;600;10;8;1;1;2\n";
    let file = p.file("Facebook_export.csv", csv.as_bytes());
    let preview = import(&mut p.store, &file, &ResultsImport::default(), true).unwrap();
    assert_eq!(preview.source, ResultsSource::Meta);
    assert_eq!(preview.invalid, 0, "{:?}", preview.rows);
    assert_eq!((preview.proposed, preview.unmatched), (1, 1), "the 10:02 post is near the 10:00 item");
    let fb_item = p.item(Platform::Facebook).to_string();
    assert_eq!(preview.rows[0].item_id.as_deref(), Some(fb_item.as_str()));
    assert_eq!(preview.rows[0].platform, Some(Platform::Facebook));
    let impressions = preview.totals.iter().find(|t| t.metric == "impressions").unwrap().value;
    assert_eq!(impressions, 5_010.0, "4.210 is four thousand in Dutch");

    let confirmed = ResultsImport { accept_lines: vec![2], ..Default::default() };
    import(&mut p.store, &file, &confirmed, false).unwrap();
    assert_eq!(
        results::link_of(&p.store, &fb_item).unwrap().as_deref(),
        Some("https://www.facebook.com/WestmarkPolice/posts/222"),
        "a confirmed match gives the item its link"
    );
    let r = report(&p.store, q2()).unwrap();
    assert_eq!((total(&r, "reach"), total(&r, "engagements")), (3_700.0, 270.0));
    assert_eq!(r.objectives[0].achieved, 4_210.0);
    // Next time the same post is matched by the link.
    let again = import(&mut p.store, &file, &ResultsImport::default(), true).unwrap();
    assert_eq!((again.linked, again.replaced), (1, 2));
}

#[test]
fn linkedin_s_workbook_is_read_from_its_all_posts_sheet_below_the_note() {
    let mut p = plan();
    let mut book = rust_xlsxwriter::Workbook::new();
    let metrics = book.add_worksheet().set_name("Metrics").unwrap();
    metrics.write_string(0, 0, "Date").unwrap();
    metrics.write_string(0, 1, "Impressions (total)").unwrap();
    let posts = book.add_worksheet().set_name("All posts").unwrap();
    posts.write_string(0, 0, "All posts: the content of Westmark Police, 1 April 2026 to 30 June 2026").unwrap();
    let header = [
        "Post title",
        "Post link",
        "Post type",
        "Created date",
        "Impressions",
        "Clicks",
        "Likes",
        "Comments",
        "Reposts",
        "Follows",
        "Engagement rate",
    ];
    for (c, h) in header.iter().enumerate() {
        posts.write_string(1, c as u16, *h).unwrap();
    }
    let row = [
        "Spring roads",
        "https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001/",
        "Organic",
        "04/02/2026",
    ];
    for (c, v) in row.iter().enumerate() {
        posts.write_string(2, c as u16, *v).unwrap();
    }
    for (c, v) in [900.0, 31.0, 40.0, 6.0, 3.0, 2.0, 0.05].iter().enumerate() {
        posts.write_number(2, c as u16 + 4, *v).unwrap();
    }
    let file = p.file("westmark_content.xlsx", &book.save_to_buffer().unwrap());
    let preview =
        import(&mut p.store, &file, &ResultsImport { accept_all: true, ..Default::default() }, false).unwrap();
    assert_eq!(preview.source, ResultsSource::Linkedin);
    assert_eq!(preview.rows.len(), 1);
    assert_eq!(preview.rows[0].day, chrono::NaiveDate::from_ymd_opt(2026, 4, 2), "US order: April the 2nd");
    assert_eq!(preview.rows[0].post, "7300000000000000001");
    assert_eq!(preview.rows[0].item_id.as_deref(), Some(p.item(Platform::Linkedin)), "the same day's item, proposed");
    let r = report(&p.store, q2()).unwrap();
    assert_eq!((total(&r, "impressions"), total(&r, "link clicks"), total(&r, "engagements")), (900.0, 31.0, 49.0));
}

#[test]
fn one_bad_row_refuses_the_file_and_nothing_is_written() {
    let mut p = plan();
    let bad = x_export(2_400).replace("\"1,500\"", "\"lots\"");
    let file = p.file("tweets.csv", bad.as_bytes());
    let preview = import(&mut p.store, &file, &ResultsImport::default(), true).unwrap();
    assert_eq!(preview.invalid, 1);
    assert!(
        english(preview.rows[1].error.as_ref().unwrap()).contains("“lots” is not a count"),
        "{:?}",
        preview.rows[1]
    );
    let err = import(&mut p.store, &file, &ResultsImport::default(), false).unwrap_err();
    assert!(err.to_string().contains("line 3"), "{err}");
    assert_eq!(report(&p.store, q2()).unwrap().posts, 0);
    let empty = p.file("empty.csv", b"Tweet id,time,impressions\n");
    assert!(import(&mut p.store, &empty, &ResultsImport::default(), false).is_err());
    let nonsense = p.file("notes.csv", b"Shopping,Quantity\nmilk,2\n");
    let err = import(&mut p.store, &nonsense, &ResultsImport::default(), false).unwrap_err();
    assert!(err.to_string().contains("names a date and a number column"), "{err}");
}

/// An X post id made as X makes them, for a post at `at`.
fn x_id(at: &str) -> u64 {
    let ms = at.parse::<DateTime<Utc>>().unwrap().timestamp_millis() - 1_288_834_974_657;
    (ms as u64) << 22
}

#[test]
fn links_pasted_in_bulk_are_proposed_by_their_time_and_linked_once_confirmed() {
    let mut p = plan();
    let x = format!("https://x.com/WestmarkPolice/status/{}", x_id("2026-04-02T08:31:00Z"));
    let text = format!(
        "{x}\n\n02/04/2026 10:05\thttps://www.facebook.com/WestmarkPolice/posts/555\nhttps://www.instagram.com/p/CxYz12AbC/\nnot a link at all\nhttps://example.org/x\n"
    );
    let asked = LinkPaste { text: text.clone(), accept_lines: vec![] };
    let preview = paste(&mut p.store, &asked, true).unwrap();
    let found: Vec<(u32, MatchKind)> = preview.rows.iter().map(|r| (r.line, r.found)).collect();
    assert_eq!(
        found,
        [(1, MatchKind::Proposed), (3, MatchKind::Proposed), (4, MatchKind::Unmatched), (6, MatchKind::Unmatched)]
    );
    assert_eq!(preview.rows[0].item_id.as_deref(), Some(p.item(Platform::X)), "the id's time is 09:31 in London");
    assert_eq!(preview.rows[0].at.as_deref(), Some("2026-04-02 09:31"));
    assert_eq!(
        preview.rows[1].item_id.as_deref(),
        Some(p.item(Platform::Facebook)),
        "the line's time, day first in an en-GB plan"
    );
    assert!(
        english(preview.rows[2].error.as_ref().unwrap()).contains("date and time"),
        "Instagram's link says no time"
    );
    assert!(english(preview.rows[3].error.as_ref().unwrap()).contains("not a post"));
    assert_eq!(preview.linked, 0);

    let done = paste(&mut p.store, &LinkPaste { text, accept_lines: vec![1] }, false).unwrap();
    assert_eq!(done.linked, 1, "only the confirmed line");
    let x_item = p.item(Platform::X).to_string();
    assert_eq!(results::link_of(&p.store, &x_item).unwrap(), Some(x));
    assert_eq!(results::link_of(&p.store, p.item(Platform::Facebook)).unwrap(), None);
    assert!(paste(&mut p.store, &LinkPaste::default(), true).is_err(), "nothing pasted");
}

#[test]
fn a_generic_sheet_reads_channel_days_and_posts_by_permalink() {
    let mut p = plan();
    let sheet = "Date;Platform;Channel;Permalink;Reach;Link clicks;Engagement rate\n\
        2026-04-02;instagram;@westmarkpolice;;1.200;10;3%\n\
        2026-04-02;linkedin;Westmark Police;;300;4;\n\
        2026-04-03;;;https://www.instagram.com/p/CxYz12AbC/;450;2;\n\
        2026-04-04;facebook;@nobody;;10;0;\n";
    let file = p.file("our-numbers.csv", sheet.as_bytes());
    let preview = import(&mut p.store, &file, &ResultsImport::default(), true).unwrap();
    assert_eq!(preview.source, ResultsSource::Csv);
    assert_eq!(preview.invalid, 0, "{:?}", preview.rows);
    let platforms: Vec<Option<Platform>> = preview.rows.iter().map(|r| r.platform).collect();
    assert_eq!(
        platforms,
        [Some(Platform::Instagram), Some(Platform::Linkedin), Some(Platform::Instagram), Some(Platform::Facebook)]
    );
    assert_eq!(preview.rows[0].post, "@westmarkpolice", "a channel's day");
    assert_eq!(preview.rows[2].post, "CxYz12AbC", "the post the permalink names");
    import(&mut p.store, &file, &ResultsImport::default(), false).unwrap();
    let r = report(&p.store, q2()).unwrap();
    assert_eq!((total(&r, "reach"), total(&r, "link clicks")), (1_960.0, 16.0));
    assert_eq!(r.platforms.len(), 3);
    // The same sheet again replaces its rows.
    import(&mut p.store, &file, &ResultsImport::default(), false).unwrap();
    assert_eq!(total(&report(&p.store, q2()).unwrap(), "reach"), 1_960.0);
    let nameless = p.file("nameless.csv", b"Date,Reach\n2026-04-02,5\n");
    let err = import(&mut p.store, &nameless, &ResultsImport::default(), false).unwrap_err();
    assert!(err.to_string().contains("name its platform"), "{err}");
}

fn python_reads(path: &Path) -> serde_json::Value {
    let python = std::env::var("ALMANAC_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = almanac_tests::repo().join("tests/interop/read_results.py");
    let out = Command::new(python).arg(script).arg(path).output().expect("Python runs");
    assert!(out.status.success(), "openpyxl refused the workbook: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
#[ignore = "needs Python with openpyxl (ALMANAC_PYTHON) and poppler-utils; run by the test script"]
fn interop_by_the_numbers_is_one_page_and_the_workbook_and_json_hold_the_file_sums() {
    let mut p = plan();
    let x_item = p.item(Platform::X).to_string();
    results::set_link(&mut p.store, &x_item, "1775000000000000001").unwrap();
    let x = p.file("x.csv", x_export(2_400).as_bytes());
    import(&mut p.store, &x, &ResultsImport::default(), false).unwrap();
    let objective = objectives::list(&p.store).unwrap()[0].id.to_string();
    for n in 0..30 {
        let draft = OutcomeDraft {
            kind: if n % 2 == 0 { OutcomeKind::Outcome } else { OutcomeKind::Lesson },
            objective_id: Some(objective.clone()),
            campaign_id: None,
            day: "2026-05-01".into(),
            what: format!("Note {n}: {}", "a long observation about what worked ".repeat(6)),
            metric: "reports received".into(),
            value: Some(10.0),
            source: "Survey".into(),
        };
        results::create_outcome(&mut p.store, &draft).unwrap();
    }
    let pdf = p.dir.path().join("by-the-numbers.pdf");
    results_export::export(&p.store, q2(), now(), &pdf).unwrap();
    let facts = pdf_facts(&pdf);
    assert_eq!(facts.pages, 1, "always one page, however many notes");
    assert!((facts.width - 595.0).abs() < 2.0 && (facts.height - 842.0).abs() < 2.0, "A4");
    assert!(facts.text.contains("By the numbers · 2026 Q2"), "{}", facts.text);
    assert!(
        facts.text.contains("3,900") && facts.text.contains("150"),
        "the file's impressions and engagements: {}",
        facts.text
    );

    let xlsx = p.dir.path().join("results.xlsx");
    results_export::export(&p.store, q2(), now(), &xlsx).unwrap();
    let book = python_reads(&xlsx);
    assert_eq!(
        book["sheets"],
        serde_json::json!(["Summary", "Objectives", "Campaigns", "Posts", "Outcomes and lessons"])
    );
    assert_eq!(book["posts"]["impressions"], 3_900.0, "the Posts sheet sums to the file");
    assert_eq!(book["posts"]["rows"], 2);
    assert_eq!(book["posts"]["first_day_type"], "datetime");

    let json = p.dir.path().join("results.json");
    results_export::export(&p.store, q2(), now(), &json).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let impressions = value["totals"].as_array().unwrap().iter().find(|t| t["metric"] == "impressions").unwrap();
    assert_eq!(impressions["value"], 3_900.0);
    assert!(results_export::export(&p.store, q2(), now(), &p.dir.path().join("r.txt")).is_err());
}

#[test]
fn the_sample_plan_has_links_a_season_of_results_and_notes() {
    let mut store = Store::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let options = almanac_core::sample::SampleOptions::for_today(almanac_core::sample::Profile::Agency, 7, today);
    almanac_core::sample::load(&mut store, options).unwrap();
    let r = report(&store, ResultsPeriod { year: 2026, quarter: Some(4) }).unwrap();
    assert!(r.posts > 500, "a season of posts: {}", r.posts);
    assert!(total(&r, "impressions") > 1_000_000.0);
    let platforms: Vec<Platform> = r.platforms.iter().map(|p| p.platform).collect();
    assert_eq!(platforms.len(), 4, "X, Facebook, Instagram and LinkedIn: {platforms:?}");
    assert!(r.objectives.iter().any(|o| o.target.is_some() && o.achieved > 0.0));
    assert!(!r.lessons.is_empty() && !r.best.is_empty());
    // A survey's share is where it stands when read: the latest reading, drawn at its date,
    // never summed by week.
    let trust = r.objectives.iter().find(|o| o.metric == "confidence").expect("the survey's objective");
    assert_eq!(trust.kind, MetricKind::Level);
    let read: Vec<(String, f64)> = trust.readings.iter().map(|r| (r.day.to_string(), r.value)).collect();
    assert_eq!(read, [("2026-10-16".to_owned(), 59.0), ("2026-10-31".to_owned(), 61.0)]);
    assert_eq!((trust.achieved, trust.target), (61.0, Some(65.0)), "the latest against the target as set");
    assert!(trust.weeks.is_empty(), "no weekly bars with zeros between");
    let q1 = report(&store, ResultsPeriod { year: 2026, quarter: Some(1) }).unwrap();
    assert_eq!(q1.posts, 0, "the season is the 13 weeks before today");
    assert!(q1.objectives.iter().any(|o| o.delivered > 0), "Q1's items went out, with no numbers yet");
}

#[test]
fn a_dutch_plans_numbers_are_in_dutch_with_dutch_grouping() {
    let mut p = plan();
    set_locale(&mut p.store, "nl-NL");
    let x_item = p.item(Platform::X).to_string();
    results::set_link(&mut p.store, &x_item, "1775000000000000001").unwrap();
    let x = p.file("x.csv", x_export(2_400).as_bytes());
    import(&mut p.store, &x, &ResultsImport::default(), false).unwrap();
    let pdf = p.dir.path().join("in-cijfers.pdf");
    results_export::export(&p.store, q2(), now(), &pdf).unwrap();
    let facts = pdf_facts(&pdf);
    assert_eq!(facts.pages, 1);
    let dutch = Catalogue::of(Language::Nl);
    for id in ["numbers-objectives", "numbers-lessons", "results-metric-engagements"] {
        let words = dutch.text(id);
        assert!(facts.text.to_lowercase().contains(&words.to_lowercase()), "“{words}” is on the page:\n{}", facts.text);
    }
    assert!(facts.text.contains("3.900"), "impressions grouped the Dutch way: {}", facts.text);
    assert!(!facts.text.contains("By the numbers") && !facts.text.contains("Lessons"), "{}", facts.text);
}
