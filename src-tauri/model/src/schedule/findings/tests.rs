//! The rules, each with a plan that breaks it and one that does not, and the engine's
//! promise: after any sequence of changes, the incremental findings are the full ones.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc, Weekday};
use chrono_tz::Europe::London;
use proptest::prelude::*;
use uuid::Uuid;

use super::{Checker, Finding, FindingKind, Severity};
use crate::domain::{
    BlackoutLevel, Campaign, CampaignStatus, ItemStatus, KeyDate, KeyDateCategory, Leave, Member, Platform, Schedule,
};
use crate::schedule::facts::{ChannelFacts, Facts, PlanItem};

const CHANNEL: Uuid = Uuid::from_u128(1);
const OTHER: Uuid = Uuid::from_u128(2);
const CAMPAIGN: Uuid = Uuid::from_u128(3);
const OWNER: Uuid = Uuid::from_u128(4);

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn facts() -> Facts {
    let channel = |max, gap| ChannelFacts {
        label: "Instagram @westmark".into(),
        platform: Platform::Instagram,
        max_per_day: max,
        min_gap_minutes: gap,
        posting_slots: vec!["09:00".into(), "12:30".into()],
        active: true,
    };
    let campaign = Campaign {
        id: CAMPAIGN,
        name: "Bike safe".into(),
        hashtags: vec![],
        core_message: String::new(),
        brief: String::new(),
        start_date: day("2027-03-01"),
        end_date: day("2027-03-31"),
        status: CampaignStatus::Planned,
        flagship: false,
        colour: "#123456".into(),
        audience: String::new(),
        objective_ids: vec![],
        channel_ids: vec![CHANNEL],
    };
    let owner = Member {
        id: OWNER,
        name: "Megan".into(),
        role: String::new(),
        email: String::new(),
        capacity_weekly: Some(2),
        leave: vec![Leave { starts_on: day("2027-03-22"), ends_on: day("2027-03-26") }],
        approves: vec![],
    };
    Facts {
        tz: London,
        now: at("2027-03-10T12:00:00Z"),
        today: day("2027-03-10"),
        week_start: Weekday::Mon,
        confirm_days: 7,
        from: day("2027-01-01"),
        to: day("2028-01-01"),
        channels: HashMap::from([(CHANNEL, channel(Some(2), Some(60))), (OTHER, channel(None, None))]),
        campaigns: HashMap::from([(CAMPAIGN, campaign)]),
        members: HashMap::from([(OWNER, owner)]),
        blackouts: vec![
            blackout("Funeral", "2027-03-15", "2027-03-15", BlackoutLevel::NoPosting),
            blackout("Pre-election", "2027-03-16", "2027-03-18", BlackoutLevel::Restricted),
        ],
        collaborations: vec![],
        partners: vec![],
        items: HashMap::new(),
    }
}

fn blackout(name: &str, from: &str, to: &str, level: BlackoutLevel) -> KeyDate {
    KeyDate {
        id: Uuid::now_v7(),
        name: name.into(),
        starts_on: day(from),
        ends_on: day(to),
        category: KeyDateCategory::Blackout,
        blackout_level: Some(level),
        region: String::new(),
        source: String::new(),
    }
}

fn item(n: u128, schedule: Schedule) -> PlanItem {
    PlanItem {
        id: Uuid::from_u128(1000 + n),
        title: format!("Item {n}"),
        channel_id: CHANNEL,
        campaign_id: None,
        owner_id: None,
        status: ItemStatus::Scheduled,
        schedule,
        day: schedule.local_date(London),
        objective_ids: vec![],
        translation_group: None,
        language: "en".into(),
        evergreen: false,
        copy: String::new(),
    }
}

fn on(d: &str) -> Schedule {
    Schedule::AllDay { date: day(d) }
}

fn at_time(s: &str) -> Schedule {
    Schedule::At { utc: at(s) }
}

fn check(items: Vec<PlanItem>) -> Vec<Finding> {
    let mut f = facts();
    f.items = items.into_iter().map(|i| (i.id, i)).collect();
    Checker::new(f).findings()
}

fn kinds(findings: &[Finding]) -> Vec<(FindingKind, Severity)> {
    findings.iter().map(|f| (f.kind, f.severity)).collect()
}

#[test]
fn no_posting_blackouts_are_errors_and_restricted_ones_warnings() {
    assert_eq!(kinds(&check(vec![item(1, on("2027-03-15"))])), [(FindingKind::InBlackout, Severity::Error)]);
    assert_eq!(kinds(&check(vec![item(1, on("2027-03-17"))])), [(FindingKind::InBlackout, Severity::Warning)]);
    assert!(check(vec![item(1, on("2027-03-19"))]).is_empty());
    let mut cancelled = item(1, on("2027-03-15"));
    cancelled.status = ItemStatus::Cancelled;
    assert!(check(vec![cancelled]).is_empty(), "a cancelled item does not go out");
}

