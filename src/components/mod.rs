//! Small view pieces shared by the pages.

mod bookmark_button;
mod code_list;
pub mod keyboard;
mod layout;
mod rich_text;

pub use bookmark_button::BookmarkButton;
pub use code_list::{CodeList, CodeRow};
pub use keyboard::KeyboardShortcuts;
pub use layout::{SiteFooter, SiteHeader};
pub use rich_text::RichText;
