//! The build's finishing steps: the policy is exact for the page it is written into, every page gets its own
//! head, the worker knows the build's files, and a page that lacks what a step relies on stops the build.

use statuscodes::postbuild::csp::{self, hash_source, inline, policy, Inline};
use statuscodes::postbuild::head;
use statuscodes::postbuild::html::{inline_script, minify};
use statuscodes::postbuild::loader::defer;
use statuscodes::postbuild::offline::{is_hashed, is_precached, service_worker, SHELL};
use statuscodes::postbuild::prerender::{self, pages, render};
use statuscodes::postbuild::shell;
use statuscodes::postbuild::site::{origin_from, robots, sitemap, DEFAULT_ORIGIN};
use statuscodes::routes::{Paths, Route};

const ORIGIN: &str = "https://status.example.com";

/// A page shaped like Trunk's output for our `index.html`.
const TRUNK_PAGE: &str = r#"<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{CSP}}"><title>t</title>
<meta name="description" content="site"><style>b{}</style>
<script type="module">
import init, * as bindings from '/app-0123456789abcdef.js';
const wasm = await init({ module_or_path: '/app-0123456789abcdef_bg.wasm' });
</script><link rel="modulepreload" href="/app-0123456789abcdef.js" crossorigin="anonymous" integrity="sha384-js"><link rel="preload" href="/app-0123456789abcdef_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm"></head><body></body></html>"#;

#[test]
fn a_script_hash_is_the_sha256_of_its_exact_text() {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    assert_eq!(
        hash_source("alert(1)"),
        "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
    );
}

#[test]
fn only_inline_scripts_and_styles_are_collected() {
    let html = r#"<head><script>a()</script><script type="module" src="/x.js"></script>
        <style>p{}</style><script type="module">import b from '/b.js';</script></head>"#;
    assert_eq!(
        inline(html).unwrap(),
        Inline {
            scripts: vec!["a()".into(), "import b from '/b.js';".into()],
            styles: vec!["p{}".into()],
        }
    );
}

#[test]
fn the_policy_allows_our_own_scripts_wasm_and_the_hashed_inline_scripts_only() {
    let p = policy(&Inline {
        scripts: vec!["a()".into()],
        styles: vec!["b{}".into()],
    });
    assert!(p.contains(&format!("style-src 'self' {}", hash_source("b{}"))));
    assert!(p.contains(&format!(
        "script-src 'self' 'wasm-unsafe-eval' {}",
        hash_source("a()")
    )));
    assert!(p.contains("default-src 'self'") && p.contains("object-src 'none'"));
    assert!(!p.contains("unsafe-inline"));
}

#[test]
fn the_policy_goes_into_its_meta_and_a_page_without_one_stops_the_build() {
    let html =
        r#"<meta http-equiv="Content-Security-Policy" content="{{CSP}}"><script>a()</script>"#;
    let filled = csp::fill(html).unwrap();
    assert!(!filled.contains("{{CSP}}"));
    assert!(filled.contains(&hash_source("a()")));
    let missing = csp::fill("<html><script>a()</script></html>").unwrap_err();
    assert!(
        missing.contains("Content-Security-Policy <meta>"),
        "{missing}"
    );
}

#[test]
fn the_loader_replaces_trunks_and_keeps_the_integrity_check() {
    let (page, assets) = defer(TRUNK_PAGE).unwrap();
    assert_eq!(assets.js, "/app-0123456789abcdef.js");
    assert_eq!(assets.wasm, "/app-0123456789abcdef_bg.wasm");
    assert_eq!(assets.integrity.as_deref(), Some("sha384-wasm"));
    assert!(
        !page.contains("type=\"module\"") && !page.contains("preload"),
        "{page}"
    );
    let script = page.rfind("<script>").unwrap();
    assert!(
        script > page.find("</head>").unwrap(),
        "the loader is in the body"
    );
    assert!(page.contains(
        r#"({"js":"/app-0123456789abcdef.js","wasm":"/app-0123456789abcdef_bg.wasm","integrity":"sha384-wasm"});</script></body>"#
    ));
    assert!(page.contains("first-contentful-paint"));
}

