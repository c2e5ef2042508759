//! Search ranking, as a reader would use it.

use statuscodes::catalog::lookup::codes;
use statuscodes::catalog::search::{search, Query};

/// The code a query finds first.
pub fn first(q: &str) -> u16 {
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
    let prefixed = codes()
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
