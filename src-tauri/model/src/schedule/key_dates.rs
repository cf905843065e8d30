//! The built-in catalogue of key dates: international and awareness days with the
//! rule that places them in any year. Shipped with the app, never fetched.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;
use specta::Type;

use crate::domain::KeyDateCategory;

/// Where a key date falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// The same day every year.
    Fixed {
        /// 1–12.
        month: u32,
        /// 1–31.
        day: u32,
    },
    /// The nth weekday of a month.
    NthWeekday {
        /// 1–12.
        month: u32,
        /// The weekday.
        weekday: Weekday,
        /// Which one: 1 is the first, -1 the last.
        n: i8,
    },
}

impl DateRule {
    /// The day the rule gives in `year`, if that year has one.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            DateRule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            DateRule::NthWeekday { month, weekday, n } if n > 0 => {
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, n as u8)
            }
            DateRule::NthWeekday { month, weekday, .. } => last_weekday(year, month, weekday),
        }
    }
}

fn last_weekday(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let next_month =
        if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    let last = next_month?.pred_opt()?;
    let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    last.checked_sub_days(Days::new(u64::from(back)))
}

/// One entry of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct CatalogueEntry {
    /// Its name.
    pub name: &'static str,
    /// Where it falls in a year.
    pub rule: DateRule,
    /// How many days it lasts (a week, a month); 1 for a day.
    pub days: u32,
    /// What kind of day it is.
    pub category: KeyDateCategory,
    /// Where it is observed, if not everywhere.
    pub region: &'static str,
    /// Who proclaimed it.
    pub source: &'static str,
}

impl CatalogueEntry {
    /// Its key in the message catalogue: the English name in kebab case, apostrophes
    /// dropped ("World Children's Day" → `world-childrens-day`).
    pub fn key(&self) -> String {
        let words = self.name.replace(['\'', '’'], "").to_lowercase();
        words.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-")
    }
}

/// A catalogue entry placed in a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CatalogueDate {
    /// Its name.
    pub name: String,
    /// Its key in the message catalogue, which names it in each language (`key-date-<key>`).
    pub key: String,
    /// Its first day that year.
    pub starts_on: NaiveDate,
    /// Its last day that year.
    pub ends_on: NaiveDate,
    /// What kind of day it is.
    pub category: KeyDateCategory,
    /// Where it is observed, if not everywhere.
    pub region: String,
    /// Who proclaimed it.
    pub source: String,
}

use DateRule::{Fixed, NthWeekday};
use KeyDateCategory::{Awareness, InternationalDay};

const fn entry(
    name: &'static str,
    rule: DateRule,
    days: u32,
    category: KeyDateCategory,
    source: &'static str,
) -> CatalogueEntry {
    CatalogueEntry { name, rule, days, category, region: "International", source }
}

/// A day on the same date every year.
const fn day(
    name: &'static str,
    month: u32,
    d: u32,
    category: KeyDateCategory,
    source: &'static str,
) -> CatalogueEntry {
    entry(name, Fixed { month, day: d }, 1, category, source)
}

