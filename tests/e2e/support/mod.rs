//! What the end-to-end tests need: a static server for the built bundles that behaves like a real static host,
//! and a real headless Chromium driven through chromedriver.
#![allow(dead_code)] // the benchmark includes this module too, and uses only part of it

pub mod browser;
pub mod server;

use std::path::PathBuf;

fn bundle(variable: &str, default: &str, how: &str) -> PathBuf {
    let dir = std::env::var_os(variable)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(default));
    assert!(
        dir.join("index.html").exists(),
        "no bundle in {}: build it first with `{how}` (the README's test command does)",
        dir.display()
    );
    dir
}

/// The release bundle.
pub fn dist_dir() -> PathBuf {
    bundle("DIST_DIR", "dist", "trunk build --release")
}

/// A second build with a visible change (its footer names the build), for the update test.
pub fn update_dist_dir() -> PathBuf {
    bundle(
        "DIST_UPDATE_DIR",
        "target/e2e/dist-update",
        "STATUSCODES_BUILD=update-test trunk build --dist target/e2e/dist-update",
    )
}

/// The release bundle built for the sub-path `/http-codes/`.
pub fn sub_path_dist_dir() -> PathBuf {
    bundle(
        "DIST_SUB_DIR",
        "target/e2e/dist-sub",
        "trunk build --release --public-url /http-codes/ --dist target/e2e/dist-sub",
    )
}
