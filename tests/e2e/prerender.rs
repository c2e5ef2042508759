//! End to end: every screen arrives as readable HTML, the app takes it over with identical content and no layout
//! shift, and a prerendered page that is not the one asked for never shows first.

use crate::support::browser::Browser;
use crate::support::server::StaticServer;
use serde_json::json;
use std::io::{Read, Write};
use std::net::TcpStream;

/// The raw HTML the server sends for a path, before any script runs.
fn raw_html(server: &StaticServer, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", server.port())).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    s.read_to_string(&mut response).unwrap();
    response
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_is_in_the_html_before_any_script_runs() {
    let server = StaticServer::start(crate::support::dist_dir());
    let page = raw_html(&server, "/codes/403");
    assert!(page.contains("<title>403 Forbidden - what it means and how to fix it</title>"));
    assert!(
        page.contains(">403 Forbidden</h1>"),
        "the heading is in the HTML"
    );
    assert!(page.contains("Common causes"));
    let summary = statuscodes::catalog::text::plain(
        &statuscodes::catalog::code(403).unwrap().primary().summary,
    );
    let description = format!(
        r#"<meta name="description" content="{}">"#,
        summary.replace('"', "&quot;")
    );
    assert!(
        page.contains(&description),
        "the code's summary describes it"
    );
    let catalog = raw_html(&server, "/");
    assert!(catalog.contains(">HTTP status codes</h1>") && catalog.contains(">Bad Gateway<"));
    let bookmarks = raw_html(&server, "/bookmarks");
    assert!(bookmarks.contains(">Bookmarks</h1>"));
    assert!(
        !bookmarks.contains("no bookmarks yet"),
        "no empty state the reader's own list would replace"
    );
    for code in statuscodes::catalog::codes() {
        let page = raw_html(&server, &format!("/codes/{}", code.number));
        let heading = code.heading();
        assert!(
            page.contains(&format!(">{}</h1>", heading.replace('&', "&amp;"))),
            "{heading}"
        );
    }
}

/// Records the page's layout shifts with their time and what moved, from where to where, so a failure says what
/// to fix.
const SHIFT_OBSERVER: &str = "window.__shifts = []; \
    window.__shiftObserver = new PerformanceObserver(list => { for (const e of list.getEntries()) { \
    const r = x => [x.x, x.y, x.width, x.height].map(Math.round).join(','); \
    const moved = (e.sources || []).map(s => { const n = s.node; \
    const name = n ? (n.nodeName + (n.id ? '#' + n.id : '') + (n.className ? '.' + String(n.className).split(' ').join('.') : '')) : '?'; \
    return name + ' ' + r(s.previousRect) + ' -> ' + r(s.currentRect) + ' at ' + Math.round(e.startTime); }); \
    window.__shifts.push({ t: e.startTime, value: e.value, moved }); } }); \
    window.__shiftObserver.observe({ type: 'layout-shift', buffered: true });";

/// The layout shift from the take-over on, what moved then, and the shift before it (while the HTML was still
/// arriving and being parsed, as it would for any static page).
const SHIFTS_BY_THE_APP: &str = "for (const e of window.__shiftObserver.takeRecords()) window.__shifts.push({ t: e.startTime, value: e.value, moved: [] }); \
    const t = performance.getEntriesByName('take-over')[0].startTime; \
    const sum = list => list.reduce((a, s) => a + s.value, 0); \
    const after = window.__shifts.filter(s => s.t >= t), before = window.__shifts.filter(s => s.t < t); \
    return [sum(after), after.flatMap(s => s.moved), sum(before), before.flatMap(s => s.moved)];";

#[tokio::test(flavor = "multi_thread")]
async fn the_app_takes_over_with_identical_content_and_no_layout_shift() {
    let server = StaticServer::start(crate::support::dist_dir());
    // (The bookmarks page is left out: below its heading it shows the reader's own list, which no build can know.)
    for path in ["/codes/403", "/codes/499", "/", "/codes/511"] {
        // What a reader sees before the WebAssembly runs...
        let b = Browser::start().await;
        b.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        )
        .await;
        b.client
            .goto(&format!("{}{path}", server.origin()))
            .await
            .unwrap();
        // The bookmark count is the reader's own data, unknown when the page was built: leave it out.
        let read = "document.querySelector('.site-nav .count').textContent = ''; \
                    return document.querySelector('#app').innerText";
        let before = b.js(read).await;
        b.close().await;
        // ...is exactly what the app shows once it has taken over.
        let b = Browser::start().await;
        b.run_before_every_page(SHIFT_OBSERVER).await;
        // Slower than any phone, so the page paints while it is still being parsed and the app starts late.
        b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 6 }))
            .await;
        b.open(&format!("{}{path}", server.origin())).await;
        b.wait_for_js(
            "performance.getEntriesByName('app-ready').length > 0",
            "the take-over",
        )
        .await;
        // Shifts are measured on frames drawn after the take-over, and delivered after them.
        b.after_frames(3).await;
        // (Read before blanking the count below, which moves things itself.) Shifts while a long page is still
        // being parsed on a slow CPU (a chip wrapping once its text has arrived) are the page's own, as they
        // would be for static HTML; the take-over must add none.
        let shifts = b.js(SHIFTS_BY_THE_APP).await;
        let by_app = shifts[0].as_f64().unwrap();
        assert!(
            by_app < 0.001,
            "{path}: layout shift {by_app} from the take-over on: {}; before it: {} {}",
            shifts[1],
            shifts[2],
            shifts[3]
        );
        let after = b.js(read).await;
        assert_eq!(
            before, after,
            "{path}: identical content before and after the take-over"
        );
        assert_eq!(b.texts("#app").await.len(), 1, "one app root");
        b.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_take_over_keeps_the_text_that_depends_only_on_the_build_and_builds_the_controls() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    b.block_webassembly(true).await;
    b.client
        .goto(&format!("{}/codes/403", server.origin()))
        .await
        .unwrap();
    // Every prerendered node gets a mark: a node the app kept still has it afterwards, one it built cannot.
    let prerendered = b
        .js("const all = document.querySelectorAll('#app *'); \
             for (const e of all) e.__prerendered = true; \
             return document.querySelectorAll('[data-kept] *').length")
        .await
        .as_u64()
        .unwrap();
    assert!(
        prerendered > 300,
        "403's text, constants and vendor numbers are kept parts: {prerendered} nodes"
    );
    b.block_webassembly(false).await;
    b.start_app_in_page(&crate::support::dist_dir()).await;
    b.wait_for_js(
        "performance.getEntriesByName('app-ready').length > 0",
        "the take-over",
    )
    .await;
    let seen = b
        .js("const kept = [...document.querySelectorAll('[data-kept] *')]; \
             const from = css => document.querySelector(css).__prerendered === true; \
             return [kept.length, kept.filter(e => e.__prerendered).length, from('#iis-403-14'), \
                     from('.section-causes li'), from('.code-header .bookmark'), from('.section-wire button.copy'), \
                     from('#search-input')]")
        .await;
    assert_eq!(
        seen,
        json!([prerendered, prerendered, true, true, false, true, false]),
        "[kept nodes, of them prerendered, IIS 403.14 kept, a cause kept, Bookmark built, Copy kept (one handler \
         serves it), search built]"
    );
    // The app started without the entries' long text: the page it arrived on already shows it.
    let fetched_texts =
        "return performance.getEntriesByType('resource').some(e => e.name.includes('/texts-'))";
    assert_eq!(
        b.js(fetched_texts).await,
        json!(false),
        "the take-over does not download the long text"
    );
    // What the app built works: the Bookmark button is the app's own.
    b.click(".code-header .bookmark").await;
    b.wait_for_js(
        "document.querySelector('.code-header .bookmark').getAttribute('aria-pressed') === 'true'",
        "the bookmark to be saved",
    )
    .await;
    // Moving to another code builds every part of it, kept parts included.
    b.click(".related a[href$='/codes/401']").await;
    b.wait_for_js(
        "document.querySelector('h1').textContent.startsWith('401')",
        "the page of 401",
    )
    .await;
    let built = b
        .js(
            "const kept = [...document.querySelectorAll('[data-kept] *')]; \
             return [kept.length > 100, kept.some(e => e.__prerendered), \
                     document.querySelectorAll('.section-causes li').length > 0]",
        )
        .await;
    assert_eq!(
        built,
        json!([true, false, true]),
        "401's parts, all built by the app"
    );
    assert_eq!(
        b.js(fetched_texts).await,
        json!(true),
        "the first page built downloads the long text"
    );
    // (The page's own loader failed to fetch the WebAssembly held back above; that is the test's doing.)
    let errors = b.console_errors().await;
    assert!(
        !errors.iter().any(|e| e.contains("kept part")),
        "every kept part found its place: {errors:?}"
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_prerendered_page_that_is_not_the_one_asked_for_stays_hidden_until_the_app_renders() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    // Without the WebAssembly the app never takes over, which shows what the pre-paint script decided.
    b.block_webassembly(true).await;
    b.client
        .goto(&format!("{}/codes/403", server.origin()))
        .await
        .unwrap();
    let state = b.js("return [document.documentElement.classList.contains('pending'), getComputedStyle(document.getElementById('app')).visibility]").await;
    assert_eq!(
        state,
        json!([false, "visible"]),
        "the right page shows at once"
    );
    b.client
        .goto(&format!("{}/?tag=security", server.origin()))
        .await
        .unwrap();
    let state = b.js("return [document.documentElement.classList.contains('pending'), getComputedStyle(document.getElementById('app')).visibility]").await;
    assert_eq!(
        state,
        json!([true, "hidden"]),
        "the unfiltered catalog does not show for a filtered address"
    );
    // A host answering an unknown path with index.html: the catalog must not show for /codes/999 either.
    b.client
        .goto(&format!("{}/codes/999", server.origin()))
        .await
        .unwrap();
    assert_eq!(
        b.js("return document.documentElement.classList.contains('pending')")
            .await,
        json!(true),
        "a host's fallback page is hidden"
    );
    // The app shell (what the service worker answers navigations with, and GitHub Pages unknown paths) has
    // nothing to show: marked as waiting for the app, which then starts at once rather than after a first
    // paint that never comes.
    b.client
        .goto(&format!("{}/404.html", server.origin()))
        .await
        .unwrap();
    assert_eq!(
        b.js("return [document.documentElement.classList.contains('pending'), document.getElementById('app').childElementCount]")
            .await,
        json!([true, 0]),
        "the shell waits for the app"
    );
    // If the app cannot start at all, the hidden page still shows after a few seconds.
    b.client
        .goto(&format!("{}/?q=x", server.origin()))
        .await
        .unwrap();
    b.wait_for_js(
        "getComputedStyle(document.getElementById('app')).visibility === 'visible'",
        "the page after the fallback delay",
    )
    .await;
    b.close().await;

    // With the app running, the filtered view replaces it and nothing stays hidden.
    let b = Browser::start().await;
    b.open(&format!("{}/?tag=security", server.origin())).await;
    let state = b.js("return [document.documentElement.classList.contains('pending'), document.querySelector('a.chip.selected').textContent]").await;
    assert_eq!(state, json!([false, "Security"]));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn text_typed_before_the_app_starts_is_kept() {
    let server = StaticServer::start(crate::support::dist_dir());
    let b = Browser::start().await;
    // Hold the WebAssembly back so the reader types into the prerendered page first.
    b.block_webassembly(true).await;
    b.client
        .goto(&format!("{}/codes/200", server.origin()))
        .await
        .unwrap();
    let input = b
        .client
        .find(fantoccini::Locator::Css("#search-input"))
        .await
        .unwrap();
    input.send_keys("teapot").await.unwrap();
    b.block_webassembly(false).await;
    b.start_app_in_page(&crate::support::dist_dir()).await;

    b.wait_for_js("location.search === '?q=teapot'", "the search carried over")
        .await;
    b.wait_for_js(
        "document.querySelector('.code-row:not([hidden]) .num')?.textContent === '418'",
        "its result",
    )
    .await;
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("search-input")
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn search_engines_and_link_previews_find_what_they_read() {
    let server = StaticServer::start(crate::support::dist_dir());
    let robots = raw_html(&server, "/robots.txt");
    assert!(
        robots.contains("Sitemap: ") && !robots.contains("<html"),
        "robots.txt is a file of its own: {robots}"
    );
    let sitemap = raw_html(&server, "/sitemap.xml");
    assert!(
        sitemap.contains("<urlset")
            && sitemap.contains("/codes/403</loc>")
            && sitemap.contains("/guide</loc>")
    );
    let page = raw_html(&server, "/codes/403");
    for tag in [
        r#"<link rel="canonical" href=""#,
        r#"<meta property="og:title""#,
        r#"<meta name="twitter:card""#,
    ] {
        assert!(page.contains(tag), "{tag}");
    }
    let ld = page
        .split(r#"<script type="application/ld+json">"#)
        .nth(1)
        .and_then(|s| s.split("</script>").next());
    let data: serde_json::Value =
        serde_json::from_str(ld.expect("structured data")).expect("JSON-LD is JSON");
    assert_eq!(data["@type"], "BreadcrumbList");
    assert!(page.contains(r#""@type":"FAQPage""#));
    // Questions are headings a screen reader moves between.
    assert!(page.contains(r#"<h3 class="question">"#));
}

/// A copy of the bundle in `dist` at `to`.
fn copy_bundle(dist: &std::path::Path, to: &std::path::Path) {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(dist).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_bundle(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_whose_long_text_cannot_be_read_says_so_and_reads_it_when_asked_again() {
    // A host that lost the file of the entries' long text (and so no service worker could precache it).
    let dist = crate::support::dist_dir();
    let site = std::env::temp_dir().join(format!("statuscodes-no-texts-{}", std::process::id()));
    copy_bundle(&dist, &site);
    let texts: Vec<std::path::PathBuf> = std::fs::read_dir(&site)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("texts-")
        })
        .collect();
    assert!(
        !texts.is_empty(),
        "the bundle has the file of the long text"
    );
    let aside = site.join("aside");
    std::fs::create_dir_all(&aside).unwrap();
    for t in &texts {
        std::fs::rename(t, aside.join(t.file_name().unwrap())).unwrap();
    }
    let server = StaticServer::start(&site);
    let b = Browser::start().await;
    // The page's requests go to the host, not to a service worker that may have cached the host's answer.
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))
        .await;
    b.open(&format!("{}/codes/403", server.origin())).await;
    // The page it arrived on needs nothing more.
    assert!(!b.texts(".section-causes li").await.is_empty());
    b.click(".related a[href$='/codes/401']").await;
    b.wait_for_js(
        "document.querySelector('h1').textContent.startsWith('401') && document.querySelector('.text-missing') !== null",
        "401's page to say its text could not be loaded",
    )
    .await;
    // Once for the page, in place of the overview's text; the sections that need it wait.
    let said = b.texts(".text-missing").await;
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("could not be loaded"), "{said:?}");
    assert!(!b.texts(".section-overview .text-missing").await.is_empty());
    assert!(b.texts(".section-causes").await.is_empty());
    // The heading, the summary, the constants and the controls are all there without it.
    assert!(!b.texts(".code-header .bookmark").await.is_empty());
    assert!(b.text(".summary.lead").await.contains("credentials"));
    // The file is back: asking again shows every section.
    for t in &texts {
        std::fs::rename(aside.join(t.file_name().unwrap()), t).unwrap();
    }
    b.click(".text-missing button").await;
    b.wait_for_js(
        "document.querySelectorAll('.section-causes li').length > 0 && document.querySelector('.text-missing') === null",
        "every section of 401 once the text could be read",
    )
    .await;
    assert!(!b.texts(".section-wire pre").await.is_empty());
    b.close().await;
    let _ = std::fs::remove_dir_all(&site);
}
