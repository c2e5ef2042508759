//! Offline support: the service worker is written from `sw.js` with the build's own asset list and a cache named
//! after the build's content. The app shell (`404.html`, an empty page that renders any route) is what the
//! worker serves for every navigation offline, and what GitHub Pages serves for paths it has no file for.

use sha2::{Digest, Sha256};
use std::path::Path;
use std::{fs, io};

/// The service worker's file name, at the root of the bundle (its scope is the app's base path).
pub const SERVICE_WORKER: &str = "sw.js";

/// The app shell: an empty page that renders any route, served offline for every navigation.
pub const SHELL: &str = "404.html";

/// Whether a file of the bundle is precached. Left out: the worker itself; the prerendered pages, a hundred
/// of them, which the worker keeps one by one as screens are visited instead (until then the shell renders any
/// screen from the WebAssembly the worker keeps); and the PNG icons and screenshots, which only an install asks
/// for, online.
pub fn is_precached(file: &str) -> bool {
    let prerendered = file.ends_with(".html") && file != SHELL;
    let png_icon =
        (file.starts_with("icons/") || file.starts_with("screenshots/")) && file.ends_with(".png");
    let compressed_copy = file.ends_with(".br");
    file != SERVICE_WORKER && !prerendered && !png_icon && !compressed_copy
}

pub use crate::assets::is_hashed;

const TEMPLATE: &str = include_str!("sw.js");

/// Every file of the bundle, as paths relative to its root with `/` separators, sorted.
pub fn bundle_files(root: &Path) -> io::Result<Vec<String>> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) -> io::Result<()> {
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(&path, root, out)?;
            } else if let Ok(rel) = path.strip_prefix(root) {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(root, root, &mut out)?;
    out.sort();
    Ok(out)
}

/// The files the service worker precaches.
pub fn precached(files: &[String]) -> Vec<String> {
    files.iter().filter(|f| is_precached(f)).cloned().collect()
}

/// `statuscodes-` and the first 16 hex digits of a hash over every precached file's name and content.
pub fn cache_name(root: &Path, assets: &[String]) -> io::Result<String> {
    let mut hasher = Sha256::new();
    for asset in assets {
        hasher.update(asset.as_bytes());
        hasher.update([0]);
        hasher.update(fs::read(root.join(asset))?);
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    Ok(format!("statuscodes-{hex}"))
}

/// What the service worker is told about its build, as the JSON constant `BUILD` at its top.
#[derive(Debug, serde::Serialize)]
pub struct Build<'a> {
    /// The cache of this build.
    pub cache: &'a str,
    /// Precached files named by content hash: they may come from the HTTP cache.
    pub hashed: Vec<&'a str>,
    /// The other precached files, always fetched fresh.
    pub plain: Vec<&'a str>,
    /// The app shell.
    pub shell: &'a str,
}

/// The service worker's source for this asset list and cache name.
pub fn service_worker(cache: &str, assets: &[String]) -> String {
    let pick = |hashed: bool| {
        assets
            .iter()
            .filter(|a| is_hashed(a) == hashed)
            .map(String::as_str)
            .collect()
    };
    let build = Build {
        cache,
        hashed: pick(true),
        plain: pick(false),
        shell: SHELL,
    };
    // Serialising plain strings and lists cannot fail.
    let json = serde_json::to_string(&build).unwrap_or_default();
    format!("const BUILD = {json};\n{TEMPLATE}")
}

/// Writes `sw.js` into the bundle, after the shell and every page are in place.
pub fn write(root: &Path) -> io::Result<()> {
    let assets = precached(&bundle_files(root)?);
    let cache = cache_name(root, &assets)?;
    fs::write(root.join(SERVICE_WORKER), service_worker(&cache, &assets))
}
