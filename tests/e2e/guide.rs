//! End to end: the guide walked by links and by keyboard to a code, and the comparison pages reached from both
//! of their codes' pages.

use crate::support::browser::Browser;
use crate::support::server::StaticServer;
use fantoccini::key::Key;

async fn heading(b: &Browser) -> String {
    b.text("main h1").await
}

/// Waits until the page heading is no longer `before`.
async fn next_heading(b: &Browser, before: &str) -> String {
    let quoted = serde_json::to_string(before).unwrap();
    b.wait_for_js(
        &format!("document.querySelector('main h1') && document.querySelector('main h1').textContent !== {quoted}"),
        "the next step of the guide",
    )
    .await;
    heading(b).await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_guide_is_walked_by_links_from_the_header_to_a_code_and_back() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/", server.origin())).await;
    b.click(".site-nav a[href='/guide']").await;
    b.wait_for_js("location.pathname === '/guide'", "the guide")
        .await;
    let mut h1 = heading(&b).await;
    let first = h1.clone();
    assert_eq!(
        b.client.title().await.unwrap(),
        "Which status code should I return? - HTTP status codes"
    );
    let mut steps = 0;
    // Always the first answer: some path must end on a code within a few questions.
    while !h1.starts_with("Return ") {
        b.click(".answers li:first-child a").await;
        h1 = next_heading(&b, &h1).await;
        steps += 1;
        assert!(steps < 10, "the guide ends on a code");
    }
    assert!(b
        .js("return document.querySelector('.outcome-actions a.button').getAttribute('href')")
        .await
        .as_str()
        .unwrap()
        .starts_with("/codes/"));
    let alternatives = b.texts(".alternatives li").await;
    assert!(!alternatives.is_empty(), "close alternatives are offered");
    // Every step has its own address, so Back walks back through them.
    b.client.back().await.unwrap();
    let back = next_heading(&b, &h1).await;
    assert!(!back.starts_with("Return "), "{back}");
    b.click(".guide-hint a").await;
    assert_eq!(next_heading(&b, &back).await, first, "start over");
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_guide_is_walked_by_keyboard_alone() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/guide", server.origin())).await;
    let mut h1 = heading(&b).await;
    // A number key picks that answer; the arrows move between answers and Enter follows the focused one.
    b.press('2').await;
    h1 = next_heading(&b, &h1).await;
    let mut presses = 0;
    while !h1.starts_with("Return ") {
        b.press(Key::Down.into()).await;
        let focused = b
            .js("return document.activeElement.classList.contains('answer')")
            .await;
        assert_eq!(focused.as_bool(), Some(true), "↓ moves to an answer");
        b.press(Key::Enter.into()).await;
        h1 = next_heading(&b, &h1).await;
        presses += 1;
        assert!(presses < 10, "the guide ends on a code");
    }
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_comparison_opens_from_both_of_its_codes_and_from_the_guide() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    for code in ["401", "403"] {
        b.open(&format!("{}/codes/{code}", server.origin())).await;
        b.click(".confused a[href='/compare/401-403']").await;
        b.wait_for_js("location.pathname === '/compare/401-403'", "the comparison")
            .await;
        assert_eq!(heading(&b).await, "401 Unauthorized vs 403 Forbidden");
        let columns = b.texts(".compare-table thead th").await;
        assert_eq!(columns, ["401 Unauthorized", "403 Forbidden"]);
        assert!(b.texts(".compare-table tbody tr").await.len() >= 3);
    }
    // The three redirects people mix up share one page.
    b.open(&format!("{}/compare/302-303-307", server.origin()))
        .await;
    assert_eq!(b.texts(".compare-table thead th").await.len(), 3);
    // Unknown comparisons and guide steps are not found, with suggestions.
    b.open(&format!("{}/compare/401-999", server.origin()))
        .await;
    assert_eq!(heading(&b).await, "Not found");
    b.open(&format!("{}/guide/no-such-step", server.origin()))
        .await;
    assert_eq!(heading(&b).await, "Not found");
    b.close().await;
}
