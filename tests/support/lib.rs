//! Shared helpers of the acceptance and end-to-end tests.

pub mod laptop;
pub mod postgres;
pub mod radicale;
pub mod spreadsheets;

use almanac_core::domain::{
    BrandDraft, CampaignDraft, CampaignStatus, ChannelDraft, ItemDraft, ItemFormat, ItemStatus, Platform, When,
};
use almanac_core::ops::{brands, channels};
use almanac_core::{Sentence, Store};

/// The repository's folder. Read when the test runs (Cargo sets it for a test it runs, and
/// the end-to-end script for its binary), so a test built in a target folder shared with a
/// clone elsewhere still finds this clone's files; where it is not set, the folder the
/// tests were built from.
pub fn repo() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .filter(|dir| dir.join("tests/support/lib.rs").is_file())
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// A fresh in-memory plan with one brand and one channel; returns the channel id.
pub fn plan_with_channel() -> (Store, String) {
    let mut store = Store::open_in_memory().expect("in-memory store");
    let channel = add_brand_and_channel(&mut store);
    (store, channel)
}

/// Adds a brand and an Instagram channel to `store`; returns the channel id.
pub fn add_brand_and_channel(store: &mut Store) -> String {
    let brand = brands::create(
        store,
        &BrandDraft {
            name: "Westmark Police".into(),
            purpose: String::new(),
            colour: "#1f4e9c".into(),
            reapproval: Default::default(),
        },
    )
    .expect("brand");
    let channel = channels::create(
        store,
        &ChannelDraft {
            brand_id: brand.id.to_string(),
            platform: Platform::Instagram,
            handle: "@westmarkpolice".into(),
            purpose: String::new(),
            colour: "#be185d".into(),
            active: true,
            max_per_day: Some(4),
            min_gap_minutes: None,
            posting_slots: vec![],
        },
    )
    .expect("channel");
    channel.id.to_string()
}

/// Sets the plan's zone and locale (Westmark's other settings: weeks from Monday, the year
/// from January, seven days to confirm).
pub fn set_zone(store: &mut Store, time_zone: &str, locale: &str) {
    let draft = almanac_core::domain::SettingsDraft {
        organisation: "Westmark".into(),
        time_zone: time_zone.into(),
        week_start: almanac_core::domain::WeekStart::Monday,
        locale: locale.into(),
        year_start_month: 1,
        confirm_days: 7,
    };
    almanac_core::ops::settings::update(store, &draft).expect("settings");
}

/// Sets the plan's locale (the language it prints in, its dates and CSV delimiter), keeping
/// the rest of its settings.
pub fn set_locale(store: &mut Store, locale: &str) {
    let s = almanac_core::ops::settings::get(store).expect("settings");
    let draft = almanac_core::domain::SettingsDraft {
        organisation: s.organisation,
        time_zone: s.time_zone,
        week_start: s.week_start,
        locale: locale.into(),
        year_start_month: s.year_start_month,
        confirm_days: s.confirm_days,
    };
    almanac_core::ops::settings::update(store, &draft).expect("settings");
}

pub fn item_draft(channel_id: &str, title: &str, when: When) -> ItemDraft {
    ItemDraft {
        title: title.into(),
        copy: String::new(),
        format: ItemFormat::Reel,
        channel_id: channel_id.into(),
        campaign_id: None,
        objective_ids: vec![],
        status: ItemStatus::Draft,
        when,
        language: "en".into(),
        notes: String::new(),
        owner_id: None,
        evergreen: false,
    }
}

pub fn on(date: &str) -> When {
    When::AllDay { date: date.into() }
}

/// Creates an item titled `title` on `date` and returns its id.
pub fn add_item(store: &mut Store, channel_id: &str, title: &str, date: &str) -> String {
    almanac_core::ops::items::create(store, &item_draft(channel_id, title, on(date))).expect("item").item.id.to_string()
}

/// Creates an item at its draft's status the way a team reaches it: an item to be approved,
/// scheduled or published is put in review and approved by an approver first (one who
/// approves everything, added once), as the plan's own rules require.
pub fn create_item(store: &mut Store, draft: &ItemDraft) -> almanac_core::ops::items::CalendarItem {
    use almanac_core::ops::{approvals, items, members};
    if !matches!(draft.status, ItemStatus::Approved | ItemStatus::Scheduled | ItemStatus::Published) {
        return items::create(store, draft).expect("item");
    }
    let in_review = ItemDraft { status: ItemStatus::InReview, ..draft.clone() };
    let id = items::create(store, &in_review).expect("item").item.id.to_string();
    let decision = approvals::DecisionDraft {
        item_ids: vec![id.clone()],
        decision: almanac_core::domain::Decision::Approved,
        comment: String::new(),
    };
    if almanac_core::store::sync::team(store.conn()).expect("team").is_some() {
        // A team laptop decides as its signed-in member, with the scopes the server gave them.
        approvals::decide(store, &decision).expect("approved");
    } else {
        let everything = vec![almanac_core::domain::ApprovalScope::Everything];
        let approver = match members::list(store).expect("members").into_iter().find(|m| m.approves == everything) {
            Some(m) => m.id.to_string(),
            None => add_member(store, "Test Approver", everything),
        };
        let me = approvals::laptop_user(store).expect("laptop user").map(|m| m.id.to_string());
        approvals::set_laptop_user(store, Some(&approver)).expect("approver");
        approvals::decide(store, &decision).expect("approved");
        approvals::set_laptop_user(store, me.as_deref()).expect("laptop user back");
    }
    items::update(store, &id, draft).expect("status")
}

