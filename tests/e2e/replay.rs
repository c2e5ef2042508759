//! Nothing the reader does before the app has started is lost (`statuscodes::replay`): taps and shortcut keys
//! made on the prerendered page are carried out once the app runs, in order and once; a control that cannot
//! wait says so.

use crate::support::browser::Browser;
use crate::support::server::StaticServer;
use serde_json::json;

/// What the early script holds: whether the app has taken over, and how many actions wait for it.
async fn early(b: &Browser) -> serde_json::Value {
    b.js("return [window.__early.ready, window.__early.queue.length]")
        .await
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_slow_phone_a_tap_on_bookmark_and_slash_made_at_once_are_both_kept() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start_impatient().await;
    b.emulate_slow_phone().await;
    b.client
        .goto(&format!("{}/codes/403", server.origin()))
        .await
        .unwrap();
    // As soon as the button shows, a person's tap (a real click, through WebDriver), then "/".
    b.wait_for_js(
        "document.querySelector('.code-header .bookmark') && getComputedStyle(document.querySelector('#app')).visibility === 'visible'",
        "the prerendered Bookmark button",
    )
    .await;
    b.click(".code-header .bookmark").await;
    assert_eq!(
        early(&b).await,
        json!([false, 1]),
        "the tap came before the app and is kept"
    );
    b.press('/').await;
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("search-input"),
        "'/' focuses the search at once, before the app"
    );
    b.wait_for_js("window.__early.ready", "the app").await;
    b.wait_for_js(
        "document.querySelector('.code-header .bookmark').getAttribute('aria-pressed') === 'true'",
        "the kept tap carried out",
    )
    .await;
    assert_eq!(
        b.js("return JSON.parse(localStorage.getItem('http-status-reference.bookmarks.v1')).bookmarks.map(b => b.code)").await,
        json!([403]),
        "saved once"
    );
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("search-input"),
        "the search box kept the focus through the take-over"
    );
    assert_eq!(early(&b).await, json!([true, 0]));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn taps_menus_and_keys_made_before_the_app_are_carried_out_in_order_once() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    // Hold the WebAssembly back, so that everything below happens on the prerendered page.
    b.block_webassembly(true).await;
    b.client
        .goto(&format!("{}/codes/429", server.origin()))
        .await
        .unwrap();
    // Bookmark twice (on, then off), then a third time: once carried out, each toggles once, so it ends on.
    for _ in 0..3 {
        b.click(".code-header .bookmark").await;
    }
    // The second Copy button, by its position among them.
    b.js("document.querySelectorAll('button.copy')[1].click(); return null")
        .await;
    // The theme menu, as a person picks from it.
    let select = b
        .client
        .find(fantoccini::Locator::Css(".theme-switch select"))
        .await
        .unwrap();
    select.select_by_value("dark").await.unwrap();
    // The search sent before the app runs does not reload the page and lose the text.
    b.click("#search-input").await;
    b.type_text("teapot").await;
    b.press('\u{E007}').await; // Enter
    assert_eq!(early(&b).await, json!([false, 6]));
    assert!(
        b.js("return document.querySelectorAll('.queued').length >= 2")
            .await
            .as_bool()
            .unwrap(),
        "kept taps show they are on their way"
    );
    b.screenshot("replay-queued").await;
    b.block_webassembly(false).await;
    b.start_app_in_page(&crate::support::dist_dir()).await;
    b.wait_for_js("window.__early.ready", "the app").await;
    b.wait_for_js("location.search === '?q=teapot'", "the search sent")
        .await;
    // The search's result list replaced the code page, so the rest is read from what each action left.
    let stored = b
        .js("return [localStorage.getItem('http-status-reference.bookmarks.v1'), localStorage.getItem('http-status-reference.theme.v1'), document.documentElement.dataset.theme]")
        .await;
    assert!(
        stored[0].as_str().unwrap().contains("429"),
        "bookmarked: {stored}"
    );
    assert_eq!(stored[1], json!("\"dark\""));
    assert_eq!(stored[2], json!("dark"));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_copy_tap_and_the_help_key_are_carried_out_on_the_same_control_and_the_file_chooser_says_wait(
) {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.block_webassembly(true).await;

    // On the bookmarks page, the file chooser cannot wait for the app: a tap says so, visibly. This comes first:
    // once an app has run, its service worker answers a page it has not kept with the app shell, which is
    // empty until the app renders it.
    b.client
        .goto(&format!("{}/bookmarks", server.origin()))
        .await
        .unwrap();
    b.click(".file-button").await;
    let said = b
        .js("const l = document.querySelector('.file-button'); return [l.dataset.status, getComputedStyle(l, '::after').content]")
        .await;
    assert!(
        said[0].as_str().unwrap().starts_with("Starting up"),
        "{said}"
    );
    assert!(said[1].as_str().unwrap().contains("Starting up"), "{said}");
    b.screenshot("replay-not-ready").await;

    b.client
        .goto(&format!("{}/codes/301", server.origin()))
        .await
        .unwrap();
    b.js("document.querySelectorAll('button.copy')[1].click(); return null")
        .await;
    b.press('?').await;
    assert_eq!(early(&b).await, json!([false, 2]));
    b.block_webassembly(false).await;
    b.start_app_in_page(&crate::support::dist_dir()).await;
    b.wait_for_js("window.__early.ready", "the app").await;
    b.wait_for_js(
        "document.querySelector('dialog.help').open",
        "the help, from '?'",
    )
    .await;
    let labels = b.texts("button.copy").await;
    assert_eq!(labels[0], "Copy", "{labels:?}");
    assert_ne!(
        labels[1], "Copy",
        "the second block's button did it: {labels:?}"
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_catalogs_rows_are_kept_at_the_take_over_with_bookmark_buttons_that_show_the_list_and_work(
) {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.block_webassembly(true).await;
    let home = format!("{}/", server.origin());
    b.client.goto(&home).await.unwrap();
    // A bookmark saved on an earlier visit (format 0, a plain list), then the page as it arrives again.
    b.js("localStorage.setItem('http-status-reference.bookmarks.v1', '[404]'); return null")
        .await;
    b.client.goto(&home).await.unwrap();
    let button = |code: u16| format!("li[data-code='{code}'] button.bookmark");
    // The prerendered page knows no bookmarks; mark its buttons to tell them apart from any the app builds.
    assert_eq!(
        b.js(&format!(
            "const all = document.querySelectorAll('button.bookmark'); all.forEach(x => x.__prerendered = true); return [all.length, document.querySelector(\"{}\").getAttribute('aria-pressed')]",
            button(404)
        ))
        .await,
        json!([b.js("return document.querySelectorAll('li.code-row').length").await, "false"]),
    );
    b.click(&button(418)).await;
    assert_eq!(early(&b).await, json!([false, 1]));
    b.block_webassembly(false).await;
    b.start_app_in_page(&crate::support::dist_dir()).await;
    b.wait_for_js("window.__early.ready", "the app").await;
    let state = |code: u16| {
        format!(
            "(() => {{ const x = document.querySelector(\"{}\"); return [x.__prerendered === true, x.getAttribute('aria-pressed'), x.getAttribute('aria-label'), x.textContent.trim()]; }})()",
            button(code)
        )
    };
    b.wait_for_js(
        &format!("{}[1] === 'true'", state(404)),
        "the stored bookmark shown on its kept row",
    )
    .await;
    assert_eq!(
        b.js(&format!("return {}", state(404))).await,
        json!([true, "true", "Remove bookmark 404", "Bookmarked"]),
        "the prerendered button was kept and now shows the list"
    );
    assert_eq!(
        b.js(&format!("return {}", state(418))).await,
        json!([true, "true", "Remove bookmark 418", "Bookmarked"]),
        "the tap made before the app was carried out on the kept button"
    );
    assert_eq!(
        b.js("return [document.querySelectorAll('.queued').length, document.querySelectorAll('button.bookmark[aria-pressed=true]').length, document.querySelectorAll('button.bookmark').length === document.querySelectorAll('li.code-row').length]").await,
        json!([0, 2, true]),
        "no tap still shows as waiting, and only the two bookmarks show pressed"
    );
    // A press on a kept button, now the app's.
    b.click(&button(404)).await;
    b.wait_for_js(
        &format!("{}[1] === 'false'", state(404)),
        "the bookmark removed",
    )
    .await;
    assert_eq!(
        b.js("return JSON.parse(localStorage.getItem('http-status-reference.bookmarks.v1')).bookmarks.map(b => b.code)").await,
        json!([418])
    );
    b.close().await;
}
