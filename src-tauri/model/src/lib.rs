//! Almanac's model: what a plan's things are (`domain`), the scheduling rules over facts
//! handed in (`schedule`), the year drawn as rows (`timeline`) and the one error type. Pure
//! by construction: this crate has no storage, no files and no network to reach for.

#![warn(missing_docs)]

pub mod domain;
pub mod error;
pub mod schedule;
pub mod sentence;
pub mod timeline;

pub use error::{Error, Result};
pub use sentence::{Sentence, SentenceArg};
