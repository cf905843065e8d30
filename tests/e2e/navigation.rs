//! The window's areas, as a test reaches them: by the navigation's buttons, or in a narrow
//! or short window through the one button they fold into.

use std::time::Duration;

use thirtyfour::prelude::*;

use crate::driver::{trace, App};

/// The button the areas fold into in a narrow or short window.
const AREAS_TOGGLE: &str = "[data-testid=nav-menu]";

impl App {
    /// Opens a view from the navigation and waits until it is the current one. A click that
    /// lands while a freshly started window is still wiring its page up is given again.
    pub async fn open_view(&self, view: &str) -> WebDriverResult<()> {
        let nav = format!("[data-testid=nav-{view}]");
        let current = By::Css(format!("main[data-view={view}]"));
        for _ in 0..3 {
            if self.areas_folded().await? {
                self.click(AREAS_TOGGLE).await?;
            }
            self.click(&nav).await?;
            // Asked again if the navigation is redrawn while it is read (a language applied).
            let shown = self
                .fresh(&nav, || async {
                    self.driver
                        .query(current.clone())
                        .wait(Duration::from_secs(7), Duration::from_millis(200))
                        .exists()
                        .await
                })
                .await?;
            if shown {
                return Ok(());
            }
            trace(&format!("{view} is not the current view yet; clicking again"));
        }
        self.fresh(&nav, || async { self.driver.query(current.clone()).first().await.map(drop) }).await
    }

    /// Opens `view` by Enter on its button (in a narrow window, on the button the areas
    /// fold into first).
    pub async fn open_view_by_keyboard(&self, view: &str) -> WebDriverResult<()> {
        let nav = format!("[data-testid=nav-{view}]");
        if self.areas_folded().await? {
            self.driver.find(By::Css(AREAS_TOGGLE)).await?.send_keys(Key::Enter).await?;
        }
        self.fresh(&nav, || async { self.driver.find(By::Css(&nav)).await?.send_keys(Key::Enter).await }).await?;
        self.driver.query(By::Css(format!("main[data-view={view}]"))).first().await.map(drop)
    }

    /// Whether the areas are folded into one button (a narrow or short window) and closed.
    async fn areas_folded(&self) -> WebDriverResult<bool> {
        Ok(!self.driver.find_all(By::Css(format!("{AREAS_TOGGLE}[aria-expanded=false]"))).await?.is_empty())
    }
}
