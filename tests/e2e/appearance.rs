//! The window's theme and zoom end to end: Dark chosen in Settings darkens every view at
//! once (each screenshotted and held to the axe audit, contrast included), Light brings it
//! back, and the choice is kept on this laptop across a restart; View → Zoom and its keys
//! enlarge the page (its CSS viewport narrows, so it reflows), say so, and are kept too. The light theme's views are audited
//! by the other tests, which run in the system's theme (light under Xvfb).

use serde_json::json;
use thirtyfour::prelude::*;

use crate::desktop::VIEW_MENU;
use crate::driver::{App, VIEWS};
use crate::languages::walk_the_views;

/// The theme the page names (`data-theme`), whether its background is dark, and which
/// choice Settings shows (when Settings is open).
async fn theme(app: &App) -> WebDriverResult<(String, bool, String)> {
    let ret = app
        .driver
        .execute(
            "const root = document.documentElement;
             const [r, g, b] = getComputedStyle(root).backgroundColor.match(/\\d+/g).map(Number);
             const chosen = document.querySelector('input[name=ui-theme]:checked');
             return [root.dataset.theme ?? '', (r + g + b) / 3 < 100, chosen ? chosen.value : ''];",
            vec![],
        )
        .await?;
    let (name, dark, chosen): (String, bool, String) = serde_json::from_value(ret.json().clone())?;
    Ok((name, dark, chosen))
}

/// Chooses `choice` in Settings → Appearance and waits until the page is drawn in `shown`.
async fn choose(app: &App, choice: &str, shown: &str) -> WebDriverResult<()> {
    app.click(&format!("[data-testid=theme-{choice}]")).await?;
    app.wait_until(|| async { Ok(theme(app).await?.0 == shown) }).await
}

async fn audit(app: &App, what: &str) -> WebDriverResult<()> {
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "dark {what}: {violations:?}");
    Ok(())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn dark_is_chosen_in_settings_every_view_passes_the_audit_and_the_choice_is_kept() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    app.open_view("settings").await?;
    // Nothing chosen yet: the system's theme, light under the tests.
    assert_eq!(theme(&app).await?, ("light".into(), false, "system".into()));

    choose(&app, "dark", "dark").await?;
    assert_eq!(theme(&app).await?, ("dark".into(), true, "dark".into()));
    let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
    assert!(status.contains("dark"), "{status}");
    app.screenshot("70-settings-dark").await?;
    walk_the_views(&app, "71-dark").await?;
    // What the walk does not wait for: the checks' coverage map and findings, and a dialog.
    app.open_view("checks").await?;
    app.driver.query(By::Css("[data-testid=coverage-map]")).first().await?;
    app.driver.query(By::Css("[data-testid=findings-list] li.finding")).first().await?;
    app.screenshot("72-dark-checks").await?;
    audit(&app, "checks").await?;
    app.open_view("calendar").await?;
    app.click("[data-testid=new-item]").await?;
    app.driver.query(By::Css("[data-testid=item-dialog][open]")).first().await?;
    app.screenshot("73-dark-item-dialog").await?;
    audit(&app, "the item dialog").await?;
    app.driver.find(By::Css("#item-title")).await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;

    // Dark is kept for the next start, and the first view is drawn in it.
    // (Read until the view has drawn its choice: a restarted window draws it a moment later.)
    let app = app.restart(data.path()).await?;
    app.driver.query(By::Css("[data-testid=timeline]")).first().await?;
    app.expect_eq("the first view's theme", "dark".to_string(), || async { Ok(theme(&app).await?.0) }).await?;
    app.open_view("settings").await?;
    app.expect_eq("the theme", ("dark".into(), true, "dark".into()), || theme(&app)).await?;

    choose(&app, "light", "light").await?;
    app.expect_eq("the theme", ("light".into(), false, "light".into()), || theme(&app)).await?;
    let app = app.restart(data.path()).await?;
    app.open_view("settings").await?;
    app.expect_eq("the theme", ("light".into(), false, "light".into()), || theme(&app)).await?;

    // Back to the system's theme.
    app.click("[data-testid=theme-system]").await?;
    app.wait_until(|| async { Ok(theme(&app).await?.2 == "system") }).await?;
    assert_eq!(theme(&app).await?, ("light".into(), false, "system".into()));
    app.quit().await
}

/// The page's CSS viewport width and what the status line says.
async fn viewport(app: &App) -> WebDriverResult<(f64, String)> {
    let ret = app.driver.execute("return window.innerWidth;", vec![]).await?;
    let width = ret.json().as_f64().unwrap_or_default();
    let status = app.driver.find(By::Css("[data-testid=status]")).await?.text().await?;
    Ok((width, status))
}

