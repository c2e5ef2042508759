//! The reactive handle the views use to read and change the bookmark list.

use super::model::{Bookmark, BookmarkList, Change};
use super::storage;
use crate::catalog;
use crate::state::notices::{Notices, Tone};
use crate::state::scope::local;
use leptos::prelude::*;

/// True for codes the catalog has a page for: only those can be bookmarked.
pub fn known(code: u16) -> bool {
    catalog::code(code).is_some()
}

/// The handle views use: read the list, toggle, remove and import, with every change written through to
/// storage. A change whose save fails stays in memory for the session, is remembered as pending, and is applied
/// again on top of whatever another tab stores.
#[derive(Clone, Copy)]
pub struct Bookmarks {
    /// False while prerendering: the list lives in the reader's browser, so the page shows no bookmark state.
    loaded: bool,
    list: RwSignal<BookmarkList>,
    /// `list`, as read by views.
    view: Memo<BookmarkList>,
    pending: StoredValue<Vec<Change>>,
    notices: Notices,
}

impl Bookmarks {
    /// True when the list was read from the browser (false while prerendering at build time).
    pub fn is_loaded(self) -> bool {
        self.loaded
    }

    /// The same list read through a memo owned by the current page (see [`crate::state::scope`]); changes still go
    /// to the app-wide list.
    pub fn scoped(self) -> Self {
        Self {
            view: local(self.view),
            ..self
        }
    }

    /// True when `code` is bookmarked (tracked).
    pub fn contains(self, code: u16) -> bool {
        self.view.with(|l| l.contains(code))
    }

    /// True when `code` is bookmarked now, without following later changes.
    pub fn contains_untracked(self, code: u16) -> bool {
        self.list.with_untracked(|l| l.contains(code))
    }

    /// Reads the whole list (tracked).
    pub fn with_list<T>(self, f: impl FnOnce(&BookmarkList) -> T) -> T {
        self.view.with(f)
    }

    /// The list, most recent first (tracked).
    pub fn items(self) -> Vec<Bookmark> {
        self.view.with(|l| l.items().to_vec())
    }

    /// How many there are (tracked).
    pub fn len(self) -> usize {
        self.view.with(BookmarkList::len)
    }

    /// True when there are none (tracked).
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The stored form of the list, for export.
    pub fn to_json(self) -> String {
        self.list.with_untracked(BookmarkList::to_json)
    }

    /// Adds or removes `code`.
    pub fn toggle(self, code: u16) {
        let now = js_sys::Date::now();
        let mut change = None;
        self.list.update(|l| {
            change = Some(if l.toggle(code, now) {
                Change::Added(Bookmark { code, added: now })
            } else {
                Change::Removed(code)
            });
        });
        self.save(change);
    }

    /// Removes `code`.
    pub fn remove(self, code: u16) {
        self.list.update(|l| {
            l.remove(code);
        });
        self.save(Some(Change::Removed(code)));
    }

    /// Merges an exported file's bookmarks into the list and tells the reader what happened. A bad file changes
    /// nothing.
    pub fn import(self, text: &str) {
        let mut next = self.list.get_untracked();
        match next.import(text, known) {
            Ok(report) => {
                let added: Vec<Change> = next
                    .items()
                    .iter()
                    .filter(|b| !self.list.with_untracked(|l| l.contains(b.code)))
                    .map(|b| Change::Added(*b))
                    .collect();
                self.list.set(next);
                self.notices.show(report.message(), Tone::Info);
                for change in added {
                    self.pending.update_value(|p| p.push(change));
                }
                self.save(None);
            }
            Err(e) => self.notices.show(e.message(), Tone::Problem),
        }
    }

    /// Follows a change another tab made to the stored list (the `storage` event), keeping this tab's unsaved
    /// changes on top. A value that cannot be read is ignored: this tab keeps what it has.
    pub fn follow(self, new_value: Option<String>) {
        let theirs = match new_value {
            None => BookmarkList::new(),
            Some(text) => match BookmarkList::from_json(&text, known) {
                Ok(read) => read.list,
                Err(_) => return,
            },
        };
        let pending = self.pending.get_value();
        self.list.set(BookmarkList::rebase(theirs, &pending));
        if !pending.is_empty() {
            self.save(None);
        }
    }

    /// Writes the list through to storage. The list in memory is never touched by a failure: the reader keeps
    /// their bookmarks for this visit and is told they were not saved.
    fn save(self, change: Option<Change>) {
        let result = self.list.with_untracked(|l| storage::save(l, known));
        let message = match result {
            Ok(()) => {
                self.pending.set_value(Vec::new());
                return;
            }
            Err(storage::SaveError::Unavailable) => {
                "Bookmark kept for this visit only: your browser is not letting this site store data."
            }
            Err(storage::SaveError::Refused) => {
                "Bookmark kept for this visit only: your browser refused to save it (its storage may be full)."
            }
        };
        if let Some(c) = change {
            self.pending.update_value(|p| p.push(c));
        }
        self.notices.show(message, Tone::Problem);
    }
}

/// Creates the bookmarks handle from the list read at start (`None` while prerendering, where there is no
/// browser to read from), reports any start problem once, follows other tabs through the `storage` event, and
/// puts the handle in context.
pub fn provide_bookmarks(
    initial: Option<BookmarkList>,
    problem: Option<storage::StartProblem>,
    notices: Notices,
) -> Bookmarks {
    if let Some(p) = problem {
        notices.show(p.message(), Tone::Problem);
    }
    let loaded = initial.is_some();
    let list = RwSignal::new(initial.unwrap_or_default());
    let bookmarks = Bookmarks {
        loaded,
        list,
        view: Memo::new(move |_| list.get()),
        pending: StoredValue::new(Vec::new()),
        notices,
    };
    provide_context(bookmarks);
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(storage::KEY) {
                bookmarks.follow(ev.new_value());
            } else if ev.key().is_none() {
                // localStorage.clear() in another tab.
                bookmarks.follow(None);
            }
        });
        on_cleanup(move || handle.remove());
    }
    bookmarks
}

/// The bookmarks handle from context.
pub fn use_bookmarks() -> Bookmarks {
    expect_context::<Bookmarks>()
}
