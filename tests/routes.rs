//! URLs, titles and text formatting: what a deep link shows and what the links point at.
#![cfg(not(target_arch = "wasm32"))]

use statuscodes::catalog::{self, parse_code, suggest};
use statuscodes::routes::{normalize_base, Paths, Route};
use statuscodes::text::{plain, spans, Span};

#[test]
fn paths_map_to_screens() {
    assert_eq!(Route::of("/"), Route::Catalog);
    assert_eq!(Route::of(""), Route::Catalog);
    assert_eq!(Route::of("/codes/403"), Route::Code(403));
    assert_eq!(Route::of("/codes/403/"), Route::Code(403));
    assert_eq!(Route::of("/bookmarks"), Route::Bookmarks);
    for bad in [
        "/codes/999",
        "/codes/abc",
        "/codes/0403",
        "/codes/",
        "/codes/40",
        "/nope",
        "/codes/403/x",
    ] {
        assert_eq!(Route::of(bad), Route::NotFound, "{bad}");
    }
}

#[test]
fn codes_in_urls_are_exactly_three_digits_in_range() {
    assert_eq!(parse_code("404"), Some(404));
    for bad in ["", "4o4", "099", "600", "+40", "40 ", "٤٠٤", "4044"] {
        assert_eq!(parse_code(bad), None, "{bad}");
    }
}

#[test]
fn titles_name_the_code() {
    assert_eq!(
        Route::Code(403).title(),
        "403 Forbidden - what it means and how to fix it"
    );
    assert!(Route::NotFound.title().starts_with("Not found"));
}

#[test]
fn links_follow_the_base_path() {
    let root = Paths::new("");
    assert_eq!(root.code(404), "/codes/404");
    assert_eq!(root.home(), "/");
    assert_eq!(root.tag("security"), "/?tag=security");
    let sub = Paths::new("/http-codes");
    assert_eq!(sub.code(404), "/http-codes/codes/404");
    assert_eq!(sub.bookmarks(), "/http-codes/bookmarks");
    assert_eq!(sub.strip("/http-codes/codes/404"), Some("/codes/404"));
    assert_eq!(sub.strip("/http-codesX/codes/404"), None);
    assert_eq!(normalize_base("/http-codes/"), "/http-codes");
    assert_eq!(normalize_base("/"), "");
    assert_eq!(normalize_base(""), "");
}

#[test]
fn unknown_codes_get_the_nearest_known_ones() {
    let near: Vec<u16> = suggest("999").iter().map(|c| c.number).collect();
    assert_eq!(near.len(), 4);
    assert!(near.iter().all(|n| *n >= 500), "{near:?}");
    let near: Vec<u16> = suggest("/codes/419x").iter().map(|c| c.number).collect();
    assert!(
        near.contains(&418) || near.contains(&419) || near.contains(&421),
        "{near:?}"
    );
    assert_eq!(suggest("abc").len(), catalog::POPULAR.len());
    assert_eq!(suggest("/codes/99999999999999").len(), 4);
}

#[test]
fn neighbours_stay_in_the_class() {
    let n: Vec<u16> = catalog::neighbours(200).iter().map(|c| c.number).collect();
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(n[0] > 200 && n[0] < 300);
    let related: Vec<u16> = catalog::related(403).iter().map(|c| c.number).collect();
    assert!(related.contains(&401) && related.contains(&404));
    assert!(!related.contains(&403));
}

#[test]
fn backticks_become_code_spans_and_nothing_else_is_special() {
    assert_eq!(
        spans("Send `Retry-After` now"),
        [
            Span {
                text: "Send ",
                code: false
            },
            Span {
                text: "Retry-After",
                code: true
            },
            Span {
                text: " now",
                code: false
            }
        ]
    );
    assert_eq!(
        spans("<b>x</b>"),
        [Span {
            text: "<b>x</b>",
            code: false
        }]
    );
    assert_eq!(
        spans("a ` b"),
        [Span {
            text: "a ` b",
            code: false
        }]
    );
    assert_eq!(plain("`a` and `b`"), "a and b");
}
