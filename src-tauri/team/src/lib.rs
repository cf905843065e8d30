//! The team's shared plan: the team's PostgreSQL server (`server`: its schema, its members,
//! the one function members write through) and the one door a laptop syncs through
//! (`sync`). Apart from the operations, so a plan without a team never compiles or links a
//! database client, and the server's rules change without touching the laptop's store.

#![warn(missing_docs)]

use almanac_model::{domain, error, Sentence};
use almanac_store as store;

pub mod server;
pub mod sync;
