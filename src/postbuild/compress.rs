//! Precompressed copies: `file.br` beside every text file of the bundle, at brotli's highest quality, for hosts
//! that serve them as they are (nginx `brotli_static on`, Caddy `precompressed br`, most CDNs compress anyway).
//! The WebAssembly, which holds the whole catalog, shrinks to about a third.

use std::path::Path;
use std::{fs, io};

/// Extensions worth compressing.
const TEXT: [&str; 9] = [
    "html",
    "js",
    "wasm",
    "css",
    "svg",
    "json",
    "webmanifest",
    "txt",
    "xml",
];

/// True for files that get a `.br` copy.
pub fn is_compressible(file: &str) -> bool {
    file.rsplit_once('.')
        .is_some_and(|(_, ext)| TEXT.contains(&ext))
}

/// The brotli form of `bytes`.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    // Writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// Writes `name.br` beside each of `files` (paths relative to `root`) that is worth compressing.
pub fn write(root: &Path, files: &[String]) -> io::Result<()> {
    for file in files.iter().filter(|f| is_compressible(f)) {
        let path = root.join(file);
        let compressed = brotli(&fs::read(&path)?);
        let mut name = path.into_os_string();
        name.push(".br");
        fs::write(name, compressed)?;
    }
    Ok(())
}
