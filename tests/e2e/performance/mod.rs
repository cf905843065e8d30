//! The app's benchmarks as a user meets them, on the `agency` sample plan, against a bare
//! window of the same runtime (Tauri and WebKit, no plan, no UI) measured in the same run:
//! start → Plan drawn, start → the screen still (the display's last change, from its
//! frames), Calendar opened → items drawn, drag → persisted → redrawn, and the memory of
//! the whole process tree after visiting every view. The figures are printed
//! (for README's performance table), not asserted: a timed test would fail on a busy machine.
//! The test asserts only that every figure was taken and every drag reached the plan file.
//! A working day in one window is measured in `working_day`.

mod working_day;

use std::collections::HashMap;
use std::time::Duration;

use serde_json::json;
use thirtyfour::prelude::*;

use crate::driver::{run_cli, trace, App};
use crate::grid::{drag_pair, wait_for_cell, wait_in_plan};

const RUNS: usize = 3;
const DRAGS: usize = 15;

/// The binary measured: the release build the installers ship (`ALMANAC_BENCH_APP`, set by
/// the test script), else the app the other end-to-end tests drive.
fn measured_binary() -> std::path::PathBuf {
    std::env::var_os("ALMANAC_BENCH_APP")
        .or_else(|| std::env::var_os("ALMANAC_APP"))
        .map(Into::into)
        .expect("ALMANAC_APP is set")
}

/// Memory of a process and its descendants, in MiB: proportional set size (shared pages
/// split between the processes that share them) and resident set size (counted in each).
#[derive(Debug, Clone, Default)]
struct Memory {
    pss: f64,
    rss: f64,
    /// Each process's name and PSS, to see where the memory is.
    by_process: Vec<(String, f64)>,
}

impl Memory {
    fn parts(&self) -> String {
        self.by_process.iter().map(|(name, pss)| format!("{name} {pss:.0}")).collect::<Vec<_>>().join(", ")
    }
}

fn kib(text: &str, field: &str) -> f64 {
    text.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// The process tree under the `almanac` process whose command line holds `marker`.
fn tree_memory(marker: &str) -> Memory {
    let mut parent: HashMap<u32, u32> = HashMap::new();
    let mut root = None;
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        // The command name is in parentheses and may hold spaces: the fields follow the last ')'.
        let Some(ppid) = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(1)) else { continue };
        parent.insert(pid, ppid.parse().unwrap_or(0));
        let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if comm.trim() == "almanac" && cmdline.contains(marker) {
            root = Some(pid);
        }
    }
    let root = root.unwrap_or_else(|| panic!("no almanac process with “{marker}”"));
    let in_tree = |mut pid: u32| loop {
        if pid == root {
            return true;
        }
        match parent.get(&pid) {
            Some(&p) if p > 1 => pid = p,
            _ => return false,
        }
    };
    let mut memory = Memory::default();
    for &pid in parent.keys().filter(|&&p| in_tree(p)) {
        let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
        let pss = kib(&rollup, "Pss:") / 1024.0;
        memory.pss += pss;
        memory.rss += kib(&rollup, "Rss:") / 1024.0;
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        memory.by_process.push((name.trim().to_string(), pss));
    }
    memory.by_process.sort_by(|a, b| a.0.cmp(&b.0));
    memory
}