/// The catalogue: the UN international days most comms teams plan around, social media
/// and policing days, and the best-known awareness days, weeks and months.
pub const CATALOGUE: &[CatalogueEntry] = &[
    day("International Day of Education", 1, 24, InternationalDay, "UN"),
    day("Holocaust Remembrance Day", 1, 27, InternationalDay, "UN"),
    day("Data Protection Day", 1, 28, Awareness, "Council of Europe"),
    day("International Day of Zero Tolerance for Female Genital Mutilation", 2, 6, InternationalDay, "UN"),
    entry("Safer Internet Day", NthWeekday { month: 2, weekday: Weekday::Tue, n: 2 }, 1, Awareness, "Insafe/INHOPE"),
    day("International Women's Day", 3, 8, InternationalDay, "UN"),
    day("World Autism Awareness Day", 4, 2, InternationalDay, "UN"),
    day("World Health Day", 4, 7, InternationalDay, "WHO"),
    day("International Mother Earth Day", 4, 22, InternationalDay, "UN"),
    day("World Press Freedom Day", 5, 3, InternationalDay, "UN"),
    day("International Day of Families", 5, 15, InternationalDay, "UN"),
    day("World Environment Day", 6, 5, InternationalDay, "UN"),
    day("World Refugee Day", 6, 20, InternationalDay, "UN"),
    day("International Day against Drug Abuse and Illicit Trafficking", 6, 26, InternationalDay, "UN"),
    day("World Social Media Day", 6, 30, InternationalDay, "Mashable"),
    day("World Day against Trafficking in Persons", 7, 30, InternationalDay, "UN"),
    day("International Youth Day", 8, 12, InternationalDay, "UN"),
    day("International Day of Police Cooperation", 9, 7, InternationalDay, "UN"),
    day("World Suicide Prevention Day", 9, 10, Awareness, "WHO/IASP"),
    day("International Day of Peace", 9, 21, InternationalDay, "UN"),
    day("International Day of Sign Languages", 9, 23, InternationalDay, "UN"),
    entry("Cybersecurity Awareness Month", Fixed { month: 10, day: 1 }, 31, Awareness, "ENISA/CISA"),
    day("International Day of Older Persons", 10, 1, InternationalDay, "UN"),
    day("World Mental Health Day", 10, 10, InternationalDay, "WHO"),
    entry(
        "World Day of Remembrance for Road Traffic Victims",
        NthWeekday { month: 11, weekday: Weekday::Sun, n: 3 },
        1,
        InternationalDay,
        "UN",
    ),
    day("World Children's Day", 11, 20, InternationalDay, "UN"),
    day("International Day for the Elimination of Violence against Women", 11, 25, InternationalDay, "UN"),
    day("International Day of Persons with Disabilities", 12, 3, InternationalDay, "UN"),
    day("International Volunteer Day", 12, 5, InternationalDay, "UN"),
    day("Human Rights Day", 12, 10, InternationalDay, "UN"),
];

/// The catalogue's dates in `year`, in date order.
pub fn catalogue_in_year(year: i32) -> Vec<CatalogueDate> {
    let mut dates: Vec<CatalogueDate> = CATALOGUE
        .iter()
        .filter_map(|e| {
            let starts_on = e.rule.in_year(year)?;
            let ends_on = starts_on.checked_add_days(Days::new(u64::from(e.days.saturating_sub(1))))?;
            Some(CatalogueDate {
                name: e.name.to_string(),
                key: e.key(),
                starts_on,
                ends_on,
                category: e.category,
                region: e.region.to_string(),
                source: e.source.to_string(),
            })
        })
        .collect();
    dates.sort_by(|a, b| (a.starts_on, &a.name).cmp(&(b.starts_on, &b.name)));
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn on(year: i32, name: &str) -> CatalogueDate {
        catalogue_in_year(year).into_iter().find(|d| d.name == name).unwrap()
    }

    #[test]
    fn fixed_days_fall_on_their_date() {
        assert_eq!(on(2027, "World Social Media Day").starts_on, ymd(2027, 6, 30));
        assert_eq!(on(2027, "International Day of Police Cooperation").starts_on, ymd(2027, 9, 7));
    }

    #[test]
    fn weekday_rules_match_hand_checked_dates() {
        assert_eq!(on(2026, "Safer Internet Day").starts_on, ymd(2026, 2, 10));
        assert_eq!(on(2027, "Safer Internet Day").starts_on, ymd(2027, 2, 9));
        assert_eq!(on(2026, "World Day of Remembrance for Road Traffic Victims").starts_on, ymd(2026, 11, 15));
        assert_eq!(on(2027, "World Day of Remembrance for Road Traffic Victims").starts_on, ymd(2027, 11, 21));
        let last_monday_of_may = NthWeekday { month: 5, weekday: Weekday::Mon, n: -1 };
        assert_eq!(last_monday_of_may.in_year(2027), Some(ymd(2027, 5, 31)));
        let last_sunday_of_december = NthWeekday { month: 12, weekday: Weekday::Sun, n: -1 };
        assert_eq!(last_sunday_of_december.in_year(2027), Some(ymd(2027, 12, 26)));
    }

    #[test]
    fn spans_last_their_days_and_the_year_is_in_order() {
        let month = on(2027, "Cybersecurity Awareness Month");
        assert_eq!((month.starts_on, month.ends_on), (ymd(2027, 10, 1), ymd(2027, 10, 31)));
        let dates = catalogue_in_year(2027);
        assert_eq!(dates.len(), CATALOGUE.len());
        assert!(dates.windows(2).all(|w| w[0].starts_on <= w[1].starts_on));
    }
}
