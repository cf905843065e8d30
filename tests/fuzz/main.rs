//! A mutation fuzzer for every importer, on stable Rust: seeds (the committed corpus in
//! `tests/fuzz/corpus/<target>/` and files made in process) are mutated byte by byte and,
//! for zip formats, entry by entry, then read through the real import preview. A panic,
//! an abort or a peak memory over the budget is a crash; the input is saved under
//! `target/fuzz-crashes/`.
//!
//! `cargo test -p almanac-tests --test fuzz` runs a short smoke run of each target;
//! `ALMANAC_FUZZ_SECONDS=600 cargo test --release -p almanac-tests --test fuzz` runs ten
//! minutes per target, and `ALMANAC_FUZZ_TARGETS=xls,ods` picks targets. Each target
//! prints its executions, distinct outcomes, crashes and the process's peak memory.

use std::io::{Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use almanac_core::import::partners;
use almanac_core::Store;
use almanac_tests::spreadsheets::{ods, ods_row, xls, zip, XlsCell};

static PANICKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
static CONTAINED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// An input that takes longer than this is a hang: the watchdog saves it and stops the run.
const TIMEOUT: Duration = Duration::from_secs(20);

/// The input being read, and since when, for the watchdog.
static CURRENT: std::sync::Mutex<Option<(Instant, String, Vec<u8>)>> = std::sync::Mutex::new(None);

/// Stops the run when one input takes longer than [`TIMEOUT`], saving the input first.
fn watchdog() {
    std::thread::spawn(|| loop {
        std::thread::sleep(Duration::from_secs(1));
        let current = CURRENT.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((since, target, input)) = current.as_ref() {
            if since.elapsed() > TIMEOUT {
                let saved = save_crash(&format!("{target}-hang"), 0, input);
                println!("fuzz {target}: an input took over {} s: saved to {}", TIMEOUT.as_secs(), saved.display());
                println!("fuzz: 0 passed, 1 failed");
                std::process::exit(1);
            }
        }
    });
}

/// The most the whole process may hold at its peak, in MiB.
const MEMORY_BUDGET_MIB: u64 = 1024;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const INTERESTING: &[&[u8]] = &[
    b"\x00",
    b"\xff",
    b"\xff\xff\xff\x7f",
    b"\x00\x00\x10\x00",
    b"1048576",
    b"16384",
    b"4294967295",
    b"-1",
    b"\"",
    b"\r\n",
    b";",
    b"\t",
    b"\xef\xbb\xbf",
    b"=cmd|' /C calc'!A0",
    b"<table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"float\"/>",
    b" table:number-rows-repeated=\"1048576\"",
    b"<c r=\"XFD1048576\" t=\"s\"><v>0</v></c>",
];

/// One byte-level change: flip, overwrite, insert, delete, duplicate or splice.
fn mutate_bytes(rng: &mut Rng, data: &mut Vec<u8>, other: &[u8]) {
    let at = rng.below(data.len() + 1);
    match rng.below(7) {
        0 if !data.is_empty() => {
            let i = rng.below(data.len());
            data[i] ^= 1 << rng.below(8);
        }
        1 if !data.is_empty() => {
            let i = rng.below(data.len());
            data[i] = rng.next() as u8;
        }
        2 => {
            let word = INTERESTING[rng.below(INTERESTING.len())];
            data.splice(at..at, word.iter().copied());
        }
        3 if !data.is_empty() => {
            let end = (at + 1 + rng.below(64)).min(data.len());
            data.drain(at.min(end)..end);
        }
        4 if !data.is_empty() => {
            let start = rng.below(data.len());
            let end = (start + 1 + rng.below(256)).min(data.len());
            let chunk: Vec<u8> = data[start..end].to_vec();
            data.splice(at..at, chunk.iter().copied().cycle().take(chunk.len() * (1 + rng.below(8))));
        }
        5 if !other.is_empty() => {
            let start = rng.below(other.len());
            let end = (start + 1 + rng.below(512)).min(other.len());
            data.splice(at..at, other[start..end].iter().copied());
        }
        _ => {
            let word = INTERESTING[rng.below(INTERESTING.len())];
            let end = (at + word.len()).min(data.len());
            data.splice(at..end, word.iter().copied());
        }
    }
}

/// For a zip archive: mutate one entry's inflated bytes and pack it again, so the
/// mutation reaches the XML readers instead of stopping at the zip's checksum.
fn mutate_zip(rng: &mut Rng, data: &[u8], other: &[u8]) -> Option<Vec<u8>> {
    let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(data)).ok()?;
    let mut entries = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).ok()?;
        let mut bytes = Vec::new();
        entry.by_ref().take(16 * 1024 * 1024).read_to_end(&mut bytes).ok()?;
        entries.push((entry.name().ok()?.to_string(), bytes));
    }
    if entries.is_empty() {
        return None;
    }
    let pick = rng.below(entries.len());
    for _ in 0..1 + rng.below(4) {
        mutate_bytes(rng, &mut entries[pick].1, other);
    }
    let refs: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    Some(zip(&refs))
}

