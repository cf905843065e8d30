//! The published calendar: started on a plan on disk, written anew by `refresh` after a
//! change, remembered beside the plan (not in it), refused for a file that is not .ics,
//! and stopped with the last file left in place.

use almanac_core::export::feed::{self, Feed, FEED_SETTINGS};
use almanac_core::export::ics::IcsOptions;
use almanac_core::Store;
use almanac_tests::{add_brand_and_channel, add_item};

fn events(path: &std::path::Path) -> usize {
    std::fs::read_to_string(path).unwrap().matches("BEGIN:VEVENT").count()
}

#[test]
fn a_published_calendar_follows_the_plan_until_it_is_stopped() {
    let data = tempfile::tempdir().unwrap();
    let synced = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(data.path()).unwrap();
    let channel = add_brand_and_channel(&mut store);
    add_item(&mut store, &channel, "First", "2027-03-01");
    let path = synced.path().join("plan.ics");
    let published = Feed { path: path.display().to_string(), options: IcsOptions::default() };
    let now = "2027-03-01T09:00:00Z".parse().unwrap();

    let wrong = Feed { path: synced.path().join("plan.pdf").display().to_string(), ..published.clone() };
    assert!(feed::start(&store, &wrong, now).is_err());
    assert!(feed::get(data.path()).unwrap().is_none(), "a refused feed is not remembered");

    assert_eq!(feed::start(&store, &published, now).unwrap().events, 1);
    assert_eq!(feed::get(data.path()).unwrap().map(|f| f.path), Some(published.path.clone()));
    assert!(data.path().join(FEED_SETTINGS).is_file(), "kept beside the plan");

    add_item(&mut store, &channel, "Second", "2027-03-02");
    assert_eq!(events(&path), 1, "written on refresh, not by the store");
    feed::refresh(&store, now).unwrap();
    assert_eq!(events(&path), 2);

    feed::stop(data.path()).unwrap();
    add_item(&mut store, &channel, "Third", "2027-03-03");
    assert!(feed::refresh(&store, now).unwrap().is_none());
    assert_eq!(events(&path), 2, "the last file stays as it was");
    assert!(feed::refresh(&Store::open_in_memory().unwrap(), now).unwrap().is_none());
}
