//! The one way into the browser's localStorage: typed reads and writes with gloo-storage, behind a guard for
//! browsers where even touching storage throws (some private modes, blocked third-party contexts).

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadFailure {
    /// There is no usable localStorage.
    Unavailable,
    /// A value is stored, but it is not JSON of the expected type; its text is kept here untouched.
    Unreadable(String),
}

/// Why a value was not written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// There is no usable localStorage.
    Unavailable,
    /// The browser refused the write, usually because storage is full.
    Refused,
}

/// True when this window has a localStorage the browser lets us use. gloo-storage's calls throw where storage
/// is blocked, so every access goes through this first.
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// Reads the value stored under `key`: `Ok(None)` when there is none.
pub fn get<T: DeserializeOwned>(key: &str) -> Result<Option<T>, ReadFailure> {
    if !available() {
        return Err(ReadFailure::Unavailable);
    }
    match LocalStorage::get::<T>(key) {
        Ok(value) => Ok(Some(value)),
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(StorageError::SerdeError(_)) => Err(ReadFailure::Unreadable(
            get_text(key).ok().flatten().unwrap_or_default(),
        )),
        Err(StorageError::JsError(_)) => Err(ReadFailure::Unavailable),
    }
}

/// The text stored under `key`, exactly as stored (for keeping an unreadable value aside).
pub fn get_text(key: &str) -> Result<Option<String>, ReadFailure> {
    if !available() {
        return Err(ReadFailure::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| ReadFailure::Unavailable)
}

/// Writes `value` under `key` as JSON.
pub fn set<T: Serialize + ?Sized>(key: &str, value: &T) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::set(key, value).map_err(|_| SaveError::Refused)
}

/// Writes `text` under `key` exactly as given.
pub fn set_text(key: &str, text: &str) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|_| SaveError::Refused)
}

/// Removes `key`; a failure only means nothing was removed.
pub fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}
