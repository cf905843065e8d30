//! Which items an export or a report takes, over which days: one choice for the calendar
//! file, the spreadsheets, the publishing tools' files and the audit trail.

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::domain::{validate, ContentItem};
use crate::error::{Error, Result};
use crate::items::{row_filter, ItemFilter};
use crate::store::records::items;
use crate::store::Store;
use crate::Sentence;

/// Which items an export takes, over which days: the same choice for the calendar file,
/// the spreadsheets and the publishing tools' files.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Selection {
    /// The first day (`YYYY-MM-DD`, the plan's zone); none: from the first item.
    pub from: Option<String>,
    /// The last day, included; none: to the last item.
    pub to: Option<String>,
    /// Which items.
    pub filter: ItemFilter,
}

impl Selection {
    /// The first and last day, checked; the plan's years (1900–2999) when open.
    pub fn days(&self) -> Result<(NaiveDate, NaiveDate)> {
        let day = |field: &str, text: &Option<String>, default: (i32, u32, u32)| match text.as_deref().map(str::trim) {
            None | Some("") => NaiveDate::from_ymd_opt(default.0, default.1, default.2)
                .ok_or_else(|| Error::validation(field, Sentence::new("error-out-of-range"))),
            Some(text) => validate::date(field, text),
        };
        let first = day("from", &self.from, (1900, 1, 1))?;
        let last = day("to", &self.to, (2999, 12, 31))?;
        if last < first {
            return Err(Error::validation("to", Sentence::new("error-before-first-day")));
        }
        Ok((first, last))
    }

    /// The dated items it keeps, in the order they go out.
    pub fn items(&self, store: &Store, tz: Tz) -> Result<Vec<ContentItem>> {
        let (first, last) = self.days()?;
        let filter = row_filter(&self.filter)?;
        let after_last = last.succ_opt().unwrap_or(last);
        items::dated_between(store.conn(), (first, after_last), tz, &filter)
    }
}
