//! End to end: every code page shows a real exchange and a curl command as text that keeps its line breaks,
//! scrolls sideways on a phone instead of widening the page, and copies (or, when the browser refuses the
//! clipboard, selects itself for the reader to copy).

use crate::support::browser::Browser;
use crate::support::server::StaticServer;
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn the_exchange_is_text_with_its_line_breaks_and_the_headers_the_code_needs() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/codes/401", server.origin())).await;
    let response = b
        .js("const f = [...document.querySelectorAll('.section-wire figure')].find(f => f.querySelector('figcaption').textContent.startsWith('Response')); return f.querySelector('pre').textContent")
        .await;
    let response = response.as_str().unwrap_or_default().to_string();
    let lines: Vec<&str> = response.lines().collect();
    assert!(lines[0].starts_with("HTTP/1.1 401"), "{response}");
    assert!(
        lines.iter().any(|l| l.starts_with("WWW-Authenticate: ")),
        "{response}"
    );
    // Bodies that hold HTML are shown as text: the block contains no elements but its <code>.
    b.open(&format!("{}/codes/502", server.origin())).await;
    let markup = b
        .js("return [...document.querySelectorAll('.section-wire pre')].map(p => [p.children.length, p.firstElementChild.children.length, p.textContent.includes('<')])")
        .await;
    for block in markup.as_array().unwrap() {
        assert_eq!(block[0], 1, "one <code> per block: {markup}");
        assert_eq!(block[1], 0, "nothing inside it is markup: {markup}");
    }
    assert!(
        markup.as_array().unwrap().iter().any(|b| b[2] == true),
        "an HTML error page shows as text: {markup}"
    );
    let curl = b.text(".section-curl pre").await;
    assert!(curl.starts_with("curl "), "{curl}");
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_long_lines_scroll_inside_their_block_and_the_page_keeps_its_width() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start_with(&["--window-size=390,844"]).await;
    for page in ["/codes/460", "/codes/403", "/codes/522"] {
        b.open(&format!("{}{page}", server.origin())).await;
        let widths = b
            .js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth, Math.max(...[...document.querySelectorAll('.wire pre')].map(p => p.scrollWidth - p.clientWidth))]")
            .await;
        let [page_width, viewport, overflow] = [0, 1, 2].map(|i| widths[i].as_i64().unwrap());
        assert!(
            page_width <= viewport,
            "{page}: the page is {page_width} px wide in a {viewport} px window"
        );
        assert!(overflow > 0, "{page}: a long line scrolls inside its block");
    }
    b.screenshot("wire-phone").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_copy_button_copies_and_says_so_or_selects_the_text_when_the_clipboard_is_refused() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    let origin = server.origin();
    b.cdp(
        "Browser.grantPermissions",
        json!({ "origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
    )
    .await;
    b.open(&format!("{origin}/codes/429")).await;
    let command = b.text(".section-curl pre").await;
    b.click(".section-curl .copy").await;
    b.wait_for_js(
        "document.querySelector('.section-curl .copy').textContent === 'Copied'",
        "the button to say Copied",
    )
    .await;
    let pasted = b
        .client
        .execute_async(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('refused: ' + e))",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(pasted.as_str(), Some(command.as_str()));

    // A browser that refuses the clipboard: the text is selected instead, and the button says how to copy it.
    b.cdp(
        "Browser.setPermission",
        json!({ "origin": origin, "permission": { "name": "clipboard-write" }, "setting": "denied" }),
    )
    .await;
    b.js("Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }); return null")
        .await;
    b.click(".section-wire .copy").await;
    b.wait_for_js(
        "document.querySelector('.section-wire .copy').textContent.startsWith('Selected')",
        "the button to say the text is selected",
    )
    .await;
    let selected = b.js("return window.getSelection().toString()").await;
    let first_block = b.text(".section-wire pre").await;
    assert_eq!(
        selected.as_str().map(str::trim_end),
        Some(first_block.trim_end())
    );
    b.close().await;
}
