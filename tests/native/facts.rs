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

/// The text of one status code's section in RFC 9110 (the fixture holds section 15, one `## <code>` heading each).
fn rfc9110_section(code: u16) -> Option<String> {
    let text = fs::read_to_string("tests/native/fixtures/rfc9110-status-codes.txt")
        .expect("the RFC 9110 text");
    let heading = format!("## {code} ");
    let start = text.find(&heading)?;
    let rest = &text[start + heading.len()..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

#[test]
fn the_table_of_required_headers_is_what_rfc_9110_asks_for() {
    let sources = statuscodes::catalog::load::Sources::read(std::path::Path::new("data")).unwrap();
    let catalog = statuscodes::catalog::load::load(&sources).unwrap();
    let text = fs::read_to_string("data/required-headers.json").unwrap();
    let rows: Vec<statuscodes::catalog::RequiredHeaders> = serde_json::from_str(&text).unwrap();
    assert!(rows.len() >= 15);
    assert!(!catalog.entries.is_empty());
    for row in rows.iter().filter(|r| r.defined_in == "RFC 9110") {
        let section =
            rfc9110_section(row.code).unwrap_or_else(|| panic!("RFC 9110 defines {}", row.code));
        assert!(
            row.any.iter().any(|h| section.contains(h.as_ref())),
            "RFC 9110's {} mentions none of {:?}",
            row.code,
            row.any
        );
    }
    // And every code whose section asks for a header field with MUST or "generate" has a row.
    let rows_for = |code: u16| rows.iter().any(|r| r.code == code);
    for (code, header) in [
        (101, "Upgrade"),
        (401, "WWW-Authenticate"),
        (405, "Allow"),
        (407, "Proxy-Authenticate"),
        (426, "Upgrade"),
    ] {
        let section = rfc9110_section(code).unwrap();
        assert!(
            section.contains("MUST") && section.contains(header),
            "{code}"
        );
        assert!(
            rows_for(code),
            "{code} {header} is in data/required-headers.json"
        );
    }
}

#[test]
fn every_code_sent_on_the_wire_has_an_exchange_and_a_curl_command() {
    for e in catalog::entries() {
        assert!(!e.examples.is_empty(), "{} {}", e.code, e.name);
        assert!(e.curl.command.starts_with("curl "), "{} {}", e.code, e.name);
        if e.protocol.seen == Seen::Wire {
            let first = e.examples[0]
                .response
                .as_ref()
                .unwrap_or_else(|| panic!("{} has a response", e.code));
            assert!(first[0].starts_with("HTTP/"), "{}: {}", e.code, first[0]);
        }
    }
    // Codes that never travel as a status show where they do appear instead.
    let nginx_499 = catalog::code(499)
        .and_then(|c| {
            c.meanings
                .iter()
                .find(|e| matches!(&e.origin, Origin::Vendor(v) if v == "nginx"))
        })
        .unwrap();
    assert!(
        nginx_499.examples[0].log.is_some(),
        "nginx 499 shows its access-log line"
    );
    let esri = catalog::code(498).unwrap().primary();
    let body = esri.examples[0].response.as_ref().unwrap();
    assert!(
        body[0].starts_with("HTTP/1.1 200"),
        "Esri's 498 comes inside a 200"
    );
}

#[test]
fn the_guide_covers_the_choices_an_api_author_meets() {
    use statuscodes::catalog::data::guide;
    let codes: BTreeSet<u16> = guide().outcomes.iter().map(|o| o.code).collect();
    assert!(codes.len() >= 30, "{} codes: {codes:?}", codes.len());
    for c in [
        200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 409,
        410, 412, 413, 414, 415, 422, 428, 429, 431, 500, 501, 502, 503, 504,
    ] {
        assert!(codes.contains(&c), "the guide can end on {c}");
    }
    // Where an outcome names a header its code's entry lists, it asks for it at least as strongly: a
    // particular case (a `POST` that creates) may ask for more than the code in general, never less.
    let rank = |l: Level| match l {
        Level::Must => 2,
        Level::Should => 1,
        Level::May => 0,
    };
    for o in guide().outcomes.iter() {
        let entry = registered(o.code);
        for h in o.headers.iter() {
            let own = entry
                .protocol
                .headers
                .iter()
                .find(|x| x.name.eq_ignore_ascii_case(&h.name));
            if let Some(own) = own {
                assert!(
                    rank(h.level) >= rank(own.level),
                    "outcome {} asks less of {} than {}'s entry",
                    o.id,
                    h.name,
                    o.code
                );
            }
        }
    }
}

#[test]
fn the_pairs_developers_confuse_each_have_a_page_linked_from_both_codes() {
    use statuscodes::catalog::guide::comparisons_with;
    for pair in [
        [401, 403],
        [400, 422],
        [409, 422],
        [301, 308],
        [502, 504],
        [404, 410],
        [409, 412],
        [200, 204],
    ] {
        let on_first: Vec<String> = comparisons_with(pair[0]).map(|(_, c)| c.slug()).collect();
        let on_second: Vec<String> = comparisons_with(pair[1]).map(|(_, c)| c.slug()).collect();
        let slug = format!("{}-{}", pair[0], pair[1]);
        assert!(
            on_first.contains(&slug) && on_second.contains(&slug),
            "{slug}"
        );
    }
    for trio in [[302, 307], [303, 307]] {
        assert!(
            comparisons_with(trio[0]).any(|(_, c)| c.codes.contains(&trio[1])),
            "{} and {} are compared",
            trio[0],
            trio[1]
        );
    }
}
