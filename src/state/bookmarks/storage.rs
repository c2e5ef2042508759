//! Keeps the bookmark list in localStorage, tolerating every way storage can fail: missing, blocked (some private
//! modes throw on access), full (`QuotaExceededError`), or holding a value we did not write.
//!
//! A value that cannot be read is never overwritten silently: it is first copied to [`UNREADABLE_KEY`], so nothing
//! a person had is lost.

use super::model::{BookmarkList, ReadError};
pub use crate::state::storage::SaveError;
use crate::state::storage::{self, ReadFailure};
use serde_json::Value;

/// The namespaced, versioned key of the bookmark list.
pub const KEY: &str = "http-status-reference.bookmarks.v1";

/// Where a stored value that could not be read is kept before the first save replaces it.
pub const UNREADABLE_KEY: &str = "http-status-reference.bookmarks.unreadable";

/// What the app found in storage at start.
#[derive(Clone, Debug, PartialEq)]
pub enum StartProblem {
    /// There is no usable localStorage: bookmarks last for this visit only.
    Unavailable,
    /// A value was there but could not be read; it is kept aside untouched.
    Unreadable(ReadError),
    /// Some items were not bookmarks of known codes and were left out.
    Skipped(usize),
}

impl StartProblem {
    /// A plain sentence for the reader.
    pub fn message(&self) -> String {
        match self {
            StartProblem::Unavailable => {
                "Your browser is not letting this site store data, so bookmarks will last only until you close this tab."
                    .into()
            }
            StartProblem::Unreadable(e) => format!(
                "Your saved bookmarks could not be read ({}). They have been kept aside untouched; new bookmarks start a fresh list.",
                e.message()
            ),
            StartProblem::Skipped(1) => "One saved bookmark was not a code this reference knows and was left out.".into(),
            StartProblem::Skipped(n) => {
                format!("{n} saved bookmarks were not codes this reference knows and were left out.")
            }
        }
    }
}

/// Reads the bookmark list. Never fails: problems come back beside an empty or partial list.
pub fn load(known: impl Fn(u16) -> bool) -> (BookmarkList, Option<StartProblem>) {
    match storage::get::<Value>(KEY) {
        Ok(None) => (BookmarkList::new(), None),
        Ok(Some(value)) => read(BookmarkList::from_value(&value, known)),
        Err(ReadFailure::Unavailable) => (BookmarkList::new(), Some(StartProblem::Unavailable)),
        Err(ReadFailure::Unreadable(_)) => (
            BookmarkList::new(),
            Some(StartProblem::Unreadable(ReadError::NotJson)),
        ),
    }
}

/// Interprets a stored value's text, as another tab's `storage` event delivers it.
pub fn parse_stored(
    text: &str,
    known: impl Fn(u16) -> bool,
) -> (BookmarkList, Option<StartProblem>) {
    read(BookmarkList::from_json(text, known))
}

fn read(result: Result<super::model::Read, ReadError>) -> (BookmarkList, Option<StartProblem>) {
    match result {
        Ok(read) if read.skipped > 0 => (read.list, Some(StartProblem::Skipped(read.skipped))),
        Ok(read) => (read.list, None),
        Err(e) => (BookmarkList::new(), Some(StartProblem::Unreadable(e))),
    }
}

/// Writes the list. When the value now stored cannot be read as bookmarks, it is first copied aside.
pub fn save(list: &BookmarkList, known: impl Fn(u16) -> bool) -> Result<(), SaveError> {
    if let Ok(Some(current)) = storage::get_text(KEY) {
        if BookmarkList::from_json(&current, known).is_err() {
            storage::set_text(UNREADABLE_KEY, &current)?;
        }
    }
    storage::set(KEY, &list.stored())
}
