//! The one-page annual plan, checked in the PDF itself with poppler: exactly one
//! A4 page, the text selectable and present, the fonts embedded.

use std::path::Path;

use almanac_core::domain::KeyDateDraft;
use almanac_core::domain::{BlackoutLevel, KeyDateCategory, PlanYearDraft};
use almanac_core::export::annual_plan::{self, AnnualPlanOptions, GroupBy, Orientation};
use almanac_core::ops::key_dates;
use almanac_core::ops::{campaigns, plan_year};
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::{Error, Store};
use almanac_i18n::{Catalogue, Language};
use almanac_tests::{campaign_draft, installed_font_has, pdf_facts, set_locale, PdfFacts};
use chrono::{DateTime, Datelike, Utc};

const A4_LONG: f64 = 841.89;
const A4_SHORT: f64 = 595.28;

fn now() -> DateTime<Utc> {
    "2027-06-15T09:00:00Z".parse().unwrap()
}

fn options(year: i32) -> AnnualPlanOptions {
    AnnualPlanOptions { year, orientation: Orientation::Landscape, group_by: GroupBy::Objective }
}

fn agency() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let today = fixed_today(2027);
    sample::load(&mut store, SampleOptions { profile: Profile::Agency, seed: 1, year: 2027, today }).unwrap();
    store
}

/// Exports to a temporary folder and reads the PDF back.
fn export(store: &Store, options: &AnnualPlanOptions) -> PdfFacts {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    annual_plan::export(store, options, now(), &out).unwrap();
    let facts = pdf_facts(&out);
    if let Ok(keep) = std::env::var("ALMANAC_KEEP_PDF") {
        std::fs::copy(&out, Path::new(&keep).join(format!("plan-{}-{:?}.pdf", facts.pages, options.orientation))).ok();
    }
    facts
}

fn assert_one_a4_page(facts: &PdfFacts, orientation: Orientation) {
    assert_eq!(facts.pages, 1, "the annual plan is exactly one page");
    let (w, h) = match orientation {
        Orientation::Landscape => (A4_LONG, A4_SHORT),
        Orientation::Portrait => (A4_SHORT, A4_LONG),
    };
    assert!(
        (facts.width - w).abs() < 1.0 && (facts.height - h).abs() < 1.0,
        "A4: {} x {} pt",
        facts.width,
        facts.height
    );
    assert!(!facts.fonts.is_empty(), "the text is real text, set in fonts");
    assert!(facts.fonts.iter().all(|(_, embedded)| *embedded), "every font is embedded: {:?}", facts.fonts);
}

