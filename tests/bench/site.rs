//! The benchmark: `cargo bench --features postbuild --bench site` (the README's `.ci/bench` builds the release
//! bundle first).
//!
//! It serves `dist/` on loopback and drives headless Chromium, then reports side by side:
//! 1. the first visit to `/codes/403`: every request the server answered (service worker precache included), its
//!    raw and brotli size, and the total;
//! 2. time from navigation start to the page's `<h1>` in the document, for the app and for the same page saved as
//!    plain static HTML (rendered DOM, CSS inlined, no scripts), medians of alternating runs in fresh browsers,
//!    unthrottled and with the CPU slowed 4x, with where the app's time goes;
//!    2b. a phone (1.6 Mbit/s, 150 ms round trip, CPU 4x): time to the `<h1>`, a tap on Bookmark made as soon as
//!    it shows and when it takes effect, taps kept, where the time goes, and the bytes before the app is ready;
//! 3. one keystroke in the search box over the whole catalog, median over a fixed list of queries;
//!    3b. typing as Interaction to Next Paint counts it (real key presses, Event Timing), against the catalog
//!    saved as static HTML with a plain-JS filter, and a 20,000-character paste;
//! 4. wasm memory and JS heap after each of three sweeps over every code page, beside a plain page that only
//!    changes its URL the same way;
//! 5. the Lighthouse performance score of a code page, when `lighthouse` is installed.
//!
//! Numbers, not assertions: a benchmark reports; the tests decide.

#[path = "../e2e/support/mod.rs"]
mod support;

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;
use support::browser::Browser;
use support::server::StaticServer;

/// Alternating runs per page and throttling setting (`BENCH_RUNS` overrides).
const RUNS: usize = 31;

/// Searches typed, one keystroke each, over the whole catalog.
const QUERIES: [&str; 16] = [
    "4",
    "40",
    "404",
    "5",
    "not",
    "not found",
    "gateway",
    "timeout",
    "cloudflare",
    "payload too large",
    "auth",
    "rate limit",
    "teapot",
    "x",
    "nginx",
    "cache",
];

/// Records when the first `<h1>` enters the document, when a code page's Bookmark button first shows pressed,
/// the first tap, and the wasm instance Trunk announces.
const PROBE: &str = "(() => {
    const seen = () => {
      if (!window.__h1 && document.querySelector('h1')) { window.__h1 = performance.now(); }
      if (!window.__pressed && document.querySelector('.code-header .bookmark[aria-pressed=true]')) { window.__pressed = performance.now(); }
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-pressed'] });
    document.addEventListener('click', () => { if (!window.__tap) window.__tap = performance.now(); }, true);
    addEventListener('TrunkApplicationStarted', e => { window.__wasm = e.detail.wasm; });
})();";

/// The size a CDN would send: the same brotli settings as the build's own `.br` copies.
fn brotli_size(bytes: &[u8]) -> usize {
    statuscodes::postbuild::compress::brotli(bytes).len()
}

/// The timed runs: `BENCH_RUNS`, or [`RUNS`].
fn runs() -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(RUNS)
}

/// The lowest and highest of `values`.
fn bounds(values: &[f64]) -> (f64, f64) {
    values
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), x| (l.min(*x), h.max(*x)))
}

