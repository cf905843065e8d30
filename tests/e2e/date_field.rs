//! The window's date and time fields as a person meets them: each part typed in the order
//! the window's language shows them, and what a field holds and shows read back.

use thirtyfour::prelude::*;

use crate::driver::{trace, App};

impl App {
    /// Types `value` into the date or time field `css` as a person does: from the field's
    /// last number, Backspace empties every part; then each part (day, month, year, hour,
    /// minute, morning or afternoon) gets its digits in the order the field shows them,
    /// which is the window's language's (25/11/2026 in British English, 11/25/2026 in
    /// American). `value` is what the field then holds: `2026-11-25`, `2026-11-25T09:30`
    /// or `09:30`; the field is waited on until it holds it.
    pub async fn type_date(&self, css: &str, value: &str) -> WebDriverResult<()> {
        trace(&format!("type {value} into {css}"));
        let (day, time) = match value.split_once('T') {
            Some((day, time)) => (Some(day), Some(time)),
            None if value.contains(':') => (None, Some(value)),
            None => (Some(value), None),
        };
        let mut day = day.map(|d| d.split('-'));
        let (year, month, day) = match day.as_mut() {
            Some(d) => (d.next(), d.next(), d.next()),
            None => (None, None, None),
        };
        let (hour, minute) = match time.and_then(|t| t.split_once(':')) {
            Some((h, m)) => (h.parse::<u32>().ok(), Some(m)),
            None => (None, None),
        };
        let typed = |part: &str, twelve: bool| -> String {
            match part {
                "day" => day.unwrap_or_default().to_string(),
                "month" => month.unwrap_or_default().to_string(),
                "year" => year.unwrap_or_default().to_string(),
                "hour" => match (hour, twelve) {
                    (Some(h), true) => format!("{:02}", if h % 12 == 0 { 12 } else { h % 12 }),
                    (Some(h), false) => format!("{h:02}"),
                    (None, _) => String::new(),
                },
                "minute" => minute.unwrap_or_default().to_string(),
                "dayPeriod" => (if hour.unwrap_or_default() < 12 { "a" } else { "p" }).to_string(),
                other => panic!("{css} has a part {other} a day or a time does not"),
            }
        };
        self.fresh(css, || async {
            let field = self.driver.query(By::Css(css)).first().await?;
            field.scroll_into_view().await?;
            let segments = field.find_all(By::Css("[data-segment]:not([data-segment=literal])")).await?;
            let mut parts = Vec::new();
            for segment in &segments {
                parts.push(segment.attr("data-segment").await?.unwrap_or_default());
            }
            let twelve = parts.iter().any(|p| p == "dayPeriod");
            let last_number = parts.iter().rposition(|p| p != "dayPeriod").expect("a field with numbers");
            let backspaces: String = std::iter::repeat_n(char::from(Key::Backspace), 6 * parts.len()).collect();
            segments[last_number].send_keys(backspaces).await?;
            for (segment, part) in segments.iter().zip(&parts) {
                segment.send_keys(typed(part, twelve)).await?;
            }
            Ok(())
        })
        .await?;
        self.wait_until(|| async { Ok(self.date_value(css).await? == value) }).await
    }

    /// What the date or time field `css` holds: `2026-11-25`, `2026-11-25T09:30`, `09:30`,
    /// or "" while it is empty or half typed.
    pub async fn date_value(&self, css: &str) -> WebDriverResult<String> {
        self.fresh(css, || async {
            let field = self.driver.query(By::Css(css)).first().await?;
            Ok(field.attr("data-value").await?.unwrap_or_default())
        })
        .await
    }

    /// Waits until the date or time field `css` shows `text`, as [`App::date_text`] reads it.
    pub async fn expect_date_text(&self, css: &str, text: &str) -> WebDriverResult<()> {
        self.expect_eq(&format!("what {css} shows"), text.to_string(), || self.date_text(css)).await
    }

    /// What the date or time field `css` shows, part by part as it reads ("25/11/2026"),
    /// without its direction marks, with plain spaces for no-break ones and none at its ends
    /// ("03:30 PM").
    pub async fn date_text(&self, css: &str) -> WebDriverResult<String> {
        self.fresh(css, || async {
            let field = self.driver.query(By::Css(css)).first().await?;
            let ret = self
                .driver
                .execute(
                    "return [...arguments[0].querySelectorAll('[data-segment]')].map(s => s.textContent).join('')
                       .replace(/[\\u200e\\u200f\\u061c\\u2066-\\u2069]/g, '').replace(/[\\u00a0\\u202f]/g, ' ').trim();",
                    vec![field.to_json()?],
                )
                .await?;
            ret.convert()
        })
        .await
    }
}
