//! Bookmarks: the pure list ([`model`]), its localStorage adapter ([`storage`]), export and import files
//! ([`file`]) and the reactive handle the views use ([`handle`]).

pub mod file;
pub mod handle;
pub mod model;
pub mod storage;