/// The lowest and highest of `values`, as "lo–hi" in whole units.
fn range(values: &[f64]) -> String {
    let (lo, hi) = bounds(values);
    format!("{lo:.0}–{hi:.0}")
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

fn kib(bytes: usize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// One measured visit on a fresh origin: every run gets its own server on a new port, so nothing is cached for
/// it (HTTP cache, compiled code, storage and service workers are all kept per origin), while the browser itself
/// stays warm: starting a browser for each run made the timings swing by half. Returns the time from navigation
/// start to the `<h1>`, and where the app's time went.
async fn timed_visit(b: &Browser, dir: &Path, path: &str) -> (f64, [f64; 3]) {
    let server = StaticServer::start(dir);
    b.client
        .goto(&format!("{}{path}", server.origin()))
        .await
        .expect("navigation");
    b.wait_for_js("window.__h1 !== undefined", "the heading")
        .await;
    // Where the app's time goes (a page without the app has no marks).
    b.wait_for_js(
        "performance.getEntriesByName('app-ready').length > 0 || !Array.from(document.scripts).some(s => s.textContent.includes('TrunkApplicationStarted'))",
        "the app",
    )
    .await;
    let m = b
        .js("const w = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'));
             const s = performance.getEntriesByName('app-start')[0];
             const t = performance.getEntriesByName('take-over')[0];
             const r = performance.getEntriesByName('app-ready')[0];
             return [window.__h1, w ? w.responseEnd : null, s ? s.startTime : null, t && r ? r.startTime - t.startTime : null];")
        .await;
    let n = |i: usize| m[i].as_f64().unwrap_or(f64::NAN);
    b.client.goto("about:blank").await.expect("blank page");
    (n(0), [n(1), n(2), n(3)])
}

/// A browser that runs `PROBE` in every page it opens.
async fn probed_browser() -> Browser {
    let b = Browser::start().await;
    b.client.goto("about:blank").await.expect("a blank page");
    b.run_before_every_page(PROBE).await;
    b
}

/// Saves a page of the bundle (`/codes/403`, say) as plain static HTML in a copy of the bundle: the DOM as
/// rendered, the stylesheet inlined, every script removed, then `script` (if any) added at the end of the body.
/// Returns the copy's path.
async fn static_snapshot(
    origin: &str,
    dist: &Path,
    into: &Path,
    page: &str,
    script: &str,
) -> String {
    let b = Browser::start().await;
    b.open(&format!("{origin}{page}")).await;
    let html = b
        .client
        .execute(
            "const d = document.documentElement.cloneNode(true);
             d.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], meta[http-equiv]').forEach(e => e.remove());
             const css = d.querySelector('link[rel=stylesheet]');
             const style = document.createElement('style');
             style.textContent = Array.from(document.styleSheets).flatMap(s => Array.from(s.cssRules)).map(r => r.cssText).join('\\n');
             if (css) css.replaceWith(style);
             d.classList.remove('pending');
             if (arguments[0]) { const s = document.createElement('script'); s.textContent = arguments[0]; d.querySelector('body').append(s); }
             return '<!doctype html>\\n' + d.outerHTML;",
            vec![json!(script)],
        )
        .await
        .expect("the page saved");
    b.close().await;
    let name = format!(
        "static-snapshot{}.html",
        page.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
    copy_dir(dist, into);
    std::fs::write(into.join(&name), html.as_str().expect("the page's HTML"))
        .expect("snapshot written");
    format!("/{name}")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("snapshot folder");
    for entry in std::fs::read_dir(from).expect("dist readable") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copied");
        }
    }
}

async fn first_visit_bytes(dist: &Path) {
    let server = StaticServer::start(dist);
    let b = Browser::start().await;
    b.open(&format!("{}/codes/403", server.origin())).await;
    b.wait_for_js(
        "navigator.serviceWorker.controller !== null",
        "the service worker in control",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    b.close().await;
    println!("\n## 1. First visit to /codes/403 (everything, service worker precache included)\n");
    println!("| request | raw | brotli | sent by the server |\n|---|---:|---:|---:|");
    let (mut raw, mut br, mut sent) = (0, 0, 0);
    for served in server.requests() {
        let bytes = std::fs::read(&served.file).unwrap_or_default();
        let compressed = brotli_size(&bytes);
        raw += bytes.len();
        br += compressed;
        sent += served.bytes;
        println!(
            "| {} | {} | {} | {} |",
            served.target,
            kib(bytes.len()),
            kib(compressed),
            kib(served.bytes)
        );
    }
    println!(
        "| **total** | **{}** | **{}** | **{}** |",
        kib(raw),
        kib(br),
        kib(sent)
    );
    let wasm = std::fs::read_dir(dist)
        .expect("dist")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "wasm"))
        .expect("a wasm file");
    let bytes = std::fs::read(&wasm).expect("wasm");
    println!(
        "\nOf which the WebAssembly, which the app needs to start (its code and the catalog without the entries' \
         long text, which is the `texts-` file): {} raw, {} brotli.",
        kib(bytes.len()),
        kib(brotli_size(&bytes))
    );
}

async fn time_to_content(dist: &Path) {
    let snapshot_dir = std::env::temp_dir().join("statuscodes-bench-snapshot");
    let _ = std::fs::remove_dir_all(&snapshot_dir);
    let server = StaticServer::start(dist);
    let snapshot = static_snapshot(&server.origin(), dist, &snapshot_dir, "/codes/403", "").await;
    drop(server);
    // BENCH_PAGE measures another page of the bundle against the same snapshot (for experiments).
    let page = std::env::var("BENCH_PAGE").unwrap_or_else(|_| "/codes/403".into());
    let runs = runs();
    println!("\n## 2. Time from navigation start to the <h1> in the document (median of {runs} alternating runs)\n");
    println!("| CPU | app | static HTML | app / static | app: wasm loaded | app: started | app: take-over |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let b = probed_browser().await;
    for throttle in [1.0, 4.0] {
        b.cdp(
            "Emulation.setCPUThrottlingRate",
            json!({ "rate": throttle }),
        )
        .await;
        // One visit of each first, not counted: the browser's first use of each kind of page warms it up.
        timed_visit(&b, &snapshot_dir, &page).await;
        timed_visit(&b, &snapshot_dir, &snapshot).await;
        let (mut app, mut plain) = (Vec::new(), Vec::new());
        let (mut wasm_end, mut started, mut take_over) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let (t, [w, s, r]) = timed_visit(&b, &snapshot_dir, &page).await;
            app.push(t);
            wasm_end.push(w);
            started.push(s);
            take_over.push(r);
            plain.push(timed_visit(&b, &snapshot_dir, &snapshot).await.0);
        }
        let (a, s) = (median(&mut app), median(&mut plain));
        if std::env::var_os("BENCH_VERBOSE").is_some() {
            eprintln!("app    {app:.1?}\nstatic {plain:.1?}");
        }
        println!(
            "| {throttle}x | {a:.1} ms | {s:.1} ms | **{:.2}** | {:.1} ms | {:.1} ms | {:.1} ms |",
            a / s,
            median(&mut wasm_end),
            median(&mut started),
            median(&mut take_over)
        );
    }
    b.close().await;
    println!(
        "\nThe app's page is prerendered, so its <h1> arrives with the HTML; the WebAssembly then loads, starts \
         (compile and instantiate; the catalog is static data, so there is nothing to decode) and takes over."
    );
}

