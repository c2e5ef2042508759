//! What happens to the bundle after Trunk has built it (`src/bin/postbuild.rs`, run by Trunk's `post_build`
//! hook on the staging folder): the Content-Security-Policy gets the hashes of the page's inline scripts, every
//! screen is prerendered into its own HTML file, the offline files are written from the finished bundle, and
//! every text file gets a precompressed `.br` copy.
//! Native only; compiled with the `postbuild` feature.

pub mod compress;
pub mod csp;
pub mod loader;
pub mod offline;
pub mod prerender;

use crate::routes::{normalize_base, Paths};
use std::path::Path;
use std::{fs, io};

/// Runs every step on the staging folder. `public_url` is Trunk's `--public-url` (`/` by default).
pub fn run(staging: &Path, public_url: &str) -> io::Result<()> {
    let template = fs::read_to_string(staging.join("index.html"))?;
    // The loader first: the policy hashes the page's inline scripts as they will be served.
    let shell = csp::fill(&loader::defer(&template)).map_err(io::Error::other)?;
    let base: &'static str = Box::leak(normalize_base(public_url).into_boxed_str());
    let paths = Paths::new(base);

    let page = |content: Option<(&str, &str)>| {
        prerender::fill(&shell, paths, content).map_err(io::Error::other)
    };
    fs::write(staging.join(offline::SHELL), page(None)?)?;
    for p in prerender::pages() {
        let body = prerender::render(&p.path, base);
        let file = staging.join(&p.file);
        if let Some(dir) = file.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(file, page(Some((&p.path, &body)))?)?;
    }
    // Then the cache name, which hashes every file as it will be served, and last the compressed copies.
    offline::write(staging)?;
    compress::write(staging, &offline::bundle_files(staging)?)
}
