//! What a bundle's file names say about the files. Shared by the build's finishing steps, which tell the
//! service worker which files may come from the HTTP cache, and by the tests' static server, which sends those
//! files as immutable, as a CDN would be configured.

/// True for files Trunk named by content hash (`main-0123456789abcdef.css`): they never change, so the worker
/// may take them from the HTTP cache instead of downloading them a second time. Trunk writes the 64-bit hash
/// in hex without leading zeros, so it is up to 16 digits long (`statuscodes-d08e44a1b27519a.js` has 15); names
/// with fewer than 8 hex digits after the last `-` (`icon-192`) are not taken for hashes.
pub fn is_hashed(file: &str) -> bool {
    let stem = file
        .rsplit('/')
        .next()
        .unwrap_or(file)
        .split('.')
        .next()
        .unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}
