//! One component per screen. Pages only lay out what they are given: the route table (`crate::app`) decides
//! which page a URL shows and puts it inside the screen wrapper (`crate::components::screen`).

pub mod bookmarks;
pub mod catalog;
pub mod code;
pub mod compare;
pub mod guide;
pub mod not_found;
