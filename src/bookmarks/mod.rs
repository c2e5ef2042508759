//! Bookmarks: the pure list ([`model`]), its storage adapter ([`storage`]) and the reactive handle the views use.

pub mod model;
pub mod storage;

pub use model::{Bookmark, BookmarkList};

use crate::catalog;
use crate::notices::{Notices, Tone};
use leptos::prelude::*;

/// True for codes the catalog has a page for: only those can be bookmarked.
pub fn known(code: u16) -> bool {
    catalog::code(code).is_some()
}

/// The handle views use: read the list, toggle and remove, with every change written through to storage.
#[derive(Clone, Copy)]
pub struct Bookmarks {
    list: RwSignal<BookmarkList>,
    notices: Notices,
}

impl Bookmarks {
    /// True when `code` is bookmarked (tracked).
    pub fn contains(self, code: u16) -> bool {
        self.list.with(|l| l.contains(code))
    }

    /// The list, most recent first (tracked).
    pub fn items(self) -> Vec<Bookmark> {
        self.list.with(|l| l.items().to_vec())
    }

    /// How many there are (tracked).
    pub fn len(self) -> usize {
        self.list.with(BookmarkList::len)
    }

    /// True when there are none (tracked).
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Adds or removes `code`.
    pub fn toggle(self, code: u16) {
        let now = js_sys::Date::now();
        self.list.update(|l| {
            l.toggle(code, now);
        });
        self.save();
    }

    /// Removes `code`.
    pub fn remove(self, code: u16) {
        self.list.update(|l| {
            l.remove(code);
        });
        self.save();
    }

    /// Writes the list through to storage. The list in memory is never touched by a failure: the reader keeps
    /// their bookmarks for this visit and is told they were not saved.
    fn save(self) {
        let result = self.list.with_untracked(|l| storage::save(l, known));
        let message = match result {
            Ok(()) => return,
            Err(storage::SaveError::Unavailable) => {
                "Bookmark kept for this visit only: your browser is not letting this site store data."
            }
            Err(storage::SaveError::Refused) => {
                "Bookmark kept for this visit only: your browser refused to save it (its storage may be full)."
            }
        };
        self.notices.show(message, Tone::Problem);
    }
}

/// Creates the bookmarks handle from the list read at start, reports any start problem once, and puts the handle
/// in context.
pub fn provide_bookmarks(
    initial: BookmarkList,
    problem: Option<storage::StartProblem>,
    notices: Notices,
) -> Bookmarks {
    if let Some(p) = problem {
        notices.show(p.message(), Tone::Problem);
    }
    let bookmarks = Bookmarks {
        list: RwSignal::new(initial),
        notices,
    };
    provide_context(bookmarks);
    bookmarks
}

/// The bookmarks handle from context.
pub fn use_bookmarks() -> Bookmarks {
    expect_context::<Bookmarks>()
}
