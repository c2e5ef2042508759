//! End to end: after one visit the site works with the server gone, a new release replaces the old one when the
//! reader accepts it, the app installs, and a sub-path build works from its sub-path.

use crate::support::browser::Browser;
use crate::support::server::StaticServer;
use std::net::TcpStream;

/// Waits until a service worker controls the page and has finished installing the whole bundle.
async fn wait_for_worker(b: &Browser) {
    b.wait_for_js(
        "navigator.serviceWorker && navigator.serviceWorker.controller !== null",
        "a controlling service worker",
    )
    .await;
}

fn assert_refused(port: u16) {
    let result = TcpStream::connect(("127.0.0.1", port));
    assert!(
        result.is_err(),
        "the server is really gone: port {port} refuses connections"
    );
}

/// The route the page was prerendered for, or null for the app shell (which has none).
const PRERENDERED_ROUTE: &str =
    "return document.querySelector('meta[name=prerendered-route]')?.content ?? null";

#[tokio::test(flavor = "multi_thread")]
async fn a_visited_screen_comes_back_prerendered_even_offline() {
    let mut server = StaticServer::start(crate::support::dist_dir());
    let origin = server.origin();
    let b = Browser::start().await;
    b.open(&format!("{origin}/codes/403")).await;
    wait_for_worker(&b).await;
    // First time under the worker: the shell renders the screen, and the worker keeps its prerendered page.
    b.open(&format!("{origin}/codes/404")).await;
    assert_eq!(b.js(PRERENDERED_ROUTE).await, serde_json::Value::Null);
    b.wait_for_js(
        "caches.keys().then(keys => Promise.all(keys.map(k => caches.open(k).then(c => c.match('/codes/404'))))).then(found => { window.__kept = found.some(Boolean); }), window.__kept === true",
        "the page kept by the worker",
    )
    .await;
    // A host's fallback page for an unknown code is not kept: it was not rendered for that path.
    b.open(&format!("{origin}/codes/999")).await;
    server.stop();
    assert_refused(server.port());
    b.open(&format!("{origin}/codes/404")).await;
    assert_eq!(b.js(PRERENDERED_ROUTE).await.as_str(), Some("/codes/404"));
    assert_eq!(b.text("main h1").await, "404 Not Found");
    b.open(&format!("{origin}/codes/999")).await;
    assert_eq!(b.js(PRERENDERED_ROUTE).await, serde_json::Value::Null);
    assert_eq!(b.text("main h1").await, "Not found");
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_route_works_with_the_server_gone_after_one_visit() {
    let mut server = StaticServer::start(crate::support::dist_dir());
    let origin = server.origin();
    let b = Browser::start().await;
    b.open(&format!("{origin}/codes/403")).await;
    wait_for_worker(&b).await;
    b.click(".code-header .bookmark").await;

    server.stop();
    assert_refused(server.port());

    b.open(&format!("{origin}/codes/404")).await;
    assert_eq!(b.text("main h1").await, "404 Not Found");
    b.open(&format!("{origin}/?tag=security")).await;
    let rows = b.texts(".code-row:not([hidden]) .num").await;
    assert!(
        rows.len() > 3 && rows.contains(&"403".to_string()),
        "{rows:?}"
    );
    b.screenshot("offline-catalog-filtered").await;
    b.open(&format!("{origin}/bookmarks")).await;
    assert_eq!(
        b.texts(".bookmark-list .code-link").await,
        ["403 Forbidden"]
    );
    b.open(&format!("{origin}/codes/522")).await;
    b.click(".code-header .bookmark").await;
    b.open(&format!("{origin}/?q=payload%20too%20large")).await;
    b.wait_for_js(
        "document.querySelector('.code-row:not([hidden]) .num')?.textContent === '413'",
        "search offline",
    )
    .await;
    b.client.refresh().await.unwrap();
    b.wait_for_js(
        "document.querySelector('.site-nav .count')?.textContent === '2'",
        "bookmarks after an offline reload",
    )
    .await;
    b.open(&format!("{origin}/codes/999")).await;
    assert_eq!(b.text("main h1").await, "Not found");
    // Nothing reaches the network: a file the bundle does not have cannot be fetched.
    let probe = b
        .client
        .execute_async("const done = arguments[0]; fetch('/not-in-the-bundle.txt').then(() => done('fetched'), () => done('failed'));", vec![])
        .await
        .unwrap();
    assert_eq!(probe.as_str(), Some("failed"));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_release_replaces_the_old_one_when_the_reader_reloads() {
    let first = crate::support::dist_dir();
    let second = crate::support::update_dist_dir();
    let mut server = StaticServer::start(&first);
    let port = server.port();
    let origin = server.origin();
    let b = Browser::start().await;
    b.open(&format!("{origin}/codes/200")).await;
    wait_for_worker(&b).await;
    let old_version = b.text(".site-footer .version").await;
    assert!(!old_version.contains("update-test"), "{old_version}");
    let old_caches = b
        .client
        .execute_async("caches.keys().then(arguments[0])", vec![])
        .await
        .unwrap();
    assert_eq!(old_caches.as_array().map(Vec::len), Some(1), "{old_caches}");

    // The new release is deployed on the same origin.
    server.stop();
    let _server = StaticServer::start_on(&second, port);
    b.client.refresh().await.unwrap();
    b.wait_for_js("document.querySelector('main h1') !== null", "the page")
        .await;
    // Until the reader accepts, the page is wholly the old release.
    assert_eq!(b.text(".site-footer .version").await, old_version);
    b.wait_for_js(
        "document.querySelector('.update-offer') !== null",
        "the offer to reload",
    )
    .await;
    b.screenshot("update-offer").await;
    assert_eq!(b.text(".site-footer .version").await, old_version);
    b.click(".update-offer button").await;
    b.wait_for_js(
        "document.querySelector('.site-footer .version')?.textContent.includes('update-test')",
        "the new release after reloading",
    )
    .await;
    // Every file of the app now running belongs to the new build.
    let files = b.js("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => /\\.(js|wasm)$/.test(p))").await;
    let files: Vec<String> = serde_json::from_value(files).unwrap();
    assert!(!files.is_empty());
    for file in &files {
        assert!(
            second.join(file.trim_start_matches('/')).exists(),
            "{file} belongs to the new build"
        );
    }
    // The new worker deletes the old cache while it activates, which may finish after the page has reloaded.
    b.wait_for_async_js(
        "caches.keys().then(keys => keys.filter(k => k.startsWith('statuscodes-')).length === 1)",
        "the old release's cache to be deleted",
    )
    .await;
    let caches = b
        .client
        .execute_async("caches.keys().then(arguments[0])", vec![])
        .await
        .unwrap();
    let caches: Vec<String> = serde_json::from_value(caches).unwrap();
    assert_eq!(caches.len(), 1, "the old cache is deleted: {caches:?}");
    assert_ne!(serde_json::json!(caches), old_caches);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_can_be_installed() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/", server.origin())).await;
    let manifest = b
        .client
        .execute_async(
            "const done = arguments[0]; fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json()).then(done, e => done(String(e)));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["start_url"], "./");
    assert!(manifest["name"].as_str().is_some_and(|n| !n.is_empty()));
    assert!(manifest["short_name"]
        .as_str()
        .is_some_and(|n| n.len() <= 12));
    assert!(manifest["theme_color"].is_string() && manifest["background_color"].is_string());
    let icons = manifest["icons"].as_array().unwrap();
    for size in ["192x192", "512x512"] {
        let icon = icons
            .iter()
            .find(|i| i["sizes"] == size && i["type"] == "image/png")
            .expect("an icon of that size");
        let script = format!(
            "const done = arguments[0]; const img = new Image(); img.onload = () => done(img.naturalWidth + 'x' + img.naturalHeight); img.onerror = () => done('missing'); img.src = new URL({}, document.querySelector('link[rel=manifest]').href).href;",
            icon["src"]
        );
        let loaded = b.client.execute_async(&script, vec![]).await.unwrap();
        assert_eq!(loaded.as_str(), Some(size));
    }
    assert!(icons.iter().any(|i| i["purpose"] == "maskable"));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_offline_indicator_shows_while_the_device_is_offline() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.open(&format!("{}/codes/418", server.origin())).await;
    assert!(b.texts(".offline-badge").await.is_empty());
    let conditions = |offline: bool| serde_json::json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 });
    b.cdp("Network.enable", serde_json::json!({})).await;
    b.cdp("Network.emulateNetworkConditions", conditions(true))
        .await;
    b.wait_for_js(
        "document.querySelector('.offline-badge') !== null",
        "the indicator",
    )
    .await;
    b.screenshot("offline-indicator").await;
    assert!(b.text(".offline-badge").await.contains("Offline"));
    assert_eq!(
        b.text("main h1").await,
        "418 (Unused)",
        "the page is untouched"
    );
    b.cdp("Network.emulateNetworkConditions", conditions(false))
        .await;
    b.wait_for_js(
        "document.querySelector('.offline-badge') === null",
        "the indicator gone",
    )
    .await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sub_path_build_works_from_its_sub_path_deep_links_and_offline_included() {
    let mut server =
        StaticServer::start_under(crate::support::sub_path_dist_dir(), 0, "/http-codes");
    let origin = server.origin();
    let b = Browser::start().await;
    b.open(&format!("{origin}/http-codes/codes/403")).await;
    assert_eq!(b.text("main h1").await, "403 Forbidden");
    let hrefs = b.js("return Array.from(document.querySelectorAll('main a[href^=\"/\"], header a[href^=\"/\"]')).map(a => a.getAttribute('href'))").await;
    for href in hrefs.as_array().unwrap() {
        assert!(href.as_str().unwrap().starts_with("/http-codes/"), "{href}");
    }
    b.click(".section-tags a").await;
    b.wait_for_js(
        "location.pathname === '/http-codes/' && location.search.startsWith('?tag=')",
        "a filtered catalog under the sub-path",
    )
    .await;
    let manifest = b
        .js("return document.querySelector('link[rel=manifest]').href")
        .await;
    assert_eq!(
        manifest.as_str(),
        Some(format!("{origin}/http-codes/manifest.webmanifest").as_str())
    );
    wait_for_worker(&b).await;
    let scope = b
        .client
        .execute_async(
            "navigator.serviceWorker.ready.then(r => arguments[0](r.scope))",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        scope.as_str(),
        Some(format!("{origin}/http-codes/").as_str())
    );
    server.stop();
    b.open(&format!("{origin}/http-codes/bookmarks")).await;
    assert_eq!(b.text("main h1").await, "Bookmarks");
    b.open(&format!("{origin}/http-codes/codes/451")).await;
    assert!(b
        .text("main h1")
        .await
        .starts_with("451 Unavailable For Legal Reasons"));
    b.close().await;
}
