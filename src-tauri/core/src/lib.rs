//! Almanac's core: the plan's domain, its store and journal, and the operations
//! the app, the CLI and the tests call. No Tauri here.

pub mod coverage;
pub mod domain;
pub mod error;
pub mod export;
pub mod findings;
pub mod import;
pub mod key_dates;
pub mod ops;
pub mod sample;
pub mod store;

pub use error::{Error, Result};
pub use store::Store;