struct Target {
    name: &'static str,
    ext: &'static str,
    zipped: bool,
    seeds: Vec<Vec<u8>>,
}

fn xlsx_seed() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let rows = [
        ["Name", "Time zone", "Twitter", "E-mail", "Tags"],
        ["Politie", "Europe/Amsterdam", "@politie", "pers@politie.nl", "police, NL"],
        ["=1+1", "Europe/Dublin", "@gardainfo", "not-an-address", "police"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    sheet.write_number(3, 0, 1951.5).unwrap();
    book.save(&path).unwrap();
    std::fs::read(path).unwrap()
}

fn corpus(name: &str) -> Vec<Vec<u8>> {
    let dir = almanac_tests::repo().join("tests/fuzz/corpus").join(name);
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.sort();
    files.iter().filter_map(|f| std::fs::read(f).ok()).collect()
}

fn targets() -> Vec<Target> {
    use XlsCell::*;
    let csv = "\u{feff}Organisation;Short name;Time zone;Twitter;Tags;Contact;E-mail\n\
               Gendarmerie nationale;GN;Europe/Paris;@Gendarmerie;\"police, France\";Claire;claire@example.fr\n\
               \n\"Multi\nline\";X;UTC;;;;\n";
    let xls_cells = [
        Text(0, 0, "Name"),
        Text(0, 1, "Time zone"),
        Text(1, 0, "Politie"),
        Text(1, 1, "Europe/Amsterdam"),
        Number(2, 0, 42.0),
    ];
    let ods_rows = format!("{}{}", ods_row(&["Name", "Time zone"]), ods_row(&["Polizei", "Europe/Berlin"]));
    let with_corpus = |name: &str, made: Vec<Vec<u8>>| {
        let committed = corpus(name);
        if std::env::var_os("ALMANAC_FUZZ_WRITE_CORPUS").is_some() {
            write_corpus(name, &made);
        }
        [made, committed].concat()
    };
    vec![
        Target { name: "csv", ext: "csv", zipped: false, seeds: with_corpus("csv", vec![csv.as_bytes().to_vec()]) },
        Target { name: "xlsx", ext: "xlsx", zipped: true, seeds: with_corpus("xlsx", vec![xlsx_seed()]) },
        Target {
            name: "xls",
            ext: "xls",
            zipped: false,
            seeds: with_corpus("xls", vec![xls(&xls_cells, (0, 3, 0, 2)), xls(&xls_cells, (0, 1_048_576, 0, 256))]),
        },
        Target {
            name: "ods",
            ext: "ods",
            zipped: true,
            seeds: with_corpus("ods", vec![ods(&ods_rows), ods(&format!("{ods_rows}{ODS_REPEATS}"))]),
        },
    ]
}

/// Rows and columns repeated past any sheet, the shape of an ODS allocation bomb.
const ODS_REPEATS: &str = r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"/></table:table-row>"#;

/// Saves the seeds made here as files of the committed corpus (run once when they change).
fn write_corpus(name: &str, seeds: &[Vec<u8>]) {
    let dir = almanac_tests::repo().join("tests/fuzz/corpus").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for (i, seed) in seeds.iter().enumerate() {
        std::fs::write(dir.join(format!("made-{i}.{name}")), seed).unwrap();
    }
}

fn peak_memory_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

fn save_crash(target: &str, n: u64, input: &[u8]) -> PathBuf {
    let dir = almanac_tests::repo().join("target/fuzz-crashes");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{target}-{n}"));
    std::fs::write(&path, input).unwrap();
    path
}

struct Figures {
    executions: u64,
    outcomes: usize,
    crashes: Vec<PathBuf>,
    contained: u64,
}

/// Runs one target for `budget`.
fn run(target: &Target, budget: Duration, store: &mut Store, dir: &Path, seed: u64) -> Figures {
    let mut rng = Rng(seed | 1);
    let file = dir.join(format!("input.{}", target.ext));
    let mut outcomes = std::collections::HashSet::new();
    let mut crashes = Vec::new();
    let start = Instant::now();
    let mut executions = 0u64;
    let mut contained = 0u64;
    while start.elapsed() < budget {
        let base = &target.seeds[rng.below(target.seeds.len())];
        let other = &target.seeds[rng.below(target.seeds.len())];
        let input = match target.zipped && rng.below(4) != 0 {
            true => mutate_zip(&mut rng, base, other).unwrap_or_else(|| base.clone()),
            false => {
                let mut data = base.clone();
                for _ in 0..1 + rng.below(8) {
                    mutate_bytes(&mut rng, &mut data, other);
                }
                data
            }
        };
        std::fs::File::create(&file).and_then(|mut f| f.write_all(&input)).unwrap();
        *CURRENT.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((Instant::now(), target.name.to_string(), input.clone()));
        let result = catch_unwind(AssertUnwindSafe(|| partners::import(store, &file, None, true)));
        *CURRENT.lock().unwrap_or_else(|p| p.into_inner()) = None;
        executions += 1;
        let panicked = PANICKED.swap(false, std::sync::atomic::Ordering::SeqCst);
        if CONTAINED.swap(false, std::sync::atomic::Ordering::SeqCst) {
            contained += 1;
            save_crash(&format!("{}-contained", target.name), executions, &input);
        }
        match result {
            _ if panicked => {
                crashes.push(save_crash(target.name, executions, &input));
                true
            }
            Ok(Ok(preview)) => outcomes.insert(format!("ok {} {}", preview.valid, preview.invalid)),
            Ok(Err(e)) => outcomes.insert(format!("{}: {}", e.code(), e.to_string().split(':').next().unwrap_or(""))),
            Err(_) => {
                crashes.push(save_crash(target.name, executions, &input));
                true
            }
        };
        if peak_memory_mib() > MEMORY_BUDGET_MIB {
            crashes.push(save_crash(&format!("{}-memory", target.name), executions, &input));
            break;
        }
    }
    Figures { executions, outcomes: outcomes.len(), crashes, contained }
}

fn main() {
    // libtest's flags (--ignored, --nocapture, a filter) may be passed: this binary has no
    // harness. Its smoke run is no ignored test, so a run of only the ignored ones skips it.
    if std::env::args().any(|a| a == "--ignored") {
        println!("fuzz: no ignored targets");
        return;
    }
    let seconds: u64 = std::env::var("ALMANAC_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(3);
    let only: Option<Vec<String>> =
        std::env::var("ALMANAC_FUZZ_TARGETS").ok().map(|s| s.split(',').map(|t| t.trim().to_string()).collect());
    // The importer turns a reader's panic into an error; the hook still sees it, so the
    // fuzzer counts it as a crash and saves its input.
    // A panic inside calamine is contained by the importer (the user sees "the file is
    // damaged") and counted apart; one anywhere else is ours, and a crash.
    std::panic::set_hook(Box::new(|info| {
        let in_calamine = info.location().is_some_and(|l| l.file().contains("/calamine-"));
        let flag = if in_calamine { &CONTAINED } else { &PANICKED };
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
        if !in_calamine {
            eprintln!("panic: {info}");
        }
    }));
    let mut store = Store::open_in_memory().unwrap();
    let dir = tempfile::tempdir().unwrap();
    watchdog();
    let mut failed = 0;
    let mut ran = 0;
    for (i, target) in targets().iter().enumerate() {
        if only.as_ref().is_some_and(|o| !o.iter().any(|t| t == target.name)) {
            continue;
        }
        let f = run(target, Duration::from_secs(seconds), &mut store, dir.path(), 0x9E37_79B9_7F4A_7C15 ^ i as u64);
        println!(
            "fuzz {:<4} {seconds:>4} s  {:>8} executions  {:>4} distinct outcomes  {} crashes  \
             {} calamine panics contained  peak memory {} MiB",
            target.name,
            f.executions,
            f.outcomes,
            f.crashes.len(),
            f.contained,
            peak_memory_mib()
        );
        let crashes = f.crashes;
        for c in &crashes {
            println!("  crash input saved to {}", c.display());
        }
        ran += 1;
        failed += usize::from(!crashes.is_empty());
    }
    println!("fuzz: {} passed, {failed} failed", ran - failed);
    if failed > 0 {
        std::process::exit(1);
    }
}
