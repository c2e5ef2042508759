//! The pieces pages are built from, and the frame around every page. Each file is one component (or a few
//! small ones that belong together); they import each other directly, never through this file.

pub mod bookmark_button;
pub mod code_list;
pub mod connectivity_status;
pub mod copy_button;
pub mod exchange;
pub mod focus;
pub mod kept;
pub mod keyboard;
pub mod layout;
pub mod notice_area;
pub mod rich_text;
pub mod screen;
pub mod theme_switch;
pub mod understood;
