//! Acceptance tests of the core: the store, the journal, and the operations, as
//! the app and the CLI use them. One binary, one module per area.

mod annual_plan;
mod approvals;
mod audit;
mod backup;
mod brief;
mod caldav;
mod calendar_import;
mod campaign_shift;
mod comments;
mod crash;
mod disk_full;
mod feed;
mod grid;
mod handoff;
mod house;
mod ics;
mod import;
mod item_import;
mod items;
mod journal;
mod moves;
mod partners;
mod plan_json;
mod plan_year;
mod recurrence;
mod reminders;
mod requests;
mod results;
mod sample;
mod scheduling;
mod store;
mod team_partition;
mod team_server;
mod team_sync;
mod web_page;
