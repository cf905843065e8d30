//! Plan health: the rows of the plan on disk that Almanac cannot read as its own (a damaged
//! sector, a hand edit in an SQLite tool), and the repair that moves them aside. Every list,
//! view and export leaves such rows out, so one bad row costs only itself; here they are
//! named for a person to see, and moved aside through the journal, undoable.

use crate::error::Result;
use crate::store::{set_aside, Store};
use crate::Sentence;

/// How many unreadable rows are named at most.
const NAMED: usize = 50;

/// The rows Almanac cannot read (or that name a row not in the plan), each named by
/// table, id, column and value.
pub fn unreadable_rows(store: &Store) -> Result<Vec<Sentence>> {
    set_aside::named(store.conn(), NAMED)
}

/// Moves every unreadable row aside, with the rows that name it, each as it stood, in one
/// change undo puts back; how many rows moved. This laptop's copy was damaged, not the
/// team's plan, so nothing of it is sent to the team.
pub fn repair(store: &mut Store) -> Result<u32> {
    store.write(&Sentence::new("history-set-aside"), |batch| set_aside::unreadable(batch).map(|n| n as u32))
}
