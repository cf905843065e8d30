use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::plan;
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::Store;

fn agency() -> SampleOptions {
    SampleOptions { profile: Profile::Agency, seed: 1, year: 2027, today: fixed_today(2027) }
}

#[test]
fn the_agency_sample_loads_as_one_undoable_change() {
    let mut store = Store::open_in_memory().unwrap();
    let summary = sample::load(&mut store, agency()).unwrap();
    assert_eq!((summary.brands, summary.channels, summary.campaigns, summary.items), (2, 15, 60, 12_000));
    let june = items::list_window(
        &store,
        &WindowQuery { from: "2027-06-01".into(), to: "2027-07-01".into(), filter: ItemFilter::default() },
    )
    .unwrap();
    assert!((800..1_200).contains(&june.len()), "a month holds about a twelfth of the year: {}", june.len());
    assert_eq!(store.history().unwrap().undo_label.as_deref(), Some("Load sample plan"));
    store.undo().unwrap();
    assert!(plan::summary(&store).unwrap().is_empty(), "undo removes the whole sample");
}

#[test]
fn a_sample_is_refused_over_an_existing_plan() {
    let (mut store, _) = almanac_tests::plan_with_channel();
    let err = sample::load(&mut store, agency()).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert_eq!(plan::summary(&store).unwrap().channels, 1);
}