/// The views whose page is wider than the window, each screenshotted as `shot`-view.
/// (Views are opened by keyboard: WebKit's driver clicks a zoomed page at unzoomed points.)
async fn views_wider_than_the_window(app: &App, shot: &str) -> WebDriverResult<Vec<String>> {
    let mut wider = Vec::new();
    for view in VIEWS {
        app.open_view_by_keyboard(view).await?;
        // The page, and the view's own scrolling region under the app bar: neither may scroll sideways.
        let ret = app
            .driver
            .execute(
                "const main = document.getElementById('main');
                 const inner = main ? main.scrollWidth - main.clientWidth : 0;
                 return [document.documentElement.scrollWidth + inner, window.innerWidth];",
                vec![],
            )
            .await?;
        let (page, window): (f64, f64) = serde_json::from_value(ret.json().clone())?;
        if page > window {
            app.screenshot(&format!("{shot}-{view}")).await?;
            wider.push(format!("{view}: {page} > {window}"));
        }
    }
    Ok(wider)
}

/// The app on the sample plan in a window of `width` × `height`, once the page has it.
async fn sample_in_window(data: &std::path::Path, width: u32, height: u32) -> WebDriverResult<App> {
    let app = App::start(data).await?;
    app.load_sample().await?;
    app.driver.set_window_rect(0, 0, width, height).await?;
    app.wait_until(|| async { Ok(viewport(&app).await?.0 <= f64::from(width)) }).await?;
    Ok(app)
}

/// Waits until the page is zoomed to `percent` of `actual` (its width at actual size) and
/// the status line says so.
async fn zoomed_to(app: &App, actual: f64, percent: u16) -> WebDriverResult<()> {
    let said = format!("Zoom: {percent}%");
    app.wait_until(|| async {
        let (width, status) = viewport(app).await?;
        Ok((width - actual * 100.0 / f64::from(percent)).abs() <= 2.0 && status == said)
    })
    .await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_window_zooms_by_its_keys_and_the_view_menu_says_so_and_keeps_the_zoom() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    let (actual, _) = viewport(&app).await?;
    assert!(actual >= 1000.0, "the window opens wide: {actual}");

    // Ctrl+=: 110 %; the page's viewport narrows, so its layout reflows.
    app.press("ctrl+equal");
    zoomed_to(&app, actual, 110).await?;
    // Ctrl and + (= with Shift) is one step, heard by the page, not by the menu bar as well.
    app.press("ctrl+plus");
    zoomed_to(&app, actual, 125).await?;
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    zoomed_to(&app, actual, 125).await?;
    // View → Zoom out by keyboard through the menu bar.
    app.menu_item(VIEW_MENU, 1);
    zoomed_to(&app, actual, 110).await?;
    app.press("ctrl+KP_Add");
    zoomed_to(&app, actual, 125).await?;
    for percent in [150, 175, 200] {
        app.press("ctrl+equal");
        zoomed_to(&app, actual, percent).await?;
    }
    // At 200 % every view fits the window's width: nothing pushes the page sideways.
    let wider = views_wider_than_the_window(&app, "74-zoom-200").await?;
    assert!(wider.is_empty(), "wider than the window at 200 %: {wider:?}");
    app.open_view_by_keyboard("calendar").await?;
    app.driver.query(By::Css(".fc-event")).first().await?;
    app.screenshot("74-zoom-200").await?;
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "at 200 %: {violations:?}");

    // Kept on this laptop: the next start opens at 200 %.
    let app = app.restart(data.path()).await?;
    app.driver.query(By::Css("[data-testid=timeline]")).first().await?;
    app.wait_until(|| async { Ok((viewport(&app).await?.0 - actual / 2.0).abs() <= 2.0) }).await?;
    // Ctrl and − or 0, on the keypad and on the main keys.
    app.press("ctrl+KP_Subtract");
    zoomed_to(&app, actual, 175).await?;
    app.press("ctrl+minus");
    zoomed_to(&app, actual, 150).await?;
    app.press("ctrl+KP_0");
    zoomed_to(&app, actual, 100).await?;
    app.press("ctrl+equal");
    zoomed_to(&app, actual, 110).await?;
    app.press("ctrl+0");
    zoomed_to(&app, actual, 100).await?;
    let app = app.restart(data.path()).await?;
    app.driver.query(By::Css("[data-testid=timeline]")).first().await?;
    app.wait_until(|| async { Ok(viewport(&app).await?.0 == actual) }).await?;
    app.quit().await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn the_smallest_window_640_by_480_shows_every_view_without_sideways_scrolling() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    // A laptop screen shared with another window, or a projector's: the window's least size.
    let app = sample_in_window(data.path(), 640, 480).await?;
    let wider = views_wider_than_the_window(&app, "75-window-640").await?;
    assert!(wider.is_empty(), "wider than a 640 × 480 window: {wider:?}");
    app.open_view_by_keyboard("calendar").await?;
    app.driver.query(By::Css(".fc-event")).first().await?;
    app.screenshot("75-window-640").await?;
    app.quit().await
}

