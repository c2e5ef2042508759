//! Keeps the bookmark list in localStorage with gloo-storage, tolerating every way storage can fail: missing,
//! blocked (some private modes throw on access), full (`QuotaExceededError`), or holding a value we did not write.
//!
//! A value that cannot be read is never overwritten silently: it is first copied to [`UNREADABLE_KEY`], so nothing
//! a person had is lost.

use super::model::{BookmarkList, ReadError};
use gloo_storage::{LocalStorage, Storage};

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

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// No usable localStorage.
    Unavailable,
    /// The browser refused the write, usually because storage is full.
    Refused,
}

/// The localStorage of this window, if the browser lets us use it. Checked before every access, because
/// gloo-storage's `raw()` throws where storage is blocked.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// Reads the bookmark list. Never fails: problems come back beside an empty or partial list.
pub fn load(known: impl Fn(u16) -> bool) -> (BookmarkList, Option<StartProblem>) {
    if !available() {
        return (BookmarkList::new(), Some(StartProblem::Unavailable));
    }
    let text = match LocalStorage::raw().get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return (BookmarkList::new(), None),
        Err(_) => return (BookmarkList::new(), Some(StartProblem::Unavailable)),
    };
    parse_stored(&text, known)
}

/// Interprets a stored value. Split out of [`load`] so that the storage event of another tab goes the same way.
pub fn parse_stored(
    text: &str,
    known: impl Fn(u16) -> bool,
) -> (BookmarkList, Option<StartProblem>) {
    match BookmarkList::from_json(text, known) {
        Ok(read) if read.skipped > 0 => (read.list, Some(StartProblem::Skipped(read.skipped))),
        Ok(read) => (read.list, None),
        Err(e) => (BookmarkList::new(), Some(StartProblem::Unreadable(e))),
    }
}

/// Writes the list. When the value now stored cannot be read as bookmarks, it is first copied aside.
pub fn save(list: &BookmarkList, known: impl Fn(u16) -> bool) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    let storage = LocalStorage::raw();
    if let Ok(Some(current)) = storage.get_item(KEY) {
        if BookmarkList::from_json(&current, known).is_err() {
            storage
                .set_item(UNREADABLE_KEY, &current)
                .map_err(|_| SaveError::Refused)?;
        }
    }
    storage
        .set_item(KEY, &list.to_json())
        .map_err(|_| SaveError::Refused)
}