#[test]
fn a_page_without_trunks_loader_stops_the_build_naming_what_is_missing() {
    let without_wasm = TRUNK_PAGE.replace("rel=\"preload\"", "rel=\"prefetch\"");
    let error = defer(&without_wasm).unwrap_err();
    assert!(
        error.contains("preload hint for the WebAssembly"),
        "{error}"
    );
    let error = defer("<html><head></head><body>no loader</body></html>").unwrap_err();
    assert!(
        error.contains("Trunk's output is not what this step relies on"),
        "{error}"
    );
}

#[test]
fn the_shell_has_the_prepaint_and_early_scripts_under_the_policy_and_every_script_hashed() {
    let page = shell(TRUNK_PAGE).unwrap();
    let policy_at = page.find("Content-Security-Policy").unwrap();
    let prepaint_at = page.find("prerendered-route").unwrap();
    let early_at = page.find("__early").unwrap();
    assert!(
        policy_at < prepaint_at && early_at < page.find("</head>").unwrap(),
        "the policy comes first, so it covers the scripts; the early script is in the head, before any control"
    );
    // The early script is told the marks and keys from `statuscodes::replay`, not its own copies.
    assert!(page.contains(r#""mark":"data-replay","needsApp":"data-needs-app","waiting":"queued","searchId":"search-input","focusKeys":["/","s"]"#), "{page}");
    let scripts = inline(&page).unwrap().scripts;
    assert_eq!(scripts.len(), 3, "{scripts:#?}");

    for s in &scripts {
        assert!(page.contains(&hash_source(s)), "{s} is allowed");
    }
}

#[test]
fn inline_scripts_receive_their_values_as_json_that_cannot_end_the_script() {
    let script = inline_script(
        "(function (c) {\n  // a comment\n  go(c.x);\n})",
        &serde_json::json!({"x": "</script><b>"}),
    )
    .unwrap();
    assert_eq!(
        script,
        r#"<script>(function (c) {
go(c.x);
})({"x":"\u003c/script>\u003cb>"});</script>"#
    );
    assert_eq!(minify("  a();\n\n  // b\n  c();"), "a();\nc();");
}

#[test]
fn trunk_hashed_names_are_recognised() {
    assert!(is_hashed("main-b5ab80b66b695e03.css"));
    assert!(is_hashed("statuscodes-997aadcac55df25f_bg.wasm"));
    assert!(is_hashed("statuscodes-997aadcac55df25f.js"));
    // A hash with a leading zero is written one digit shorter.
    assert!(is_hashed("statuscodes-d08e44a1b27519a_bg.wasm"));
    assert!(is_hashed("statuscodes-d08e44a1b27519a.js"));
    assert!(!is_hashed("statuscodes-d08e44a1b27519a0ff.js"));
    assert!(!is_hashed("manifest.webmanifest"));
    assert!(!is_hashed("icons/icon-192.png"));
    assert!(!is_hashed("my-file-name.css"));
}

#[test]
fn the_worker_precaches_the_shell_and_assets_but_not_pages_or_install_icons() {
    for yes in [
        SHELL,
        "main-b5ab80b66b695e03.css",
        "statuscodes-997aadcac55df25f_bg.wasm",
        "icons/icon.svg",
        "manifest.webmanifest",
    ] {
        assert!(is_precached(yes), "{yes}");
    }
    for no in [
        "sw.js",
        "index.html",
        "codes/403.html",
        "bookmarks.html",
        "icons/icon-512.png",
    ] {
        assert!(!is_precached(no), "{no}");
    }
    let sw = service_worker(
        "statuscodes-abc",
        &["404.html".into(), "main-b5ab80b66b695e03.css".into()],
    );
    assert!(sw.starts_with(
        r#"const BUILD = {"cache":"statuscodes-abc","hashed":["main-b5ab80b66b695e03.css"],"plain":["404.html"],"shell":"404.html"};"#
    ));
    assert!(sw.contains("const CACHE = BUILD.cache;"));
}

