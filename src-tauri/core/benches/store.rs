//! Store benchmarks against the sample plans (DESIGN.md §6):
//! `month_window` loads one month of items with their channel and campaign from
//! the `archive` plan (ten years); `move_item` moves one item, journal row included;
//! `move_item_on_disk/{full,normal}` does the same in a plan file on disk with SQLite's
//! `synchronous` at FULL (the store's setting: each commit is on the disk before it
//! returns) and at NORMAL (a power cut may lose the last commits), to show the price.
//! Run: `cargo bench -p almanac-core --bench store`.

use almanac_core::domain::{MoveTo, When};
use almanac_core::ops::findings::CheckCache;
use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::moves;
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::Store;
use criterion::{criterion_group, criterion_main, Criterion};

const YEAR: i32 = 2027;

fn archive() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let options = SampleOptions { profile: Profile::Archive, seed: 1, year: YEAR, today: fixed_today(YEAR) };
    let summary = sample::load(&mut store, options).expect("archive sample");
    assert_eq!(summary.items, 120_006, "ten years of 12,000 items, and six Welsh versions");
    store
}

fn month_window(c: &mut Criterion) {
    let store = archive();
    let query = WindowQuery { from: "2027-06-01".into(), to: "2027-07-01".into(), filter: ItemFilter::default() };
    let n = items::list_window(&store, &query).expect("window").len();
    println!("month_window: {n} items in June {YEAR} of a {}-item plan", 120_000);
    c.bench_function("month_window", |b| b.iter(|| items::list_window(&store, &query).expect("window")));
}

fn move_item(c: &mut Criterion) {
    let mut store = archive();
    let query = WindowQuery { from: "2027-06-01".into(), to: "2027-06-02".into(), filter: ItemFilter::default() };
    let id = items::list_window(&store, &query).expect("window")[0].item.id.to_string();
    let days =
        [When::AllDay { date: "2027-06-10".into() }, When::AllDay { date: "2027-06-11".into() }].map(MoveTo::from);
    // The app's move: checked with the year's cached checker, kept between moves.
    let mut cache = CheckCache::default();
    let now = chrono::Utc::now();
    let mut turn = 0usize;
    c.bench_function("move_item", |b| {
        b.iter(|| {
            turn += 1;
            moves::move_item(&mut store, &mut cache, &id, &days[turn % 2], now, false).expect("move")
        })
    });
}

fn move_item_on_disk(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open_dir(dir.path()).expect("store");
    let options = SampleOptions { profile: Profile::Agency, seed: 1, year: YEAR, today: fixed_today(YEAR) };
    sample::load(&mut store, options).expect("agency sample");
    let query = WindowQuery { from: "2027-06-01".into(), to: "2027-06-02".into(), filter: ItemFilter::default() };
    let id = items::list_window(&store, &query).expect("window")[0].item.id.to_string();
    let days =
        [When::AllDay { date: "2027-06-10".into() }, When::AllDay { date: "2027-06-11".into() }].map(MoveTo::from);
    // The app's move: checked with the year's cached checker, kept between moves.
    let mut cache = CheckCache::default();
    let now = chrono::Utc::now();
    let mut turn = 0usize;
    let mut group = c.benchmark_group("move_item_on_disk");
    for mode in ["full", "normal"] {
        store.conn().pragma_update(None, "synchronous", mode).expect("synchronous");
        group.bench_function(mode, |b| {
            b.iter(|| {
                turn += 1;
                moves::move_item(&mut store, &mut cache, &id, &days[turn % 2], now, false).expect("move")
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = month_window, move_item, move_item_on_disk
}
criterion_main!(benches);
