//! Search ranking and the catalog filter, as a reader would use them.
#![cfg(not(target_arch = "wasm32"))]

use statuscodes::catalog::filter::{encode, Filter};
use statuscodes::catalog::search::{search, Query};
use statuscodes::catalog::{self, Class};

fn first(q: &str) -> u16 {
    search(q)
        .first()
        .unwrap_or_else(|| panic!("`{q}` finds something"))
        .code
        .number
}

fn numbers(q: &str) -> Vec<u16> {
    search(q).iter().map(|h| h.code.number).collect()
}

#[test]
fn a_number_finds_its_code_first() {
    for code in [200, 304, 403, 404, 429, 503] {
        assert_eq!(first(&code.to_string()), code);
    }
}

#[test]
fn a_number_prefix_finds_the_codes_it_starts() {
    let hits = numbers("50");
    let prefixed = catalog::codes()
        .filter(|c| c.number.to_string().starts_with("50"))
        .count();
    assert!(prefixed >= 9);
    // Codes starting with 50 come first, in order; codes whose text merely mentions one (419 names 507) follow.
    let head: Vec<u16> = hits.iter().take(prefixed).copied().collect();
    assert!(head.iter().all(|n| (500..510).contains(n)), "{hits:?}");
    assert!(head.windows(2).all(|w| w[0] < w[1]), "{head:?}");
}

#[test]
fn a_name_finds_its_code_first() {
    assert_eq!(first("not found"), 404);
    assert_eq!(first("Forbidden"), 403);
    assert_eq!(first("too many requests"), 429);
    assert_eq!(first("bad gateway"), 502);
    assert_eq!(first("service unavailable"), 503);
}

#[test]
fn a_former_name_finds_the_current_code() {
    assert_eq!(first("payload too large"), 413);
    assert_eq!(first("request entity too large"), 413);
    assert_eq!(first("unprocessable entity"), 422);
    assert_eq!(first("I'm a teapot"), 418);
}

#[test]
fn a_vendor_name_finds_its_codes() {
    let hits = numbers("cloudflare");
    for code in [520, 521, 522, 523, 524, 525, 526] {
        assert!(hits.contains(&code), "{code} in {hits:?}");
    }
    assert!(!hits.contains(&404));
    assert!(numbers("nginx").contains(&499));
}

#[test]
fn every_word_must_match() {
    assert!(numbers("gateway timeout").contains(&504));
    assert!(!numbers("gateway timeout").contains(&200));
    assert!(numbers("teapot gateway").is_empty());
}

#[test]
fn case_and_punctuation_do_not_matter() {
    assert_eq!(numbers("NOT FOUND"), numbers("not found"));
    assert_eq!(numbers("  not-found!! "), numbers("not found"));
}

#[test]
fn an_empty_or_odd_query_finds_nothing_and_never_panics() {
    assert!(search("").is_empty());
    assert!(search("   ").is_empty());
    assert!(search("<script>alert(1)</script>").is_empty());
    assert!(search(&"x".repeat(100_000)).is_empty());
    assert!(!Query::new(&"ab ".repeat(1000)).is_empty());
}

#[test]
fn the_filter_reads_the_query_string_and_ignores_what_it_does_not_know() {
    let (f, ignored) = Filter::from_query(
        Some("gateway"),
        &["security".into(), "nonsense".into(), "security".into()],
        Some("5XX"),
    );
    assert_eq!(f.q, "gateway");
    assert_eq!(
        f.tags.iter().map(|t| t.id).collect::<Vec<_>>(),
        ["security"]
    );
    assert_eq!(f.class, Some(Class::ServerError));
    assert_eq!(ignored.tags, ["nonsense"]);
    let (_, ignored) = Filter::from_query(None, &[], Some("9xx"));
    assert_eq!(ignored.class.as_deref(), Some("9xx"));
}

#[test]
fn the_filter_writes_a_query_string_that_reads_back_the_same() {
    let (f, _) = Filter::from_query(
        Some("too large & co"),
        &["security".into(), "caching".into()],
        Some("4xx"),
    );
    assert_eq!(
        f.to_query_string(),
        "?q=too%20large%20%26%20co&tag=security&tag=caching&class=4xx"
    );
    assert_eq!(Filter::default().to_query_string(), "");
    assert_eq!(encode("é/?"), "%C3%A9%2F%3F");
}

#[test]
fn a_tag_filter_keeps_exactly_the_codes_with_that_tag() {
    let (f, _) = Filter::from_query(None, &["security".into()], None);
    let shown = f.apply();
    assert!(!shown.is_empty());
    for c in &shown {
        assert!(
            c.meanings.iter().any(|e| e.has_tag("security")),
            "{}",
            c.number
        );
    }
    let expected = catalog::codes()
        .filter(|c| c.meanings.iter().any(|e| e.has_tag("security")))
        .count();
    assert_eq!(shown.len(), expected);
}

#[test]
fn every_tag_given_must_match_the_same_meaning() {
    let (both, _) = Filter::from_query(None, &["security".into(), "authentication".into()], None);
    for c in both.apply() {
        assert!(
            c.meanings
                .iter()
                .any(|e| e.has_tag("security") && e.has_tag("authentication")),
            "{}",
            c.number
        );
    }
    let (one, _) = Filter::from_query(None, &["security".into()], None);
    assert!(both.apply().len() <= one.apply().len());
}

#[test]
fn a_class_filter_keeps_one_class_in_number_order() {
    let (f, _) = Filter::from_query(None, &[], Some("3xx"));
    let shown: Vec<u16> = f.apply().iter().map(|c| c.number).collect();
    assert!(shown.iter().all(|n| (300..400).contains(n)));
    let mut sorted = shown.clone();
    sorted.sort();
    assert_eq!(shown, sorted);
    assert!(shown.contains(&301) && shown.contains(&304));
}

#[test]
fn search_text_orders_by_relevance_within_the_filter() {
    let (f, _) = Filter::from_query(Some("timeout"), &[], Some("5xx"));
    let shown: Vec<u16> = f.apply().iter().map(|c| c.number).collect();
    assert_eq!(shown.first(), Some(&504));
    assert!(shown.iter().all(|n| *n >= 500));
}

#[test]
fn toggling_a_tag_adds_then_removes_it() {
    let security = catalog::tag("security").unwrap();
    let on = Filter::default().toggle_tag(security);
    assert!(on.has_tag(security));
    assert!(on.toggle_tag(security).tags.is_empty());
}
