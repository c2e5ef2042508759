//! End to end: finding the code from whatever is in hand, in the real app: a pasted log line, a huge or
//! hostile paste, a search from the browser's address bar, and the constants and vendor numbers on code pages.

use crate::support::browser::Browser;
use crate::support::server::StaticServer;

/// Puts `text` in the search box as a paste does (one input event with the whole text).
async fn paste(b: &Browser, text: &str) {
    let quoted = serde_json::to_string(text).unwrap();
    b.js(&format!(
        "const i = document.getElementById('search-input'); i.focus(); i.value = {quoted}; \
         i.dispatchEvent(new InputEvent('input', {{ bubbles: true, inputType: 'insertFromPaste' }})); return null"
    ))
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pasted_log_line_shows_its_code_and_what_was_understood() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/codes/500", server.origin())).await;
    paste(&b, r#"203.0.113.9 - - [02/Dec/2026:10:15:32 +0000] "POST /api/upload HTTP/1.1" 413 183 "-" "curl/8.5.0""#).await;
    b.wait_for_js(
        "document.querySelector('.understood li') !== null",
        "the reading",
    )
    .await;
    let understood = b.text(".understood li").await;
    assert!(
        understood.contains("413 Content Too Large")
            && understood.contains("POST /api/upload → 413"),
        "{understood}"
    );
    assert_eq!(
        b.texts(".code-row:not([hidden]) .num")
            .await
            .first()
            .map(String::as_str),
        Some("413")
    );
    // A misspelt name still finds its code.
    paste(&b, "Unathorized").await;
    b.wait_for_js(
        "document.querySelector('.code-row:not([hidden]) .num')?.textContent === '401'",
        "the misspelt name's code",
    )
    .await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_huge_or_hostile_paste_stays_text_keeps_what_was_pasted_and_says_nothing_was_found() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/", server.origin())).await;
    let junk: String = (0..20_000)
        .map(|i| ['q', 'z', ' ', 'x', '-', 'k'][i % 6])
        .collect();
    paste(&b, &junk).await;
    b.wait_for_js(
        "document.querySelector('.understood.none') !== null",
        "the message that nothing names a code",
    )
    .await;
    let kept = b
        .js("return document.getElementById('search-input').value.length")
        .await;
    assert_eq!(
        kept.as_u64(),
        Some(20_000),
        "the paste stays in the box as pasted"
    );
    assert!(b
        .text(".understood.none")
        .await
        .contains("Only the first 2000 characters were read"));
    let hostile = "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script> HTTP/1.1 403 Forbidden";
    paste(&b, hostile).await;
    b.wait_for_js(
        "document.querySelector('.understood li a') !== null",
        "the reading",
    )
    .await;
    assert_eq!(
        b.js("return window.__pwned === undefined && !document.querySelector('main img')")
            .await
            .as_bool(),
        Some(true)
    );
    assert!(b.text(".understood").await.contains("403 Forbidden"));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_address_bar_searches_the_site_and_opens_a_code_it_names() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/", server.origin())).await;
    let href = b.js("return document.querySelector('link[rel=search][type=\"application/opensearchdescription+xml\"]').href").await;
    assert!(href.as_str().unwrap().ends_with("/opensearch.xml"));
    let description = b
        .client
        .execute_async(
            "fetch('/opensearch.xml').then(r => r.text()).then(arguments[0])",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        description
            .as_str()
            .unwrap()
            .contains("/?q={searchTerms}&amp;open=1"),
        "{description}"
    );
    b.open(&format!(
        "{}/?q=HTTPStatus.NOT_FOUND&open=1",
        server.origin()
    ))
    .await;
    b.wait_for_js(
        "location.pathname === '/codes/404'",
        "the code the constant names",
    )
    .await;
    b.open(&format!("{}/?q=not%20found&open=1", server.origin()))
        .await;
    b.wait_for_js(
        "location.search === '?q=not%20found'",
        "the catalog, filtered",
    )
    .await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn code_pages_list_the_constants_and_the_vendors_numbers_each_with_its_anchor() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/codes/422", server.origin())).await;
    let rack = b.text(".in-your-code .constant.obsolete").await;
    assert!(
        rack.contains(":unprocessable_entity") && rack.contains("use :unprocessable_content"),
        "{rack}"
    );
    b.open(&format!("{}/codes/403#iis-403-14", server.origin()))
        .await;
    assert!(b.text("#iis-403-14").await.contains("403.14"));
    assert!(b.text("#cloudflare-1020").await.contains("Error 1020"));
    // The search finds them by their own numbers and links to them.
    paste(&b, "HTTP Error 403.14 - Forbidden").await;
    b.wait_for_js(
        "document.querySelector('.understood li a') !== null",
        "the reading",
    )
    .await;
    let link = b
        .js("return document.querySelector('.understood li a').getAttribute('href')")
        .await;
    assert_eq!(link.as_str(), Some("/codes/403#iis-403-14"));
    b.close().await;
}
