//! The pointer gestures the tests make: a drag with the mouse, in small steps as a person
//! makes it, and the same drag with a pen (as on a convertible or a tablet).

use thirtyfour::prelude::*;

use crate::driver::App;

impl App {
    /// Drags `source` onto `target` with the mouse, in small steps as a person would.
    pub async fn drag(&self, source: By, target: By) -> WebDriverResult<()> {
        // Both ends are looked up afresh on every attempt: a view settling after a change
        // (badges arriving, a filter's refetch) replaces the elements between find and drop.
        self.fresh("drag", || async {
            let from = self.driver.find(source.clone()).await?;
            let to = self.driver.find(target.clone()).await?;
            let dragged = self
                .driver
                .action_chain()
                .move_to_element_center(&from)
                .click_and_hold()
                .move_by_offset(8, 8)
                .move_to_element_center(&to)
                .move_by_offset(2, 2)
                .release()
                .perform()
                .await;
            if dragged.is_err() {
                // A gesture cut short must not leave the button held for the next attempt.
                self.driver.action_chain().reset_actions().await?;
            }
            dragged
        })
        .await
    }

    /// Drags `source` onto `target` with a pen (WebDriver pointer actions of type "pen"),
    /// as on a convertible or a tablet.
    pub async fn pen_drag(&self, source: By, target: By) -> WebDriverResult<()> {
        use thirtyfour::common::action::{ActionSource, PointerAction, PointerActionType};
        use thirtyfour::common::command::{Actions, Command};
        self.fresh("pen drag", || async {
            let from = self.driver.find(source.clone()).await?;
            let to = self.driver.find(target.clone()).await?;
            let mut pen = ActionSource::<PointerAction>::new("pen", PointerActionType::Pen, None);
            pen.move_to_element_center(from.element_id());
            pen.click_and_hold();
            pen.move_by(8, 8);
            pen.move_to_element_center(to.element_id());
            pen.move_by(2, 2);
            pen.release();
            let actions = Actions::from(serde_json::json!([pen]));
            let dragged = self.driver.handle().cmd(Command::PerformActions(actions)).await;
            // The pen is lifted whatever happened, so the next gesture starts clean.
            self.driver.handle().cmd(Command::ReleaseActions).await?;
            dragged.map(drop)
        })
        .await
    }
}
