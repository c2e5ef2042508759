//! End to end: the release bundles served as a static host serves them, driven in a real headless Chromium.
//! `cargo test --test e2e` runs them after the README's test command has built the bundles. Every file here is
//! a module of this crate (a native test fails when one is not).
#![cfg(not(target_arch = "wasm32"))]

mod find;
mod guide;
mod journeys;
mod offline;
mod prerender;
mod replay;
mod support;
mod trust;
mod wire;
