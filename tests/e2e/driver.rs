//! Starting the app under tauri-driver, and the few gestures the tests repeat.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use thirtyfour::error::WebDriverErrorInner;
use thirtyfour::prelude::*;

use crate::session::{open_session, wait_for_port, wait_for_port_free, DriverProcess};

/// Prints a step with the seconds since the first step, so a slow or stuck run shows where.
pub fn trace(step: &str) {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let start = START.get_or_init(Instant::now);
    eprintln!("[{:>6.1}s] {step}", start.elapsed().as_secs_f32());
}

/// tauri-driver's port and its WebKit driver's, `offset` above `ALMANAC_E2E_PORT` (4444
/// unless set): the test script runs two parts of the suite side by side, each on its own.
fn ports(offset: u16) -> (u16, u16) {
    let base = std::env::var("ALMANAC_E2E_PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(4444);
    (base + offset, base + offset + 1)
}

pub struct App {
    pub driver: WebDriver,
    /// When the session (and so the app) was asked for, in milliseconds since the epoch.
    pub launched_at: f64,
    /// The app's Documents folder (set through XDG's user-dirs.dirs), where exports are suggested.
    pub documents: PathBuf,
    _home: tempfile::TempDir,
    _tauri_driver: DriverProcess,
}

/// Runs the built app's binary without a window (`almanac <args> --data-dir <data>`), as a
/// script would, and returns what it did.
pub fn run_cli(data: &Path, args: &[&str]) -> std::process::Output {
    cli().args(args).arg("--data-dir").arg(data).output().expect("the app's binary runs")
}

/// The app's binary as a command, in British English whatever this laptop's locale or the
/// language its own Almanac was set to: no config folder, and the C locale.
pub fn cli() -> Command {
    let app = std::env::var_os("ALMANAC_APP").map(PathBuf::from).expect("ALMANAC_APP is set");
    let mut command = Command::new(app);
    command
        .env("XDG_CONFIG_HOME", std::env::temp_dir().join("almanac-e2e-no-config"))
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .env_remove("LANGUAGE");
    command
}

fn env_path(name: &str, default: &str) -> PathBuf {
    std::env::var_os(name).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(default))
}

/// The views of the navigation, in its order.
pub const VIEWS: [&str; 10] = [
    "plan",
    "calendar",
    "checks",
    "approvals",
    "requests",
    "campaigns",
    "collaborations",
    "partners",
    "results",
    "settings",
];

pub(crate) fn workspace() -> PathBuf {
    almanac_tests::repo()
}

impl App {
    /// Starts tauri-driver and, through it, the app on `data_dir`.
    pub async fn start(data_dir: &Path) -> WebDriverResult<App> {
        App::launch(vec![json!("--data-dir"), json!(data_dir)]).await
    }

    /// Starts the app's binary with `args` (the app on a plan, or its bare window).
    pub async fn launch(args: Vec<serde_json::Value>) -> WebDriverResult<App> {
        let app = env_path("ALMANAC_APP", "target/debug/almanac");
        App::launch_binary(if app.is_absolute() { app } else { workspace().join(app) }, args).await
    }

    /// Starts a second app on `data_dir` beside the first, through a tauri-driver of its own.
    pub async fn start_beside(data_dir: &Path) -> WebDriverResult<App> {
        let app = env_path("ALMANAC_APP", "target/debug/almanac");
        let app = if app.is_absolute() { app } else { workspace().join(app) };
        App::launch_on(app, vec![json!("--data-dir"), json!(data_dir)], ports(2), &[]).await
    }

    /// Starts the binary `app` (as built, or as installed) with `args`.
    pub async fn launch_binary(app: PathBuf, args: Vec<serde_json::Value>) -> WebDriverResult<App> {
        App::launch_on(app, args, ports(0), &[]).await
    }

    /// Starts the app's binary with `args` in a process environment with `env` set besides
    /// (a laptop's process locale: `LANG`, `LC_ALL`).
    pub async fn launch_in(args: Vec<serde_json::Value>, env: &[(&str, &str)]) -> WebDriverResult<App> {
        let app = env_path("ALMANAC_APP", "target/debug/almanac");
        App::launch_on(if app.is_absolute() { app } else { workspace().join(app) }, args, ports(0), env).await
    }

    /// Starts `app` with `args` through a tauri-driver on `ports` (its own, its WebKit driver's),
    /// the driver and so the app in this process's environment with `env` set besides.
    async fn launch_on(
        app: PathBuf,
        args: Vec<serde_json::Value>,
        ports: (u16, u16),
        env: &[(&str, &str)],
    ) -> WebDriverResult<App> {
        App::launch_at_home(tempfile::tempdir().expect("a temporary home"), app, args, ports, env).await
    }

