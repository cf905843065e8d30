//! The window's language end to end: chosen in Settings, the frame and the menu bar speak
//! it at once (Arabic runs right to left), and `--language` names one for a run. The
//! command line speaks the same language as the window: its output, its help and its
//! refusals.

use almanac_i18n::{Catalogue, Language};
use serde_json::json;
use thirtyfour::prelude::*;

use crate::driver::{cli, App, EXPORT_MENU, FILE_MENU, HELP_MENU, IMPORT_MENU, VIEWS};

/// Every view (the calendar as month and grid) in the language in force, each
/// screenshotted as `<prefix>-<view>` and held to the axe audit (`lang` and `dir` set).
pub(crate) async fn walk_the_views(app: &App, prefix: &str) -> WebDriverResult<()> {
    walk_the_views_reading(app, prefix, None).await
}

/// [`walk_the_views`], each view also read by `reader` (in the pseudo-locale).
async fn walk_the_views_reading(app: &App, prefix: &str, reader: Option<&Reader>) -> WebDriverResult<()> {
    for view in VIEWS {
        app.open_view(view).await?;
        if view == "calendar" {
            app.driver.query(By::Css(".fc-event")).first().await?;
            app.screenshot(&format!("{prefix}-month")).await?;
            app.open_grid().await?;
        }
        if view == "results" {
            app.driver.query(By::Css("[data-testid=results-posts]")).first().await?;
        }
        app.screenshot(&format!("{prefix}-{view}")).await?;
        let violations = app.accessibility_violations().await?;
        assert!(violations.is_empty(), "{prefix} {view}: {violations:?}");
        if let Some(reader) = reader {
            reader.read(app, view).await?;
        }
    }
    Ok(())
}

/// Reads a window in the pseudo-locale for words that are not the catalogue's (nor the
/// plan's own, nor any language's), and for catalogue text that is cut off.
struct Reader {
    script: &'static str,
    plan_words: Vec<String>,
    neutral: Vec<String>,
    found: std::sync::Mutex<(Vec<String>, Vec<String>)>,
}

/// Words that are no language's: product and platform names, file formats, and each
/// language's name in itself (the language picker lists them so).
#[rustfmt::skip]
const NEUTRAL: &[&str] = &[
    "Almanac", "X", "Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok", "Threads", "Bluesky", "Mastodon", "Flickr",
    "Snapchat", "BeReal", "WhatsApp", "Hootsuite", "Sprout", "Social", "Outlook", "Google", "CalDAV", "PostgreSQL", "CSV",
    "XLSX", "PDF", "ICS", "JSON", "HTML", "UTC", "GMT", "Q",
];

impl Reader {
    /// A reader of the plan in `data`: its words are those of its JSON document.
    fn of_plan(data: &std::path::Path) -> Reader {
        let file = data.join("words.json");
        let out = crate::driver::run_cli(data, &["export", "json", "--out", file.to_str().unwrap()]);
        assert!(out.status.success(), "{out:?}");
        let document: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        let mut plan_words = Vec::new();
        texts_of(&document, &mut plan_words);
        let mut neutral: Vec<String> = NEUTRAL.iter().map(|w| w.to_string()).collect();
        neutral.extend(Language::OFFERED.iter().map(|l| Catalogue::of(*l).text("language-name")));
        Reader { script: include_str!("scripts/untranslated.js"), plan_words, neutral, found: Default::default() }
    }

    async fn read(&self, app: &App, view: &str) -> WebDriverResult<()> {
        let args = vec![json!(self.plan_words), json!(self.neutral)];
        let ret = app.fresh(view, || async { app.driver.execute(self.script, args.clone()).await }).await?;
        let (untranslated, cut_off): (Vec<String>, Vec<String>) = ret.convert()?;
        let mut found = self.found.lock().unwrap();
        found.0.extend(untranslated.into_iter().map(|t| format!("{view}: {t}")));
        found.1.extend(cut_off.into_iter().map(|t| format!("{view}: {t}")));
        Ok(())
    }
}

