//! What the end-to-end tests need: a static server for `dist/` that behaves like a real static host, and a real
//! headless Chromium driven through chromedriver.
#![allow(dead_code)] // each test file uses a different part of this module

pub mod browser;
pub mod server;

use std::path::PathBuf;

/// The release bundle the tests serve; `.ci/test` builds it before `cargo test` runs.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").exists(),
        "no release bundle in {}: build it first with `trunk build --release` (the README's test command does)",
        dir.display()
    );
    dir
}