/// A phone on a mobile link (1.6 Mbit/s, 150 ms round trip, CPU 4x), first visits on fresh origins: time to the
/// `<h1>`, a tap on Bookmark made as soon as the button shows and when it takes effect (the button shows
/// pressed), whether it was kept, when the app is ready, and the bytes that arrived before it was.
async fn phone(dist: &Path) {
    let runs = runs().min(15);
    let b = Browser::start_impatient().await;
    b.client.goto("about:blank").await.expect("a blank page");
    b.run_before_every_page(PROBE).await;
    b.emulate_slow_phone().await;
    let (mut h1, mut tap, mut effect, mut ready, mut bytes) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut wasm_start, mut wasm_end, mut started) = (Vec::new(), Vec::new(), Vec::new());
    let mut kept = 0;
    for _ in 0..runs {
        let server = StaticServer::start(dist);
        b.client
            .goto(&format!("{}/codes/403", server.origin()))
            .await
            .expect("navigation");
        b.wait_for_js(
            "document.querySelector('.code-header .bookmark') && getComputedStyle(document.getElementById('app')).visibility === 'visible'",
            "the Bookmark button",
        )
        .await;
        b.click(".code-header .bookmark").await;
        b.wait_for_js(
            "performance.getEntriesByName('app-ready').length > 0",
            "the app",
        )
        .await;
        // A kept tap is carried out in the same task as the take-over; give a lost one the same chance.
        b.after_frames(2).await;
        let m = b
            .js("const ready = performance.getEntriesByName('app-ready')[0].startTime;
                 const nav = performance.getEntriesByType('navigation')[0];
                 const before = performance.getEntriesByType('resource').filter(e => e.responseEnd <= ready)
                   .reduce((sum, e) => sum + e.transferSize, nav.transferSize);
                 const w = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'));
                 const start = performance.getEntriesByName('app-start')[0].startTime;
                 return [window.__h1, window.__tap, window.__pressed ?? null, ready, before,
                         w.startTime, w.responseEnd, start];")
            .await;
        let n = |i: usize| m[i].as_f64().unwrap_or(f64::NAN);
        h1.push(n(0));
        tap.push(n(1));
        if m[2].is_number() {
            kept += 1;
            effect.push(n(2));
        }
        ready.push(n(3));
        bytes.push(n(4));
        wasm_start.push(n(5));
        wasm_end.push(n(6));
        started.push(n(7));
        b.client.goto("about:blank").await.expect("blank page");
    }
    b.close().await;
    println!("\n## 2b. A phone: 1.6 Mbit/s, 150 ms round trip, CPU 4x (first visits to /codes/403, {runs} runs)\n");
    println!("| measure | median | range |\n|---|---:|---:|");
    for (what, values) in [
        ("<h1> in the document", &mut h1),
        ("tap on Bookmark, made as soon as it shows", &mut tap),
        ("the tap takes effect (shows pressed)", &mut effect),
        ("the WebAssembly requested", &mut wasm_start),
        ("the WebAssembly arrived", &mut wasm_end),
        ("compiled and instantiated (`app-start`)", &mut started),
        ("app ready", &mut ready),
    ] {
        let r = range(values);
        println!("| {what} | {:.0} ms | {r} ms |", median(values));
    }
    let r = {
        let kib: Vec<f64> = bytes.iter().map(|b| b / 1024.0).collect();
        range(&kib)
    };
    println!(
        "| bytes that arrived before the app was ready | {:.1} KiB | {r} KiB |",
        median(&mut bytes) / 1024.0
    );
    println!("\nTaps kept: **{kept} of {runs}**. Times are from navigation start.");
}

