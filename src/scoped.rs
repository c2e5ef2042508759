//! Page-owned views of app-wide state.
//!
//! The search state ([`crate::finder::Finder`]) and the bookmark list ([`crate::bookmarks::Bookmarks`]) live
//! as long as the app, while the views that read them come and go with every page. The benchmark's memory
//! sweep showed that, with Leptos 0.8, views reading app-wide signals directly left memory behind on every
//! visit (the catalog's hundred rows about 35 KiB each time), and that reading the same state through memos
//! owned by the page, which are dropped with it, stopped most of that growth: the app-wide signal then only
//! ever has the page's few memos as readers instead of every row's effects. So each page reads the shared state
//! through [`local`] copies made when it mounts (`Finder::scoped`, `Bookmarks::scoped`).

use leptos::prelude::*;

/// A memo owned by the current page that follows `source`.
pub fn local<T>(source: Memo<T>) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| source.get())
}

/// Puts page-owned views of the search state and the bookmarks in context for the current page and everything
/// in it; `use_finder` and `use_bookmarks` below this point return them. Call it first thing in a page's
/// component, never inside a part of the page that is rebuilt on its own (a code page's content, when the code
/// changes): the views being dropped there may still read the scope, which would already be gone.
pub fn provide_page_scope() {
    provide_context(crate::finder::use_finder().scoped());
    provide_context(crate::bookmarks::use_bookmarks().scoped());
}