/// Dialogs opened in a view by a button: (view, button, dialog).
const VIEW_DIALOGS: &[(&str, &str, &str)] = &[
    ("calendar", "new-item", "item-dialog"),
    ("campaigns", "new-campaign", "campaign-dialog"),
    ("partners", "new-partner", "partner-dialog"),
    ("collaborations", "new-collaboration", "collaboration-dialog"),
    ("requests", "new-request", "request-dialog"),
    ("plan", "plan-export", "export-plan-dialog"),
    ("checks", "fill-gaps", "fill-dialog"),
    ("plan", "open-pause", "pause-dialog"),
];

/// Dialogs opened from the menu bar: (menu, item, dialog).
const MENU_DIALOGS: &[(usize, usize, &str)] = &[
    (FILE_MENU, 0, "backup-dialog"),
    (FILE_MENU, 1, "restore-dialog"),
    (IMPORT_MENU, 0, "calendar-import-dialog"),
    (EXPORT_MENU, 1, "export-data-dialog"),
    (EXPORT_MENU, 3, "handoff-dialog"),
    (EXPORT_MENU, 4, "audit-dialog"),
    (EXPORT_MENU, 5, "web-page-dialog"),
    (HELP_MENU, 0, "about-dialog"),
];

/// Opens each of the dialogs above, screenshots it as `<prefix>-<dialog>`, has `reader`
/// read it, and closes it by its close button.
async fn read_the_dialogs(app: &App, prefix: &str, reader: &Reader) -> WebDriverResult<()> {
    let open = |dialog: &str| format!("[data-testid={dialog}][open]");
    for (view, button, dialog) in VIEW_DIALOGS {
        app.open_view(view).await?;
        app.click(&format!("[data-testid={button}]")).await?;
        app.driver.query(By::Css(open(dialog))).first().await?;
        reader.read(app, dialog).await?;
        app.screenshot(&format!("{prefix}-{dialog}")).await?;
        app.click(&format!("{} > header button.icon", open(dialog))).await?;
        app.wait_gone(&open(dialog)).await?;
    }
    for (menu, item, dialog) in MENU_DIALOGS {
        app.menu_dialog(*menu, *item, &open(dialog)).await?;
        reader.read(app, dialog).await?;
        app.screenshot(&format!("{prefix}-{dialog}")).await?;
        app.click(&format!("{} > header button.icon", open(dialog))).await?;
        app.wait_gone(&open(dialog)).await?;
    }
    Ok(())
}

/// Every text in a JSON value.
fn texts_of(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| texts_of(v, out)),
        serde_json::Value::Object(fields) => fields.values().for_each(|v| texts_of(v, out)),
        _ => {}
    }
}

/// The page's `lang` and `dir`, and what the navigation calls Settings.
async fn spoken(app: &App) -> WebDriverResult<(String, String, String)> {
    let ret = app
        .driver
        .execute(
            "return [document.documentElement.lang, document.documentElement.dir,
                     document.querySelector('[data-testid=nav-settings]').textContent.trim()];",
            vec![],
        )
        .await?;
    let [lang, dir, settings]: [String; 3] = serde_json::from_value(ret.json().clone())?;
    Ok((lang, dir, settings))
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_window_speaks_the_language_chosen_in_settings_and_arabic_runs_right_to_left() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("settings").await?;
    // The system's language under the tests (C.UTF-8) is none offered: British English.
    assert_eq!(spoken(&app).await?, ("en-GB".into(), "ltr".into(), "Settings".into()));

    app.select_by_text("#ui-language", "Nederlands").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.2 == "Instellingen") }).await?;
    assert_eq!(spoken(&app).await?.0, "nl");
    let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
    assert!(status.contains("Nederlands"), "{status}");
    // The history names the sample's loading, done in English, in Dutch now.
    let dutch = Catalogue::of(Language::Nl);
    let loaded = dutch.format("app-undo-labelled", &[("label", dutch.text("history-load-sample").into())]);
    // Its text as the page holds it (WebKit's driver calls the app bar's buttons not shown).
    let undo = app.driver.find(By::Css("[data-testid=undo]")).await?.prop("textContent").await?.unwrap_or_default();
    assert_eq!(undo.trim(), loaded, "the undo button in Dutch");
    app.screenshot("60-settings-dutch").await?;
    // The menu bar was built anew in Dutch, and its items still reach the window.
    app.menu_dialog(HELP_MENU, 0, "[data-testid=about-dialog][open]").await?;
    app.click("[data-testid=about-dialog] button.primary").await?;
    walk_the_views(&app, "63-dutch").await?;

    app.select_by_text("#ui-language", "العربية").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.1 == "rtl") }).await?;
    assert_eq!(spoken(&app).await?, ("ar".into(), "rtl".into(), "الإعدادات".into()));
    app.screenshot("61-settings-arabic").await?;
    walk_the_views(&app, "64-arabic").await?;
    the_grid_runs_right_to_left(&app).await?;
    app.open_view("settings").await?;

    // Back to the system's language (its option's label is in Arabic now).
    app.driver.find(By::Css("#ui-language option[value=system]")).await?.click().await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "en-GB") }).await?;
    app.quit().await
}