/// Return visits, with the service worker in control: the first visit to a screen under the worker gets the
/// app shell (the worker keeps the screen's prerendered page meanwhile), the next one gets the kept page.
async fn return_visits(dist: &Path) {
    const PAGES: [u16; 9] = [404, 500, 502, 429, 301, 401, 503, 400, 304];
    let server = StaticServer::start(dist);
    let b = probed_browser().await;
    b.open(&format!("{}/codes/403", server.origin())).await;
    b.wait_for_js(
        "navigator.serviceWorker.controller !== null",
        "the service worker in control",
    )
    .await;
    let visit = async |code: u16| {
        b.client
            .goto(&format!("{}/codes/{code}", server.origin()))
            .await
            .expect("navigation");
        b.wait_for_js("window.__h1 !== undefined", "the heading")
            .await;
        b.js("return window.__h1")
            .await
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    let (mut shell, mut kept) = (Vec::new(), Vec::new());
    for code in PAGES {
        shell.push(visit(code).await);
        // Give the worker a moment to store the page it fetched in the background.
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for code in PAGES {
        kept.push(visit(code).await);
    }
    b.close().await;
    println!(
        "\nReturn visits with the service worker in control, unthrottled, medians of {} pages: the first visit \
         to a screen (the app shell, rendered by the app) {:.1} ms to the <h1>; the next visit (the screen's \
         prerendered page, kept by the worker) {:.1} ms.",
        PAGES.len(),
        median(&mut shell),
        median(&mut kept)
    );
}

async fn keystrokes(dist: &Path) {
    let server = StaticServer::start(dist);
    let b = Browser::start().await;
    b.open(&format!("{}/", server.origin())).await;
    // Each query is typed one character at a time from an empty box (the full catalog on screen), and every
    // keystroke is timed: from the input event until every reactive update has reached the DOM (a macrotask
    // after the event runs only once all of Leptos's microtasks are done). The first keystroke of each query
    // is also reported apart: it turns the whole grouped catalog into search results, the heaviest case.
    let timings = b
        .client
        .execute_async(
            "const [queries, reps, done] = arguments;
             const input = document.getElementById('search-input');
             const macrotask = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
             const pause = () => new Promise(r => setTimeout(r, 5));
             const type = async (value) => {
               input.value = value;
               const t0 = performance.now();
               input.dispatchEvent(new Event('input', { bubbles: true }));
               await macrotask();
               return performance.now() - t0;
             };
             (async () => {
               const all = [], first = [];
               for (let i = 0; i < reps; i++) {
                 for (const q of queries) {
                   await type(''); await pause();
                   for (let k = 1; k <= q.length; k++) {
                     const t = await type(q.slice(0, k));
                     const top = document.querySelector('.catalog-list li:not([hidden]) .num, .empty h2');
                     if (!top) throw new Error('no result shown for ' + q.slice(0, k));
                     all.push(t);
                     if (k === 1) first.push(t);
                     await pause();
                   }
                 }
               }
               done([all, first]);
             })().catch(e => done(String(e)));",
            vec![json!(QUERIES), json!(5)],
        )
        .await
        .expect("keystrokes timed");
    let (mut all, mut first): (Vec<f64>, Vec<f64>) =
        serde_json::from_value(timings.clone()).unwrap_or_else(|_| panic!("{timings}"));
    let n = all.len();
    let m = median(&mut all);
    let p90 = all[(n * 9) / 10];
    let f = median(&mut first);
    println!("\n## 3. One keystroke in the search box, whole catalog\n");
    println!(
        "Median **{m:.2} ms**, 90th percentile {p90:.2} ms, over {n} keystrokes ({} queries typed a character \
         at a time, 5 times). The first keystroke of a query, which turns the grouped catalog into ranked \
         results: median {f:.2} ms.",
        QUERIES.len()
    );
    b.close().await;
}

/// Event Timing, as Interaction to Next Paint counts it: the longest event of each interaction (a key press's
/// keydown and keyup share one), from the key until the next paint; and, in `__handled`, from the key until its
/// keydown and keypress handlers (which include the input event's) have run. Events under 16 ms are not reported.
const INTERACTIONS: &str = "(() => {
    window.__interactions = new Map();
    window.__handled = new Map();
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) {
        if (!e.interactionId) continue;
        window.__interactions.set(e.interactionId, Math.max(e.duration, window.__interactions.get(e.interactionId) || 0));
        // A typed key's input event is dispatched inside its keypress: until then is the page's own script.
        if (e.name === 'keydown' || e.name === 'keypress') window.__handled.set(e.interactionId, Math.max(e.processingEnd - e.startTime, window.__handled.get(e.interactionId) || 0));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();";

/// The floor for filtering the catalog page: its rows hidden by a plain substring match, nothing else.
const PLAIN_FILTER: &str = "(() => {
    const input = document.getElementById('search-input');
    const rows = Array.from(document.querySelectorAll('.code-row')).map(r => [r, r.textContent.toLowerCase()]);
    const count = document.querySelector('.result-count');
    input.addEventListener('input', () => {
      const q = input.value.trim().toLowerCase();
      let shown = 0;
      for (const [row, text] of rows) { const hide = q !== '' && !text.includes(q); row.hidden = hide; if (!hide) shown++; }
      count.textContent = shown + ' codes';
    });
})();";