#[test]
fn every_screen_has_a_page_and_renders_its_heading() {
    let all = pages();
    assert_eq!(all.len(), Route::prerendered().count());
    assert!(all
        .iter()
        .any(|p| p.file == "codes/403.html" && p.path == "/codes/403"));
    assert!(all.iter().any(|p| p.file == "index.html" && p.path == "/"));
    let html = render("/codes/403", "");
    assert!(html.contains(">403 Forbidden</h1>"), "{}", &html[..400]);
    assert!(html.contains(r#"href="/codes/401""#));
    let sub = render("/codes/403", "/http-codes");
    assert!(sub.contains(r#"href="/http-codes/codes/401""#));
    assert!(!sub.contains(r#"href="/codes/"#));
}

#[test]
fn a_page_gets_its_title_description_and_route_marker_escaped() {
    let shell =
        "<head><title>x</title><meta name=\"description\" content=\"site\"></head><body></body>";
    let page404 = pages()
        .into_iter()
        .find(|p| p.path == "/codes/404")
        .unwrap();
    let page = prerender::fill(
        shell,
        Paths::new(""),
        Some((&page404, "<h1>404</h1>")),
        ORIGIN,
    )
    .unwrap();
    assert!(page.contains("<title>404 Not Found - what it means and how to fix it</title>"));
    assert!(page.contains(r#"<meta name="prerendered-route" content="/codes/404">"#));
    assert!(
        !page.contains("content=\"site\""),
        "the code's own description"
    );
    assert!(page.contains(r#"<body><div id="app"><h1>404</h1></div></body>"#));
    let home = pages().into_iter().find(|p| p.path == "/").unwrap();
    let root = prerender::fill(
        shell,
        Paths::new("/sub"),
        Some((&home, "<h1>all</h1>")),
        ORIGIN,
    )
    .unwrap();
    assert!(root.contains(r#"content="/sub/""#));
    let empty = prerender::fill(shell, Paths::new(""), None, ORIGIN).unwrap();
    assert!(
        empty.contains(r#"<body><div id="app"></div></body>"#)
            && !empty.contains("prerendered-route")
    );
    // A description with quotes and ampersands stays inside its attribute.
    let quoted = pages()
        .into_iter()
        .find(|p| p.path == "/codes/304")
        .unwrap();
    let page = prerender::fill(shell, Paths::new(""), Some((&quoted, "")), ORIGIN).unwrap();
    let meta = page
        .split("<meta name=\"description\" content=\"")
        .nth(1)
        .unwrap();
    let value = meta.split('"').next().unwrap();
    assert!(!value.contains('<') && !value.contains('>'), "{value}");
}

#[test]
fn a_shell_without_its_head_stops_the_build() {
    let page404 = pages()
        .into_iter()
        .find(|p| p.path == "/codes/404")
        .unwrap();
    let error = prerender::fill(
        "<body></body>",
        Paths::new(""),
        Some((&page404, "")),
        ORIGIN,
    )
    .unwrap_err();
    assert!(error.contains("<title>"), "{error}");
}

#[test]
fn the_origin_is_normalised_or_refused_with_what_to_write() {
    assert_eq!(origin_from(None).unwrap(), DEFAULT_ORIGIN);
    assert_eq!(
        origin_from(Some("https://Status.Example.com/")).unwrap(),
        "https://status.example.com"
    );
    assert_eq!(
        origin_from(Some(" http://127.0.0.1:9000 ")).unwrap(),
        "http://127.0.0.1:9000"
    );
    for (bad, why) in [
        ("status.example.com", "has no scheme"),
        ("https://status.example.com/http-codes", "has a path"),
        ("ftp://status.example.com", "not an http or https address"),
        ("https://", "has no host"),
        ("https://a b", "not a plain host name"),
    ] {
        let error = origin_from(Some(bad)).unwrap_err();
        assert!(
            error.contains(why) && error.contains("--public-url"),
            "{bad}: {error}"
        );
    }
}

#[test]
fn robots_and_the_sitemap_list_every_screen_with_absolute_addresses() {
    let map = sitemap(ORIGIN, Paths::new("/sub"));
    let count = map.matches("<loc>").count();
    assert_eq!(
        count,
        Route::prerendered().count() - 1,
        "every screen but the reader's bookmarks"
    );
    for page in [
        "/sub/",
        "/sub/codes/403",
        "/sub/guide",
        "/sub/compare/401-403",
    ] {
        assert!(
            map.contains(&format!("<loc>{ORIGIN}{page}</loc>")),
            "{page}"
        );
    }
    assert!(!map.contains("/bookmarks"));
    assert_eq!(
        robots(ORIGIN, "/sub"),
        format!("User-agent: *\nAllow: /\n\nSitemap: {ORIGIN}/sub/sitemap.xml\n")
    );
}

#[test]
fn every_page_tells_the_open_web_its_address_preview_and_structured_data() {
    let shell =
        "<head><title>x</title><meta name=\"description\" content=\"site\"></head><body></body>";
    let page = pages()
        .into_iter()
        .find(|p| p.path == "/codes/403")
        .unwrap();
    let html = prerender::fill(shell, Paths::new(""), Some((&page, "")), ORIGIN).unwrap();
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{ORIGIN}/codes/403">"#
    )));
    assert!(html.contains(r#"<meta property="og:type" content="article">"#));
    assert!(html.contains(&format!(
        r#"<meta property="og:url" content="{ORIGIN}/codes/403">"#
    )));
    assert!(html.contains(&format!(
        r#"<meta property="og:image" content="{ORIGIN}/icons/icon-512.png">"#
    )));
    assert!(html.contains(r#"<meta name="twitter:card" content="summary">"#));
    // The questions of the structured data are the page's own, in its order.
    let data = head::structured_data(Route::Code(403), ORIGIN, Paths::new(""));
    let faq = data
        .iter()
        .find(|d| d["@type"] == "FAQPage")
        .expect("an FAQPage");
    let asked: Vec<&str> = faq["mainEntity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["name"].as_str().unwrap())
        .collect();
    let shown: Vec<String> = statuscodes::catalog::code(403)
        .unwrap()
        .primary()
        .faq
        .iter()
        .map(|f| statuscodes::catalog::text::plain(&f.q))
        .collect();
    assert_eq!(asked, shown);
    let trail = data
        .iter()
        .find(|d| d["@type"] == "BreadcrumbList")
        .expect("a trail");
    let names: Vec<&str> = trail["itemListElement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["All codes", "4xx Client error", "403 Forbidden"]);
    // Every screen has a description of its own, short enough for a result line.
    for route in Route::prerendered() {
        let d = head::description(route);
        assert!(
            !d.is_empty() && d.chars().count() <= head::MAX_DESCRIPTION_CHARS + 1,
            "{route:?}"
        );
    }
    let bookmarks = pages()
        .into_iter()
        .find(|p| p.path == "/bookmarks")
        .unwrap();
    let html = prerender::fill(shell, Paths::new(""), Some((&bookmarks, "")), ORIGIN).unwrap();
    assert!(
        html.contains(r#"<meta name="robots" content="noindex">"#),
        "a reader's own list is not indexed"
    );
}

#[test]
fn prerendered_controls_carry_the_marks_the_early_script_keeps_taps_by() {
    use statuscodes::replay::{Control, MARK, NEEDS_APP};
    let mark = |c: Control| format!("{MARK}=\"{}\"", c.name());
    let page = render("/codes/403", "");
    for control in [
        Control::Bookmark(403),
        Control::Help,
        Control::Theme,
        Control::Search,
    ] {
        assert_eq!(page.matches(&mark(control)).count(), 1, "{control:?}");
    }
    assert!(
        page.matches(&mark(Control::Copy)).count() >= 3,
        "every block's Copy button"
    );
    let list = render("/", "");
    assert!(list.contains(&mark(Control::Bookmark(418))));
    let bookmarks = render("/bookmarks", "");
    assert!(bookmarks.contains(&mark(Control::Export)));
    // Not disabled while the list is unknown, or the tap would be lost.
    let export = &bookmarks[bookmarks.find(&mark(Control::Export)).unwrap()..];
    assert!(
        !export[..export.find('>').unwrap()].contains("disabled"),
        "{export:.200}"
    );
    assert!(
        bookmarks.contains(&format!("{NEEDS_APP}=\"Starting up")),
        "the file chooser says it is not ready"
    );
}
