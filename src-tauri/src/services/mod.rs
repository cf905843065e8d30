//! The background services the app state owns, each on a thread of its own and woken by
//! the plan's changes through one debounce: the calendar publisher (the published file and
//! the CalDAV push) and the team sync; and the watch on the plan's file for changes made
//! by another process.

pub(crate) mod debounce;
pub(crate) mod outside;
pub(crate) mod publisher;
pub(crate) mod team_sync;