/// A 20,000-character paste of everything a hostile or careless paste holds: log lines, markup and script,
/// control characters and binary junk, emoji.
fn hostile_paste() -> String {
    let pieces = [
        "10.0.0.7 - - [02/Dec/2026:10:00:00 +0000] \"GET /api/v1/items?id=42 HTTP/1.1\" 200 5123 \"-\" \"curl/8.5\" ",
        "<script>alert(document.cookie)</script><img src=x onerror=alert(1)> ",
        "\u{0}\u{1}\u{7f}\u{fffd}\u{200b}\u{202e}\u{1b}[31m ",
        "Traceback (most recent call last): requests.exceptions.ConnectionError ",
        "\u{1f600}\u{1f4a5} ",
    ];
    let mut text = String::new();
    let mut i = 0;
    while text.chars().count() < 20_000 {
        text.push_str(pieces[i % pieces.len()]);
        i += 1;
    }
    text.chars().take(20_000).collect()
}

/// Types `text` into the focused box one real key press at a time, each after the last one has been painted.
async fn type_keys(b: &Browser, text: &str) {
    for c in text.chars() {
        b.press(c).await;
        b.after_frames(2).await;
    }
}

/// The 90th percentile of `keys` key presses, of which `reported` lasted 16 ms or more to the next paint and so
/// were reported (the rest count as `floor`).
fn p90(mut reported: Vec<f64>, keys: usize, floor: f64) -> f64 {
    reported.resize(keys.max(reported.len()), floor);
    reported.sort_by(|a, b| a.total_cmp(b));
    reported[(reported.len() * 9 / 10).min(reported.len() - 1)]
}

/// What typing into a page measured: the p90 of the key presses to the next paint, and of the key presses to the
/// end of their event handlers (the rest is style, layout and paint).
struct Typed {
    p90: f64,
    handlers_p90: f64,
    keys: usize,
}

/// Every query typed a key at a time into `page`'s search box from an empty box.
async fn typing_on(b: &Browser, origin: &str, page: &str, app: bool) -> Typed {
    b.client
        .goto(&format!("{origin}{page}"))
        .await
        .expect("navigation");
    if app {
        b.wait_for_app().await;
    } else {
        b.wait_for_js("document.getElementById('search-input')", "the search box")
            .await;
    }
    let mut keys = 0;
    let verbose = std::env::var_os("BENCH_VERBOSE").is_some();
    // With BENCH_VERBOSE: the renderer's own counters over the typing, to tell style from layout from script.
    let metrics = |v: Value| -> std::collections::BTreeMap<String, f64> {
        v["metrics"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| Some((m["name"].as_str()?.to_string(), m["value"].as_f64()?)))
            .collect()
    };
    let before = if verbose {
        b.cdp("Performance.enable", json!({})).await;
        metrics(b.cdp("Performance.getMetrics", json!({})).await)
    } else {
        Default::default()
    };
    for q in QUERIES {
        b.js("const i = document.getElementById('search-input'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); i.focus(); return null")
            .await;
        b.after_frames(2).await;
        if verbose {
            for (i, c) in q.char_indices() {
                let seen = b.js("return window.__interactions.size").await;
                b.press(c).await;
                b.after_frames(3).await;
                let d = b.js("const v = Array.from(window.__interactions.values()); return [v.length, v[v.length - 1]]").await;
                if d[0] != seen {
                    eprintln!("{page} {:?} {}", &q[..i + c.len_utf8()], d[1]);
                }
            }
        } else {
            type_keys(b, q).await;
        }
        keys += q.chars().count();
    }
    if verbose {
        let after = metrics(b.cdp("Performance.getMetrics", json!({})).await);
        let delta = |k: &str| after.get(k).unwrap_or(&0.0) - before.get(k).unwrap_or(&0.0);
        eprintln!(
            "{page}: {keys} keys; style {:.0} times {:.1} ms, layout {:.0} times {:.1} ms, script {:.1} ms, tasks {:.1} ms",
            delta("RecalcStyleCount"),
            delta("RecalcStyleDuration") * 1000.0,
            delta("LayoutCount"),
            delta("LayoutDuration") * 1000.0,
            delta("ScriptDuration") * 1000.0,
            delta("TaskDuration") * 1000.0
        );
    }
    let read = |v: serde_json::Value| -> Vec<f64> { serde_json::from_value(v).expect("durations") };
    let reported = read(
        b.js("return Array.from(window.__interactions.values())")
            .await,
    );
    let handled = read(b.js("return Array.from(window.__handled.values())").await);
    Typed {
        p90: p90(reported, keys, 16.0),
        handlers_p90: p90(handled, keys, 0.0),
        keys,
    }
}