/// The planning grid in a right-to-left window: the row heads on the right, the days running
/// leftwards from them with their names in the window's language, and the arrow keys going
/// where they point (left is the next day).
async fn the_grid_runs_right_to_left(app: &App) -> WebDriverResult<()> {
    app.open_view("calendar").await?;
    app.open_grid().await?;
    let ret = app
        .driver
        .execute(
            "const x = (css) => document.querySelector(css).getBoundingClientRect();
             const scroll = x('.grid-scroll'), corner = x('.grid-head .corner');
             const first = x('.day-head[aria-colindex=\"2\"]'), second = x('.day-head[aria-colindex=\"3\"]');
             return [scroll.right - corner.right, corner.left - first.right, first.left - second.right,
                     document.querySelector('.day-head[aria-colindex=\"2\"] .day-name').textContent];",
            vec![],
        )
        .await?;
    let (corner_gap, first_gap, second_gap, first_name): (f64, f64, f64, String) = ret.convert()?;
    assert!(corner_gap.abs() < 3.0, "the row heads sit on the right: {corner_gap}");
    assert!(first_gap.abs() < 3.0 && second_gap.abs() < 3.0, "the days run leftwards: {first_gap}, {second_gap}");
    assert!(first_name.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "an Arabic day name: {first_name}");
    let cell = app.driver.query(By::Css("[role=gridcell][aria-colindex='2']")).first().await?;
    let start = cell.attr("data-day").await?.unwrap_or_default();
    app.driver.execute("arguments[0].focus();", vec![cell.to_json()?]).await?;
    app.driver.active_element().await?.send_keys(Key::Left).await?;
    let next = app.driver.active_element().await?.attr("data-day").await?.unwrap_or_default();
    let after = chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d").map(|d| d.succ_opt().unwrap_or(d).to_string());
    assert_eq!(Ok(next), after, "the left arrow goes to the next day");
    app.screenshot("64-arabic-grid").await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_language_named_for_the_run_wins_over_the_system() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::launch(vec![json!("--data-dir"), json!(data.path()), json!("--language"), json!("en-XA")]).await?;
    app.load_sample().await?;
    // The pseudo-locale: every message of the catalogue accented and in brackets.
    assert_eq!(spoken(&app).await?, ("en-XA".into(), "ltr".into(), "⟦Šéţţţíññĝš⟧".into()));
    app.screenshot("62-pseudo-locale").await?;
    // Every view and the dialogs a person opens most, read for words that did not come
    // from the catalogue, and for cut-off text.
    let reader = Reader::of_plan(data.path());
    walk_the_views_reading(&app, "65-pseudo", Some(&reader)).await?;
    read_the_dialogs(&app, "67-pseudo", &reader).await?;
    let (untranslated, cut_off) = std::mem::take(&mut *reader.found.lock().unwrap());
    assert!(untranslated.is_empty(), "{} untranslated:\n{}", untranslated.len(), untranslated.join("\n"));
    assert!(cut_off.is_empty(), "{} cut off:\n{}", cut_off.len(), cut_off.join("\n"));
    // The checker's findings are the catalogue's sentences too, each said whole (its titles
    // and days inside), and so is what would fix each.
    app.open_view("checks").await?;
    app.driver.query(By::Css("[data-testid=findings-list] .finding .message")).first().await?;
    let said = app
        .driver
        .execute(
            "return [...document.querySelectorAll('[data-testid=findings-list] .finding :is(.message, .fix)')]
                     .map(e => e.textContent.trim());",
            vec![],
        )
        .await?;
    let said: Vec<String> = serde_json::from_value(said.json().clone())?;
    assert!(said.len() > 10, "the sample has findings: {said:?}");
    let english: Vec<&String> = said.iter().filter(|s| !(s.starts_with('⟦') && s.ends_with('⟧'))).collect();
    assert!(english.is_empty(), "findings not from the catalogue: {english:?}");
    app.quit().await
}

