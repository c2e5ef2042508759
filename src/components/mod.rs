//! Small view pieces shared by the pages.

mod bookmark_button;
mod code_list;
mod layout;
mod rich_text;

pub use bookmark_button::BookmarkButton;
pub use code_list::{CodeList, CodeRow};
pub use layout::{SiteFooter, SiteHeader};
pub use rich_text::RichText;