/// The first characters of a name, as they print before any ellipsis.
fn prefix(name: &str, n: usize) -> String {
    name.chars().take(n).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_agency_plan_prints_on_one_landscape_a4_page_with_every_campaign_and_the_years_text() {
    let store = agency();
    let facts = export(&store, &options(2027));
    assert_one_a4_page(&facts, Orientation::Landscape);
    let in_2027 = campaigns::list(&store)
        .unwrap()
        .into_iter()
        .filter(|c| c.start_date.year() <= 2027 && c.end_date.year() >= 2027);
    for c in in_2027 {
        assert!(facts.text.contains(&prefix(&c.name, 10)), "campaign {} is on the page:\n{}", c.name, facts.text);
    }
    for text in
        ["Safer together", "2027", "Core messages", "Priorities", "Flagship projects", "Westmark Police", "Jan", "Dec"]
    {
        assert!(facts.text.contains(text), "“{text}” is on the page");
    }
    assert!(facts.text.contains("World Social"), "key dates are listed under their month");
    assert!(facts.text.contains("Pre-election period"), "the blackout is labelled");
    assert!(facts.text.contains("Printed 15 June 2027 · Almanac"), "the footer dates the print: {}", facts.text);
}

#[test]
fn portrait_on_request_and_any_grouping() {
    let store = agency();
    for group_by in [GroupBy::Channel, GroupBy::Brand] {
        let opts = AnnualPlanOptions { year: 2027, orientation: Orientation::Portrait, group_by };
        let facts = export(&store, &opts);
        assert_one_a4_page(&facts, Orientation::Portrait);
    }
    let facts =
        export(&store, &AnnualPlanOptions { year: 2027, orientation: Orientation::Portrait, group_by: GroupBy::Brand });
    assert!(facts.text.contains("Westmark Roads"), "brands label the groups");
}

/// 200 campaigns with 300-character names, right-to-left and accented, and every list full.
fn crowded() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let long = |s: &str| {
        format!("{s} {}", "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(6))
            .chars()
            .take(300)
            .collect::<String>()
    };
    plan_year::save(
        &mut store,
        &PlanYearDraft {
            year: 2027,
            title: long("Un plan très ambitieux pour l’année"),
            core_messages: (0..12).map(|i| long(&format!("Message {i}"))).collect(),
            priorities: (0..12).map(|i| long(&format!("Priorité {i}"))).collect(),
            flagship_projects: (0..12).map(|i| long(&format!("Projet {i}"))).collect(),
        },
    )
    .unwrap();
    let scripts = ["حملة السلامة على الطرق", "שבוע הבטיחות בדרכים", "Sécurité routière à l’école", "Straßenverkehr"];
    for i in 0..200u32 {
        let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(u64::from(i * 361 / 200));
        let end = start + chrono::Days::new(u64::from(i % 5));
        let name = long(&format!("C{i:03} {}", scripts[i as usize % scripts.len()]));
        let mut draft = campaign_draft(&name, &start.to_string(), &end.to_string());
        draft.flagship = i % 50 == 0;
        campaigns::create(&mut store, &draft).unwrap();
    }
    store
}

#[test]
fn a_crowded_plan_condenses_to_one_page_and_summarises_what_does_not_fit() {
    let store = crowded();
    for orientation in [Orientation::Landscape, Orientation::Portrait] {
        let facts = export(&store, &AnnualPlanOptions { year: 2027, orientation, group_by: GroupBy::Objective });
        assert_one_a4_page(&facts, orientation);
        let more = more_campaigns(&facts.text).expect("a “+N more campaigns” summary");
        let shown = (0..200).filter(|i| facts.text.contains(&format!("C{i:03}"))).count();
        assert!(more > 0 && shown > 20, "{shown} drawn, {more} summarised");
        assert!(shown + more >= 200, "every campaign is drawn or counted: {shown} + {more}");
        for i in (0..200).step_by(50) {
            assert!(facts.text.contains(&format!("C{i:03}")), "flagship C{i:03} is drawn, not summarised");
        }
        assert!(facts.text.contains("…"), "long names are shortened with an ellipsis");
        assert!(facts.text.contains("Sécurité") && facts.text.contains("שבוע"), "accents and Hebrew print as text");
        assert!(facts.text.contains("more"), "full lists end in “+N more”");
    }
}

/// N of "+N more campaigns: …".
fn more_campaigns(text: &str) -> Option<usize> {
    text.split('+').skip(1).find_map(|s| {
        let (n, rest) = s.split_once(' ')?;
        rest.starts_with("more campaigns").then(|| n.parse().ok()).flatten()
    })
}

#[test]
fn an_empty_year_with_a_written_plan_prints_its_text_and_says_no_campaign_runs() {
    let mut store = Store::open_in_memory().unwrap();
    plan_year::save(
        &mut store,
        &PlanYearDraft {
            year: 2031,
            title: "Quiet year".into(),
            core_messages: vec![],
            priorities: vec![],
            flagship_projects: vec![],
        },
    )
    .unwrap();
    let facts = export(&store, &options(2031));
    assert_one_a4_page(&facts, Orientation::Landscape);
    assert!(facts.text.contains("Quiet year") && facts.text.contains("No campaign runs in 2031."), "{}", facts.text);
}

#[test]
fn a_blackout_of_the_team_is_shaded_and_named() {
    let mut store = Store::open_in_memory().unwrap();
    key_dates::create(
        &mut store,
        &KeyDateDraft {
            name: "General election purdah".into(),
            starts_on: "2027-04-01".into(),
            ends_on: "2027-05-06".into(),
            category: KeyDateCategory::Blackout,
            blackout_level: Some(BlackoutLevel::NoPosting),
            region: String::new(),
        },
    )
    .unwrap();
    let facts = export(&store, &options(2027));
    assert!(facts.text.contains("General election purdah (no posting)"), "{}", facts.text);
}

#[test]
fn a_year_with_no_plan_is_refused_and_nothing_is_written() {
    let store = agency();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    let err = annual_plan::export(&store, &options(2035), now(), &out).unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, message } if field == "year" && message.to_string().contains("no plan for 2035")),
        "{err:?}"
    );
    assert!(!out.exists());
    let err = annual_plan::export(&store, &options(1066), now(), &out).unwrap_err();
    assert_eq!(err.code(), "validation");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no partial or temporary file is left");
}

#[test]
fn an_output_path_that_cannot_be_written_is_a_clear_error_and_an_existing_file_survives() {
    let store = agency();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("plan.pdf");
    let err = annual_plan::export(&store, &options(2027), now(), &missing).unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, message } if field == "out" && message.to_string().contains("does not exist")),
        "{err:?}"
    );
    let err = annual_plan::export(&store, &options(2027), now(), dir.path()).unwrap_err();
    assert_eq!(err.code(), "validation", "a folder is not a file: {err:?}");

    let out = dir.path().join("plan.pdf");
    std::fs::write(&out, b"the plan printed last week").unwrap();
    annual_plan::export(&store, &options(2099), now(), &out).unwrap_err();
    assert_eq!(
        std::fs::read(&out).unwrap(),
        b"the plan printed last week",
        "a failed export leaves the old file as it was"
    );
    annual_plan::export(&store, &options(2027), now(), &out).unwrap();
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"), "a good export replaces it");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left beside it");
}

