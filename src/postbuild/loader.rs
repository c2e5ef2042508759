//! How the app is loaded. Trunk puts a module script and preload hints for the JavaScript and the WebAssembly in
//! the head; this replaces them with one small script at the end of the body that starts both downloads only
//! after the prerendered page has been painted.
//!
//! Measured reasons: in the head, the loader's downloads and compile work ran during the parse and put the
//! first heading later than in the same page as plain HTML; and Lighthouse counts every request that starts
//! before the largest paint as holding that paint up, so a WebAssembly download started during the parse made
//! a page that paints in 0.8 s score as if it painted after the whole app had arrived. The app's files are
//! still fetched in parallel and checked against Trunk's integrity hashes.

/// The files and integrity hashes Trunk's loader names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    /// The JavaScript glue, as an absolute path (`/statuscodes-….js`).
    pub js: String,
    /// The WebAssembly, as an absolute path.
    pub wasm: String,
    /// Subresource integrity of the WebAssembly (`sha384-…`), when Trunk gave one.
    pub wasm_integrity: Option<String>,
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = start + text[start..].find(close)?;
    Some(&text[start..end])
}

/// The element `<tag …>` (or `<tag …>…</tag>`) starting with `open`, as a range in `html`.
fn element(html: &str, open: &str, close: &str) -> Option<std::ops::Range<usize>> {
    let start = html.find(open)?;
    let end = start + html[start..].find(close)? + close.len();
    Some(start..end)
}

/// Reads Trunk's loader out of the built page.
pub fn trunk_assets(html: &str) -> Option<Assets> {
    let script = &html[element(html, "<script type=\"module\">", "</script>")?];
    let js = between(script, "from '", "'")?.to_string();
    let wasm = between(script, "module_or_path: '", "'")?.to_string();
    let preload = element(html, "<link rel=\"preload\"", ">").map(|r| &html[r]);
    let wasm_integrity = preload
        .and_then(|p| between(p, "integrity=\"", "\""))
        .map(str::to_string);
    Some(Assets {
        js,
        wasm,
        wasm_integrity,
    })
}

/// The loading script: after the first contentful paint (or at once when the page waits hidden for the app, or
/// after 30 frames at most), fetch the WebAssembly and import the glue in parallel, start the app, and announce
/// it as Trunk does (`wasmBindings`, `TrunkApplicationStarted`).
pub fn script(assets: &Assets) -> String {
    let fetch_options = match &assets.wasm_integrity {
        Some(i) => format!(",{{integrity:{i:?}}}"),
        None => String::new(),
    };
    format!(
        "<script>(function(){{var n=0;function start(){{var w=fetch({wasm:?}{fetch_options});import({js:?}).then(function(m){{return m.default({{module_or_path:w}}).then(function(x){{window.wasmBindings=m;dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\",{{detail:{{wasm:x}}}}))}})}})}}function wait(){{if(performance.getEntriesByName(\"first-contentful-paint\").length||document.documentElement.classList.contains(\"pending\")||++n>30)setTimeout(start,0);else requestAnimationFrame(wait)}}wait()}})()</script>",
        wasm = assets.wasm,
        js = assets.js,
    )
}

/// Replaces Trunk's loader and preload hints with [`script`] at the end of the body. A page without Trunk's
/// loader is returned unchanged.
pub fn defer(html: &str) -> String {
    let Some(assets) = trunk_assets(html) else {
        return html.to_string();
    };
    let mut out = html.to_string();
    for (open, close) in [
        ("<script type=\"module\">", "</script>"),
        ("<link rel=\"modulepreload\"", ">"),
        ("<link rel=\"preload\"", ">"),
    ] {
        while let Some(range) = element(&out, open, close) {
            out.replace_range(range, "");
        }
    }
    match out.rfind("</body>") {
        Some(at) => {
            out.insert_str(at, &script(&assets));
            out
        }
        None => html.to_string(),
    }
}