#[test]
fn copy_its_network_would_refuse_is_an_error_until_it_has_gone_out() {
    let tags: Vec<String> = (0..31).map(|i| format!("#t{i}")).collect();
    let tagged = PlanItem { copy: tags.join(" "), ..item(1, on("2027-03-19")) };
    let found = check(vec![tagged.clone()]);
    assert_eq!(kinds(&found), [(FindingKind::CopyOverLimit, Severity::Error)]);
    let said = found[0].message.to_string();
    assert!(said.ends_with("the copy has 31 hashtags; Instagram takes at most 30"), "{said}");
    assert!(check(vec![PlanItem { copy: tags[..30].join(" "), ..item(1, on("2027-03-19")) }]).is_empty());
    let long = PlanItem { copy: "a".repeat(2_201), ..item(1, on("2027-03-19")) };
    assert_eq!(kinds(&check(vec![long])), [(FindingKind::CopyOverLimit, Severity::Error)]);
    assert!(check(vec![PlanItem { status: ItemStatus::Published, ..tagged }]).is_empty(), "gone out already");
}

#[test]
fn a_channel_over_its_daily_limit_is_found_with_every_item_of_the_day() {
    let three: Vec<PlanItem> = (1..=3).map(|n| item(n, on("2027-03-11"))).collect();
    let found = check(three);
    assert_eq!(kinds(&found), [(FindingKind::OverDailyLimit, Severity::Warning)]);
    assert_eq!(found[0].item_ids.len(), 3);
    assert!(check((1..=2).map(|n| item(n, on("2027-03-11"))).collect()).is_empty());
}

#[test]
fn items_closer_than_the_minimum_gap_are_found_even_across_midnight() {
    let close = check(vec![item(1, at_time("2027-03-11T09:00:00Z")), item(2, at_time("2027-03-11T09:30:00Z"))]);
    assert_eq!(kinds(&close), [(FindingKind::UnderMinGap, Severity::Warning)]);
    assert!(check(vec![item(1, at_time("2027-03-11T09:00:00Z")), item(2, at_time("2027-03-11T10:00:00Z"))]).is_empty());
    let midnight = check(vec![item(1, at_time("2027-03-11T23:50:00Z")), item(2, at_time("2027-03-12T00:10:00Z"))]);
    assert_eq!(kinds(&midnight), [(FindingKind::UnderMinGap, Severity::Warning)]);
    assert_eq!(midnight[0].day, Some(day("2027-03-12")));
}

#[test]
fn an_owner_over_capacity_or_on_leave_is_found() {
    let owned = |n, d: &str| PlanItem { owner_id: Some(OWNER), ..item(n, on(d)) };
    // Monday to Wednesday of one week, one item a day on a channel without limits.
    let week: Vec<PlanItem> = ["2027-03-29", "2027-03-30", "2027-03-31"]
        .iter()
        .enumerate()
        .map(|(n, d)| PlanItem { channel_id: OTHER, ..owned(n as u128, d) })
        .collect();
    assert_eq!(kinds(&check(week.clone())), [(FindingKind::OverCapacity, Severity::Warning)]);
    assert!(check(week[..2].to_vec()).is_empty());
    assert_eq!(kinds(&check(vec![owned(9, "2027-03-23")])), [(FindingKind::OwnerOnLeave, Severity::Warning)]);
    assert!(check(vec![owned(9, "2027-03-29")]).is_empty());
}

#[test]
fn an_item_outside_its_campaign_is_found() {
    let of = |d: &str| PlanItem { campaign_id: Some(CAMPAIGN), ..item(1, on(d)) };
    assert_eq!(kinds(&check(vec![of("2027-04-02")])), [(FindingKind::OutsideCampaign, Severity::Warning)]);
    assert!(check(vec![of("2027-03-31")]).is_empty());
}

#[test]
fn approved_items_without_a_date_and_past_unpublished_items_are_found() {
    let approved = PlanItem { status: ItemStatus::Approved, ..item(1, Schedule::Unscheduled) };
    assert_eq!(kinds(&check(vec![approved])), [(FindingKind::ApprovedWithoutDate, Severity::Warning)]);
    assert!(check(vec![PlanItem { status: ItemStatus::Idea, ..item(1, Schedule::Unscheduled) }]).is_empty());
    assert_eq!(kinds(&check(vec![item(1, on("2027-03-09"))])), [(FindingKind::PastNotPublished, Severity::Warning)]);
    // Earlier today (12:00 UTC now) is past; later today is not.
    assert_eq!(kinds(&check(vec![item(1, at_time("2027-03-10T08:00:00Z"))])).len(), 1);
    assert!(check(vec![item(1, at_time("2027-03-10T15:00:00Z"))]).is_empty());
    let published = PlanItem { status: ItemStatus::Published, ..item(1, on("2027-03-09")) };
    assert!(check(vec![published]).is_empty());
}