/// The agency plan with its locale set to `locale`.
fn agency_in(locale: &str) -> Store {
    let mut store = agency();
    set_locale(&mut store, locale);
    store
}

#[test]
fn a_dutch_plan_prints_in_dutch_whatever_the_laptops_language() {
    let facts = export(&agency_in("nl-NL"), &options(2027));
    assert_one_a4_page(&facts, Orientation::Landscape);
    for text in [
        "Jaarplan 2027",
        "campagnes gegroepeerd per doelstelling",
        "Kernboodschappen",
        "Prioriteiten",
        "Speerpunten",
        "jan",
        "mrt",
        "mei",
        "okt",
        "Afgedrukt op 15 juni 2027 · Almanac",
    ] {
        assert!(facts.text.contains(text), "“{text}” is on the Dutch page:\n{}", facts.text);
    }
    for english in ["Core messages", "Annual plan", "Printed", "grouped by"] {
        assert!(!facts.text.contains(english), "no English “{english}” on the Dutch page");
    }
    // The plan's own words stay as the team wrote them; the catalogue's key dates are named in Dutch.
    assert!(facts.text.contains("Safer together"));
    let dutch = Catalogue::of(Language::Nl).text("key-date-world-health-day");
    assert_ne!(dutch, Catalogue::of(Language::EnGb).text("key-date-world-health-day"));
    let start: String = dutch.chars().take(8).collect();
    assert!(facts.text.contains(&start), "“{start}” (World Health Day) is on the Dutch page:\n{}", facts.text);
}

#[test]
fn an_arabic_plan_prints_in_arabic_with_its_script_shaped() {
    let facts = export(&agency_in("ar-EG"), &options(2027));
    assert_one_a4_page(&facts, Orientation::Landscape);
    // (Words without the lam-alef ligature: a PDF reader gives its two letters back in either order.)
    for text in ["المشاريع الرئيسية", "يناير", "ديسمبر", "يونيو", "الخطة السنوية", "Almanac"]
    {
        assert!(facts.text.contains(text), "“{text}” is on the Arabic page:\n{}", facts.text);
    }
    assert!(!facts.text.contains("Core messages"));
}

#[test]
fn an_emoji_prints_from_the_bundled_font_and_a_name_no_font_has_is_named_not_boxed() {
    let mut store = Store::open_in_memory().unwrap();
    let names = ["🚓 Cone Zone 🚧", "交通安全週間", "Linear A 𐘀𐘁𐘂"];
    for (i, name) in names.iter().enumerate() {
        let start = format!("2027-0{}-01", i + 3);
        campaigns::create(&mut store, &campaign_draft(name, &start, &format!("2027-0{}-20", i + 3))).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    let written = annual_plan::export(&store, &options(2027), now(), &out).unwrap();
    let facts = pdf_facts(&out);
    if let Ok(keep) = std::env::var("ALMANAC_KEEP_PDF") {
        std::fs::copy(&out, Path::new(&keep).join("plan-scripts.pdf")).ok();
    }
    assert_one_a4_page(&facts, Orientation::Landscape);

    // Emoji: always, from the bundled black-and-white Noto Emoji, embedded.
    assert!(facts.fonts.iter().any(|(font, _)| font.contains("NotoEmoji")), "{:?}", facts.fonts);
    assert!(facts.text.contains("🚓 Cone Zone 🚧"), "{}", facts.text);
    let named = |fragment: &str| written.unprintable.iter().any(|text| text.contains(fragment));
    assert!(!named("Cone Zone"), "{:?}", written.unprintable);

    // CJK: from the laptop's own fonts where it has one, else named as unprintable.
    if installed_font_has('交') {
        assert!(facts.text.contains("交通安全週間"), "{}", facts.text);
        assert!(!named("交通安全週間"), "{:?}", written.unprintable);
        let laptops = facts.fonts.iter().any(|(font, _)| !font.contains("DejaVu") && !font.contains("NotoEmoji"));
        assert!(laptops, "a font of the laptop's is embedded beside the bundled ones: {:?}", facts.fonts);
    } else {
        assert!(named("交通安全週間"), "{:?}", written.unprintable);
    }
    // Linear A, which hardly any laptop has a font for.
    assert_eq!(named("Linear A"), !installed_font_has('𐘀'), "{:?}", written.unprintable);
}
