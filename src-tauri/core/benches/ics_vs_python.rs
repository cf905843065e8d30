//! The calendar export against Python's icalendar writing the same events, in one run on
//! one machine: Almanac's `ics::calendar` for a year of the agency plan (median of 15),
//! then `ics_python.py` building and serialising the same events with icalendar (median
//! of 3), and the ratio. Python comes from $ALMANAC_PYTHON (the test venv), else python3.
//! Run: `cargo bench -p almanac-core --bench ics_vs_python`.

use std::process::Command;
use std::time::Instant;

use almanac_core::export::ics::{self, IcsOptions};
use almanac_core::export::Selection;
use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::Store;

const YEAR: i32 = 2027;

fn main() {
    let mut store = Store::open_in_memory().expect("store");
    let options = SampleOptions { profile: Profile::Agency, seed: 1, year: YEAR, today: fixed_today(YEAR) };
    sample::load(&mut store, options).expect("agency sample");
    let selection =
        Selection { from: Some(format!("{YEAR}-01-01")), to: Some(format!("{YEAR}-12-31")), ..Selection::default() };
    let options = IcsOptions { selection, campaigns: true, key_dates: true };
    let now: chrono::DateTime<chrono::Utc> = "2027-01-01T09:00:00Z".parse().expect("instant");

    let mut timings = Vec::new();
    let mut file = None;
    for _ in 0..15 {
        let start = Instant::now();
        file = Some(ics::calendar(&store, &options, now).expect("calendar"));
        timings.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    timings.sort_by(f64::total_cmp);
    let ours = timings[timings.len() / 2];
    let file = file.expect("a calendar");
    println!("almanac: {ours:.1} ms for {} events ({} bytes)", file.events, file.text.len());

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("year.ics");
    std::fs::write(&path, &file.text).expect("write the calendar");
    let python = std::env::var("ALMANAC_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/ics_python.py");
    let out = Command::new(&python).arg(script).arg(&path).arg("3").output();
    match out {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let mut parts = text.split_whitespace();
            let theirs: f64 = parts.next().and_then(|t| t.parse().ok()).expect("milliseconds from Python");
            let events = parts.next().unwrap_or("?");
            println!("python icalendar: {theirs:.1} ms for {events} events");
            println!("ratio: Almanac is {:.1}x faster", theirs / ours);
        }
        Ok(out) => println!("python icalendar: failed ({})", String::from_utf8_lossy(&out.stderr).trim()),
        Err(e) => println!("python icalendar: cannot run {python} ({e}); set ALMANAC_PYTHON to the test venv's python"),
    }
}
