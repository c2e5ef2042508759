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
    let p = policy(&["a()"]);
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
