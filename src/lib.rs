//! HTTP status codes: a reference that works offline. Every code people meet in a browser, a log or an API,
//! explained well enough to fix the problem, searchable, filterable and bookmarkable.
//!
//! The source files form a strict hierarchy, each layer using only those before it (a test holds them to it):
//! [`catalog`] (the data and everything pure about it) → [`routes`], [`shortcuts`] and [`replay`] → [`state`]
//! (app-wide handles) → [`components`] → [`pages`] → [`app`] and [`start`] → [`postbuild`] (the build's
//! finishing steps).
//! Logic lives in plain Rust that `cargo test` checks natively; components wire it to the page.

pub mod app;
pub mod assets;
pub mod catalog;
pub mod components;
pub mod pages;
#[cfg(feature = "postbuild")]
pub mod postbuild;
pub mod replay;
pub mod routes;
pub mod shortcuts;
pub mod start;
pub mod state;
