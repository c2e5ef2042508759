//! Page-owned views of app-wide state.
//!
//! The search state ([`super::finder::Finder`]) and the bookmark list ([`super::bookmarks::handle::Bookmarks`])
//! live as long as the app, while the views that read them come and go with every page. The benchmark's memory
//! sweep showed that, with Leptos 0.8, views reading app-wide signals directly left memory behind on every
//! visit (the catalog's hundred rows about 35 KiB each time), and that reading the same state through memos
//! owned by the page, which are dropped with it, stopped most of that growth: the app-wide signal then only
//! ever has the page's few memos as readers instead of every row's effects. Each handle has a `scoped()` copy
//! made of [`local`] memos; the screen wrapper every page goes through (`components::screen`) provides them.

use leptos::prelude::*;

/// A memo owned by the current page that follows `source`.
pub fn local<T>(source: Memo<T>) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| source.get())
}
