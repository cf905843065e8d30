//! The typed commands, one file per feature of the UI (as `ui/src/features/` is laid
//! out), each command calling one core operation through the helpers in `state`.

pub mod about;
pub mod appearance;
pub mod approvals;
pub mod backups;
pub mod calendar;
pub mod calendar_server;
pub mod campaigns;
pub mod checks;
pub mod collaborations;
pub mod comments;
pub mod exports;
pub mod history;
pub mod imports;
pub mod language;
pub mod partners;
pub mod pause;
pub mod plan;
pub mod recovery;
pub mod reminders;
pub mod requests;
pub mod results;
pub mod settings;
pub mod team_sync;
pub mod welcome;