/// Where the open dialog lies against the page's width: its left and right edges, how far
/// its content overflows it sideways, and the page's width.
async fn open_dialog_bounds(app: &App) -> WebDriverResult<[f64; 4]> {
    let ret = app
        .driver
        .execute(
            "const d = document.querySelector('dialog[open]'); const r = d.getBoundingClientRect();
             return [r.left, r.right, d.scrollWidth - d.clientWidth, window.innerWidth];",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(ret.json().clone())?)
}

/// The open dialog fits the page's width and scrolls nothing sideways, kept as `shot`.
async fn dialog_fits(app: &App, shot: &str) -> WebDriverResult<()> {
    let [left, right, overflow, width] = open_dialog_bounds(app).await?;
    app.screenshot(shot).await?;
    assert!(left >= 0.0 && right <= width && overflow <= 0.0, "{shot}: {left}..{right} (+{overflow}) in {width}");
    let violations = app.accessibility_violations().await?;
    assert!(violations.is_empty(), "{shot}: {violations:?}");
    Ok(())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn at_400_percent_of_a_1280_window_every_view_and_dialog_reflows_into_320_pixels() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = sample_in_window(data.path(), 1280, 800).await?;
    let (actual, _) = viewport(&app).await?;
    for percent in [110, 125, 150, 175, 200, 250, 300, 400] {
        app.press("ctrl+equal");
        zoomed_to(&app, actual, percent).await?;
    }
    // The areas fold into one button naming the area shown, and the view keeps the window.
    app.driver.query(By::Css("[data-testid=nav-menu]")).and_displayed().first().await?;
    assert!(app.driver.find_all(By::Css("[data-testid=nav-plan]")).await?.is_empty(), "the areas are folded");
    let wider = views_wider_than_the_window(&app, "76-zoom-400").await?;
    assert!(wider.is_empty(), "wider than the window at 400 %: {wider:?}");
    for view in VIEWS {
        app.open_view_by_keyboard(view).await?;
        let violations = app.accessibility_violations().await?;
        assert!(violations.is_empty(), "{view} at 400 %: {violations:?}");
    }
    app.screenshot("76-zoom-400").await?;

    // The areas' list opens by keyboard within the width, and Escape gives the focus back.
    app.driver.find(By::Css("[data-testid=nav-menu]")).await?.send_keys(Key::Enter).await?;
    let list = app.driver.query(By::Css("#areas-list")).and_displayed().first().await?;
    let rect = list.rect().await?;
    assert!(rect.x >= 0.0 && rect.x + rect.width <= actual / 4.0 + 1.0, "the list fits: {rect:?}");
    app.screenshot("76-zoom-400-areas").await?;
    app.driver.active_element().await?.send_keys(Key::Escape).await?;
    app.wait_gone("#areas-list").await?;

    // Dialogs: the command palette from View → Go to or do…, and an item's.
    app.menu_dialog(VIEW_MENU, 3, "[data-testid=palette][open]").await?;
    dialog_fits(&app, "76-zoom-400-palette").await?;
    app.driver.active_element().await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=palette][open]").await?;
    app.open_view_by_keyboard("calendar").await?;
    app.driver.find(By::Css("[data-testid=new-item]")).await?.send_keys(Key::Enter).await?;
    app.driver.query(By::Css("[data-testid=item-dialog][open]")).first().await?;
    dialog_fits(&app, "76-zoom-400-item").await?;
    app.driver.active_element().await?.send_keys(Key::Escape).await?;
    app.wait_gone("[data-testid=item-dialog][open]").await?;

    // Back to actual size, which this laptop keeps for the next test's window.
    app.press("ctrl+0");
    zoomed_to(&app, actual, 100).await?;
    app.quit().await
}

/// WCAG 1.4.12's spacing, as a reader's own stylesheet sets it.
const TEXT_SPACING: &str = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; \
     word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