/// Typing as Interaction to Next Paint counts it (Event Timing over real key presses), on the catalog page and
/// on the same page saved as static HTML with a plain-JS filter; then a 20,000-character paste and the keys
/// typed after it.
async fn typing(dist: &Path) {
    let snapshot_dir = std::env::temp_dir().join("statuscodes-bench-typing");
    let _ = std::fs::remove_dir_all(&snapshot_dir);
    let server = StaticServer::start(dist);
    let snapshot = static_snapshot(&server.origin(), dist, &snapshot_dir, "/", PLAIN_FILTER).await;
    drop(server);
    let server = StaticServer::start(&snapshot_dir);
    let runs = runs().min(5);
    let b = Browser::start().await;
    b.client.goto("about:blank").await.expect("a blank page");
    b.run_before_every_page(INTERACTIONS).await;
    println!("\n## 3b. Typing in the catalog's search box: Event Timing, key press to next paint ({runs} runs)\n");
    println!(
        "{} queries typed a real key press at a time from an empty box, each key after the last was painted.\n",
        QUERIES.len()
    );
    println!(
        "| CPU | app p90 | plain-JS filter p90 | app / plain | of which in event handlers, p90: app / plain | key presses per run |\n|---|---:|---:|---:|---:|---:|"
    );
    for throttle in [1.0, 4.0] {
        b.cdp(
            "Emulation.setCPUThrottlingRate",
            json!({ "rate": throttle }),
        )
        .await;
        let (mut app, mut plain, mut keys) = (Vec::new(), Vec::new(), 0);
        let (mut app_handlers, mut plain_handlers) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            let a = typing_on(&b, &server.origin(), "/", true).await;
            let p = typing_on(&b, &server.origin(), &snapshot, false).await;
            keys = a.keys;
            app.push(a.p90);
            app_handlers.push(a.handlers_p90);
            plain.push(p.p90);
            plain_handlers.push(p.handlers_p90);
        }
        let (ra, rp) = (range(&app), range(&plain));
        let (a, p) = (median(&mut app), median(&mut plain));
        let (ah, ph) = (median(&mut app_handlers), median(&mut plain_handlers));
        println!(
            "| {throttle}x | {a:.0} ms ({ra}) | {p:.0} ms ({rp}) | **{:.2}** | {ah:.0} / {ph:.0} ms | {keys} |",
            a / p
        );
    }
    println!(
        "\nThe handlers' share runs from the key press to the end of its keypress event, which dispatches the input \
         event; the rest of a key press is style, layout and paint."
    );
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }))
        .await;
    // The paste: inserted as a paste inserts it (one input event), then keys typed at its end.
    b.open(&format!("{}/", server.origin())).await;
    let paste = hostile_paste();
    let took = b
        .client
        .execute_async(
            "const [text, done] = arguments;
             const input = document.getElementById('search-input');
             input.focus();
             const t0 = performance.now();
             document.execCommand('insertText', false, text);
             requestAnimationFrame(() => setTimeout(() => done([performance.now() - t0, input.value.length, ['.understood h2', '.empty h2', '.result-count'].map(c => document.querySelector(c)?.textContent).find(t => t) ?? '']), 0));",
            vec![json!(paste)],
        )
        .await
        .expect("the paste");
    let before = b
        .js("return window.__interactions.size")
        .await
        .as_u64()
        .unwrap_or(0);
    let after_paste = " 404";
    type_keys(&b, after_paste).await;
    let keyed: Vec<f64> = serde_json::from_value(
        b.js("return Array.from(window.__interactions.values())")
            .await,
    )
    .expect("durations");
    let worst = keyed
        .iter()
        .skip(before as usize)
        .fold(16.0f64, |m, d| m.max(*d));
    b.close().await;
    println!(
        "\nA 20,000-character paste (log lines, markup and script, control characters, emoji) at normal CPU: \
         {:.0} ms from the paste to the next paint; the box holds {} characters; then {} key presses at its end, \
         the slowest **{}** to the next paint. The page said: \"{}\".",
        took[0].as_f64().unwrap_or(f64::NAN),
        took[1],
        after_paste.chars().count(),
        if worst <= 16.0 { "≤16 ms".to_string() } else { format!("{worst:.0} ms") },
        took[2].as_str().unwrap_or("").trim()
    );
}

