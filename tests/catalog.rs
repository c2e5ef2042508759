//! The catalog held to its rules and to the specification: a wrong fact in `data/` fails here.
#![cfg(not(target_arch = "wasm32"))]

use statuscodes::catalog::schema::{load, SourceFile};
use statuscodes::catalog::{self, Class, Level, Origin, RegistryStatus, RetryVerdict, Seen};
use std::collections::BTreeSet;
use std::fs;

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.into(),
        text: text.into(),
    }
}

fn data_file(path: &str) -> SourceFile {
    file(path, &fs::read_to_string(path).expect("data file readable"))
}

const TAGS: &str = r#"[{"id": "security", "label": "Security", "description": "Defences."},
    {"id": "caching", "label": "Caching", "description": "Caches."},
    {"id": "api-design", "label": "API design", "description": "APIs."}]"#;
const VENDORS: &str = r#"[{"id": "nginx", "name": "nginx"}]"#;

/// A valid entry for `code`, as JSON, with `related` codes; tests break one field at a time.
fn entry(code: u16, related: &[u16]) -> serde_json::Value {
    serde_json::json!({
        "code": code, "name": "Example", "class": format!("{}xx", code / 100),
        "origin": {"kind": "iana", "status": "permanent"},
        "source": {"title": "RFC 9110", "section": "15", "url": "https://www.rfc-editor.org/rfc/rfc9110"},
        "summary": "One line.", "overview": ["A paragraph."],
        "details": ["a", "b", "c"], "causes": ["a", "b", "c"],
        "fixes": [{"who": "visitor", "text": "a"}, {"who": "owner", "text": "b"}, {"who": "developer", "text": "c"}],
        "tags": ["security", "caching", "api-design"], "related": related,
        "faq": [{"q": "a?", "a": "b."}, {"q": "c?", "a": "d."}],
        "protocol": {"cacheable": false, "headers": [], "retry": {"verdict": "not-as-is", "advice": "Change it."}, "seen": "wire"}
    })
}

/// Loads four valid entries plus `broken` (as data/codes/<name>), returning the error messages.
fn errors_with(name: &str, broken: serde_json::Value) -> Vec<String> {
    let mut files: Vec<SourceFile> = [
        (200, [201, 202, 203]),
        (201, [200, 202, 203]),
        (202, [200, 201, 203]),
        (203, [200, 201, 202]),
    ]
    .iter()
    .map(|(c, r)| file(&format!("data/codes/{c}.json"), &entry(*c, r).to_string()))
    .collect();
    files.push(file(&format!("data/codes/{name}"), &broken.to_string()));
    match load(
        &file("data/tags.json", TAGS),
        &file("data/vendors.json", VENDORS),
        &files,
    ) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

fn assert_one_error(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e == expected),
        "expected `{expected}` among {errors:#?}"
    );
}

#[test]
fn a_valid_set_loads() {
    assert_eq!(
        errors_with("204.json", entry(204, &[200, 201, 202])),
        Vec::<String>::new()
    );
}

#[test]
fn an_empty_required_field_names_file_entry_and_field() {
    let mut e = entry(204, &[200, 201, 202]);
    e["summary"] = "  ".into();
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `summary`: must not be empty",
    );
}

#[test]
fn a_missing_field_is_named() {
    let mut e = entry(204, &[200, 201, 202]);
    e.as_object_mut().unwrap().remove("causes");
    let errors = errors_with("204.json", e);
    assert!(
        errors
            .iter()
            .any(|m| m.starts_with("data/codes/204.json: entry ?: field `causes`")),
        "{errors:#?}"
    );
}

#[test]
fn too_few_items_are_reported() {
    let mut e = entry(204, &[200, 201, 202]);
    e["details"] = serde_json::json!(["only one"]);
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `details`: has 1 items; at least 3 are needed",
    );
}

#[test]
fn the_class_must_match_the_number() {
    let mut e = entry(204, &[200, 201, 202]);
    e["class"] = "4xx".into();
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `class`: `4xx` does not match code 204 (expected `2xx`)",
    );
}

#[test]
fn related_codes_must_exist() {
    assert_one_error(
        &errors_with("204.json", entry(204, &[200, 201, 299])),
        "data/codes/204.json: entry 204/iana: field `related[2]`: 299 has no entry in the catalog",
    );
}