const CAMPAIGN_DIALOG: &str = "[data-testid=campaign-dialog][open]";

/// Opens the campaign `name` from the Campaigns view and waits for its dialog.
pub(crate) async fn open_campaign(app: &App, name: &str) -> WebDriverResult<()> {
    app.open_view("campaigns").await?;
    let link = By::XPath(format!("//tr[@data-testid='campaign-row']//button[text()='{name}']"));
    app.fresh(name, || async { app.driver.query(link.clone()).first().await?.click().await }).await?;
    app.driver.query(By::Css(CAMPAIGN_DIALOG)).first().await?;
    Ok(())
}

/// Closes the campaign dialog without saving.
async fn close_campaign(app: &App) -> WebDriverResult<()> {
    app.fresh("#campaign-name", || async {
        app.driver.find(By::Css("#campaign-name")).await?.send_keys(Key::Escape).await
    })
    .await?;
    app.wait_gone(CAMPAIGN_DIALOG).await
}

/// Opens the calendar beside the campaign's start, checks it shows the start's month with
/// the start chosen, screenshots it as `shot` and holds the dialog to the axe audit.
async fn calendar_of_the_start(app: &App, shot: &str, day: &str) -> WebDriverResult<()> {
    app.click("[data-testid=campaign-start-calendar]").await?;
    let popup = app.driver.query(By::Css("[data-testid=campaign-start-popup]")).first().await?;
    let chosen = || async { popup.query(By::Css("[data-selected]")).first().await?.text().await };
    app.expect_eq("the calendar's chosen day", day.to_string(), chosen).await?;
    // Focus goes to the chosen day, so the arrows walk the month from there.
    let focused = || async { app.driver.active_element().await?.attr("data-selected").await };
    app.expect_eq("whether the focused day is the chosen one", Some(String::new()), focused).await?;
    app.screenshot(shot).await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "{shot}: {violations:?}");
    // Escape closes the calendar, not the dialog, and the field keeps its day. Pressed where
    // the focus is now: the calendar's days may have been drawn again meanwhile.
    app.fresh("the focused day", || async { app.driver.active_element().await?.send_keys(Key::Escape).await }).await?;
    app.wait_gone("[data-testid=campaign-start-popup]").await?;
    assert!(app.driver.find(By::Css(CAMPAIGN_DIALOG)).await.is_ok(), "the dialog is still open");
    Ok(())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn a_date_typed_in_a_british_window_reads_british_whatever_the_process_locale() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    // An American laptop: the process's locale, which the web view's own date inputs follow.
    let args = vec![json!("--data-dir"), json!(data.path())];
    let app = App::launch_in(args, &[("LC_ALL", "en_US.UTF-8"), ("LANG", "en_US.UTF-8")]).await?;
    app.load_sample().await?;
    app.expect_eq("the window's first language", "en-US".to_string(), || async { Ok(spoken(&app).await?.0) }).await?;
    // A British team's window.
    app.open_view("settings").await?;
    app.select_by_text("#ui-language", "English (UK)").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "en-GB") }).await?;

    app.open_view("campaigns").await?;
    app.click("[data-testid=new-campaign]").await?;
    app.type_into("#campaign-name", "Remembrance").await?;
    // The parts run day, month, year, as a British reader writes a date.
    let parts = || async {
        let segments =
            app.driver.find_all(By::Css("#campaign-start [data-segment]:not([data-segment=literal])")).await?;
        let mut parts = Vec::new();
        for s in segments {
            parts.push(s.attr("data-segment").await?.unwrap_or_default());
        }
        Ok(parts)
    };
    app.expect_eq("the start's parts", vec!["day".to_string(), "month".into(), "year".into()], parts).await?;
    app.type_date("#campaign-start", "2026-11-25").await?;
    app.expect_date_text("#campaign-start", "25/11/2026").await?;
    app.type_date("#campaign-end", "2026-11-30").await?;
    app.click("[data-testid=campaign-save]").await?;
    app.wait_gone(CAMPAIGN_DIALOG).await?;
    // What was saved is the 25th of November, as the list writes it.
    let row = By::XPath("//tr[@data-testid='campaign-row'][.//button[text()='Remembrance']]");
    app.wait_until(|| async { Ok(app.driver.find(row.clone()).await?.text().await?.contains("25 Nov 2026")) }).await?;

    open_campaign(&app, "Remembrance").await?;
    // The day reads back in British order.
    app.expect_date_text("#campaign-start", "25/11/2026").await?;
    app.expect_eq("#campaign-start's value", "2026-11-25".to_string(), || app.date_value("#campaign-start")).await?;
    calendar_of_the_start(&app, "66-date-field-english", "25").await?;
    close_campaign(&app).await?;

    // The same day in an American window reads month first.
    app.open_view("settings").await?;
    app.select_by_text("#ui-language", "English (US)").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "en-US") }).await?;
    open_campaign(&app, "Remembrance").await?;
    // The day reads in American order.
    app.expect_date_text("#campaign-start", "11/25/2026").await?;
    app.expect_eq("#campaign-start's value", "2026-11-25".to_string(), || app.date_value("#campaign-start")).await?;
    // By keyboard alone: Enter on the calendar button, an arrow to the next day, Enter.
    app.fresh("[data-testid=campaign-start-calendar]", || async {
        app.driver.find(By::Css("[data-testid=campaign-start-calendar]")).await?.send_keys(Key::Enter).await
    })
    .await?;
    app.driver.query(By::Css("[data-testid=campaign-start-popup] [data-selected]")).first().await?;
    // Each key goes to the day that has the focus when it is pressed: the calendar draws its
    // days again as the focus moves, so a day found a moment earlier may be gone.
    let focused = || async { app.driver.active_element().await?.text().await };
    app.expect_eq("the focused day", "25".to_string(), focused).await?;
    app.fresh("the focused day", || async { app.driver.active_element().await?.send_keys(Key::Right).await }).await?;
    app.expect_eq("the focused day", "26".to_string(), focused).await?;
    app.fresh("the focused day", || async { app.driver.active_element().await?.send_keys(Key::Enter).await }).await?;
    app.wait_gone("[data-testid=campaign-start-popup]").await?;
    app.expect_date_text("#campaign-start", "11/26/2026").await?;
    app.expect_eq("#campaign-start's value", "2026-11-26".to_string(), || app.date_value("#campaign-start")).await?;
    close_campaign(&app).await?;
    // An American clock: 12 hours and a morning or an afternoon, typed as such.
    app.open_view("calendar").await?;
    app.click("[data-testid=new-item]").await?;
    app.type_date("#item-date", "2026-11-25").await?;
    app.type_date("#item-time", "15:30").await?;
    app.expect_date_text("#item-time", "03:30 PM").await?;
    app.driver.find(By::Css("#item-title")).await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;

    // Dutch: day, month, year with dashes; its calendar starts the week on Monday.
    app.open_view("settings").await?;
    app.select_by_text("#ui-language", "Nederlands").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.0 == "nl") }).await?;
    open_campaign(&app, "Remembrance").await?;
    app.expect_date_text("#campaign-start", "25-11-2026").await?;
    calendar_of_the_start(&app, "67-date-field-dutch", "25").await?;
    close_campaign(&app).await?;

    // Arabic: right to left, in Arabic's own digits.
    app.open_view("settings").await?;
    app.select_by_text("#ui-language", "العربية").await?;
    app.wait_until(|| async { Ok(spoken(&app).await?.1 == "rtl") }).await?;
    open_campaign(&app, "Remembrance").await?;
    app.expect_eq("#campaign-start's value", "2026-11-25".to_string(), || app.date_value("#campaign-start")).await?;
    calendar_of_the_start(&app, "68-date-field-arabic", "٢٥").await?;
    close_campaign(&app).await?;
    app.quit().await
}

