//! The app's state: what lives as long as the app (the reader's search, bookmarks, notices, connectivity, theme,
//! the screen on show) as typed handles with methods, each with a `provide_…`/`use_…` pair. Pure models sit
//! beside their handles (`bookmarks/model.rs`) so `cargo test` reaches them.

pub mod bookmarks;
pub mod clock;
pub mod connectivity;
pub mod finder;
pub mod notices;
pub mod scope;
pub mod screen;
pub mod storage;
pub mod texts;
pub mod theme;
