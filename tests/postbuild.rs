//! The build's finishing steps: the Content-Security-Policy is exact for the page it is written into.
#![cfg(feature = "postbuild")]

use statuscodes::postbuild::csp::{base64, fill, hash_source, inline_scripts, policy};

#[test]
fn base64_matches_the_standard_alphabet_and_padding() {
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foo"), "Zm9v");
    assert_eq!(base64(b"foobar"), "Zm9vYmFy");
}

#[test]
fn a_script_hash_is_the_sha256_of_its_exact_text() {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    assert_eq!(
        hash_source("alert(1)"),
        "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
    );
}

#[test]
fn only_inline_scripts_are_hashed() {
    let html = r#"<head><script>a()</script><script type="module" src="/x.js"></script>
        <script type="module">import b from '/b.js';</script></head>"#;
    assert_eq!(inline_scripts(html), ["a()", "import b from '/b.js';"]);
}

#[test]
fn the_policy_allows_our_own_scripts_wasm_and_the_hashed_inline_scripts_only() {
    let p = policy(&["a()"], &["b{}"]);
    assert!(p.contains(&format!("style-src 'self' {}", hash_source("b{}"))));
    assert!(p.contains("default-src 'self'"));
    assert!(p.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
    assert!(p.contains("object-src 'none'"));
    assert!(!p.contains("unsafe-inline"));
    assert!(!p.contains("unsafe-eval'") || p.contains("'wasm-unsafe-eval'"));
}

#[test]
fn the_placeholder_is_required_and_replaced() {
    let html =
        r#"<meta http-equiv="Content-Security-Policy" content="{{CSP}}"><script>a()</script>"#;
    let filled = fill(html).unwrap();
    assert!(!filled.contains("{{CSP}}"));
    assert!(filled.contains(&hash_source("a()")));
    assert!(fill("<html></html>").is_err());
}

use statuscodes::postbuild::offline::{is_hashed, is_precached, service_worker, SHELL};
use statuscodes::postbuild::prerender::{self, escape, pages, render};
use statuscodes::routes::Paths;

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
    assert!(sw.contains(r#"const CACHE = "statuscodes-abc";"#));
    assert!(sw.contains(r#"const HASHED = ["main-b5ab80b66b695e03.css"];"#));
    assert!(sw.contains(r#"const PLAIN = ["404.html"];"#));
    assert!(!sw.contains("{{"), "every placeholder is filled");
}

#[test]
fn every_screen_has_a_page_and_renders_its_heading() {
    let all = pages();
    assert_eq!(all.len(), 2 + statuscodes::catalog::codes().count());
    assert!(all
        .iter()
        .any(|p| p.file == "codes/403.html" && p.path == "/codes/403"));
    let html = render("/codes/403", "");
    assert!(html.contains(">403 Forbidden</h1>"), "{}", &html[..400]);
    assert!(html.contains(r#"href="/codes/401""#));
    let sub = render("/codes/403", "/http-codes");
    assert!(sub.contains(r#"href="/http-codes/codes/401""#));
    assert!(!sub.contains(r#"href="/codes/"#));
}

#[test]
fn a_page_gets_its_title_description_and_route_marker() {
    let shell =
        "<head><title>x</title><meta name=\"description\" content=\"site\"></head><body></body>";
    let page =
        prerender::fill(shell, Paths::new(""), Some(("/codes/404", "<h1>404</h1>"))).unwrap();
    assert!(page.contains("<title>404 Not Found - what it means and how to fix it</title>"));
    assert!(page.contains(r#"<meta name="prerendered-route" content="/codes/404">"#));
    assert!(
        !page.contains("content=\"site\""),
        "the code's own description"
    );
    assert!(page.contains(r#"<body><div id="app"><h1>404</h1></div></body>"#));
    let root = prerender::fill(shell, Paths::new("/sub"), Some(("/", "<h1>all</h1>"))).unwrap();
    assert!(root.contains(r#"content="/sub/""#));
    let empty = prerender::fill(shell, Paths::new(""), None).unwrap();
    assert!(
        empty.contains(r#"<body><div id="app"></div></body>"#)
            && !empty.contains("prerendered-route")
    );
    assert_eq!(
        escape(r#"<a href="x">&'"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
}

#[test]
fn the_loader_starts_after_the_content_and_keeps_the_integrity_check() {
    use statuscodes::postbuild::loader::{defer, trunk_assets};
    let html = r#"<head><title>t</title><script type="module">
import init, * as bindings from '/app-0123456789abcdef.js';
const wasm = await init({ module_or_path: '/app-0123456789abcdef_bg.wasm' });
</script><link rel="modulepreload" href="/app-0123456789abcdef.js" integrity="sha384-js"><link rel="preload" href="/app-0123456789abcdef_bg.wasm" integrity="sha384-wasm" as="fetch" type="application/wasm"></head><body></body>"#;
    let assets = trunk_assets(html).unwrap();
    assert_eq!(assets.js, "/app-0123456789abcdef.js");
    assert_eq!(assets.wasm, "/app-0123456789abcdef_bg.wasm");
    assert_eq!(assets.wasm_integrity.as_deref(), Some("sha384-wasm"));
    let deferred = defer(html);
    assert!(
        !deferred.contains("type=\"module\"") && !deferred.contains("preload"),
        "{deferred}"
    );
    let head_end = deferred.find("</head>").unwrap();
    let script = deferred.find("<script>").unwrap();
    assert!(script > head_end, "the loader is in the body");
    assert!(
        deferred.contains(r#"fetch("/app-0123456789abcdef_bg.wasm",{integrity:"sha384-wasm"})"#)
    );
    assert!(deferred.contains(r#"import("/app-0123456789abcdef.js")"#));
    assert!(deferred.contains("first-contentful-paint"));
    assert_eq!(
        defer("<html><body>no loader</body></html>"),
        "<html><body>no loader</body></html>"
    );
}
