//! Almanac's core: the plan's store and journal, the operations the app, the CLI and the
//! tests call, the exports and imports, and the sample plans, over the pure model of
//! `almanac-model` (re-exported here, so `domain`, `schedule` and `timeline` read as one
//! house). No Tauri here.

#![warn(missing_docs)]

pub use almanac_model::{domain, error, schedule, timeline};

pub mod export;
pub mod import;
pub mod ops;
pub mod sample;
pub mod store;

pub use error::{Error, Result};
pub use store::Store;
