//! The scheduling wing: pure rules over facts handed in. What is wrong or at risk in a
//! plan ([`findings`]), how well it covers its objectives and what would fill the gaps
//! ([`coverage`]), where a series' occurrences and the catalogue's key dates fall
//! ([`series`], [`key_dates`]), a collaboration's clocks and deadlines
//! ([`collaborations`]), what an election called at short notice does to the items in its
//! period ([`election`]), and how each network counts a post's copy ([`copy_count`]). Nothing here reads or writes the store: `ops` loads the
//! [`facts`] and hands them in, so every rule can be tested on a plan built in memory.

pub mod collaborations;
pub mod copy_count;
pub mod coverage;
pub mod election;
pub mod facts;
pub mod findings;
pub mod key_dates;
pub mod requests;
pub mod review;
pub mod series;

pub use facts::{Facts, PlanItem};
