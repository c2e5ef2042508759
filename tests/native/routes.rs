//! URLs and titles: what a deep link shows and what the links point at.

use statuscodes::catalog::lookup::parse_code;
use statuscodes::routes::{normalize_base, Paths, Route};

#[test]
fn a_code_segment_names_a_known_code_or_not_found() {
    assert_eq!(Route::for_code("403"), Route::Code(403));
    for bad in ["999", "abc", "0403", "", "40", "403/x", "299"] {
        assert_eq!(Route::for_code(bad), Route::NotFound, "{bad}");
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
    assert_eq!(root.tag("no-such-tag"), "/");
    let sub = Paths::new("/http-codes");
    assert_eq!(sub.code(404), "/http-codes/codes/404");
    assert_eq!(sub.bookmarks(), "/http-codes/bookmarks");
    assert_eq!(sub.to(Route::Catalog), "/http-codes/");
    assert_eq!(normalize_base("/http-codes/"), "/http-codes");
    assert_eq!(normalize_base("/"), "");
    assert_eq!(normalize_base(""), "");
}

#[test]
fn the_guide_and_comparisons_have_their_own_addresses() {
    let paths = Paths::new("/sub");
    let start = statuscodes::catalog::guide::start();
    assert_eq!(paths.to(Route::Guide(start)), "/sub/guide");
    let first_answer = &statuscodes::catalog::data::guide().steps[0].answers[0].next;
    let next = Route::for_guide(first_answer);
    assert_eq!(paths.to(next), format!("/sub/guide/{first_answer}"));
    assert_eq!(Route::for_guide("no-such-step"), Route::NotFound);
    let compare = Route::for_comparison("401-403");
    assert!(matches!(compare, Route::Compare(_)));
    assert_eq!(paths.to(compare), "/sub/compare/401-403");
    assert!(compare
        .title()
        .starts_with("401 Unauthorized vs 403 Forbidden"));
    assert_eq!(Route::for_comparison("403-401"), Route::NotFound);
}

#[test]
fn every_prerendered_screen_has_its_own_link_and_title() {
    let paths = Paths::new("");
    let screens: Vec<Route> = Route::prerendered().collect();
    assert!(screens.contains(&Route::Catalog) && screens.contains(&Route::Code(403)));
    assert!(!screens.contains(&Route::NotFound));
    let mut links: Vec<String> = screens.iter().map(|r| paths.to(*r)).collect();
    links.sort();
    links.dedup();
    assert_eq!(links.len(), screens.len(), "two screens share a link");
    for r in screens {
        assert!(!r.title().starts_with("Not found"), "{r:?}");
    }
}
