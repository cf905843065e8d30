//! Almanac's core as the shell and the tests see it: every layer under one name, and the
//! sample plans. The layers are crates of their own, so Cargo refuses an arrow the house
//! does not allow (see ARCHITECTURE.md): the pure model (`domain`, `schedule`, `timeline`),
//! the `store`, the `ops`, the `export`s and `import`s beside each other over the
//! operations, and the `team`'s sync over the store. No Tauri here.

#![warn(missing_docs)]

pub use almanac_export as export;
pub use almanac_import as import;
pub use almanac_model::{domain, error, schedule, timeline, Sentence, SentenceArg};
pub use almanac_ops as ops;
pub use almanac_store as store;
pub use almanac_team as team;

pub mod sample;

pub use error::{Error, Result};
pub use store::Store;
