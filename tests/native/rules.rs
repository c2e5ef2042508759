//! The rules the catalog's files follow: a bad edit in `data/` stops the build with a message naming the file,
//! the entry and the field. These tests break one thing at a time in a small catalog and read the message.

use statuscodes::catalog::files::SourceFile;
use statuscodes::catalog::load::{load, Sources};
use std::path::Path;

/// A catalog's files: these entries, this guide and these comparisons, and empty lists for the rest.
fn sources(entries: Vec<SourceFile>, guide: &str, comparisons: &str) -> Sources {
    Sources {
        tags: file("data/tags.json", TAGS),
        vendors: file("data/vendors.json", VENDORS),
        entries,
        required_headers: file("data/required-headers.json", REQUIRED),
        guide: file("data/guide.json", guide),
        comparisons: file("data/comparisons.json", comparisons),
        constants: file("data/constants.json", "[]"),
        iis: file("data/iis.json", "[]"),
        cloudflare: file("data/cloudflare.json", "[]"),
        formats: file("data/formats.json", "[]"),
        registry: file(
            "data/registry.json",
            r#"{"snapshot": "2025-09-15", "url": "https://www.iana.org/assignments/http-status-codes/"}"#,
        ),
    }
}

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
const REQUIRED: &str = r#"[{"code": 202, "any": ["Location"], "defined_in": "RFC 9110"}]"#;
const COMPARISONS: &str = r#"[{"codes": [200, 201], "summary": "One line.",
    "rows": [{"aspect": "What", "values": ["a", "b"]}],
    "choose": [{"code": 200, "when": "a"}, {"code": 201, "when": "b"}],
    "examples": [{"situation": "s", "code": 201, "why": "w"}]}]"#;

/// A valid guide: a first question, a second one, and three outcomes; tests break one part at a time.
fn guide() -> serde_json::Value {
    serde_json::json!({
        "start": "first",
        "steps": [
            {"id": "first", "question": "Did it work?", "answers": [
                {"label": "Yes", "next": "second"}, {"label": "No", "next": "failed"}]},
            {"id": "second", "question": "Did it create something?", "help": "A new resource.", "answers": [
                {"label": "Yes", "next": "created"}, {"label": "No", "next": "done"}]}
        ],
        "outcomes": [
            {"id": "created", "code": 201, "why": "Made.", "headers": [{"name": "Location", "level": "may", "note": "Where."}],
             "alternatives": [{"code": 200, "when": "Nothing new."}]},
            {"id": "done", "code": 200, "why": "Worked.", "headers": [], "alternatives": [{"code": 201, "when": "Made."}]},
            {"id": "failed", "code": 203, "why": "Failed.", "headers": [], "alternatives": []}
        ]
    })
}

/// The messages for the catalog with this guide and these comparisons.
fn guide_errors(guide: serde_json::Value, comparisons: &str) -> Vec<String> {
    let entries = [200, 201, 202, 203]
        .iter()
        .map(|c| {
            let others: Vec<u16> = [200, 201, 202, 203]
                .into_iter()
                .filter(|o| o != c)
                .collect();
            file(
                &format!("data/codes/{c}.json"),
                &entry(*c, &others).to_string(),
            )
        })
        .collect();
    let sources = sources(entries, &guide.to_string(), comparisons);
    match load(&sources) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

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
        "examples": [{"scenario": "A request.", "request": ["GET /x HTTP/1.1", "Host: example.com"],
            "response": [format!("HTTP/1.1 {code} Example"), "Location: /x", ""]}],
        "curl": {"command": "curl -i https://example.com/x", "behaviour": "It prints the response."},
        "protocol": {"cacheable": false, "headers": [{"name": "Retry-After", "in": "response", "level": "may", "note": "When."}],
            "retry": {"verdict": "not-as-is", "advice": "Change it."}, "seen": "wire"}
    })
}

