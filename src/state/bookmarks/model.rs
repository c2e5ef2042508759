//! The bookmark list as plain data: most recent first, one entry per code, with the stored format and its
//! tolerant reader. No web types: `cargo test` checks all of it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The version written into the stored value; readers accept this and every earlier one.
pub const FORMAT_VERSION: u32 = 1;

/// The most bookmarks kept; a list longer than the whole catalog can only be garbage.
pub const MAX_BOOKMARKS: usize = 1000;

/// One bookmarked code.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bookmark {
    /// The status-code number.
    pub code: u16,
    /// When it was added, in milliseconds since the Unix epoch.
    pub added: f64,
}

/// The bookmarks, most recently added first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BookmarkList {
    items: Vec<Bookmark>,
}

/// Why a stored or imported value could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON.
    NotJson,
    /// JSON, but not a bookmark list.
    WrongShape,
    /// Written by a newer version of the app.
    NewerVersion(u64),
}

impl ReadError {
    /// A sentence for the reader.
    pub fn message(&self) -> String {
        match self {
            ReadError::NotJson => "it is not JSON".into(),
            ReadError::WrongShape => "it is not a list of bookmarks".into(),
            ReadError::NewerVersion(v) => {
                format!("it was written by a newer version of this app (format {v})")
            }
        }
    }
}

/// A list read from storage or a file, with how many items had to be skipped.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    /// What could be read.
    pub list: BookmarkList,
    /// Items that were not bookmarks of codes the catalog knows.
    pub skipped: usize,
}

/// The largest import file read; a bookmark file of every code is a few kilobytes.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;

/// A change made in this tab that storage has not confirmed yet (its save failed).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// A bookmark was added.
    Added(Bookmark),
    /// A bookmark was removed.
    Removed(u16),
}

/// Why an import file was refused. The bookmarks already there are never touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge(usize),
    /// Not readable as bookmarks at all.
    Unreadable(ReadError),
    /// Readable, but not one code in it is in the catalog.
    NoKnownCodes(usize),
}

impl ImportError {
    /// A sentence for the reader.
    pub fn message(&self) -> String {
        let reason = match self {
            ImportError::TooLarge(n) => {
                format!("it is {} KB, far larger than any bookmark file", n / 1024)
            }
            ImportError::Unreadable(e) => e.message(),
            ImportError::NoKnownCodes(n) => {
                format!("none of its {n} items is a code this reference knows")
            }
        };
        format!("Nothing was imported: {reason}. Your bookmarks are unchanged.")
    }
}

/// What an import did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// Codes that were new.
    pub added: usize,
    /// Codes that were bookmarked already.
    pub already: usize,
    /// Items that were not bookmarks of known codes.
    pub skipped: usize,
}

impl ImportReport {
    /// A sentence for the reader.
    pub fn message(&self) -> String {
        let mut parts = vec![match self.added {
            1 => "Imported 1 new bookmark".to_string(),
            n => format!("Imported {n} new bookmarks"),
        }];
        if self.already > 0 {
            parts.push(format!("{} already bookmarked", self.already));
        }
        if self.skipped > 0 {
            parts.push(format!("{} not recognised and skipped", self.skipped));
        }
        parts.join("; ") + "."
    }
}

/// The stored shape, version 1: `{"version":1,"bookmarks":[{"code":403,"added":1764403200000}]}`.
#[derive(Serialize)]
pub struct Stored<'a> {
    version: u32,
    bookmarks: &'a [Bookmark],
}

impl BookmarkList {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// True when `code` is bookmarked.
    pub fn contains(&self, code: u16) -> bool {
        self.items.iter().any(|b| b.code == code)
    }

    /// The bookmarks, most recent first.
    pub fn items(&self) -> &[Bookmark] {
        &self.items
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds `code` at the front; a code already there stays where it is. Returns true when it was added.
    pub fn add(&mut self, code: u16, now: f64) -> bool {
        if self.contains(code) || self.items.len() >= MAX_BOOKMARKS {
            return false;
        }
        self.items.insert(0, Bookmark { code, added: now });
        true
    }

    /// Removes `code`. Returns true when it was there.
    pub fn remove(&mut self, code: u16) -> bool {
        let before = self.items.len();
        self.items.retain(|b| b.code != code);
        self.items.len() != before
    }

    /// Adds or removes `code`; returns true when it is bookmarked afterwards.
    pub fn toggle(&mut self, code: u16, now: f64) -> bool {
        if self.remove(code) {
            false
        } else {
            self.add(code, now)
        }
    }

    /// Adds every bookmark of `other` that is not here yet, keeping the earlier date for codes in both, and sorts
    /// the result most recent first. Returns how many codes were new.
    pub fn merge(&mut self, other: &BookmarkList) -> usize {
        let mut added = 0;
        for b in &other.items {
            if let Some(x) = self.items.iter_mut().find(|x| x.code == b.code) {
                x.added = x.added.min(b.added);
            } else if self.items.len() < MAX_BOOKMARKS {
                self.items.push(*b);
                added += 1;
            }
        }
        self.sort();
        added
    }

    fn sort(&mut self) {
        self.items
            .sort_by(|a, b| b.added.total_cmp(&a.added).then(a.code.cmp(&b.code)));
    }

    /// The stored form, for storage and export files.
    pub fn stored(&self) -> Stored<'_> {
        Stored {
            version: FORMAT_VERSION,
            bookmarks: &self.items,
        }
    }

