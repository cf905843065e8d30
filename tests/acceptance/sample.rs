//! The sample plans: loaded as one undoable change, refused over an existing plan, and
//! the partners, groups and collaborations they carry.

use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::summary;
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::Store;
use almanac_tests::english_of;

fn agency() -> SampleOptions {
    SampleOptions { profile: Profile::Agency, seed: 1, year: 2027, today: fixed_today(2027) }
}

#[test]
fn the_agency_sample_loads_as_one_undoable_change() {
    let mut store = Store::open_in_memory().unwrap();
    let summary = sample::load(&mut store, agency()).unwrap();
    assert_eq!(
        (summary.brands, summary.channels, summary.campaigns, summary.items),
        (2, 15, 60, 12_006),
        "12,000 items and 6 Welsh versions"
    );
    let june = items::list_window(
        &store,
        &WindowQuery { from: "2027-06-01".into(), to: "2027-07-01".into(), filter: ItemFilter::default() },
    )
    .unwrap();
    assert!((800..1_200).contains(&june.len()), "a month holds about a twelfth of the year: {}", june.len());
    assert_eq!(english_of(store.history().unwrap().undo_label).as_deref(), Some("Load sample plan"));
    store.undo().unwrap();
    assert!(summary::summary(&store).unwrap().is_empty(), "undo removes the whole sample");
}

#[test]
fn a_sample_is_refused_over_an_existing_plan() {
    let (mut store, _) = almanac_tests::plan_with_channel();
    let err = sample::load(&mut store, agency()).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert_eq!(summary::summary(&store).unwrap().channels, 1);
}

#[test]
fn the_agency_sample_has_partners_groups_and_collaborations_around_today() {
    use almanac_core::ops::collaborations::{self, TrackerQuery};
    use almanac_core::ops::{partner_groups, partners};
    let mut store = Store::open_in_memory().unwrap();
    sample::load(&mut store, agency()).unwrap();
    let directory = partners::list(&store, &Default::default()).unwrap();
    assert!(directory.len() >= 120, "about 120 partners: {}", directory.len());
    assert!(directory.iter().any(|p| p.time_zone == "America/Sao_Paulo"), "partners south of the equator");
    let groups = partner_groups::list(&store).unwrap();
    assert!(groups.iter().any(|g| g.name.starts_with("X DM group") && g.partner_ids.len() >= 20));
    let now = "2027-06-15T08:00:00Z".parse().unwrap();
    let rows = collaborations::tracker(&store, &TrackerQuery { within_days: None }, now).unwrap();
    assert_eq!(rows.len(), 12);
    let reel = rows.iter().find(|r| r.collaboration.title.starts_with("#IdentifyMe")).unwrap();
    assert_eq!(reel.collaboration.partners.len(), 5);
    assert!(!reel.findings.is_empty(), "two of five have not confirmed five days out: {:?}", reel.findings);
}