/// Adds a team member (no capacity limit, no leave) who approves what `approves` says;
/// returns their id.
pub fn add_member(store: &mut Store, name: &str, approves: Vec<almanac_core::domain::ApprovalScope>) -> String {
    let draft = almanac_core::domain::MemberDraft {
        name: name.into(),
        role: String::new(),
        email: String::new(),
        capacity_weekly: None,
        leave: vec![],
        approves,
    };
    almanac_core::ops::members::create(store, &draft).expect("member").id.to_string()
}

/// A planned campaign from `start` to `end` with no hashtags, objectives or channels.
pub fn campaign_draft(name: &str, start: &str, end: &str) -> CampaignDraft {
    CampaignDraft {
        name: name.into(),
        hashtags: vec![],
        core_message: String::new(),
        brief: String::new(),
        start_date: start.into(),
        end_date: end.into(),
        status: CampaignStatus::Planned,
        flagship: false,
        colour: "#c2410c".into(),
        audience: String::new(),
        objective_ids: vec![],
        channel_ids: vec![],
    }
}

/// What poppler reads from a PDF: the reader a person would print it with.
#[derive(Debug)]
pub struct PdfFacts {
    pub pages: u32,
    /// Page size in points.
    pub width: f64,
    pub height: f64,
    /// The text as extracted, whitespace folded to single spaces.
    pub text: String,
    /// One line per font: name, type, and whether it is embedded.
    pub fonts: Vec<(String, bool)>,
}

/// Whether a font installed on this machine has `c`, as fontconfig (an independent reader
/// of the same fonts) says.
pub fn installed_font_has(c: char) -> bool {
    let out = std::process::Command::new("fc-list")
        .arg(format!(":charset={:x}", u32::from(c)))
        .output()
        .expect("fc-list (fontconfig) must be installed");
    !String::from_utf8_lossy(&out.stdout).trim().is_empty()
}

/// Reads a PDF with `pdfinfo`, `pdftotext` and `pdffonts` (Debian's poppler-utils).
pub fn pdf_facts(path: &std::path::Path) -> PdfFacts {
    let run = |tool: &str, args: &[&str]| -> String {
        let out = std::process::Command::new(tool)
            .args(args)
            .arg(path)
            .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
            .output()
            .unwrap_or_else(|e| panic!("{tool} (poppler-utils) must be installed: {e}"));
        assert!(out.status.success(), "{tool} failed on {}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let info = run("pdfinfo", &[]);
    let field = |name: &str| -> String {
        info.lines()
            .find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_string()))
            .unwrap_or_else(|| panic!("pdfinfo shows no {name}:\n{info}"))
    };
    let pages = field("Pages:").parse().expect("page count");
    let size: Vec<f64> = field("Page size:").split_whitespace().filter_map(|w| w.parse().ok()).collect();
    let text = run("pdftotext", &["-enc", "UTF-8"]).split_whitespace().collect::<Vec<_>>().join(" ");
    let fonts = run("pdffonts", &[])
        .lines()
        .skip(2)
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            // name type [encoding…] emb sub uni object ID: "emb" is the fifth column from the end.
            (cols[0].to_string(), cols.len() >= 5 && cols[cols.len() - 5] == "yes")
        })
        .collect();
    PdfFacts { pages, width: size[0], height: size[1], text, fonts }
}

/// Moves an item as the app does (the one move: checked, journaled), and returns it as the
/// calendar shows it afterwards.
pub fn move_to(
    store: &mut Store,
    id: &str,
    when: &When,
) -> almanac_core::Result<almanac_core::ops::items::CalendarItem> {
    use almanac_core::ops::{findings::CheckCache, items, moves};
    let to = almanac_core::domain::MoveTo::from(when.clone());
    moves::move_item(store, &mut CheckCache::default(), id, &to, chrono::Utc::now(), false)?;
    items::get(store, id)
}

/// A sentence the journal keeps (the name of a change), as British English writes it.
pub fn english(sentence: &Sentence) -> String {
    sentence.to_string()
}

/// What undo or redo named, as British English writes it.
pub fn english_of(sentence: Option<Sentence>) -> Option<String> {
    sentence.as_ref().map(english)
}

/// The agency sample of 2027 as of 15 June 2027 (seed 1), in memory.
pub fn agency_2027() -> Store {
    use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
    let mut store = Store::open_in_memory().unwrap();
    sample::load(&mut store, SampleOptions { profile: Profile::Agency, seed: 1, year: 2027, today: fixed_today(2027) })
        .unwrap();
    store
}

/// The SEQUENCE and DTSTAMP of the calendar event with `uid` in an iCalendar text.
pub fn ics_revision(text: &str, uid: &str) -> Option<(u32, String)> {
    let start = text.find(&format!("UID:{uid}\r\n"))?;
    let rest = &text[start..];
    let event = &rest[..rest.find("END:VEVENT")?];
    let value = |name: &str| event.lines().find_map(|l| l.strip_prefix(name)).map(|v| v.trim().to_string());
    Some((value("SEQUENCE:")?.parse().ok()?, value("DTSTAMP:")?))
}