/// Loads four valid entries plus `broken` (as data/codes/<name>, in place of the valid one of that name),
/// returning the error messages.
fn errors_with(name: &str, broken: serde_json::Value) -> Vec<String> {
    let mut entries: Vec<SourceFile> = [
        (200, [201, 202, 203]),
        (201, [200, 202, 203]),
        (202, [200, 201, 203]),
        (203, [200, 201, 202]),
    ]
    .iter()
    .map(|(c, r)| file(&format!("data/codes/{c}.json"), &entry(*c, r).to_string()))
    .filter(|f| !f.path.ends_with(&format!("/{name}")) || name == "200.json")
    .collect();
    entries.push(file(&format!("data/codes/{name}"), &broken.to_string()));
    let sources = sources(entries, &guide().to_string(), COMPARISONS);
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
    let sources = sources(
        vec![file("data/codes/204.json", "{\"code\": 204,")],
        &guide().to_string(),
        COMPARISONS,
    );

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

fn with_response(code: u16, response: serde_json::Value) -> Vec<String> {
    let others: Vec<u16> = [200, 201, 202, 203]
        .into_iter()
        .filter(|c| *c != code)
        .take(3)
        .collect();
    let mut e = entry(code, &others);
    e["examples"][0]["response"] = response;
    errors_with(&format!("{code}.json"), e)
}

#[test]
fn the_first_example_shows_the_entrys_own_code() {
    let errors = with_response(204, serde_json::json!(["HTTP/1.1 200 OK", ""]));
    assert_one_error(
        &errors,
        "data/codes/204.json: entry 204/iana: field `examples[0]`: does not show 204 anywhere",
    );
}

#[test]
fn start_lines_and_header_lines_are_well_formed() {
    let errors = with_response(204, serde_json::json!(["HTTP 1.1 204", ""]));
    assert!(
        errors
            .iter()
            .any(|m| m
                .contains("field `examples[0].response[0]`: `HTTP 1.1 204` is not a status line")),
        "{errors:#?}"
    );
    let errors = with_response(
        204,
        serde_json::json!(["HTTP/1.1 204 No Content", "Bad Header: x", ""]),
    );
    assert!(
        errors
            .iter()
            .any(|m| m
                .contains("field `examples[0].response[1]`: `Bad Header: x` is not a header line")),
        "{errors:#?}"
    );
    let mut e = entry(204, &[200, 201, 202]);
    e["examples"][0]["request"] = serde_json::json!(["GET /x HTTP/1.1"]);
    assert_one_error(
        &errors_with("204.json", e),
        "data/codes/204.json: entry 204/iana: field `examples[0].request`: an HTTP/1.1 request needs a `Host` header",
    );
}

#[test]
fn a_response_carries_the_headers_its_code_needs() {
    let errors = with_response(202, serde_json::json!(["HTTP/1.1 202 Accepted", ""]));
    assert_one_error(
        &errors,
        "data/codes/202.json: entry 202/iana: field `examples[0].response[0]`: a 202 response needs `Location` (RFC 9110 asks for it)",
    );
    let fine = with_response(
        202,
        serde_json::json!(["HTTP/1.1 202 Accepted", "Location: /x", ""]),
    );
    assert_eq!(fine, Vec::<String>::new());
}

#[test]
fn problem_details_are_valid_json_naming_the_status_they_come_with() {
    let errors = with_response(
        204,
        serde_json::json!([
            "HTTP/1.1 204 No Content",
            "Content-Type: application/problem+json",
            "",
            "{\"status\": 204"
        ]),
    );
    assert!(
        errors
            .iter()
            .any(|m| m.contains("a 204 response never has a body")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|m| m.contains("the JSON body is not valid JSON")),
        "{errors:#?}"
    );
    let mut e = entry(203, &[200, 201, 202]);
    e["code"] = 422.into();
    e["examples"][0]["response"] = serde_json::json!([
        "HTTP/1.1 422 Unprocessable Content", "Content-Type: application/problem+json", "",
        "{\"type\": \"about:blank\", \"title\": \"Invalid\", \"status\": 400, \"detail\": \"Bad field.\"}"
    ]);
    e["related"] = serde_json::json!([200, 201, 202]);
    let errors = errors_with("422.json", e);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("the Problem Details `status` is 400, but the response is 422")),
        "{errors:#?}"
    );
}

#[test]
fn interim_responses_come_first_and_a_body_keeps_no_guessed_length() {
    let errors = with_response(
        204,
        serde_json::json!(["HTTP/1.1 100 Continue", "", "HTTP/1.1 204 No Content", ""]),
    );
    assert_eq!(errors, Vec::<String>::new());
    let errors = with_response(
        202,
        serde_json::json!([
            "HTTP/1.1 202 Accepted",
            "Location: /x",
            "Content-Length: 4",
            "",
            "body"
        ]),
    );
    assert!(
        errors
            .iter()
            .any(|m| m.contains("leave `Content-Length` out")),
        "{errors:#?}"
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

#[test]
fn a_valid_guide_and_comparison_load() {
    assert_eq!(guide_errors(guide(), COMPARISONS), Vec::<String>::new());
}

#[test]
fn an_answer_that_leads_nowhere_names_its_step() {
    let mut g = guide();
    g["steps"][1]["answers"][0]["next"] = "nowhere".into();
    let errors = guide_errors(g, COMPARISONS);
    assert!(
        errors.iter().any(|m| m
            == "data/guide.json: entry step `second`: field `answers[0].next`: `nowhere` is neither a step nor an outcome"),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|m| m.contains("entry `created`: field `id`: cannot be reached from the start")),
        "the outcome it led to is now a dead branch: {errors:#?}"
    );
}

#[test]
fn answers_that_go_round_in_a_circle_are_named() {
    let mut g = guide();
    g["steps"][1]["answers"][1]["next"] = "first".into();
    let errors = guide_errors(g, COMPARISONS);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("the answers go round in a circle: first → second → first")),
        "{errors:#?}"
    );
}

#[test]
fn a_question_needs_answers_and_an_outcome_a_known_code() {
    let mut g = guide();
    g["steps"][1]["answers"] = serde_json::json!([{"label": "Only", "next": "created"}]);
    g["outcomes"][2]["code"] = 299.into();
    let errors = guide_errors(g, COMPARISONS);
    assert!(
        errors.iter().any(|m| m.contains(
            "entry step `second`: field `answers`: has 1 answers; a question has 2 to 6"
        )),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|m| m
                .contains("entry outcome `failed`: field `code`: 299 has no entry in the catalog")),
        "{errors:#?}"
    );
    let mut g = guide();
    g["start"] = "created".into();
    let errors = guide_errors(g, COMPARISONS);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("field `start`: `created` is not a step")),
        "{errors:#?}"
    );
}

#[test]
fn a_comparison_has_one_value_per_code_and_known_codes_in_order() {
    let broken = COMPARISONS
        .replace(r#""values": ["a", "b"]"#, r#""values": ["a"]"#)
        .replace("[200, 201]", "[201, 200]");
    let errors = guide_errors(guide(), &broken);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("field `rows[0].values`: has 1 values for 2 codes")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|m| m.contains("field `codes`: must be in ascending order")),
        "{errors:#?}"
    );
}
