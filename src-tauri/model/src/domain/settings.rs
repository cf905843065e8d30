//! The plan's settings: organisation, IANA time zone, week start, locale, plan year start
//! and how early partners should confirm.

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use super::validate;
use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// The day a week starts on, as the team counts weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum WeekStart {
    /// Monday (ISO weeks).
    Monday,
    /// Sunday.
    Sunday,
    /// Saturday.
    Saturday,
}

/// The plan's settings: one row per plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The settings row's id.
    pub id: Uuid,
    /// The organisation's name, on the printed plan.
    pub organisation: String,
    /// IANA zone in which the plan is shown and wall-clock times are entered.
    pub time_zone: String,
    /// The day weeks start on.
    pub week_start: WeekStart,
    /// BCP 47 tag, such as en-GB.
    pub locale: String,
    /// 1 to 12: the month the plan year starts in.
    pub year_start_month: u8,
    /// Partners should have confirmed a collaboration this many days before it goes live.
    /// Journal entries written before this setting existed read as the default.
    #[serde(default = "default_confirm_days")]
    pub confirm_days: u32,
}

fn default_confirm_days() -> u32 {
    7
}

impl Settings {
    /// The plan's time zone (UTC when the stored name is unknown).
    pub fn tz(&self) -> Tz {
        // Stored zones were validated on the way in; UTC is only a guard against a hand-edited file.
        self.time_zone.parse().unwrap_or(Tz::UTC)
    }
}

/// The settings as their form sends them.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingsDraft {
    /// The organisation's name.
    pub organisation: String,
    /// The plan's IANA time zone (`Europe/London`).
    pub time_zone: String,
    /// The day weeks start on.
    pub week_start: WeekStart,
    /// The locale dates and numbers are shown in (`en-GB`).
    pub locale: String,
    /// The month the plan year starts in (1–12).
    pub year_start_month: u8,
    /// How many days before go-live partners must have confirmed.
    pub confirm_days: u32,
}

impl SettingsDraft {
    /// Checks the draft and makes it the settings row `id`.
    pub fn validate(&self, id: Uuid) -> Result<Settings> {
        let tz = validate::time_zone("timeZone", &self.time_zone)?;
        let settings = Settings {
            id,
            organisation: validate::text("organisation", &self.organisation, validate::MAX_SHORT, false)?,
            time_zone: tz.name().to_string(),
            week_start: self.week_start,
            locale: validate::text("locale", &self.locale, 35, true)?,
            year_start_month: self.year_start_month,
            confirm_days: self.confirm_days,
        };
        settings.check()?;
        Ok(settings)
    }
}

impl Settings {
    /// What the plan's settings always keep: a real time zone, a month, a bounded wait
    /// and a language tag (a plan file from elsewhere is read through this too).
    pub fn check(&self) -> Result<()> {
        validate::time_zone("timeZone", &self.time_zone)?;
        if !(1..=12).contains(&self.year_start_month) {
            return Err(Error::validation("yearStartMonth", Sentence::new("error-year-start-month")));
        }
        if self.confirm_days > 90 {
            return Err(Error::validation("confirmDays", Sentence::new("error-confirm-days")));
        }
        let locale = &self.locale;
        if locale.is_empty() || !locale.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(Error::validation("locale", Sentence::new("error-not-locale").with("value", locale)));
        }
        Ok(())
    }
}
