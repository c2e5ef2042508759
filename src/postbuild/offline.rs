//! Offline support: the service worker is written from `sw.js` with the build's own asset list and a cache named
//! after the build's content, and `404.html` (the app shell) lets static hosts such as GitHub Pages answer deep
//! links with the app.

use sha2::{Digest, Sha256};
use std::path::Path;
use std::{fs, io};

/// The service worker's file name, at the root of the bundle (its scope is the app's base path).
pub const SERVICE_WORKER: &str = "sw.js";

/// The page served for any route the cache has no page for: the app shell.
pub const SHELL: &str = "index.html";

/// Files that are not precached: the worker itself and the static host's fallback copy of the shell.
const NOT_CACHED: [&str; 2] = [SERVICE_WORKER, "404.html"];

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
    files
        .iter()
        .filter(|f| !NOT_CACHED.contains(&f.as_str()))
        .cloned()
        .collect()
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

/// The service worker's source for this asset list and cache name.
pub fn service_worker(cache: &str, assets: &[String]) -> String {
    let list = format!(
        "[{}]",
        assets
            .iter()
            .map(|a| format!("{a:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    TEMPLATE
        .replace("{{CACHE}}", cache)
        .replace("{{ASSETS}}", &list)
        .replace("{{SHELL}}", SHELL)
}

/// Writes `404.html` and `sw.js` into the bundle.
pub fn write(root: &Path) -> io::Result<()> {
    fs::copy(root.join(SHELL), root.join("404.html"))?;
    let assets = precached(&bundle_files(root)?);
    let cache = cache_name(root, &assets)?;
    fs::write(root.join(SERVICE_WORKER), service_worker(&cache, &assets))
}
