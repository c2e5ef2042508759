//! One component per screen.

mod bookmarks;
mod catalog;
mod code;
mod not_found;

pub use bookmarks::BookmarksPage;
pub use catalog::CatalogPage;
pub use code::CodePage;
pub use not_found::{NotFoundPage, NotFoundView};

/// Sets the document title (in the browser only; the prerenderer writes `<title>` itself).
pub(crate) fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}
