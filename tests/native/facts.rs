//! The catalog held to the specification and to what readers meet: a wrong fact in `data/` fails here.

use statuscodes::catalog::{self, Class, Level, Origin, Registration, RetryVerdict, Seen};
use std::collections::BTreeSet;
use std::fs;

fn registered(code: u16) -> &'static catalog::Entry {
    catalog::code(code)
        .and_then(|c| c.meanings.iter().find(|e| e.origin.is_registered()))
        .unwrap_or_else(|| panic!("{code} has a registered entry"))
}

#[test]
fn the_first_codes_are_all_there() {
    for code in [
        200, 201, 204, 301, 304, 400, 401, 403, 404, 429, 500, 502, 503,
    ] {
        let e = registered(code);
        assert_eq!(Some(e.class()), Class::of(code));
        assert!(
            !e.overview.is_empty() && e.fixes.len() >= 3,
            "{code} is complete"
        );
    }
}

#[test]
fn every_iana_value_has_an_entry_with_its_registry_status() {
    // The IANA HTTP Status Code Registry as of 2025-09-15: code, name, document, status.
    let tsv = fs::read_to_string("tests/native/fixtures/iana-status-codes.tsv")
        .expect("the IANA registry snapshot");
    let mut count = 0;
    for line in tsv.lines().filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let code: u16 = cols[0].parse().expect("a code");
        let e = registered(code);
        let expected = match cols[3] {
            "registered" => "permanent",
            other => other,
        };
        let actual = match &e.origin {
            Origin::Iana(Registration::Permanent) => "permanent",
            Origin::Iana(Registration::Temporary { .. }) => "temporary",
            Origin::Iana(Registration::Obsoleted) => "obsoleted",
            Origin::Iana(Registration::Unused) => "unused",
            Origin::Vendor(_) => "vendor",
        };
        assert_eq!(actual, expected, "{code}");
        count += 1;
    }
    assert_eq!(count, 64);
}

#[test]
fn the_cacheable_by_default_set_is_exactly_rfc_9110_and_7725() {
    let expected: BTreeSet<u16> = [
        200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
    ]
    .into();
    let actual: BTreeSet<u16> = catalog::entries()
        .iter()
        .filter(|e| e.protocol.cacheable)
        .map(|e| e.code)
        .collect();
    assert_eq!(actual, expected);
    for e in catalog::entries()
        .iter()
        .filter(|e| !e.origin.is_registered())
    {
        assert!(
            !e.protocol.cacheable,
            "{} {} is a vendor code",
            e.code, e.name
        );
    }
}

fn header(code: u16, name: &str) -> Option<Level> {
    registered(code)
        .protocol
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(name))
        .map(|h| h.level)
}

#[test]
fn required_headers_are_stated() {
    for (code, name, level) in [
        (101, "Upgrade", Level::Must),
        (426, "Upgrade", Level::Must),
        (401, "WWW-Authenticate", Level::Must),
        (407, "Proxy-Authenticate", Level::Must),
        (405, "Allow", Level::Must),
        (206, "Content-Range", Level::Must),
        (416, "Content-Range", Level::Should),
    ] {
        assert_eq!(header(code, name), Some(level), "{code} {name}");
    }
    for code in [301, 302, 303, 307, 308] {
        assert!(header(code, "Location").is_some(), "{code} names Location");
    }
    for code in [429, 503] {
        assert_eq!(
            header(code, "Retry-After"),
            Some(Level::May),
            "{code} Retry-After"
        );
    }
}

#[test]
fn retry_advice_follows_the_specification() {
    assert_eq!(
        registered(408).protocol.retry.verdict,
        RetryVerdict::Conditional
    );
    assert!(registered(408).protocol.retry.advice.contains("connection"));
    assert_eq!(
        registered(421).protocol.retry.verdict,
        RetryVerdict::Conditional
    );
    assert_eq!(
        registered(425).protocol.retry.verdict,
        RetryVerdict::Conditional
    );
    assert!(registered(425).protocol.retry.advice.contains("early data"));
    assert_eq!(
        registered(403).protocol.retry.verdict,
        RetryVerdict::NotAsIs
    );
    assert!(registered(403)
        .protocol
        .retry
        .advice
        .contains("refused again"));
    for code in [429, 503] {
        assert_eq!(
            registered(code).protocol.retry.verdict,
            RetryVerdict::Later,
            "{code}"
        );
    }
    for e in catalog::entries()
        .iter()
        .filter(|e| matches!(e.class(), Class::Success | Class::Informational))
    {
        assert_eq!(
            e.protocol.retry.verdict,
            RetryVerdict::NotNeeded,
            "{} {}",
            e.code,
            e.name
        );
    }
}

#[test]
fn every_vendor_entry_names_its_vendor_and_a_source() {
    for e in catalog::entries()
        .iter()
        .filter(|e| !e.origin.is_registered())
    {
        let Origin::Vendor(id) = &e.origin else {
            unreachable!()
        };
        let v = catalog::vendor(id).expect("a vendor of vendors.json");
        assert!(!v.name.is_empty());
        assert!(
            e.source.url.starts_with("https://") && !e.source.title.is_empty(),
            "{} {}",
            e.code,
            v.id
        );
        assert!(
            e.has_tag("unofficial"),
            "{} {} is tagged unofficial",
            e.code,
            v.id
        );
    }
}

#[test]
fn codes_that_never_cross_the_wire_say_so() {
    let seen = |code: u16, vendor: &str| {
        catalog::code(code)
            .and_then(|c| {
                c.meanings
                    .iter()
                    .find(|e| matches!(&e.origin, Origin::Vendor(id) if id == vendor))
            })
            .map(|e| e.protocol.seen)
    };
    assert_eq!(seen(444, "nginx"), Some(Seen::LogOnly));
    assert_eq!(seen(499, "nginx"), Some(Seen::LogOnly));
    assert_eq!(seen(498, "esri"), Some(Seen::Body));
    assert_eq!(seen(499, "esri"), Some(Seen::Body));
}

#[test]
fn a_registered_meaning_comes_first() {
    for c in catalog::codes() {
        let first_vendor = c.meanings.iter().position(|e| !e.origin.is_registered());
        let last_registered = c.meanings.iter().rposition(|e| e.origin.is_registered());
        if let (Some(v), Some(r)) = (first_vendor, last_registered) {
            assert!(r < v, "{}", c.number);
        }
    }
}

#[test]
fn every_tag_selects_a_useful_group() {
    let total = catalog::codes().count();
    for t in catalog::tags() {
        let n = catalog::codes()
            .filter(|c| c.meanings.iter().any(|e| e.has_tag(&t.id)))
            .count();
        assert!(n >= 2, "tag {} selects only {n} code(s)", t.id);
        assert!(n * 2 <= total, "tag {} selects {n} of {total} codes", t.id);
    }
}