#[test]
fn language_versions_apart_are_found() {
    let group = Some(Uuid::from_u128(77));
    let en = PlanItem { translation_group: group, channel_id: OTHER, ..item(1, on("2027-03-11")) };
    let cy = |d| PlanItem { translation_group: group, language: "cy".into(), channel_id: OTHER, ..item(2, on(d)) };
    let apart = check(vec![en.clone(), cy("2027-03-12")]);
    assert_eq!(kinds(&apart), [(FindingKind::TranslationsApart, Severity::Warning)]);
    let said = apart[0].message.to_string();
    assert!(said.ends_with(": en 11 March 2027, cy 12 March 2027"), "{said}");
    let in_dutch = apart[0].message.in_words(&almanac_i18n::Words::for_locale("nl-NL"));
    assert!(in_dutch.contains("cy 12 maart 2027"), "{in_dutch}");
    assert!(check(vec![en, cy("2027-03-11")]).is_empty());
}

#[test]
fn a_move_returns_the_findings_it_created() {
    let mut f = facts();
    let a = item(1, on("2027-03-11"));
    f.items.insert(a.id, a.clone());
    let mut checker = Checker::new(f);
    let created =
        checker.update_item(PlanItem { schedule: on("2027-03-15"), day: Some(day("2027-03-15")), ..a.clone() });
    assert_eq!(kinds(&created), [(FindingKind::InBlackout, Severity::Error)]);
    let preview =
        checker.preview_item(PlanItem { schedule: on("2027-03-17"), day: Some(day("2027-03-17")), ..a.clone() });
    assert_eq!(kinds(&preview), [(FindingKind::InBlackout, Severity::Warning)]);
    assert_eq!(checker.findings().len(), 1, "a preview changes nothing");
    assert!(checker.update_item(a).is_empty(), "moving back creates nothing");
    assert!(checker.findings().is_empty());
}

#[test]
fn moving_the_clock_finds_the_items_that_have_just_passed() {
    let mut f = facts();
    let later = item(1, at_time("2027-03-10T15:00:00Z"));
    let tomorrow = item(2, on("2027-03-11"));
    f.items = [later.clone(), tomorrow].into_iter().map(|i| (i.id, i)).collect();
    let mut checker = Checker::new(f);
    assert!(checker.findings().is_empty());
    checker.set_now(at("2027-03-10T16:00:00Z"));
    assert_eq!(kinds(&checker.findings()), [(FindingKind::PastNotPublished, Severity::Warning)]);
    checker.set_now(at("2027-03-12T08:00:00Z"));
    assert_eq!(checker.findings().len(), 2, "a new day: yesterday's all-day item has passed too");
    assert_eq!(checker.findings(), Checker::new(checker.facts().clone()).findings());
}

/// A change the property test makes: an item to a day and an hour (or the backlog), a
/// status, an owner.
fn change() -> impl Strategy<Value = (u128, Option<(u32, u32)>, bool, bool)> {
    (0u128..12, proptest::option::weighted(0.9, (0u32..21, 0u32..24)), any::<bool>(), any::<bool>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn incremental_findings_equal_a_full_recomputation(changes in proptest::collection::vec(change(), 1..40)) {
        let mut f = facts();
        for n in 0..12u128 {
            let i = PlanItem { owner_id: (n % 3 == 0).then_some(OWNER), translation_group: (n < 4).then(|| Uuid::from_u128(n % 2)), ..item(n, on("2027-03-11")) };
            f.items.insert(i.id, i);
        }
        let mut checker = Checker::new(f);
        for (n, when, held, owned) in changes {
            let id = Uuid::from_u128(1000 + n);
            let mut next = checker.facts().items[&id].clone();
            next.schedule = match when {
                None => Schedule::Unscheduled,
                Some((d, h)) if h % 5 == 0 => Schedule::AllDay { date: day("2027-03-08") + chrono::Days::new(u64::from(d)) },
                Some((d, h)) => Schedule::At { utc: at("2027-03-08T00:00:00Z") + chrono::Duration::minutes(i64::from(d * 24 * 60 + h * 25)) },
            };
            next.day = next.schedule.local_date(London);
            next.status = if held { ItemStatus::OnHold } else { ItemStatus::Scheduled };
            next.owner_id = owned.then_some(OWNER);
            checker.update_item(next);
        }
        let full = Checker::new(checker.facts().clone()).findings();
        prop_assert_eq!(checker.findings(), full);
    }
}