/// Marks with `data-clip-<mark>` the elements that cut their own text off: overflow hidden
/// or clipped on an axis where the content is larger than the box. Text ended with an
/// ellipsis whose whole is the name (or title) of the control or event holding it is not
/// lost: a timeline's bar is as long as its campaign, and says its name in full on focus.
const CLIPPED: &str = "
    const mark = arguments[0];
    const words = (t) => (t ?? '').replace(/[^\\p{L}\\p{N}]+/gu, ' ').trim().toLowerCase();
    const named = (el) => {
      const holder = el.closest('[aria-label],[title]');
      const name = words(holder?.getAttribute('aria-label')) + ' ' + words(holder?.getAttribute('title'));
      return holder !== null && name.includes(words(el.textContent));
    };
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || !el.getClientRects().length) continue;
      const s = getComputedStyle(el);
      const cut = (o) => o === 'hidden' || o === 'clip';
      const wide = cut(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const tall = cut(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if ((wide || tall) && !(s.textOverflow === 'ellipsis' && named(el))) el.setAttribute('data-clip-' + mark, '');
    }";

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn with_wider_text_spacing_no_view_cuts_off_text_it_showed_whole_before() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.load_sample().await?;
    let mut cut = Vec::new();
    for view in VIEWS {
        app.open_view_by_keyboard(view).await?;
        // What a view cuts off by design (a calendar event's title, ended with an ellipsis and
        // whole in its dialog) is marked first; only text the spacing cuts off fails.
        app.driver.execute(CLIPPED, vec![json!("before")]).await?;
        app.driver
            .execute(
                "const style = document.createElement('style');
                 style.id = 'text-spacing';
                 style.textContent = arguments[0];
                 document.head.append(style);",
                vec![json!(TEXT_SPACING)],
            )
            .await?;
        app.driver.execute(CLIPPED, vec![json!("after")]).await?;
        let newly = app
            .driver
            .execute(
                "return [...document.querySelectorAll('[data-clip-after]:not([data-clip-before])')]
                   .map((el) => `${el.tagName.toLowerCase()}.${el.className}: “${el.textContent.trim().slice(0, 40)}”`);",
                vec![],
            )
            .await?;
        let newly: Vec<String> = serde_json::from_value(newly.json().clone())?;
        if !newly.is_empty() {
            cut.push(format!("{view}: {newly:?}"));
        }
        app.screenshot(&format!("76-text-spacing-{view}")).await?;
        app.driver
            .execute(
                "document.getElementById('text-spacing')?.remove();
                 for (const el of document.querySelectorAll('[data-clip-before],[data-clip-after]')) {
                   el.removeAttribute('data-clip-before'); el.removeAttribute('data-clip-after');
                 }",
                vec![],
            )
            .await?;
    }
    assert!(cut.is_empty(), "text cut off by WCAG 1.4.12's spacing: {cut:#?}");
    app.quit().await
}

/// Where the focused element is not fully seen: outside the window, or under something
/// stuck over the page (a sticky header, the app bar) that does not hold it. None when it
/// is seen whole, or nothing is focused.
const FOCUS_HIDDEN: &str = "
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return null;
    const describe = () => `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') || el.textContent || el.id).trim().slice(0, 40)}”`;
    // A scrolling region taller than a third of the window (the month, the grid) cannot
    // always be seen whole: a third of the window's height of it must be.
    const region = r.height > innerHeight / 3;
    const seen = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    const outside = region
      ? seen < innerHeight / 3 || r.left < -1 || r.right > innerWidth + 1
      : r.top < -1 || r.left < -1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1;
    if (outside) {
      return `${describe()} outside the window (${Math.round(r.left)}, ${Math.round(r.top)} to ${Math.round(r.right)}, ${Math.round(r.bottom)})`;
    }
    for (const over of document.querySelectorAll('body *')) {
      const p = getComputedStyle(over).position;
      if ((p !== 'sticky' && p !== 'fixed') || over.contains(el) || el.contains(over)) continue;
      if (over.closest('dialog') !== el.closest('dialog')) continue;
      const o = over.getBoundingClientRect();
      if (o.width === 0 || o.height === 0) continue;
      const overlap = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
      const across = Math.min(r.right, o.right) - Math.max(r.left, o.left);
      // Drawn over the element only if later in the page's stacking (a sticky head stays above its rows).
      if (overlap > 2 && across > 2 && over.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) {
        return `${describe()} under ${over.tagName.toLowerCase()}.${over.className}`;
      }
    }
    return null;";

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display; run by the test script"]
async fn tabbing_through_every_view_keeps_each_focused_element_in_sight() -> WebDriverResult<()> {
    let data = tempfile::tempdir()?;
    // A short window, so that the views scroll under their sticky heads.
    let app = sample_in_window(data.path(), 1024, 600).await?;
    let mut hidden = Vec::new();
    for view in VIEWS {
        app.open_view_by_keyboard(view).await?;
        for _ in 0..60 {
            app.driver.action_chain().send_keys(Key::Tab).perform().await?;
            let seen = app.driver.execute(FOCUS_HIDDEN, vec![]).await?;
            if let Some(what) = seen.json().as_str() {
                app.screenshot(&format!("77-focus-hidden-{view}")).await?;
                hidden.push(format!("{view}: {what}"));
                break;
            }
        }
    }
    assert!(hidden.is_empty(), "focus out of sight: {hidden:#?}");
    app.quit().await
}