    /// The stored form as JSON text: `{"version":1,"bookmarks":[{"code":403,"added":1764403200000}]}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.stored())
            .unwrap_or_else(|_| String::from("{\"version\":1,\"bookmarks\":[]}"))
    }

    /// Reads stored or exported text; see [`BookmarkList::from_value`].
    pub fn from_json(text: &str, known: impl Fn(u16) -> bool) -> Result<Read, ReadError> {
        let value: Value = serde_json::from_str(text).map_err(|_| ReadError::NotJson)?;
        Self::from_value(&value, known)
    }

    /// Reads a stored or exported value. Accepts the current format and the earlier plain array of numbers
    /// (`[403, 404]`, format 0). Items that are not bookmarks of codes `known` accepts are skipped and counted;
    /// a value that is not a bookmark list at all is an error, so the caller can keep it rather than overwrite it.
    pub fn from_value(value: &Value, known: impl Fn(u16) -> bool) -> Result<Read, ReadError> {
        let (items, dated) = match value {
            Value::Array(items) => (items, false),
            Value::Object(map) => {
                let version = map
                    .get("version")
                    .and_then(Value::as_u64)
                    .ok_or(ReadError::WrongShape)?;
                if version > u64::from(FORMAT_VERSION) {
                    return Err(ReadError::NewerVersion(version));
                }
                match map.get("bookmarks") {
                    Some(Value::Array(items)) => (items, true),
                    _ => return Err(ReadError::WrongShape),
                }
            }
            _ => return Err(ReadError::WrongShape),
        };
        let mut list = BookmarkList::new();
        let mut skipped = 0;
        // Format 0 kept no dates: keep its order by giving earlier items later pseudo-dates.
        let count = items.len() as f64;
        for (i, item) in items.iter().enumerate() {
            let parsed = if dated {
                serde_json::from_value::<Bookmark>(item.clone())
                    .ok()
                    .filter(|b| b.added.is_finite())
            } else {
                item.as_u64()
                    .and_then(|n| u16::try_from(n).ok())
                    .map(|code| Bookmark {
                        code,
                        added: count - i as f64,
                    })
            };
            match parsed {
                Some(b)
                    if known(b.code)
                        && !list.contains(b.code)
                        && list.items.len() < MAX_BOOKMARKS =>
                {
                    list.items.push(b)
                }
                _ => skipped += 1,
            }
        }
        list.sort();
        Ok(Read { list, skipped })
    }

    /// Applies this tab's unconfirmed changes on top of the list another tab stored, so that following the other
    /// tab never drops what this tab did.
    pub fn rebase(mut theirs: BookmarkList, pending: &[Change]) -> BookmarkList {
        for change in pending {
            match *change {
                Change::Added(b) => {
                    if !theirs.contains(b.code) && theirs.items.len() < MAX_BOOKMARKS {
                        theirs.items.push(b);
                    }
                }
                Change::Removed(code) => {
                    theirs.remove(code);
                }
            }
        }
        theirs.sort();
        theirs
    }

    /// Merges the bookmarks of an exported file into this list. On any error the list is left as it was.
    pub fn import(
        &mut self,
        text: &str,
        known: impl Fn(u16) -> bool,
    ) -> Result<ImportReport, ImportError> {
        if text.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge(text.len()));
        }
        let read = BookmarkList::from_json(text, known).map_err(ImportError::Unreadable)?;
        if read.list.is_empty() && read.skipped > 0 {
            return Err(ImportError::NoKnownCodes(read.skipped));
        }
        let total = read.list.len();
        let added = self.merge(&read.list);
        Ok(ImportReport {
            added,
            already: total - added,
            skipped: read.skipped,
        })
    }
}
