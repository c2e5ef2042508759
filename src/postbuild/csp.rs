//! The Content-Security-Policy: only our own scripts and styles, plus what WebAssembly needs. Inline scripts
//! (Trunk's loader and the pre-paint script) and the inlined stylesheet are allowed by their SHA-256 hashes,
//! computed from the built page, so the policy is exact for every build and needs no `'unsafe-inline'`.

use sha2::{Digest, Sha256};

/// The placeholder in `index.html` that the policy replaces.
pub const PLACEHOLDER: &str = "{{CSP}}";

/// The contents of every inline `<tag>` element (one without `src`), in order: `inline_blocks(html, "script")`.
pub fn inline_blocks<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let attributes = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(end) = body.find(&close) else { break };
        if !attributes.contains(" src=") {
            out.push(&body[..end]);
        }
        rest = &body[end + close.len()..];
    }
    out
}

/// The contents of every inline `<script>`, in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    inline_blocks(html, "script")
}

/// `'sha256-…'` for a script's or a stylesheet's text.
pub fn hash_source(text: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())))
}

/// The policy for a page with these inline scripts and styles.
pub fn policy(scripts: &[&str], styles: &[&str]) -> String {
    let hashes = |texts: &[&str]| {
        texts
            .iter()
            .map(|s| format!(" {}", hash_source(s)))
            .collect::<String>()
    };
    [
        "default-src 'self'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval'{}", hashes(scripts)),
        format!("style-src 'self'{}", hashes(styles)),
        "img-src 'self' data:".into(),
        "connect-src 'self'".into(),
        "manifest-src 'self'".into(),
        "worker-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'self'".into(),
        "form-action 'self'".into(),
    ]
    .join("; ")
}

/// Replaces the placeholder with the policy for the page's own inline scripts and styles.
pub fn fill(html: &str) -> Result<String, String> {
    if !html.contains(PLACEHOLDER) {
        return Err(format!(
            "index.html has no {PLACEHOLDER} placeholder for the Content-Security-Policy"
        ));
    }
    let policy = policy(&inline_scripts(html), &inline_blocks(html, "style"));
    Ok(html.replace(PLACEHOLDER, &policy))
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
