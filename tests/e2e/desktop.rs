//! What the tests reach through the virtual display rather than the web view: the native
//! file dialog, the menu bar (xdotool) and screenshots of the window as painted (ImageMagick).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

use crate::driver::{trace, workspace, App};

/// The menu bar's menus, as [`App::menu_item`] counts them.
pub const FILE_MENU: usize = 0;
pub const VIEW_MENU: usize = 2;
pub const IMPORT_MENU: usize = 3;
pub const EXPORT_MENU: usize = 4;
pub const HELP_MENU: usize = 5;

impl App {
    /// Answers the native file dialog the app has just opened, as a person would: types
    /// `path` into its location field and presses Enter (xdotool on the virtual display;
    /// WebDriver cannot reach native windows).
    pub fn answer_file_dialog(&self, path: &Path) {
        trace(&format!("answer the file dialog with {}", path.display()));
        let deadline = Instant::now() + Duration::from_secs(30);
        let dialog = loop {
            let windows = xdotool(&["search", "--onlyvisible", "--name", "."]);
            let found = windows.lines().find(|id| {
                let name = xdotool(&["getwindowname", id]);
                !name.is_empty() && name != "Almanac"
            });
            if let Some(id) = found {
                break id.to_string();
            }
            assert!(Instant::now() < deadline, "no file dialog opened");
            std::thread::sleep(Duration::from_millis(200));
        };
        std::thread::sleep(Duration::from_millis(500));
        xdotool(&["windowfocus", "--sync", &dialog]);
        // Ctrl+L opens the location field (in Save it selects the name): the whole path replaces it.
        xdotool(&["key", "--clearmodifiers", "ctrl+l"]);
        std::thread::sleep(Duration::from_millis(200));
        xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
        type_text(&path.display().to_string());
        std::thread::sleep(Duration::from_millis(300));
        xdotool(&["key", "Return"]);
    }

    /// Opens the menu bar's menu number `menu` (0 is File) with F10 and the arrow keys, and
    /// activates its item number `item` (0 is the first), as a keyboard user would
    /// (WebDriver cannot reach the native menu bar; xdotool types into the window on the
    /// virtual display).
    pub fn menu_item(&self, menu: usize, item: usize) {
        trace(&format!("menu {menu}, item {item}"));
        focus_the_window();
        xdotool(&["key", "--clearmodifiers", "F10"]);
        // The menu bar takes a moment to take the keyboard.
        std::thread::sleep(Duration::from_millis(500));
        for _ in 0..menu {
            xdotool(&["key", "Right"]);
            std::thread::sleep(Duration::from_millis(150));
        }
        // The menu opens with nothing highlighted: the first Down highlights its first item.
        for _ in 0..=item {
            xdotool(&["key", "Down"]);
            std::thread::sleep(Duration::from_millis(150));
        }
        xdotool(&["key", "Return"]);
    }

    /// Presses `keys` (xdotool's names: `ctrl+equal`) on the window as a person's keyboard
    /// does, so the menu bar's accelerators hear them as well as the page.
    pub fn press(&self, keys: &str) {
        trace(&format!("press {keys}"));
        focus_the_window();
        xdotool(&["key", "--clearmodifiers", keys]);
    }

    /// Chooses a menu item (see [`App::menu_item`]) until the dialog it opens, `dialog`
    /// (a CSS selector), shows: the menu bar may not take the keyboard while the window
    /// settles, so it tries again (Escape closes a menu left open).
    pub async fn menu_dialog(&self, menu: usize, item: usize, dialog: &str) -> WebDriverResult<()> {
        for attempt in 0.. {
            self.menu_item(menu, item);
            let shown = self
                .driver
                .query(By::Css(dialog))
                .wait(Duration::from_secs(5), Duration::from_millis(200))
                .exists()
                .await?;
            if shown {
                return Ok(());
            }
            assert!(attempt < 3, "menu {menu}, item {item} did not open {dialog}");
            let _ = Command::new("xdotool").args(["key", "Escape"]).status();
        }
        Ok(())
    }

    /// Saves a screenshot of the window for people to look at.
    pub async fn screenshot(&self, name: &str) -> WebDriverResult<()> {
        trace(&format!("screenshot {name}"));
        let dir = workspace().join("target/e2e-screenshots");
        std::fs::create_dir_all(&dir)?;
        // The display as the user sees it, once the page has painted its last change
        // (WebKit's own snapshot can stall when the web view draws without compositing).
        // (WebKit's driver has answered a script that names no element with a stale element
        // while the page was redrawing: asked again, it answers.)
        self.fresh("the page's next frame", || async {
            self.driver
                .execute_async(
                    "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                    vec![],
                )
                .await
        })
        .await?;
        let path = dir.join(format!("{name}.png"));
        let taken = Command::new("import").args(["-window", "root"]).arg(&path).status();
        assert!(matches!(taken, Ok(s) if s.success()), "ImageMagick's import could not take {}", path.display());
        Ok(())
    }
}

fn xdotool(args: &[&str]) -> String {
    let out = Command::new("xdotool").args(args).output().expect("xdotool runs");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Gives the app's window the keyboard.
fn focus_the_window() {
    let windows = xdotool(&["search", "--onlyvisible", "--name", "^Almanac$"]);
    let window = windows.lines().last().expect("the Almanac window").to_string();
    xdotool(&["windowfocus", "--sync", &window]);
}

/// Types `text` into the focused window. A character the keyboard map lacks (the em dash of
/// a plan's suggested file name) is typed on its own with time around it: xdotool maps it to
/// a spare key first, and a window that has not yet read the new map drops it (seen under load).
fn type_text(text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let plain = rest.find(|c: char| !c.is_ascii()).unwrap_or(rest.len());
        if plain > 0 {
            xdotool(&["type", "--delay", "20", &rest[..plain]]);
            rest = &rest[plain..];
        } else {
            let wide = rest.chars().next().map_or(0, char::len_utf8);
            std::thread::sleep(Duration::from_millis(300));
            xdotool(&["type", "--delay", "300", &rest[..wide]]);
            std::thread::sleep(Duration::from_millis(300));
            rest = &rest[wide..];
        }
    }
}
