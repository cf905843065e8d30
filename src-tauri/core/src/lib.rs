//! Almanac's core: the plan's domain, its store and journal, and the operations
//! the app, the CLI and the tests call. No Tauri here.

#![warn(missing_docs)]

pub mod domain;
pub mod error;
pub mod export;
pub mod import;
pub mod ops;
pub mod sample;
pub mod schedule;
pub mod store;
pub mod timeline;

pub use error::{Error, Result};
pub use store::Store;