/// The catalogue's sentence `id` with `args` in `language`, as the command line prints it.
fn sentence(language: Language, id: &str, args: &[(&str, almanac_i18n::Arg)]) -> String {
    almanac_i18n::Words::for_language(language).format(id, args)
}

#[test]
#[ignore = "needs the built app; run by the test script"]
fn the_command_line_speaks_the_language_named_chosen_in_settings_or_the_systems() {
    let data = tempfile::tempdir().unwrap();
    let run = |command: &mut std::process::Command| {
        let out = command.output().expect("the app's binary runs");
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.code(),
        )
    };
    let folder = data.path().display().to_string();

    // Named for the run: Dutch, its counts in Dutch plurals.
    let (said, _, code) =
        run(cli().args(["--language", "nl", "sample", "--year", "2999", "--data-dir"]).arg(data.path()));
    assert_eq!(code, Some(0));
    let counts: [(&str, almanac_i18n::Arg); 6] = [
        ("profile", "agency".into()),
        ("folder", folder.clone().into()),
        ("brands", 2usize.into()),
        ("channels", 15usize.into()),
        ("campaigns", 60usize.into()),
        ("items", 12_006usize.into()),
    ];
    let dutch = sentence(Language::Nl, "cli-sample-loaded", &counts);
    assert_eq!(said.trim(), dutch);
    assert_ne!(dutch, sentence(Language::EnGb, "cli-sample-loaded", &counts), "a Dutch sentence, not the English");

    // Chosen in Settings on this laptop (the app's config folder): French.
    let config = tempfile::tempdir().unwrap();
    // Kept by an older Almanac, under its former identifier: found all the same.
    std::fs::create_dir_all(config.path().join("org.almanac.app")).unwrap();
    std::fs::write(config.path().join("org.almanac.app/preferences.json"), r#"{"language":"fr"}"#).unwrap();
    let (said, _, _) = run(cli()
        .env("XDG_CONFIG_HOME", config.path())
        .args(["check", "--year", "2999", "--data-dir"])
        .arg(data.path()));
    let first = said.lines().next().unwrap_or_default();
    assert!(first.starts_with("2999\u{202f}:"), "the year's counts in French: {first}");
    assert!(config.path().join("org.almanac.planner/preferences.json").exists(), "moved to the current name");
    assert!(!config.path().join("org.almanac.app").exists());
    assert!(said.contains(&sentence(Language::Fr, "cli-check-coverage", &[])), "{said}");

    // The system's locale when nothing is chosen: Spanish, and clap's refusals in it too.
    let (_, refused, code) = run(cli().env("LC_ALL", "es_ES.UTF-8").env("LANG", "es_ES.UTF-8").args(["exprot"]));
    assert_eq!(code, Some(2));
    let unknown = sentence(Language::Es, "cli-usage-unknown-command", &[("command", "exprot".into())]);
    assert!(refused.contains(&unknown), "{refused}");
    assert!(
        refused.contains(&sentence(Language::Es, "cli-usage-suggested", &[("suggestion", "export".into())])),
        "{refused}"
    );

    // The help in Arabic: the commands' own words, and clap's headings.
    let (help, _, code) = run(cli().args(["--language", "ar", "export", "plan", "--help"]));
    assert_eq!(code, Some(0));
    for id in ["cli-help-export-plan", "cli-help-export-plan--out", "cli-help-options"] {
        let words = Catalogue::of(Language::Ar).text(id);
        assert!(help.contains(words.trim_end_matches(':')), "{id}: {help}");
    }
    assert!(!help.contains("The PDF to write"), "no English left: {help}");
}
