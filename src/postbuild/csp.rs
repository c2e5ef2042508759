//! The Content-Security-Policy: only our own scripts and styles, plus what WebAssembly needs. Inline scripts
//! (the loader and the pre-paint script) and the inlined stylesheet are allowed by their SHA-256 hashes,
//! computed from the built page, so the policy is exact for every build and needs no `'unsafe-inline'`.

use super::html::{attribute, rewrite, Element, Expect, TextChunk};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use lol_html::{ElementContentHandlers, Selector};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// The texts of a page's inline scripts and styles, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inline {
    /// Every `<script>` without `src`.
    pub scripts: Vec<String>,
    /// Every `<style>`.
    pub styles: Vec<String>,
}

/// Reads the inline scripts and styles of a page.
pub fn inline(html: &str) -> Result<Inline, String> {
    let found = Rc::new(RefCell::new(Inline::default()));
    let collect = |selector: &str, pick: fn(&mut Inline) -> &mut Vec<String>| {
        let found = found.clone();
        let started = found.clone();
        let parsed: Selector = selector.parse().map_err(|e| format!("{selector}: {e}"))?;
        Ok::<_, String>((
            Cow::Owned(parsed),
            ElementContentHandlers::default()
                .element(move |_: &mut Element| {
                    pick(&mut started.borrow_mut()).push(String::new());
                    Ok(())
                })
                .text(move |chunk: &mut TextChunk| {
                    if let Some(last) = pick(&mut found.borrow_mut()).last_mut() {
                        last.push_str(chunk.as_str());
                    }
                    Ok(())
                }),
        ))
    };
    let handlers = vec![
        collect("script:not([src])", |i| &mut i.scripts)?,
        collect("style", |i| &mut i.styles)?,
    ];
    rewrite("the page", html, handlers, &[])?;
    let inline = found.borrow().clone();
    Ok(inline)
}

/// `'sha256-…'` for a script's or a stylesheet's text.
pub fn hash_source(text: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// The policy for a page with these inline scripts and styles.
pub fn policy(inline: &Inline) -> String {
    let hashes = |texts: &[String]| {
        texts
            .iter()
            .map(|s| format!(" {}", hash_source(s)))
            .collect::<String>()
    };
    [
        "default-src 'self'".to_string(),
        format!(
            "script-src 'self' 'wasm-unsafe-eval'{}",
            hashes(&inline.scripts)
        ),
        format!("style-src 'self'{}", hashes(&inline.styles)),
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

/// Writes the policy for the page's own inline scripts and styles into its
/// `<meta http-equiv="Content-Security-Policy">`.
pub fn fill(html: &str) -> Result<String, String> {
    let policy = policy(&inline(html)?);
    let meta = Expect::new(
        "meta[http-equiv=Content-Security-Policy]",
        "Content-Security-Policy <meta> (index.html must have one)",
    );
    let handler = meta.on(move |el| {
        el.set_attribute("content", &attribute(&policy))?;
        Ok(())
    })?;
    rewrite("index.html", html, vec![handler], &[&meta])
}