    /// Closes the app and opens it again on `data_dir` in the same home, so what it keeps on
    /// this laptop (its config folder: the language, the theme) is there for the new start.
    pub async fn restart(self, data_dir: &Path) -> WebDriverResult<App> {
        trace("restart");
        let App { driver, _home: home, _tauri_driver: tauri_driver, .. } = self;
        driver.quit().await?;
        drop(tauri_driver);
        let app = env_path("ALMANAC_APP", "target/debug/almanac");
        let app = if app.is_absolute() { app } else { workspace().join(app) };
        // A second start on the same plan hands over to the first window and exits, so the new
        // window is started only once the old one's process has gone (slow under load).
        wait_for_exit(&app, data_dir);
        App::launch_at_home(home, app, vec![json!("--data-dir"), json!(data_dir)], ports(0), &[]).await
    }

    /// Starts `app` as [`App::launch_on`] does, its config and Documents folders in `home`.
    async fn launch_at_home(
        home: tempfile::TempDir,
        app: PathBuf,
        args: Vec<serde_json::Value>,
        ports: (u16, u16),
        env: &[(&str, &str)],
    ) -> WebDriverResult<App> {
        let (port, native_port) = ports;
        trace(&format!("start {}", app.display()));
        // The previous test's drivers may still be letting go of their ports.
        wait_for_port_free(port);
        wait_for_port_free(native_port);
        // The user's Documents folder, as XDG configures it, in a folder of the test's own.
        let documents = home.path().join("Documents");
        std::fs::create_dir_all(home.path().join("config"))
            .and_then(|_| std::fs::create_dir_all(&documents))
            .and_then(|_| {
                let dirs = format!("XDG_DOCUMENTS_DIR=\"{}\"\n", documents.display());
                std::fs::write(home.path().join("config/user-dirs.dirs"), dirs)
            })
            .expect("a Documents folder for the app");
        let tauri_driver = DriverProcess(
            Command::new(env_path("TAURI_DRIVER", "tauri-driver"))
                .env("XDG_CONFIG_HOME", home.path().join("config"))
                .envs(env.iter().copied())
                .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::inherit())
                .spawn()
                .expect("tauri-driver starts (set TAURI_DRIVER to its path)"),
        );
        wait_for_port(port);
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry")?;
        caps.set("tauri:options", json!({ "application": app, "args": args }))?;
        let launched_at = epoch_ms();
        let driver = open_session(caps, port).await?;
        trace("session open");
        Ok(App { driver, launched_at, documents, _home: home, _tauri_driver: tauri_driver })
    }

    /// Closes the app, then (on drop) stops tauri-driver.
    pub async fn quit(self) -> WebDriverResult<()> {
        trace("quit");
        self.driver.clone().quit().await
    }

    /// Kills the app outright (SIGKILL), as a crash or a power cut would, then stops the driver.
    pub fn kill(self, data_dir: &Path) {
        trace("kill the app");
        let pattern = format!("almanac --data-dir {}", data_dir.display());
        let killed = Command::new("pkill").args(["-KILL", "-f", &pattern]).status().map(|s| s.success());
        assert!(matches!(killed, Ok(true)), "no app process matched “{pattern}”");
        // The session has no app left to close: asking WebKit's driver to end it would wait
        // out the client's two-minute timeout. Stopping tauri-driver (on drop) ends it.
        let _ = self.driver.clone().leak();
    }

    /// First run: loads the sample plan from the welcome screen and waits for the calendar.
    pub async fn load_sample(&self) -> WebDriverResult<()> {
        self.click("[data-testid=load-sample]").await?;
        self.driver.query(By::Css(".fc-event")).first().await?;
        Ok(())
    }

    /// Presses Ctrl+Z on `focus` (outside any text field) and waits until the status line
    /// says what was undone: up to 30 s, as undoing a whole sample plan (24,000 rows) on a
    /// loaded machine takes longer than a gesture's 10 s.
    pub async fn undo_and_wait(&self, focus: &str, undone: &str) -> WebDriverResult<()> {
        self.driver.find(By::Css(focus)).await?.click().await?;
        self.driver.action_chain().key_down(Key::Control).send_keys("z").key_up(Key::Control).perform().await?;
        self.wait_up_to(30, || async {
            let status = self.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
            Ok(status.starts_with(undone))
        })
        .await
    }

    /// Runs `act` again, element lookups and all, while the element it held was replaced
    /// by a re-render (a view settling after navigation): a gesture never keeps a handle
    /// across a redraw.
    pub async fn fresh<T, F, Fut>(&self, what: &str, act: F) -> WebDriverResult<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = WebDriverResult<T>>,
    {
        let deadline = Instant::now() + Duration::from_secs(20);
        // Asked again at least once: under load one slow answer may outlast the deadline.
        let mut tries = 0;
        loop {
            tries += 1;
            match act().await {
                Err(e)
                    if matches!(*e, WebDriverErrorInner::StaleElementReference(_))
                        && (tries == 1 || Instant::now() < deadline) =>
                {
                    trace(&format!("{what}: the element was redrawn; finding it again"));
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                other => return other,
            }
        }
    }

    /// Switches the calendar to the planning grid with its toolbar button (by keyboard: the
    /// button hides the calendar it sits in, which WebKit's driver reports as a failed
    /// click) and waits for the grid's items.
    pub async fn open_grid(&self) -> WebDriverResult<()> {
        trace("open the grid");
        let mut attempt = 0;
        loop {
            let button = self.driver.query(By::Css(".fc-grid-button")).first().await?;
            match button.send_keys(Key::Enter).await {
                Err(e) if attempt < 20 => {
                    trace(&format!("the Grid button did not take the key ({e}); again"));
                    tokio::time::sleep(Duration::from_millis(250)).await;
                    attempt += 1;
                }
                other => break other?,
            }
        }
        self.driver.query(By::Css("[data-testid=grid] .line")).first().await?;
        Ok(())
    }

    pub async fn click(&self, css: &str) -> WebDriverResult<()> {
        trace(&format!("click {css}"));
        self.fresh(css, || async {
            let element = self.driver.query(By::Css(css)).and_clickable().first().await?;
            // Long dialogs scroll: a button below the fold is brought into view first.
            element.scroll_into_view().await?;
            element.click().await
        })
        .await
    }

    pub async fn type_into(&self, css: &str, text: &str) -> WebDriverResult<()> {
        self.fresh(css, || async {
            let input = self.driver.query(By::Css(css)).first().await?;
            input.clear().await?;
            input.send_keys(text).await
        })
        .await
    }

    /// Sets a text field's value at once, with the input and change events views listen to.
    pub async fn set_value(&self, css: &str, value: &str) -> WebDriverResult<()> {
        self.fresh(css, || async {
            let input = self.driver.query(By::Css(css)).first().await?;
            self.driver
                .execute(
                    // As a person's edit ends: `input` while typing, `change` when it is committed.
                    "arguments[0].value = arguments[1];
                     arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                     arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    vec![input.to_json()?, json!(value)],
                )
                .await?;
            Ok(())
        })
        .await
    }

    /// Picks the option `text` of the select `css`; the options may arrive after the select
    /// does, and the select may be redrawn meanwhile, so both are found afresh each try.
    pub async fn select_by_text(&self, css: &str, text: &str) -> WebDriverResult<()> {
        trace(&format!("select {text} in {css}"));
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let select = self.driver.query(By::Css(css)).first().await?;
            // A select below the fold of a long dialog is brought into view first.
            if let Err(e) = select.scroll_into_view().await {
                if !matches!(*e, WebDriverErrorInner::StaleElementReference(_)) {
                    return Err(e);
                }
            }
            let options = select.find_all(By::XPath(format!(".//option[normalize-space()='{text}']"))).await;
            match options {
                Ok(found) if !found.is_empty() => match found[0].click().await {
                    Err(e) if matches!(*e, WebDriverErrorInner::StaleElementReference(_)) => {}
                    other => return other,
                },
                Err(e) if !matches!(*e, WebDriverErrorInner::StaleElementReference(_)) => return Err(e),
                _ => {}
            }
            assert!(Instant::now() < deadline, "no option “{text}” in {css} within 20 s");
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// The calendar event showing `title`, waited for.
    pub async fn event(&self, title: &str) -> WebDriverResult<WebElement> {
        self.driver.query(event_titled(title)).first().await
    }

    pub async fn wait_gone(&self, css: &str) -> WebDriverResult<()> {
        // WebKit's driver can answer a search with a stale element while the element is being
        // taken out of the page (seen as a dialog and its calendar closed): asked again, it
        // answers.
        let gone = self.fresh(css, || async { self.driver.query(By::Css(css)).not_exists().await }).await?;
        assert!(gone, "{css} is still there");
        Ok(())
    }

    /// Polls `check` until it holds, for at most ten seconds.
    pub async fn wait_until<F, Fut>(&self, check: F) -> WebDriverResult<()>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = WebDriverResult<bool>>,
    {
        self.wait_up_to(10, check).await
    }

    /// Polls `check` until it holds, for at most `seconds`.
    pub async fn wait_up_to<F, Fut>(&self, seconds: u64, check: F) -> WebDriverResult<()>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = WebDriverResult<bool>>,
    {
        self.settles(seconds, "the condition", &true, check).await
    }

    /// Reads `read` until it gives `expected`, for at most ten seconds, and fails saying
    /// what `what` read last: the window draws after each gesture, not at once.
    pub async fn expect_eq<T, F, Fut>(&self, what: &str, expected: T, read: F) -> WebDriverResult<()>
    where
        T: PartialEq + std::fmt::Debug,
        F: Fn() -> Fut,
        Fut: Future<Output = WebDriverResult<T>>,
    {
        self.settles(10, what, &expected, read).await
    }

    async fn settles<T, F, Fut>(&self, seconds: u64, what: &str, expected: &T, read: F) -> WebDriverResult<()>
    where
        T: PartialEq + std::fmt::Debug,
        F: Fn() -> Fut,
        Fut: Future<Output = WebDriverResult<T>>,
    {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        loop {
            match read().await {
                Ok(value) if value == *expected => return Ok(()),
                last if Instant::now() > deadline => {
                    let _ = self.screenshot("failure").await;
                    panic!(
                        "{what} is not {expected:?} within {seconds} s (last: {last:?}); \
                         see target/e2e-screenshots/failure.png"
                    );
                }
                _ => tokio::time::sleep(Duration::from_millis(150)).await,
            }
        }
    }

    /// Runs axe-core (WCAG 2.2 A and AA rules) on the page as it is and returns the
    /// violations, one line each: rule, impact, and the first offending elements.
    pub async fn accessibility_violations(&self) -> WebDriverResult<Vec<String>> {
        let axe = std::fs::read_to_string(workspace().join("ui/node_modules/axe-core/axe.min.js"))
            .expect("axe-core is installed in ui/node_modules (npm ci)");
        // Asked again when WebKit's driver answers with a stale element mid-redraw (see screenshot).
        self.fresh("the accessibility audit", || async {
            self.driver.execute(&axe, vec![]).await?;
            let ret = self
                .driver
                .execute_async(
                    "const done = arguments[arguments.length - 1];
                     axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
                       .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' +
                           v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                       .catch(e => done(['axe failed: ' + e]));",
                    vec![],
                )
                .await?;
            ret.convert()
        })
        .await
    }
}

/// Waits (at most 20 s) until no process of `app` has `data_dir` open, as /proc lists them;
/// one still there then is ended as the desktop session would end it (SIGTERM), and said so
/// in the trace: a window whose session has ended has been seen to keep its process.
fn wait_for_exit(app: &Path, data_dir: &Path) {
    let (app, data_dir) = (app.display().to_string(), data_dir.display().to_string());
    let running = || -> Vec<String> {
        let entries = std::fs::read_dir("/proc").into_iter().flatten().flatten();
        entries
            .filter(|entry| {
                let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
                let args: Vec<String> =
                    cmdline.split(|&b| b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
                args.first() == Some(&app) && args.contains(&data_dir)
            })
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect()
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while !running().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    for pid in running() {
        trace(&format!("the old window's process {pid} is still there 20 s after its session ended; ending it"));
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
    }
    while !running().is_empty() && Instant::now() < deadline + Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Now, in milliseconds since the epoch (the clock `performance.timeOrigin` counts from).
pub use crate::desktop::{EXPORT_MENU, FILE_MENU, HELP_MENU, IMPORT_MENU};

pub fn epoch_ms() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Where the calendar event showing `title` is found.
pub fn event_titled(title: &str) -> By {
    By::XPath(format!("//a[contains(@class,'fc-event')][.//span[@class='item-title' and text()='{title}']]"))
}

/// Calls the command `name` with `args` through Tauri's IPC, as the page can; Ok holds
/// the command's answer, Err its error.
pub async fn invoke(app: &App, name: &str, args: Value) -> WebDriverResult<Result<Value, Value>> {
    let ret = app
        .driver
        .execute_async(
            "const [name, args, done] = arguments;
             window.__TAURI_INTERNALS__.invoke(name, args).then(ok => done({ ok }), err => done({ err }));",
            vec![json!(name), args],
        )
        .await?;
    let answer: Value = ret.convert()?;
    Ok(match answer.get("err") {
        Some(err) => Err(err.clone()),
        None => Ok(answer.get("ok").cloned().unwrap_or(Value::Null)),
    })
}
