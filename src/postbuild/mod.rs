//! What happens to the bundle after Trunk has built it (`src/bin/postbuild.rs`, run by Trunk's `post_build`
//! hook on the staging folder): the Content-Security-Policy gets the hashes of the page's inline scripts, then
//! the offline files are written from the finished bundle. Native only; compiled with the `postbuild` feature.

pub mod csp;
pub mod offline;

use std::path::Path;
use std::{fs, io};

/// Runs every step on the staging folder Trunk passes in `TRUNK_STAGING_DIR`.
pub fn run(staging: &Path) -> io::Result<()> {
    let index = staging.join("index.html");
    let html = fs::read_to_string(&index)?;
    let html = csp::fill(&html).map_err(io::Error::other)?;
    fs::write(&index, html)?;
    // Last: the cache name hashes every file as it will be served.
    offline::write(staging)
}
