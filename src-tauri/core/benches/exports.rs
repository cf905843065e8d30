//! Export benchmarks against the `agency` sample (DESIGN.md §6): `annual_plan_pdf`
//! renders the one-page A4 annual plan, warm (the fonts loaded once per process). typst's
//! memo cache is emptied before every measured render (outside the timing), so no render
//! replays an earlier one's layout: each is typeset from the start, as an export is.
//! `ics_year` writes a year of the plan as iCalendar text, `xlsx_year` the year's grid as
//! a workbook file (rows read, laid out, zipped, written).
//! Run: `cargo bench -p almanac-core --bench exports`.

use almanac_core::export::annual_plan::{self, AnnualPlanOptions, GroupBy, Orientation};
use almanac_core::export::grid::{self, GridFormat};
use almanac_core::export::ics::{self, IcsOptions};
use almanac_core::export::Selection;
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::Store;
use criterion::{criterion_group, criterion_main, Criterion};

const YEAR: i32 = 2027;

fn annual_plan_pdf(c: &mut Criterion) {
    let mut store = Store::open_in_memory().expect("store");
    let options = SampleOptions { profile: Profile::Agency, seed: 1, year: YEAR, today: fixed_today(YEAR) };
    sample::load(&mut store, options).expect("agency sample");
    let plan = AnnualPlanOptions { year: YEAR, orientation: Orientation::Landscape, group_by: GroupBy::Objective };
    let start: chrono::DateTime<chrono::Utc> = "2027-01-01T09:00:00Z".parse().expect("instant");
    let cold = std::time::Instant::now();
    let pdf = annual_plan::render(&store, &plan, start).expect("first render");
    println!(
        "annual_plan_pdf: {} bytes for the agency plan; the first render in the process (fonts parsed) took {:.1} ms",
        pdf.len(),
        cold.elapsed().as_secs_f64() * 1000.0
    );
    c.bench_function("annual_plan_pdf", |b| {
        b.iter_custom(|iterations| {
            let mut measured = std::time::Duration::ZERO;
            for _ in 0..iterations {
                typst::comemo::evict(0);
                let render = std::time::Instant::now();
                std::hint::black_box(annual_plan::render(&store, &plan, start).expect("render"));
                measured += render.elapsed();
            }
            measured
        })
    });
}

fn agency() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let options = SampleOptions { profile: Profile::Agency, seed: 1, year: YEAR, today: fixed_today(YEAR) };
    sample::load(&mut store, options).expect("agency sample");
    store
}

fn the_year() -> Selection {
    Selection { from: Some(format!("{YEAR}-01-01")), to: Some(format!("{YEAR}-12-31")), ..Selection::default() }
}

fn ics_year(c: &mut Criterion) {
    let store = agency();
    let options = IcsOptions { selection: the_year(), campaigns: true, key_dates: true };
    let now: chrono::DateTime<chrono::Utc> = "2027-01-01T09:00:00Z".parse().expect("instant");
    let file = ics::calendar(&store, &options, now).expect("calendar");
    println!("ics_year: {} events, {} bytes", file.events, file.text.len());
    c.bench_function("ics_year", |b| {
        b.iter(|| std::hint::black_box(ics::calendar(&store, &options, now).expect("calendar")))
    });
}

fn xlsx_year(c: &mut Criterion) {
    let store = agency();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("year.xlsx");
    let written = grid::export(&store, &the_year(), GridFormat::Xlsx, &out).expect("workbook");
    println!("xlsx_year: {} rows, {} bytes", written.rows, std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0));
    c.bench_function("xlsx_year", |b| {
        b.iter(|| std::hint::black_box(grid::export(&store, &the_year(), GridFormat::Xlsx, &out).expect("workbook")))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = annual_plan_pdf, ics_year, xlsx_year
}
criterion_main!(benches);