/// A page with no app that changes its URL with `pushState` and rewrites its heading, as in-app navigation
/// does: the browser's own share of the JS heap growth over the same visits.
const PLAIN_NAVIGATION: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><title>baseline</title></head>\
<body><main><h1>baseline</h1></main><script>document.addEventListener('click', e => { const a = e.target.closest('a'); \
if (!a) return; e.preventDefault(); history.pushState({}, '', a.href); \
document.querySelector('main').innerHTML = '<h1>' + location.pathname.split('/').pop() + ' page</h1>'; });</script></body></html>";

/// Opens every code page in turn, three times, the way a link inside the page does, and reads wasm memory (the
/// allocator's high-water mark; -1 without an app) and the JS heap after a garbage collection each time.
async fn sweeps(origin: &str, codes: &[u16]) -> Vec<(i64, usize)> {
    let b = probed_browser().await;
    b.client.goto(&format!("{origin}/")).await.unwrap();
    b.wait_for_js(
        "document.querySelector('main h1') !== null && (performance.getEntriesByName('app-ready').length > 0 || document.title === 'baseline')",
        "the first page, taken over by the app",
    )
    .await;
    let mut rows = Vec::new();
    // Chromium ignores history changes beyond 200 in 10 seconds (its protection against pages that flood the
    // history), which a plain page that does nothing else reaches: visits start at least 60 ms apart.
    let pace = Duration::from_millis(60);
    let mut last = std::time::Instant::now();
    for _ in 1..=3 {
        for code in codes {
            tokio::time::sleep(pace.saturating_sub(last.elapsed())).await;
            last = std::time::Instant::now();
            b.js(&format!(
                "const a = document.createElement('a'); a.href = '/codes/{code}'; document.body.appendChild(a); a.click(); a.remove(); return null"
            ))
            .await;
            b.wait_for_js(&format!("location.pathname === '/codes/{code}' && document.querySelector('main h1')?.textContent.startsWith('{code} ')"), "the code page").await;
            // A reader's pace, not a robot's: the router finishes a navigation (history, focus) after a frame.
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
        b.cdp("HeapProfiler.collectGarbage", json!({})).await;
        let heap = b.cdp("Runtime.getHeapUsage", json!({})).await;
        let wasm = b
            .js("return window.__wasm ? window.__wasm.memory.buffer.byteLength : -1")
            .await;
        rows.push((
            wasm.as_i64().unwrap_or(-1),
            heap["usedSize"].as_f64().unwrap_or(0.0) as usize,
        ));
    }
    b.close().await;
    rows
}

async fn memory(dist: &Path) {
    let codes: Vec<u16> = statuscodes::catalog::codes().map(|c| c.number).collect();
    let app = {
        let server = StaticServer::start(dist);
        sweeps(&server.origin(), &codes).await
    };
    let plain = {
        let dir = std::env::temp_dir().join("statuscodes-bench-plain");
        std::fs::create_dir_all(&dir).expect("baseline folder");
        std::fs::write(dir.join("index.html"), PLAIN_NAVIGATION).expect("baseline page");
        let server = StaticServer::start(&dir);
        sweeps(&server.origin(), &codes).await
    };
    println!(
        "\n## 4. Memory after opening every code page ({} pages), three times\n",
        codes.len()
    );
    println!("| after | wasm memory | JS heap used | JS heap, plain page with pushState only |\n|---|---:|---:|---:|");
    for (i, ((w, h), (_, p))) in app.iter().zip(&plain).enumerate() {
        println!(
            "| sweep {} | {} | {} | {} |",
            i + 1,
            kib(*w as usize),
            kib(*h),
            kib(*p)
        );
    }
    // Growth in KiB between two sweeps, of wasm memory or of the JS heap.
    let wasm =
        |rows: &[(i64, usize)], from: usize, to: usize| (rows[to].0 - rows[from].0) as f64 / 1024.0;
    let heap = |rows: &[(i64, usize)], from: usize, to: usize| {
        (rows[to].1 as f64 - rows[from].1 as f64) / 1024.0
    };
    println!(
        "\nGrowth, first to second sweep: wasm {:+.1} KiB, JS heap {:+.1} KiB (plain page {:+.1} KiB); second to \
         third: wasm {:+.1} KiB, JS heap {:+.1} KiB (plain page {:+.1} KiB). Wasm memory never shrinks: it is the \
         allocator's high-water mark. The JS heap is read after a garbage collection; the plain page shows what \
         the browser itself keeps per navigation.",
        wasm(&app, 0, 1),
        heap(&app, 0, 1),
        heap(&plain, 0, 1),
        wasm(&app, 1, 2),
        heap(&app, 1, 2),
        heap(&plain, 1, 2),
    );
}

fn lighthouse(dist: &Path) {
    let Some(bin) = std::env::var_os("LIGHTHOUSE")
        .map(PathBuf::from)
        .filter(|p| p.exists())
    else {
        println!("\n## 5. Lighthouse\n\nNot run: set LIGHTHOUSE to the lighthouse binary (`.ci/bench` installs it from npm).");
        return;
    };
    let server = StaticServer::start(dist);
    let n = runs().min(5);
    println!("\n## 5. Lighthouse (default mobile settings: simulated slow 4G and 4x CPU; {n} runs a page)\n");
    println!(
        "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut below = BTreeSet::new();
    for page in ["/codes/403", "/"] {
        // Per run: the four scores, then FCP, LCP and TBT in ms, and CLS.
        let mut all: Vec<[f64; 8]> = Vec::new();
        for _ in 0..n {
            let report = std::env::temp_dir().join("statuscodes-lighthouse.json");
            let status = std::process::Command::new(&bin)
                .arg(format!("{}{page}", server.origin()))
                .args(["--only-categories=performance,accessibility,best-practices,seo", "--output=json", "--quiet"])
                .arg(format!("--output-path={}", report.display()))
                .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync")
                .env("CHROME_PATH", std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()))
                .status();
            if !status.as_ref().is_ok_and(|s| s.success()) {
                println!("| {page} | Lighthouse failed: {status:?} |");
                continue;
            }
            let json: Value =
                serde_json::from_str(&std::fs::read_to_string(&report).unwrap_or_default())
                    .unwrap_or_default();
            let score = |c: &str| {
                json["categories"][c]["score"]
                    .as_f64()
                    .map_or(f64::NAN, |s| s * 100.0)
            };
            let metric = |id: &str| {
                json["audits"][id]["numericValue"]
                    .as_f64()
                    .unwrap_or(f64::NAN)
            };
            all.push([
                score("performance"),
                score("accessibility"),
                score("best-practices"),
                score("seo"),
                metric("first-contentful-paint"),
                metric("largest-contentful-paint"),
                metric("total-blocking-time"),
                metric("cumulative-layout-shift"),
            ]);
            // What kept a category from 100, so the report says what to fix.
            for category in ["accessibility", "best-practices", "seo"] {
                for r in json["categories"][category]["auditRefs"]
                    .as_array()
                    .into_iter()
                    .flatten()
                {
                    let audit = &json["audits"][r["id"].as_str().unwrap_or_default()];
                    if r["weight"].as_f64().unwrap_or(0.0) > 0.0
                        && audit["score"].as_f64().is_some_and(|s| s < 1.0)
                    {
                        below.insert(format!(
                            "{page} {category}: {}",
                            audit["title"].as_str().unwrap_or("?")
                        ));
                    }
                }
            }
        }
        if all.is_empty() {
            continue;
        }
        // Each column: the median over the runs, with the range when the runs differ.
        let column = |i: usize, unit: f64, digits: usize, suffix: &str| {
            let mut values: Vec<f64> = all.iter().map(|r| r[i] / unit).collect();
            let (lo, hi) = bounds(&values);
            let m = median(&mut values);
            let (lo, hi) = (format!("{lo:.digits$}"), format!("{hi:.digits$}"));
            if lo == hi {
                format!("{m:.digits$}{suffix}")
            } else {
                format!("{m:.digits$}{suffix} ({lo}–{hi})")
            }
        };
        println!(
            "| {page} | **{}** | {} | {} | {} | {} | {} | {} | {} |",
            column(0, 1.0, 0, ""),
            column(1, 1.0, 0, ""),
            column(2, 1.0, 0, ""),
            column(3, 1.0, 0, ""),
            column(4, 1000.0, 1, " s"),
            column(5, 1000.0, 1, " s"),
            column(6, 1.0, 0, " ms"),
            column(7, 1.0, 3, ""),
        );
    }
    if !below.is_empty() {
        println!("\nBelow 100 because of:\n");
        for b in below {
            println!("- {b}");
        }
    }
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let dist = support::dist_dir();
    let mut out = std::io::stdout();
    let _ = writeln!(out, "# Benchmark: {}", dist.display());
    // BENCH_ONLY=bytes,time,phone,search,typing,memory,lighthouse runs a subset.
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let wanted = |section: &str| only.is_empty() || only.split(',').any(|s| s.trim() == section);
    if wanted("bytes") {
        first_visit_bytes(&dist).await;
    }
    if wanted("time") {
        time_to_content(&dist).await;
        return_visits(&dist).await;
    }
    if wanted("phone") {
        phone(&dist).await;
    }
    if wanted("search") {
        keystrokes(&dist).await;
    }
    if wanted("typing") {
        typing(&dist).await;
    }
    if wanted("memory") {
        memory(&dist).await;
    }
    if wanted("lighthouse") {
        lighthouse(&dist);
    }
}
