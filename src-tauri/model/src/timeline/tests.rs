//! The timeline's rules: lanes, groups, marks and ink, as the Plan view and the PDF share them.

use chrono::NaiveDate;
use uuid::Uuid;

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn bar(name: &str, start: &str, end: &str, group: &str) -> Bar {
    Bar {
        campaign_id: Uuid::now_v7(),
        name: name.into(),
        start_date: d(start),
        end_date: d(end),
        flagship: false,
        fill: "#1f4e9c".into(),
        ink: "#ffffff".into(),
        group: group.into(),
    }
}

fn names(lane: &[Bar]) -> Vec<&str> {
    lane.iter().map(|b| b.name.as_str()).collect()
}

#[test]
fn overlapping_campaigns_take_separate_lanes_and_free_lanes_are_reused() {
    // The Plan view's case: a and b overlap; c starts after a ends and reuses a's lane.
    let a = bar("a", "2027-01-01", "2027-02-01", "G");
    let b = bar("b", "2027-01-15", "2027-03-01", "G");
    let c = bar("c", "2027-02-02", "2027-02-20", "G");
    let t = year(2027, GroupBy::Objective, vec![b, c, a], vec![]);
    let lanes: Vec<Vec<&str>> = t.groups[0].lanes.iter().map(|l| names(l)).collect();
    assert_eq!(lanes, [vec!["a", "c"], vec!["b"]]);
}

#[test]
fn a_campaign_starting_the_day_after_another_ends_shares_its_lane_but_not_on_the_same_day() {
    let t = year(
        2027,
        GroupBy::Objective,
        vec![
            bar("first", "2027-01-01", "2027-01-31", "G"),
            bar("next day", "2027-02-01", "2027-02-10", "G"),
            bar("same day", "2027-02-10", "2027-02-20", "G"),
        ],
        vec![],
    );
    let lanes: Vec<Vec<&str>> = t.groups[0].lanes.iter().map(|l| names(l)).collect();
    assert_eq!(lanes, [vec!["first", "next day"], vec!["same day"]]);
}

#[test]
fn flagships_are_placed_first_and_groups_come_in_name_order() {
    let mut flagship = bar("Flagship", "2027-06-01", "2027-06-30", "recruit");
    flagship.flagship = true;
    let t = year(
        2027,
        GroupBy::Objective,
        vec![
            bar("Early", "2027-05-01", "2027-06-15", "recruit"),
            flagship,
            bar("Other", "2027-01-01", "2027-01-02", "Engage"),
        ],
        vec![],
    );
    assert_eq!(t.groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(), ["Engage", "recruit"]);
    assert_eq!(names(&t.groups[1].lanes[0]), ["Flagship"]);
    assert_eq!(names(&t.groups[1].lanes[1]), ["Early"]);
}

#[test]
fn text_on_a_bar_is_white_on_dark_colours_and_dark_on_light_ones() {
    assert_eq!(readable_on("#1f4e9c"), "#ffffff");
    assert_eq!(readable_on("#1d4ed8"), "#ffffff");
    assert_eq!(readable_on("#fde68a"), "#111827");
    assert_eq!(readable_on("#fde047"), "#111827");
    assert_eq!(readable_on("#f472b6"), "#111827");
    assert_eq!(readable_on("teal"), "#ffffff");
    assert_eq!(readable_on("#fde68a00"), "#ffffff", "only #rrggbb is read");
}

fn catalogue(name: &str, day: &str) -> Mark {
    Mark::new(name.into(), (d(day), d(day)), KeyDateCategory::InternationalDay, None, false)
}

#[test]
fn a_catalogue_day_the_team_also_entered_is_listed_once_as_theirs() {
    let mine = KeyDate {
        id: Uuid::now_v7(),
        name: "International Women's Day".into(),
        starts_on: d("2027-03-08"),
        ends_on: d("2027-03-08"),
        category: KeyDateCategory::Internal,
        region: String::new(),
        source: String::new(),
        blackout_level: None,
    };
    let merged = marks(
        std::slice::from_ref(&mine),
        [catalogue("international women's day", "2027-03-08"), catalogue("World Water Day", "2027-03-22")],
    );
    assert_eq!(
        merged.iter().map(|m| (m.name.as_str(), m.own)).collect::<Vec<_>>(),
        [("International Women's Day", true), ("World Water Day", false)]
    );
    assert_eq!(merged[0].category, KeyDateCategory::Internal, "the team's entry wins");
}

#[test]
fn a_blackout_is_shaded_by_its_category_or_its_level() {
    let day = (d("2027-04-01"), d("2027-04-01"));
    assert!(!catalogue("Purdah", "2027-04-01").is_blackout());
    let restricted = Mark::new("Purdah".into(), day, KeyDateCategory::Election, Some(BlackoutLevel::Restricted), true);
    assert!(restricted.is_blackout());
    assert!(Mark::new("Purdah".into(), day, KeyDateCategory::Blackout, None, true).is_blackout());
}

#[test]
fn only_campaigns_running_in_the_year_are_drawn() {
    let c = |start: &str, end: &str| Campaign {
        id: Uuid::now_v7(),
        name: "Campaign".into(),
        hashtags: vec![],
        core_message: String::new(),
        brief: String::new(),
        start_date: d(start),
        end_date: d(end),
        status: crate::domain::CampaignStatus::Planned,
        flagship: false,
        colour: "#1f4e9c".into(),
        audience: String::new(),
        objective_ids: vec![],
        channel_ids: vec![],
    };
    assert!(touches(&c("2026-12-20", "2027-01-05"), 2027));
    assert!(!touches(&c("2026-01-20", "2026-02-05"), 2027));
    assert!(touches(&c("2026-12-01", "2027-01-01"), 2027));
    assert!(touches(&c("2027-12-31", "2028-02-01"), 2027));
    assert!(!touches(&c("2026-01-01", "2026-12-31"), 2027));
}

#[test]
fn groups_run_in_name_order_and_the_unnamed_group_comes_last() {
    let bars = [
        bar("a", "2027-01-01", "2027-01-05", ""),
        bar("b", "2027-01-01", "2027-01-05", "recruit"),
        bar("c", "2027-01-01", "2027-01-05", "Engage"),
    ];
    let order: Vec<&str> = groups(&bars).into_iter().map(|(name, _)| name).collect();
    assert_eq!(order, ["Engage", "recruit", ""], "the unnamed group is named by each reader, last");
}
