//! End to end: the release bundle served as a static host serves it, driven in a real headless Chromium.
//! Run by the README's test command after `trunk build --release`.

use crate::support::browser::Browser;
use crate::support::server::StaticServer;
use fantoccini::Locator;

/// One browser and one server for a journey; each test starts from an empty profile.
async fn setup() -> (StaticServer, Browser) {
    let server = StaticServer::start(crate::support::dist_dir());
    let browser = Browser::start().await;
    (server, browser)
}

async fn assert_no_console_errors(b: &Browser) {
    let errors = b.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deep_link_opens_the_code_page_with_every_section() {
    let (server, b) = setup().await;
    b.open(&format!("{}/codes/403", server.origin())).await;
    assert_eq!(b.text("main h1").await, "403 Forbidden");
    assert_eq!(
        b.client.title().await.unwrap(),
        "403 Forbidden - what it means and how to fix it"
    );
    let h2s = b.texts("main h2").await;
    for section in [
        "Overview",
        "Key details",
        "Common causes",
        "How to fix it",
        "Protocol facts",
        "Frequently asked questions",
        "Tags",
        "Related codes",
    ] {
        assert!(h2s.iter().any(|h| h == section), "{section} in {h2s:?}");
    }
    assert_eq!(b.texts("main h1").await.len(), 1);
    let spec = b
        .js("return document.querySelector('.facts a[href*=\"rfc9110\"]').href")
        .await;
    assert_eq!(
        spec.as_str(),
        Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4")
    );
    let tag_links = b.js("return Array.from(document.querySelectorAll('.section-tags a')).map(a => a.getAttribute('href'))").await;
    assert!(
        tag_links
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h == "/?tag=security"),
        "{tag_links}"
    );
    let related = b.texts(".related .num").await;
    assert!(
        related.contains(&"401".to_string()) && related.contains(&"404".to_string()),
        "{related:?}"
    );
    assert_no_console_errors(&b).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn in_app_navigation_between_every_kind_of_screen_shows_each_one_whole() {
    let (server, b) = setup().await;
    b.open(&format!("{}/", server.origin())).await;
    // Code to code (the same screen with new content), to not-found and back, and between screens, the way
    // links inside the app go: without a reload, each screen must show its own heading and content.
    let journey = [
        ("/codes/100", "100 Continue"),
        ("/codes/101", "101 Switching Protocols"),
        ("/codes/999", "Not found"),
        ("/codes/102", "102 Processing"),
        ("/", "HTTP status codes"),
        ("/bookmarks", "Bookmarks"),
        ("/codes/404", "404 Not Found"),
        ("/nowhere", "Not found"),
        ("/codes/403", "403 Forbidden"),
        ("/?q=40", "HTTP status codes"),
        ("/codes/abc", "Not found"),
        ("/codes/500", "500 Internal Server Error"),
    ];
    for (path, heading) in journey {
        b.js(&format!(
            "const a = document.createElement('a'); a.href = '{path}'; document.body.appendChild(a); a.click(); a.remove(); return null"
        ))
        .await;
        b.wait_for_js(
            &format!("document.querySelector('main h1')?.textContent === '{heading}'"),
            &format!("{heading} at {path}"),
        )
        .await;
        if let Some(code) = path
            .strip_prefix("/codes/")
            .filter(|_| heading != "Not found")
        {
            let overview = b.text(".meaning .overview, main article p").await;
            assert!(!overview.is_empty(), "{path} has content");
            let button = b
                .js("return document.querySelector('.code-header button.bookmark').getAttribute('aria-label')")
                .await;
            assert_eq!(button.as_str(), Some(format!("Bookmark {code}").as_str()));
        }
    }
    assert_no_console_errors(&b).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn searching_by_number_former_name_and_vendor_shows_the_best_match_first() {
    let (server, b) = setup().await;
    b.open(&format!("{}/", server.origin())).await;
    let input = b
        .client
        .find(Locator::Css("input[type=search]"))
        .await
        .unwrap();
    let label = b
        .js("return document.querySelector('label[for=search-input]').textContent")
        .await;
    assert_eq!(label.as_str(), Some("Search status codes"));

    input.send_keys("payload too large").await.unwrap();
    b.wait_for_js(
        "location.search === '?q=payload%20too%20large'",
        "the query in the URL",
    )
    .await;
    b.wait_for_js(
        "document.querySelector('.code-row:not([hidden]) .num')?.textContent === '413'",
        "413 first",
    )
    .await;

    input.clear().await.unwrap();
    input.send_keys("cloudflare").await.unwrap();
    b.wait_for_js(
        "document.querySelector('.code-row:not([hidden]) .num')?.textContent === '520'",
        "Cloudflare codes",
    )
    .await;
    let nums = b.texts(".code-row:not([hidden]) .num").await;
    assert!(nums.iter().all(|n| n.starts_with('5')), "{nums:?}");
    assert!(b.text(".result-count").await.contains("match"));

    input.clear().await.unwrap();
    input.send_keys("zzzz nothing").await.unwrap();
    b.wait_for_js(
        "document.querySelector('.empty h2') !== null",
        "the empty state",
    )
    .await;
    b.click(".empty a.button").await;
    b.wait_for_js(
        "location.search === '' && document.querySelectorAll('.code-row:not([hidden]) .num').length > 50",
        "the full list",
    )
    .await;
    assert_no_console_errors(&b).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tag_in_the_url_filters_and_back_returns_to_the_full_list() {
    let (server, b) = setup().await;
    b.open(&format!("{}/", server.origin())).await;
    let all = b.texts(".code-row:not([hidden]) .num").await.len();
    b.js("window.__sameDocument = true; return null").await;
    b.click("a.chip[href='/?tag=security']").await;
    b.wait_for_js("location.search === '?tag=security'", "the tag in the URL")
        .await;
    b.wait_for_js(
        &format!("document.querySelectorAll('.code-row:not([hidden]) .num').length < {all}"),
        "fewer rows",
    )
    .await;
    let still_same_document = b.js("return window.__sameDocument === true").await;
    assert_eq!(
        still_same_document.as_bool(),
        Some(true),
        "in-app links navigate without a reload"
    );
    let rows = b.js("return Array.from(document.querySelectorAll('.code-row:not([hidden])')).map(r => Array.from(r.querySelectorAll('.tags a')).map(a => a.textContent))").await;
    for row in rows.as_array().unwrap() {
        assert!(
            row.as_array().unwrap().iter().any(|t| t == "Security"),
            "{row}"
        );
    }
    assert_eq!(
        b.js("return document.querySelector('a.chip.selected').textContent")
            .await
            .as_str(),
        Some("Security")
    );

    b.client.back().await.unwrap();
    b.wait_for_js(
        &format!("document.querySelectorAll('.code-row:not([hidden]) .num').length === {all}"),
        "the full list again",
    )
    .await;

    b.open(&format!(
        "{}/?tag=security&tag=authentication&class=4xx",
        server.origin()
    ))
    .await;
    let nums = b.texts(".code-row:not([hidden]) .num").await;
    assert!(
        !nums.is_empty() && nums.iter().all(|n| n.starts_with('4')),
        "{nums:?}"
    );
    assert_no_console_errors(&b).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bookmark_survives_a_reload_and_can_be_removed() {
    let (server, b) = setup().await;
    b.open(&format!("{}/codes/403", server.origin())).await;
    let button = "main .code-header button.bookmark";
    assert_eq!(
        b.js(&format!(
            "return document.querySelector('{button}').getAttribute('aria-pressed')"
        ))
        .await,
        "false"
    );
    assert_eq!(
        b.js(&format!(
            "return document.querySelector('{button}').getAttribute('aria-label')"
        ))
        .await,
        "Bookmark 403"
    );
    b.click(button).await;
    b.wait_for_js(
        &format!("document.querySelector('{button}').getAttribute('aria-pressed') === 'true'"),
        "pressed",
    )
    .await;
    assert_eq!(
        b.js(&format!(
            "return document.querySelector('{button}').getAttribute('aria-label')"
        ))
        .await,
        "Remove bookmark 403"
    );

    b.client.refresh().await.unwrap();
    b.wait_for_js(
        &format!("document.querySelector('{button}')?.getAttribute('aria-pressed') === 'true'"),
        "still pressed after reload",
    )
    .await;

    b.open(&format!("{}/codes/404", server.origin())).await;
    b.click(button).await;
    b.open(&format!("{}/bookmarks", server.origin())).await;
    let listed = b.texts(".bookmark-list .code-link").await;
    assert_eq!(
        listed,
        ["404 Not Found", "403 Forbidden"],
        "most recent first"
    );

    b.click("button[aria-label='Remove bookmark 404']").await;
    b.wait_for_js(
        "document.querySelectorAll('.bookmark-list > li').length === 1",
        "one left",
    )
    .await;
    b.client.refresh().await.unwrap();
    b.wait_for_js(
        "document.querySelectorAll('.bookmark-list > li').length === 1",
        "still one after reload",
    )
    .await;
    b.click("button[aria-label='Remove bookmark 403']").await;
    b.wait_for_js(
        "document.querySelector('.bookmarks-page .empty') !== null",
        "the empty state",
    )
    .await;
    assert!(b.text(".bookmarks-page .empty").await.contains("Bookmark"));
    assert_no_console_errors(&b).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_and_malformed_codes_show_not_found_with_suggestions() {
    let (server, b) = setup().await;
    for (path, near) in [
        ("/codes/999", "5"),
        ("/codes/abc", ""),
        ("/no/such/page", ""),
        ("/codes/%3Cscript%3E", ""),
    ] {
        b.open(&format!("{}{path}", server.origin())).await;
        assert_eq!(b.text("main h1").await, "Not found", "{path}");
        let suggestions = b.texts(".not-found .num").await;
        assert!(!suggestions.is_empty(), "{path} suggests codes");
        assert!(
            suggestions.iter().all(|n| n.starts_with(near)),
            "{path}: {suggestions:?}"
        );
        assert!(b.client.title().await.unwrap().starts_with("Not found"));
    }
    assert_no_console_errors(&b).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_console_check_sees_errors() {
    // The other tests assert an empty console; this proves the check would see an error if there were one.
    let (server, b) = setup().await;
    b.open(&format!("{}/", server.origin())).await;
    b.js("console.error('deliberate test error'); return null")
        .await;
    let errors = b.console_errors().await;
    assert!(
        errors.iter().any(|e| e.contains("deliberate test error")),
        "{errors:?}"
    );
    b.close().await;
}
