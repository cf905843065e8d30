//! Plan health: the rows of the plan on disk that Almanac cannot read as its own (a damaged
//! sector, a hand edit in an SQLite tool). Every list, view and export leaves them out, so
//! one bad row costs only itself; here they are named for a person to see.

use crate::error::Result;
use crate::store::records;
use crate::store::Store;

/// How many unreadable rows are named at most.
const NAMED: usize = 50;

/// The rows Almanac cannot read, each named by table, id, column and value.
pub fn unreadable_rows(store: &Store) -> Result<Vec<String>> {
    Ok(records::unreadable_rows(store.conn(), NAMED)?.into_iter().map(|u| u.why).collect())
}