/// Polls the page until `script` returns a number, for at most 20 seconds.
async fn number(app: &App, script: &str) -> WebDriverResult<f64> {
    for _ in 0..200 {
        if let Ok(Some(v)) = app.driver.execute(script, vec![]).await?.convert::<Option<f64>>() {
            return Ok(v);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the page never answered {script}");
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    let mid = v.len() / 2;
    if v.len().is_multiple_of(2) {
        (v[mid - 1] + v[mid]) / 2.0
    } else {
        v[mid]
    }
}

/// How long the display must stay the same, after the last change seen, to count as still.
const STILL_AFTER: Duration = Duration::from_millis(2000);

/// The display's frames, captured one after another (ImageMagick's `import`, about one
/// every 140 ms) from before a launch: when the screen last changed is when it became
/// still, a start that lays itself out twice showing as a later change.
struct Frames {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    watcher: std::thread::JoinHandle<f64>,
}

impl Frames {
    fn watch() -> Frames {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopped = stop.clone();
        let watcher = std::thread::spawn(move || {
            let (mut last, mut changed) = (Vec::new(), 0.0);
            while !stopped.load(std::sync::atomic::Ordering::Relaxed) {
                let at = crate::driver::epoch_ms();
                let Ok(out) = std::process::Command::new("import").args(["-window", "root", "rgb:-"]).output() else {
                    break;
                };
                if out.stdout != last {
                    (last, changed) = (out.stdout, at);
                }
                // A breath between captures, so the start keeps most of a core.
                std::thread::sleep(Duration::from_millis(40));
            }
            changed
        });
        Frames { stop, watcher }
    }

    /// Stops watching; when the display last changed (ms since the Unix epoch).
    fn stop(self) -> f64 {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.watcher.join().unwrap_or(f64::NAN)
    }
}

/// A data folder with the `agency` sample plan, and what finds its app's processes.
fn agency_plan() -> std::io::Result<(tempfile::TempDir, String)> {
    let data = tempfile::tempdir()?;
    assert!(run_cli(data.path(), &["sample"]).status.success(), "the agency sample plan");
    let marker = format!("--data-dir {}", data.path().display());
    Ok((data, marker))
}

/// When the bare window's page has loaded (ms since the Unix epoch).
const BARE_LOADED: &str = "const n = performance.getEntriesByType('navigation')[0];
     return n && n.loadEventEnd > 0 ? performance.timeOrigin + n.loadEventEnd : null;";
/// When the app's Plan was drawn (ms since the Unix epoch).
const PLAN_DRAWN: &str = "const m = performance.getEntriesByName('almanac:plan-ready')[0];
     return m ? performance.timeOrigin + m.startTime : null;";

/// Start-up time and memory of the bare window.
async fn bare_run() -> WebDriverResult<(f64, Memory)> {
    let app = App::launch_binary(measured_binary(), vec![json!("--bare-window")]).await?;
    let started = number(&app, BARE_LOADED).await? - app.launched_at;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let memory = tree_memory("--bare-window");
    app.quit().await?;
    Ok((started, memory))
}

/// From a launch with `args` to the display's last change, once the page said `ready`
/// (its frames watched in runs of their own: the captures take a core the start would use).
async fn start_to_still(args: Vec<serde_json::Value>, ready: &str) -> WebDriverResult<f64> {
    let frames = Frames::watch();
    let app = App::launch_binary(measured_binary(), args).await?;
    number(&app, ready).await?;
    tokio::time::sleep(STILL_AFTER).await;
    let still = frames.stop() - app.launched_at;
    app.quit().await?;
    Ok(still)
}

/// Every view the navigation offers, the calendar's grid included.
async fn visit_every_view(app: &App) -> WebDriverResult<()> {
    for view in ["calendar", "checks", "campaigns", "collaborations", "partners", "settings", "plan", "calendar"] {
        app.open_view(view).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    app.driver.query(By::Css(".fc-daygrid-day .fc-event")).first().await?;
    app.open_grid().await?;
    Ok(())
}

/// The app's own figures of each drag, in ms: drop → redrawn, and two of its parts.
#[derive(Default)]
struct Dragged {
    whole: Vec<f64>,
    /// The move command, from the web view to Rust and back.
    call: Vec<f64>,
    /// The page's update from the answer (the script's work before the browser lays out and paints).
    update: Vec<f64>,
}

/// Drags items across the grid, each move checked in the plan file; returns the app's own
/// drop → redrawn figures.
async fn drags(app: &App, data: &std::path::Path) -> WebDriverResult<Dragged> {
    for n in 0..DRAGS {
        let (id, _, _, to_row, to_day) = drag_pair(app).await?;
        let line = By::Css(format!("[data-testid=grid-item-{id}]"));
        let target = By::Css(format!("[data-testid=grid-cell-{to_row}-{to_day}]"));
        app.drag(line, target).await?;
        wait_for_cell(app, &id, &to_row, &to_day).await?;
        trace(&format!("drag {n} drawn; waiting for it in the plan file"));
        wait_in_plan(app, data, &id, &to_row, &to_day).await?;
    }
    // Each figure is taken a frame after its drop: wait for the last one.
    let all = format!("return performance.getEntriesByName('almanac:drag').length >= {DRAGS} ? 1 : null;");
    number(app, &all).await?;
    let durations = |name: &str| format!("return performance.getEntriesByName('{name}').map(e => e.duration);");
    let figures = |name: &'static str| async move { app.driver.execute(durations(name), vec![]).await?.convert() };
    Ok(Dragged {
        whole: figures("almanac:drag").await?,
        call: figures("almanac:move-call").await?,
        update: figures("almanac:drag-update").await?,
    })
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn benchmark_start_drag_and_memory_against_a_bare_window() -> WebDriverResult<()> {
    let (data, marker) = agency_plan()?;
    let (mut bare_start, mut bare_still, mut bare_memory) = (vec![], vec![], vec![]);
    let (mut app_start, mut app_still, mut calendar, mut app_memory) = (vec![], vec![], vec![], vec![]);
    let mut dragged = Dragged::default();
    for run in 0..RUNS {
        trace(&format!("benchmark run {run}"));
        let (started, memory) = bare_run().await?;
        bare_start.push(started);
        bare_memory.push(memory);

        let app = App::launch_binary(measured_binary(), vec![json!("--data-dir"), json!(data.path())]).await?;
        app_start.push(number(&app, PLAN_DRAWN).await? - app.launched_at);
        app.open_view("calendar").await?;
        calendar.push(
            number(
                &app,
                "const m = performance.getEntriesByName('almanac:calendar-drawn')[0]; return m ? m.duration : null;",
            )
            .await?,
        );
        visit_every_view(&app).await?;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        app_memory.push(tree_memory(&marker));
        if run == 0 {
            dragged = drags(&app, data.path()).await?;
            app.screenshot("50-benchmark-grid").await?;
        }
        app.quit().await?;
    }
    for _ in 0..RUNS {
        bare_still.push(start_to_still(vec![json!("--bare-window")], BARE_LOADED).await?);
        app_still.push(start_to_still(vec![json!("--data-dir"), json!(data.path())], PLAN_DRAWN).await?);
    }
    assert_eq!(dragged.whole.len(), DRAGS, "every drag measured itself");
    let pss = |m: &[Memory]| median(&m.iter().map(|m| m.pss).collect::<Vec<_>>());
    let rss = |m: &[Memory]| median(&m.iter().map(|m| m.rss).collect::<Vec<_>>());
    let rounded = |v: &[f64]| v.iter().map(|x| format!("{x:.0}")).collect::<Vec<_>>().join(", ");
    eprintln!("BENCH {}", measured_binary().display());
    eprintln!("BENCH agency sample, medians of {RUNS} runs ({DRAGS} drags), bare window of the same runtime alongside");
    eprintln!("BENCH start → Plan drawn            {:>7.0} ms   (runs: {})", median(&app_start), rounded(&app_start));
    eprintln!("BENCH start → the screen still      {:>7.0} ms   (runs: {})", median(&app_still), rounded(&app_still));
    eprintln!("BENCH start → bare window loaded    {:>7.0} ms   (runs: {})", median(&bare_start), rounded(&bare_start));
    eprintln!(
        "BENCH start → bare window still     {:>7.0} ms   (runs: {}); the app's still = {:.2}× the bare window's",
        median(&bare_still),
        rounded(&bare_still),
        median(&app_still) / median(&bare_still)
    );
    eprintln!("BENCH Calendar opened → items drawn {:>7.0} ms   (runs: {})", median(&calendar), rounded(&calendar));
    eprintln!(
        "BENCH drag → persisted → redrawn    {:>7.1} ms   (min {:.1}, max {:.1})",
        median(&dragged.whole),
        dragged.whole.iter().copied().fold(f64::INFINITY, f64::min),
        dragged.whole.iter().copied().fold(0.0, f64::max)
    );
    eprintln!(
        "BENCH   of which the move command     {:>7.1} ms   (the call, from the web view and back)",
        median(&dragged.call)
    );
    eprintln!(
        "BENCH   of which the page's update    {:>7.1} ms   (script, from the answer to the DOM patched)",
        median(&dragged.update)
    );
    eprintln!(
        "BENCH memory, every view visited    PSS {:.0} MiB vs bare {:.0} MiB = {:.2}×; RSS sum {:.0} MiB vs {:.0} MiB = {:.2}× ({} vs {} processes)",
        pss(&app_memory),
        pss(&bare_memory),
        pss(&app_memory) / pss(&bare_memory),
        rss(&app_memory),
        rss(&bare_memory),
        rss(&app_memory) / rss(&bare_memory),
        app_memory[0].by_process.len(),
        bare_memory[0].by_process.len(),
    );
    eprintln!(
        "BENCH   PSS by process (last run): {} — bare: {}",
        app_memory[RUNS - 1].parts(),
        bare_memory[RUNS - 1].parts()
    );
    assert!(
        app_memory.iter().chain(&bare_memory).all(|m| m.by_process.len() >= 2 && m.pss > 0.0),
        "the web view's processes were found"
    );
    Ok(())
}
