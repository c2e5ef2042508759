//! End to end, the promises to every reader: keyboard use, accessibility in both themes, a strict
//! Content-Security-Policy, hostile URLs, bookmarks moving between tabs and files, small screens and paper.

use crate::support::browser::Browser;
use crate::support::server::StaticServer;
use fantoccini::key::Key;
use fantoccini::Locator;

async fn setup() -> (StaticServer, Browser) {
    (
        StaticServer::start(crate::support::dist_dir()),
        Browser::start().await,
    )
}

async fn assert_no_console_errors(b: &Browser) {
    let errors = b.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

async fn active_id(b: &Browser) -> String {
    b.js("return document.activeElement ? (document.activeElement.id || document.activeElement.tagName) : ''")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_keyboard_journey_search_highlight_open_and_help() {
    let (server, b) = setup().await;
    b.open(&format!("{}/codes/200", server.origin())).await;
    b.press('/').await;
    assert_eq!(
        active_id(&b).await,
        "search-input",
        "/ focuses the search box"
    );
    b.type_text("gateway").await;
    b.wait_for_js(
        "location.pathname === '/' && location.search === '?q=gateway'",
        "the catalog filtered",
    )
    .await;
    b.wait_for_js(
        "document.querySelector('.code-row.highlighted .num')?.textContent === '502'",
        "the best match highlighted",
    )
    .await;
    assert_eq!(
        active_id(&b).await,
        "search-input",
        "typing keeps the focus in the box"
    );

    b.press(Key::Down.into()).await;
    b.wait_for_js(
        "document.querySelector('.code-row.highlighted .num')?.textContent === '504'",
        "the next match",
    )
    .await;
    b.press(Key::Up.into()).await;
    b.press(Key::Up.into()).await;
    b.wait_for_js(
        "document.querySelector('.code-row.highlighted .num')?.textContent === '502'",
        "back at the top",
    )
    .await;
    b.press(Key::Down.into()).await;
    b.press(Key::Enter.into()).await;
    b.wait_for_js(
        "location.pathname === '/codes/504'",
        "the highlighted code opened",
    )
    .await;
    b.wait_for_js(
        "document.activeElement && document.activeElement.tagName === 'H1'",
        "focus on the new heading",
    )
    .await;

    // Back to the search, then Escape clears it and leaves the box.
    b.client.back().await.unwrap();
    b.wait_for_js("location.search === '?q=gateway'", "the search again")
        .await;
    b.press('s').await;
    assert_eq!(active_id(&b).await, "search-input");
    b.press(Key::Escape.into()).await;
    b.wait_for_js(
        "location.search === '' && document.activeElement.id !== 'search-input'",
        "cleared and left",
    )
    .await;

    // Shortcuts stay quiet while typing in a field: '?' typed into the search is text.
    b.press('/').await;
    b.type_text("?").await;
    let help_open = b
        .js("return document.querySelector('dialog.help').open")
        .await;
    assert_eq!(help_open.as_bool(), Some(false));
    b.press(Key::Escape.into()).await;

    // '?' elsewhere opens the help, listing every shortcut from the same table; Escape closes it.
    b.js("document.activeElement.blur(); return null").await;
    b.press('?').await;
    b.wait_for_js("document.querySelector('dialog.help').open", "the help")
        .await;
    let keys = b.texts("dialog.help tbody tr").await;
    assert_eq!(keys.len(), statuscodes::shortcuts::SHORTCUTS.len());
    assert!(keys.iter().any(|k| k.contains("Search the codes")));
    b.press(Key::Escape.into()).await;
    b.wait_for_js(
        "!document.querySelector('dialog.help').open",
        "the help closed",
    )
    .await;

    // 'b' on a code page bookmarks it.
    b.open(&format!("{}/codes/429", server.origin())).await;
    b.press('b').await;
    b.wait_for_js(
        "document.querySelector('.code-header .bookmark').getAttribute('aria-pressed') === 'true'",
        "bookmarked by key",
    )
    .await;
    assert_no_console_errors(&b).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_control_is_reachable_with_tab_and_shows_a_focus_ring() {
    let (server, b) = setup().await;
    b.open(&format!("{}/codes/404", server.origin())).await;
    b.js("document.activeElement.blur(); return null").await;
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..40 {
        b.press(Key::Tab.into()).await;
        let info = b
            .js("const e = document.activeElement; const s = getComputedStyle(e);
                 return [e.tagName + '|' + (e.getAttribute('aria-label') || e.textContent.trim().slice(0, 30)),
                         s.outlineStyle, s.outlineWidth];")
            .await;
        let info: Vec<String> = serde_json::from_value(info).unwrap();
        assert_ne!(info[1], "none", "{} has a visible focus ring", info[0]);
        assert_ne!(info[2], "0px", "{} has a visible focus ring", info[0]);
        seen.insert(info[0].clone());
    }
    for expected in [
        "A|Skip to content",
        "INPUT|",
        "SELECT|",
        "BUTTON|Bookmark 404",
    ] {
        assert!(
            seen.iter().any(|s| s.starts_with(expected)),
            "{expected} in {seen:#?}"
        );
    }
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn no_serious_accessibility_violation_in_either_theme() {
    let (server, b) = setup().await;
    let pages = [
        "/",
        "/?q=timeout",
        "/codes/403",
        "/codes/499",
        "/bookmarks",
        "/codes/999",
        "/guide",
        "/guide/created",
        "/compare/401-403",
    ];

    for scheme in ["light", "dark"] {
        b.emulate_media(false, &[("prefers-color-scheme", scheme)])
            .await;
        for page in pages {
            b.open(&format!("{}{page}", server.origin())).await;
            let violations = b.axe_serious_violations().await;
            assert!(violations.is_empty(), "{page} in {scheme}: {violations:#?}");
            assert_eq!(b.texts("h1").await.len(), 1, "{page} has one h1");
            let landmarks = b.js("return ['header', 'nav', 'main', 'footer'].every(t => document.querySelector(t))").await;
            assert_eq!(landmarks.as_bool(), Some(true), "{page} has its landmarks");
        }
    }
    // The manual switch overrides the system and is remembered, applied before the app starts.
    b.emulate_media(false, &[("prefers-color-scheme", "light")])
        .await;
    b.open(&format!("{}/codes/404", server.origin())).await;
    b.client
        .find(Locator::Css(".theme-switch select"))
        .await
        .unwrap()
        .select_by_value("dark")
        .await
        .unwrap();
    b.wait_for_js(
        "document.documentElement.dataset.theme === 'dark'",
        "the dark theme",
    )
    .await;
    let bg = b
        .js("return getComputedStyle(document.body).backgroundColor")
        .await;
    assert_eq!(bg.as_str(), Some("rgb(20, 23, 27)"));
    b.client.refresh().await.unwrap();
    b.wait_for_js(
        "document.documentElement.dataset.theme === 'dark'",
        "remembered after reload",
    )
    .await;
    // (After a reload the service worker answers with the app shell, which shows nothing until the app runs.)
    b.wait_for_app().await;
    assert_eq!(
        b.js("return document.querySelector('.theme-switch select').value")
            .await
            .as_str(),
        Some("dark")
    );
    assert_eq!(b.axe_serious_violations().await, Vec::<String>::new());
    assert_no_console_errors(&b).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_content_security_policy_blocks_what_we_did_not_ship_and_reports_nothing_for_our_own() {
    let (server, b) = setup().await;
    for page in ["/", "/codes/403", "/bookmarks", "/nowhere"] {
        b.open(&format!("{}{page}", server.origin())).await;
        let csp = b
            .js("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
            .await;
        let csp = csp.as_str().unwrap_or_default().to_string();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-")
                && !csp.contains("unsafe-inline"),
            "{csp}"
        );
    }
    assert_no_console_errors(&b).await;
    // An injected inline script does not run: the policy is really enforced.
    b.js("document.addEventListener('securitypolicyviolation', e => { window.__violated = e.violatedDirective; }); \
          const s = document.createElement('script'); s.textContent = 'window.__injected = true'; document.body.appendChild(s); return null").await;
    b.wait_for_js(
        "window.__violated !== undefined",
        "the policy to refuse the injected script",
    )
    .await;
    assert_eq!(
        b.js("return window.__injected === true").await.as_bool(),
        Some(false)
    );
    let errors = b.console_errors().await;
    assert!(
        errors.iter().any(|e| e.contains("Content Security Policy")),
        "the violation is reported: {errors:?}"
    );
    // External links open safely.
    let unsafe_links = b.js("return Array.from(document.querySelectorAll('a[href^=http]')).filter(a => !/noopener/.test(a.rel)).length").await;
    assert_eq!(unsafe_links.as_i64(), Some(0));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_and_malformed_urls_get_a_sensible_page() {
    let (server, b) = setup().await;
    let markup = "%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E";
    b.open(&format!("{}/?q={markup}", server.origin())).await;
    assert!(b
        .text(".empty")
        .await
        .contains("<img src=x onerror=window.__pwned=1>"));
    b.open(&format!(
        "{}/?tag={markup}&tag=security&class=%3Cb%3E",
        server.origin()
    ))
    .await;
    let notice = b.text(".catalog .notice").await;
    assert!(
        notice.contains("Ignored unknown tag “<img src=x onerror=window.__pwned=1>”"),
        "{notice}"
    );
    assert!(notice.contains("class “<b>”"), "{notice}");
    assert!(
        b.texts(".code-row:not([hidden]) .num").await.len() > 3,
        "the known tag still filters"
    );
    let long = "x".repeat(5000);
    b.open(&format!("{}/?q={long}&tag={long}", server.origin()))
        .await;
    assert!(
        b.text(".catalog .notice").await.chars().count() < 200,
        "long values are shortened"
    );
    for path in [
        "/codes/4%2503",
        "/codes/%E2%80%AE403",
        "/codes/403%00",
        "/codes/0x193",
        "/%F0%9F%92%A5",
    ] {
        b.open(&format!("{}{path}", server.origin())).await;
        assert_eq!(b.text("main h1").await, "Not found", "{path}");
    }
    assert_eq!(
        b.js("return window.__pwned === undefined && !document.querySelector('main img')")
            .await
            .as_bool(),
        Some(true)
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bookmark_made_in_one_tab_appears_in_the_other() {
    let (server, b) = setup().await;
    b.open(&format!("{}/bookmarks", server.origin())).await;
    let first = b.client.window().await.unwrap();
    let second = b.client.new_window(true).await.unwrap().handle;
    b.client.switch_to_window(second).await.unwrap();
    b.open(&format!("{}/codes/503", server.origin())).await;
    b.click(".code-header .bookmark").await;
    b.client.switch_to_window(first).await.unwrap();
    b.wait_for_js(
        "document.querySelectorAll('.bookmark-list > li').length === 1",
        "the other tab's bookmark",
    )
    .await;
    assert!(b
        .text(".bookmark-list")
        .await
        .contains("503 Service Unavailable"));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bookmarks_export_to_a_file_and_import_into_another_browser() {
    let server = StaticServer::start(crate::support::dist_dir());
    let downloads = std::env::temp_dir().join(format!("statuscodes-downloads-{}", server.port()));
    let _ = std::fs::remove_dir_all(&downloads);
    std::fs::create_dir_all(&downloads).unwrap();
    let a = Browser::start_downloading_to(&downloads).await;
    for code in ["401", "429"] {
        a.open(&format!("{}/codes/{code}", server.origin())).await;
        a.click(".code-header .bookmark").await;
    }
    a.open(&format!("{}/bookmarks", server.origin())).await;
    a.click(".transfer button").await;
    let file = downloads.join("http-status-bookmarks.json");
    for _ in 0..100 {
        if file.exists() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let exported = std::fs::read_to_string(&file).expect("the export was downloaded");
    assert!(
        exported.contains("\"code\":401") && exported.contains("\"code\":429"),
        "{exported}"
    );
    a.close().await;

    let b = Browser::start().await;
    b.open(&format!("{}/codes/404", server.origin())).await;
    b.click(".code-header .bookmark").await;
    b.open(&format!("{}/bookmarks", server.origin())).await;
    let input = b
        .client
        .find(Locator::Css(".transfer input[type=file]"))
        .await
        .unwrap();
    input.send_keys(&file.display().to_string()).await.unwrap();
    b.wait_for_js(
        "document.querySelectorAll('.bookmark-list > li').length === 3",
        "merged, not replaced",
    )
    .await;
    assert!(b
        .text(".notices")
        .await
        .contains("Imported 2 new bookmarks"));

    // A bad file: a clear message, and the three bookmarks stay.
    let bad = downloads.join("not-bookmarks.json");
    std::fs::write(&bad, "<html>definitely not bookmarks</html>").unwrap();
    let input = b
        .client
        .find(Locator::Css(".transfer input[type=file]"))
        .await
        .unwrap();
    input.send_keys(&bad.display().to_string()).await.unwrap();
    b.wait_for_js(
        "document.querySelector('.notices').textContent.includes('it is not JSON')",
        "the message",
    )
    .await;
    assert_eq!(b.texts(".bookmark-list > li").await.len(), 3);
    let huge = downloads.join("huge.json");
    std::fs::write(&huge, "[".to_string() + &"404,".repeat(200_000) + "404]").unwrap();
    let input = b
        .client
        .find(Locator::Css(".transfer input[type=file]"))
        .await
        .unwrap();
    input.send_keys(&huge.display().to_string()).await.unwrap();
    b.wait_for_js(
        "document.querySelector('.notices').textContent.includes('far larger')",
        "the size message",
    )
    .await;
    b.client.refresh().await.unwrap();
    b.wait_for_js(
        "document.querySelectorAll('.bookmark-list > li').length === 3",
        "still three after reload",
    )
    .await;
    assert_no_console_errors(&b).await;
    b.close().await;
    let _ = std::fs::remove_dir_all(&downloads);
}

#[tokio::test(flavor = "multi_thread")]
async fn narrow_phones_and_paper_get_a_layout_that_fits() {
    let (server, b) = setup().await;
    b.client.set_window_size(320, 800).await.unwrap();
    for page in ["/", "/codes/431", "/bookmarks", "/codes/999"] {
        b.open(&format!("{}{page}", server.origin())).await;
        let overflow = b.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
        assert_eq!(
            overflow.as_i64(),
            Some(0),
            "{page} fits 320 px without scrolling sideways"
        );
    }
    b.open(&format!("{}/codes/403", server.origin())).await;
    b.emulate_media(true, &[]).await;
    let hidden = b
        .js("return ['.site-header', '.site-footer', '.code-header .bookmark', '.breadcrumb'].map(s => getComputedStyle(document.querySelector(s)).display)")
        .await;
    assert_eq!(
        hidden,
        serde_json::json!(["none", "none", "none", "none"]),
        "no navigation chrome on paper"
    );
    let shown = b
        .js("return getComputedStyle(document.querySelector('main h1')).display")
        .await;
    assert_eq!(shown.as_str(), Some("block"));
    b.close().await;
}