#[test]
fn tags_must_be_in_the_vocabulary() {
    let mut e = entry(204, &[200, 201, 202]);
    e["tags"] = serde_json::json!(["security", "caching", "made-up"]);
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `tags[2]`: `made-up` is not in data/tags.json",
    );
}

#[test]
fn one_entry_per_code_and_origin() {
    let errors = errors_with("200.json", entry(200, &[201, 202, 203]));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("field `code`: a second entry for 200/iana")),
        "{errors:#?}"
    );
}

#[test]
fn enumerated_fields_reject_unknown_words() {
    let mut e = entry(204, &[200, 201, 202]);
    e["fixes"][0]["who"] = "everyone".into();
    e["protocol"]["retry"]["verdict"] = "maybe".into();
    let errors = errors_with("204.json", e);
    assert!(errors
        .iter()
        .any(|m| m
            .contains("field `fixes[0].who`: `everyone` is not one of visitor, owner, developer")));
    assert!(errors
        .iter()
        .any(|m| m.contains("field `protocol.retry.verdict`: `maybe` is not one of")));
}

#[test]
fn a_vendor_entry_names_a_known_vendor_and_lives_in_its_own_file() {
    let mut e = entry(499, &[200, 201, 202]);
    e["origin"] = serde_json::json!({"kind": "vendor", "vendor": "acme"});
    let errors = errors_with("499.json", e);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("field `origin.vendor`: `acme` is not in data/vendors.json")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|m| m.contains("field `code`: belongs in a file named 499-acme.json")),
        "{errors:#?}"
    );
}

#[test]
fn a_temporary_registration_needs_an_expiry_date() {
    let mut e = entry(204, &[200, 201, 202]);
    e["origin"] = serde_json::json!({"kind": "iana", "status": "temporary"});
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `origin.expires`: a temporary registration needs its expiry date",
    );
}

#[test]
fn an_unclosed_code_span_is_caught() {
    let mut e = entry(204, &[200, 201, 202]);
    e["causes"][1] = "The `Retry-After header".into();
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `causes[1]`: has an unclosed `code span`",
    );
}

#[test]
fn the_real_data_passes_the_same_checks() {
    let mut names: Vec<String> = fs::read_dir("data/codes")
        .expect("data/codes exists")
        .map(|e| {
            e.expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    let files: Vec<SourceFile> = names
        .iter()
        .map(|n| data_file(&format!("data/codes/{n}")))
        .collect();
    let loaded = load(
        &data_file("data/tags.json"),
        &data_file("data/vendors.json"),
        &files,
    );
    let catalog = loaded.unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(
        catalog.entries.len(),
        catalog::entries().len(),
        "the built catalog is the data on disk"
    );
}

// ---- Facts held to the specification ----

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
        assert_eq!(e.class, Class::of(code).unwrap());
        assert!(
            !e.overview.is_empty() && e.fixes.len() >= 3,
            "{code} is complete"
        );
    }
}

#[test]
fn every_entry_is_in_the_class_of_its_number() {
    for e in catalog::entries() {
        assert_eq!(Some(e.class), Class::of(e.code), "{}", e.code);
    }
}

#[test]
fn every_iana_value_has_an_entry_with_its_registry_status() {
    // The IANA HTTP Status Code Registry as of 2025-09-15: code, name, document, status.
    let tsv = fs::read_to_string("tests/fixtures/iana-status-codes.tsv")
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
        let actual = match e.origin {
            Origin::Iana(RegistryStatus::Permanent) => "permanent",
            Origin::Iana(RegistryStatus::Temporary { .. }) => "temporary",
            Origin::Iana(RegistryStatus::Obsoleted) => "obsoleted",
            Origin::Iana(RegistryStatus::Unused) => "unused",
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
        .contains("same credentials"));
    for code in [429, 503] {
        assert_eq!(
            registered(code).protocol.retry.verdict,
            RetryVerdict::Later,
            "{code}"
        );
    }
    for e in catalog::entries()
        .iter()
        .filter(|e| matches!(e.class, Class::Success | Class::Informational))
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
        let Origin::Vendor(v) = e.origin else {
            unreachable!()
        };
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
                    .find(|e| matches!(e.origin, Origin::Vendor(v) if v.id == vendor))
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
            .filter(|c| c.meanings.iter().any(|e| e.has_tag(t.id)))
            .count();
        assert!(n >= 2, "tag {} selects only {n} code(s)", t.id);
        assert!(n * 2 <= total, "tag {} selects {n} of {total} codes", t.id);
    }
}
