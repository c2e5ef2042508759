//! How the app is loaded. Trunk puts a module script and preload hints for the JavaScript and the WebAssembly in
//! the head; this replaces them with one small script at the end of the body (`loader.js`) that starts both
//! downloads only after the prerendered page has been painted.
//!
//! Measured reasons: in the head, the loader's downloads and compile work ran during the parse and put the
//! first heading later than in the same page as plain HTML; and Lighthouse counts every request that starts
//! before the largest paint as holding that paint up, so a WebAssembly download started during the parse made
//! a page that paints in 0.8 s score as if it painted after the whole app had arrived. The app's files are
//! still fetched in parallel and checked against Trunk's integrity hashes.

use super::html::{inline_script, rewrite, Expect, HTML};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;

/// The files and integrity hash Trunk's build names, as the loader script receives them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Assets {
    /// The JavaScript glue, as an absolute path (`/statuscodes-….js`).
    pub js: String,
    /// The WebAssembly, as an absolute path.
    pub wasm: String,
    /// Subresource integrity of the WebAssembly (`sha384-…`), when Trunk gave one.
    pub integrity: Option<String>,
}

const SOURCE: &str = include_str!("loader.js");

/// Replaces Trunk's loader and preload hints with `loader.js` at the end of the body, and returns the page and
/// the assets it loads. Stops with a message when Trunk's page lacks any of them.
pub fn defer(html: &str) -> Result<(String, Assets), String> {
    let assets = Rc::new(RefCell::new(Assets::default()));
    let glue = Expect::new(
        "link[rel=modulepreload][href$='.js']",
        "preload hint for the JavaScript glue",
    );
    let wasm = Expect::new(
        "link[rel=preload][href$='.wasm']",
        "preload hint for the WebAssembly",
    );
    let module = Expect::new("script[type=module]", "module script that starts the app");
    let body = Expect::new("body", "<body>");
    let (a, b) = (assets.clone(), assets.clone());
    let handlers = vec![
        glue.on(move |el| {
            a.borrow_mut().js = el.get_attribute("href").unwrap_or_default();
            el.remove();
            Ok(())
        })?,
        wasm.on(move |el| {
            let mut assets = b.borrow_mut();
            assets.wasm = el.get_attribute("href").unwrap_or_default();
            assets.integrity = el.get_attribute("integrity");
            el.remove();
            Ok(())
        })?,
        module.on(|el| {
            el.remove();
            Ok(())
        })?,
    ];
    // First the head: the assets are known once it has been read.
    let page = rewrite("index.html", html, handlers, &[&glue, &wasm, &module])?;
    let assets = assets.borrow().clone();
    let script = inline_script(SOURCE, &assets)?;
    let page = rewrite(
        "index.html",
        &page,
        vec![body.on(move |el| {
            el.append(&script, HTML);
            Ok(())
        })?],
        &[&body],
    )?;
    Ok((page, assets))
}
