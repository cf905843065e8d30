//! The export subcommands' arguments, and the item selection the calendar and spreadsheet
//! exports share (dates, channels, campaigns, statuses).

use std::path::PathBuf;

use almanac_core::domain::ItemStatus;
use clap::Subcommand;

use super::{GroupByArg, HandoffArg, OrientationArg};

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The one-page A4 annual plan as PDF.
    Plan {
        /// The plan year; default: this year.
        #[arg(long)]
        year: Option<i32>,
        /// The PDF to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The page's orientation.
        #[arg(long, value_enum, default_value = "landscape")]
        orientation: OrientationArg,
        /// What the plan's rows are: the objectives, the channels or the brands.
        #[arg(long, value_enum, default_value = "objective")]
        group_by: GroupByArg,
    },
    /// The plan as an iCalendar file (RFC 5545) for Outlook, Google, Apple Calendar and
    /// Thunderbird: items, a series as one recurring event, optionally campaigns and key dates.
    Ics {
        #[command(flatten)]
        select: ItemSelection,
        #[command(flatten)]
        extras: CalendarExtras,
        /// The .ics file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The grid as an Excel workbook: one row per item, real dates, frozen header, filters.
    Xlsx {
        #[command(flatten)]
        select: ItemSelection,
        /// The .xlsx file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The grid as CSV: UTF-8 with a byte-order mark, the delimiter of the plan's locale.
    Csv {
        #[command(flatten)]
        select: ItemSelection,
        /// The .csv file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// A channel's approved items as a publishing tool's bulk-upload files (Hootsuite,
    /// Sprout Social), 350 messages a file; prints what the tool would refuse, left out.
    Handoff {
        /// The publishing tool the files are for.
        #[arg(long, value_enum)]
        format: HandoffArg,
        /// The channel's id.
        #[arg(long, value_name = "ID")]
        channel: String,
        /// The first day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: String,
        /// The last day, included.
        #[arg(long, value_name = "DATE")]
        to: String,
        /// The folder the files go into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// The decision log of a plan year (each decision, its rationale, who and when), as CSV.
    Decisions {
        /// The plan year.
        #[arg(long)]
        year: i32,
        /// The .csv file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// A month, a quarter or the year as one self-contained HTML page to share (no script,
    /// nothing from elsewhere): the campaigns, the key dates and the calendar grid.
    Web {
        /// The year.
        #[arg(long)]
        year: i32,
        /// Only this quarter (1-4).
        #[arg(long, conflicts_with = "month")]
        quarter: Option<u32>,
        /// Only this month (1-12).
        #[arg(long)]
        month: Option<u32>,
        /// The .html file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The results of a year or a quarter: "By the numbers" on one A4 page (.pdf), the
    /// workbook (.xlsx) or the report as JSON (--json: printed, or to a .json --out).
    Results {
        /// The year.
        #[arg(long)]
        year: i32,
        /// Only this quarter (1-4).
        #[arg(long, value_parser = parse_quarter)]
        quarter: Option<u8>,
        /// The file to write: `.pdf`, `.xlsx` or `.json`.
        #[arg(long, value_name = "FILE", required_unless_present = "json")]
        out: Option<PathBuf>,
        /// The report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The whole plan as one JSON document (format `almanac-plan`, version 1; see README).
    Json {
        /// The .json file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The one-page partner briefing pack of a collaboration, as PDF.
    Brief {
        /// The collaboration's id.
        #[arg(long, value_name = "ID")]
        collaboration: String,
        /// The PDF to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The one-page brief of a campaign for leadership and partners, as PDF.
    CampaignBrief {
        /// The campaign's id.
        #[arg(long, value_name = "ID")]
        campaign: String,
        /// The PDF to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The brief's language (en-GB, en-US, nl, fr, es, ar); default: the plan's.
        #[arg(long, value_name = "TAG", value_parser = super::language_tag)]
        lang: Option<almanac_i18n::Language>,
    },
}

/// What a calendar file holds besides the items.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct CalendarExtras {
    /// Campaigns as all-day spans.
    #[arg(long = "with-campaigns")]
    pub(super) with_campaigns: bool,
    /// Key dates and blackout periods as all-day spans.
    #[arg(long = "with-key-dates")]
    pub(super) with_key_dates: bool,
}

/// Which items an export takes, and over which days.
#[derive(Debug, Clone, clap::Args)]
pub struct ItemSelection {
    /// The first day (YYYY-MM-DD, in the plan's zone); default: the first item.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// The last day, included; default: the last item.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only this channel's items (repeat for more).
    #[arg(long = "channel", value_name = "ID")]
    channels: Vec<String>,
    /// Only this campaign's items (repeat for more).
    #[arg(long = "campaign", value_name = "ID")]
    campaigns: Vec<String>,
    /// Only items with this status (repeat for more).
    #[arg(long = "status", value_name = "STATUS", value_parser = parse_status)]
    statuses: Vec<ItemStatus>,
}

impl ItemSelection {
    pub(super) fn selection(&self) -> almanac_core::export::Selection {
        almanac_core::export::Selection {
            from: self.from.clone(),
            to: self.to.clone(),
            filter: almanac_core::ops::items::ItemFilter {
                channel_ids: self.channels.clone(),
                campaign_ids: self.campaigns.clone(),
                statuses: self.statuses.clone(),
                partner_ids: Vec::new(),
            },
        }
    }
}

/// A quarter as typed: 1 to 4.
pub(super) fn parse_quarter(text: &str) -> Result<u8, String> {
    match text.trim().parse::<u8>() {
        Ok(q @ 1..=4) => Ok(q),
        _ => Err(super::speech::said(&almanac_core::Sentence::new("cli-quarter-unknown").with("text", text))),
    }
}

/// A status as typed: its name in lower case, words joined by hyphens (`in-review`).
pub(super) fn parse_status(text: &str) -> Result<ItemStatus, String> {
    let wanted = text.trim().to_ascii_lowercase().replace([' ', '_'], "-");
    ItemStatus::ALL.into_iter().find(|s| s.label().to_ascii_lowercase().replace(' ', "-") == wanted).ok_or_else(|| {
        let names: Vec<String> =
            ItemStatus::ALL.iter().map(|s| s.label().to_ascii_lowercase().replace(' ', "-")).collect();
        let refusal = almanac_core::Sentence::new("cli-status-unknown").with("text", text).with("statuses", names);
        super::speech::said(&refusal)
    })
}
