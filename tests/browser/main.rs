//! Components in a real headless Chromium (wasm-bindgen-test): what they render and what they store.
//! `cargo test --target wasm32-unknown-unknown --features csr --test browser` runs them. Every file here is a
//! module of this crate (a native test fails when one is not).
#![cfg(target_arch = "wasm32")]

mod bookmarks;
mod catalog;
mod rich_text;
mod start;
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
