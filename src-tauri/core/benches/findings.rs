//! Scheduling benchmarks against the `agency` sample (a year of 12,000 items and its
//! eight coverage rules):
//! - `findings_year`: every rule and every coverage rule over the year, from the plan as
//!   the app holds it in memory;
//! - `findings_year_cold`: the same, reading the year from SQLite first;
//! - `move_with_findings`: move one item (journal row included) and recompute only the
//!   days and weeks it touches.
//!
//! Run: `cargo bench -p almanac-core --bench findings`.

use std::collections::BTreeMap;

use almanac_core::domain::{MoveTo, When};
use almanac_core::ops::findings::{self, CheckCache};
use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
use almanac_core::ops::{coverage as coverage_rules, moves, objectives};
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::schedule::coverage;
use almanac_core::schedule::findings::Checker;
use almanac_core::Store;
use chrono::{DateTime, Utc};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

const YEAR: i32 = 2027;

fn agency() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let options = SampleOptions { profile: Profile::Agency, seed: 1, year: YEAR, today: fixed_today(YEAR) };
    sample::load(&mut store, options).expect("agency sample");
    store
}

fn now() -> DateTime<Utc> {
    "2027-06-15T09:00:00Z".parse().expect("instant")
}

fn findings_year(c: &mut Criterion) {
    let store = agency();
    let facts = almanac_core::ops::plan_facts::load_year(&store, YEAR, now()).expect("facts");
    let rules = coverage_rules::list(&store).expect("rules");
    let objectives = objectives::list(&store).expect("objectives");
    let checker = Checker::new(facts.clone());
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for f in checker.findings() {
        *kinds.entry(format!("{:?}", f.kind)).or_default() += 1;
    }
    println!("findings_year: {} items, {} coverage rules, findings {kinds:?}", facts.items.len(), rules.len());
    c.bench_function("findings_year", |b| {
        b.iter_batched(
            || facts.clone(),
            |facts| {
                let checker = Checker::new(facts);
                let report = coverage::report(checker.facts(), &objectives, &rules, YEAR);
                (checker.findings().len(), report.objectives.len())
            },
            BatchSize::LargeInput,
        )
    });
    c.bench_function("findings_year_cold", |b| {
        b.iter(|| findings::check_year(&store, &mut CheckCache::default(), YEAR, now()).expect("check").findings.len())
    });
}

fn move_with_findings(c: &mut Criterion) {
    let mut store = agency();
    let query = WindowQuery { from: "2027-06-21".into(), to: "2027-06-22".into(), filter: ItemFilter::default() };
    let id = items::list_window(&store, &query).expect("window")[0].item.id.to_string();
    let days = [When::At { local: "2027-06-22T12:30".into() }, When::At { local: "2027-06-23T12:30".into() }]
        .map(MoveTo::from);
    let mut cache = CheckCache::default();
    findings::check_year(&store, &mut cache, YEAR, now()).expect("warm the checker");
    let mut turn = 0usize;
    c.bench_function("move_with_findings", |b| {
        b.iter(|| {
            turn += 1;
            // A second later each time, as in the app: the clock moves between moves.
            let at = now() + chrono::Duration::seconds(turn as i64);
            moves::move_item(&mut store, &mut cache, &id, &days[turn % 2], at, false).expect("move")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = findings_year, move_with_findings
}
criterion_main!(benches);
