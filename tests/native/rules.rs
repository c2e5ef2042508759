//! The rules the catalog's files follow: a bad edit in `data/` stops the build with a message naming the file,
//! the entry and the field. These tests break one thing at a time in a small catalog and read the message.

use statuscodes::catalog::files::SourceFile;
use statuscodes::catalog::load::{load, Sources};
use std::path::Path;

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.into(),
        text: text.into(),
    }
}

const TAGS: &str = r#"[{"id": "security", "label": "Security", "description": "Defences."},
    {"id": "caching", "label": "Caching", "description": "Caches."},
    {"id": "api-design", "label": "API design", "description": "APIs."}]"#;
const VENDORS: &str = r#"[{"id": "nginx", "name": "nginx"}]"#;

/// A valid entry for `code`, as JSON, with `related` codes; tests break one field at a time.
fn entry(code: u16, related: &[u16]) -> serde_json::Value {
    serde_json::json!({
        "code": code, "name": "Example",
        "origin": {"iana": "permanent"},
        "source": {"title": "RFC 9110", "section": "15", "url": "https://www.rfc-editor.org/rfc/rfc9110"},
        "summary": "One line.", "overview": ["A paragraph."],
        "details": ["a", "b", "c"], "causes": ["a", "b", "c"],
        "fixes": [{"who": "visitor", "text": "a"}, {"who": "owner", "text": "b"}, {"who": "developer", "text": "c"}],
        "tags": ["security", "caching", "api-design"], "related": related,
        "faq": [{"q": "a?", "a": "b."}, {"q": "c?", "a": "d."}],
        "protocol": {"cacheable": false, "headers": [{"name": "Retry-After", "in": "response", "level": "may", "note": "When."}],
            "retry": {"verdict": "not-as-is", "advice": "Change it."}, "seen": "wire"}
    })
}

/// Loads four valid entries plus `broken` (as data/codes/<name>), returning the error messages.
fn errors_with(name: &str, broken: serde_json::Value) -> Vec<String> {
    let mut entries: Vec<SourceFile> = [
        (200, [201, 202, 203]),
        (201, [200, 202, 203]),
        (202, [200, 201, 203]),
        (203, [200, 201, 202]),
    ]
    .iter()
    .map(|(c, r)| file(&format!("data/codes/{c}.json"), &entry(*c, r).to_string()))
    .collect();
    entries.push(file(&format!("data/codes/{name}"), &broken.to_string()));
    let sources = Sources {
        tags: file("data/tags.json", TAGS),
        vendors: file("data/vendors.json", VENDORS),
        entries,
    };
    match load(&sources) {
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
fn every_text_is_checked_even_deep_inside_an_entry() {
    let mut e = entry(204, &[200, 201, 202]);
    e["protocol"]["headers"][0]["note"] = " When.".into();
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `protocol.headers[0].note`: has leading or trailing spaces",
    );
}

#[test]
fn a_missing_field_is_named_with_the_entry_it_belongs_to() {
    let mut e = entry(204, &[200, 201, 202]);
    e.as_object_mut().unwrap().remove("causes");
    let errors = errors_with("204.json", e);
    assert!(
        errors
            .iter()
            .any(|m| m
                .starts_with("data/codes/204.json: entry 204/iana: field `causes`: missing field")),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_field_is_refused_at_its_place() {
    let mut e = entry(204, &[200, 201, 202]);
    e["protocol"]["retry"]["when"] = "now".into();
    let errors = errors_with("204.json", e);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("field `protocol.retry.when`: unknown field `when`")),
        "{errors:#?}"
    );
}

#[test]
fn a_file_that_is_not_json_says_so() {
    let sources = Sources {
        tags: file("data/tags.json", TAGS),
        vendors: file("data/vendors.json", VENDORS),
        entries: vec![file("data/codes/204.json", "{\"code\": 204,")],
    };
    let errors: Vec<String> = load(&sources)
        .unwrap_err()
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors
            .iter()
            .any(|m| m.starts_with("data/codes/204.json: entry ?: field `?`: not valid JSON")),
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
fn enumerated_fields_reject_unknown_words_and_list_the_known_ones() {
    let mut e = entry(204, &[200, 201, 202]);
    e["fixes"][0]["who"] = "everyone".into();
    let errors = errors_with("204.json", e);
    assert!(
        errors.iter().any(|m| m.contains(
            "field `fixes[0].who`: unknown variant `everyone`, expected one of `visitor`, `owner`, `developer`"
        )),
        "{errors:#?}"
    );
    let mut e = entry(204, &[200, 201, 202]);
    e["protocol"]["retry"]["verdict"] = "maybe".into();
    let errors = errors_with("204.json", e);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("field `protocol.retry.verdict`: unknown variant `maybe`")),
        "{errors:#?}"
    );
}

#[test]
fn a_vendor_entry_names_a_known_vendor_and_lives_in_its_own_file() {
    let mut e = entry(499, &[200, 201, 202]);
    e["origin"] = serde_json::json!({"vendor": "acme"});
    let errors = errors_with("499.json", e);
    assert!(
        errors.iter().any(|m| m
            .contains("entry 499/acme: field `origin.vendor`: `acme` is not in data/vendors.json")),
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
fn a_temporary_registration_needs_a_real_expiry_date() {
    let mut e = entry(204, &[200, 201, 202]);
    e["origin"] = serde_json::json!({"iana": {"temporary": {}}});
    let errors = errors_with("204.json", e);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("field `origin.iana.temporary.expires`: missing field `expires`")),
        "{errors:#?}"
    );
    let mut e = entry(204, &[200, 201, 202]);
    e["origin"] = serde_json::json!({"iana": {"temporary": {"expires": "2026-13-01"}}});
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `origin.iana.temporary.expires`: must be a date like 2026-11-13",
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
fn the_statics_built_into_the_app_are_exactly_the_data_on_disk() {
    // build.rs reads data/ with the same loader and writes the result out as Rust (src/catalog/bake.rs); reading
    // the files again here and comparing every field catches anything the generated code loses or changes.
    let sources = Sources::read(Path::new("data")).expect("data/ is readable");
    let catalog = load(&sources).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(catalog.entries.as_slice(), statuscodes::catalog::entries());
    assert_eq!(catalog.tags.as_slice(), statuscodes::catalog::tags());
    assert_eq!(catalog.vendors.as_slice(), statuscodes::catalog::vendors());
}
