//! What happens to the bundle after Trunk has built it (`src/bin/postbuild.rs`, run by Trunk's `post_build`
//! hook on the staging folder): the loader and the pre-paint script go in, the Content-Security-Policy gets the
//! hashes of the page's inline scripts, every screen is prerendered into its own HTML file, the offline files are
//! written from the finished bundle, and every text file gets a precompressed `.br` copy. Every step rewrites
//! HTML with `lol_html` and stops the build, saying what was missing, when Trunk's page is not what it expects.
//! Native only; compiled with the `postbuild` feature.

pub mod compress;
pub mod csp;
pub mod head;
pub mod html;
pub mod loader;
pub mod offline;
pub mod prerender;
pub mod site;

use crate::catalog::body;
use crate::catalog::data::{entries, texts_file};
use crate::components::keyboard::SEARCH_INPUT_ID;
use crate::replay;
use crate::routes::{normalize_base, Paths};
use crate::state::theme;
use std::path::Path;
use std::{fs, io};

const PREPAINT: &str = include_str!("prepaint.js");
const EARLY: &str = include_str!("early.js");

/// What the pre-paint script is told.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct PrepaintConfig {
    theme_key: &'static str,
}

/// What the early script is told: the attributes that mark controls, the search box, the keys that focus it,
/// and the shortcut keys to keep for the app (all from `crate::replay`).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct EarlyConfig {
    mark: &'static str,
    needs_app: &'static str,
    waiting: &'static str,
    search_id: &'static str,
    focus_keys: Vec<&'static str>,
    keys: Vec<&'static str>,
}

/// The built `index.html` made into the shell every page starts from: the loader at the end of the body, the
/// pre-paint script and the early script (which keeps taps and keys until the app runs) in the head, and the
/// policy covering them.
pub fn shell(template: &str) -> Result<String, String> {
    let (page, _) = loader::defer(template)?;
    let prepaint = html::inline_script(
        PREPAINT,
        &PrepaintConfig {
            theme_key: theme::KEY,
        },
    )?;
    let page = html::append_to_head(&page, &prepaint)?;
    let early = html::inline_script(
        EARLY,
        &EarlyConfig {
            mark: replay::MARK,
            needs_app: replay::NEEDS_APP,
            waiting: replay::WAITING,
            search_id: SEARCH_INPUT_ID,
            focus_keys: replay::focus_keys(),
            keys: replay::replayed_keys(),
        },
    )?;
    let page = html::append_to_head(&page, &early)?;
    // Last: the policy hashes the page's inline scripts as they will be served.
    csp::fill(&page)
}

/// Runs every step on the staging folder. `public_url` is Trunk's `--public-url` (`/` by default).
pub fn run(staging: &Path, public_url: &str) -> io::Result<()> {
    let origin = site::origin().map_err(io::Error::other)?;
    let template = fs::read_to_string(staging.join("index.html"))?;
    let shell = shell(&template).map_err(io::Error::other)?;
    let base: &'static str = Box::leak(normalize_base(public_url).into_boxed_str());
    let paths = Paths::new(base);

    fs::write(
        staging.join(offline::SHELL),
        prerender::fill(&shell, paths, None, &origin).map_err(io::Error::other)?,
    )?;
    for page in prerender::pages() {
        let body = prerender::render(&page.path, base);
        let html = prerender::fill(&shell, paths, Some((&page, &body)), &origin)
            .map_err(io::Error::other)?;
        let file = staging.join(&page.file);
        if let Some(dir) = file.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(file, html)?;
    }
    // What the open web reads about the whole site, with absolute addresses.
    fs::write(
        staging.join("opensearch.xml"),
        site::opensearch(&origin, base),
    )?;
    fs::write(staging.join("sitemap.xml"), site::sitemap(&origin, paths))?;
    fs::write(staging.join("robots.txt"), site::robots(&origin, base))?;
    // The entries' long text, which the browser's app reads when it builds a page (see `catalog::body`).
    let texts = body::file_json(entries());
    let name = body::file_name(&texts);
    if name != texts_file() {
        return Err(io::Error::other(format!(
            "the entries' text hashes to {name} but the app asks for {}: build the app and this step from the same data/",
            texts_file()
        )));
    }
    fs::write(staging.join(texts_file()), texts)?;
    // Then the cache name, which hashes every file as it will be served, and last the compressed copies.
    offline::write(staging)?;
    compress::write(staging, &offline::bundle_files(staging)?)
}
