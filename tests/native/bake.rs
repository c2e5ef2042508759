//! Writing catalog values as Rust: what `build.rs` generates the app's statics with, and the file of the
//! entries' long text that the browser's statics leave out.

use serde::Serialize;
use statuscodes::assets::is_hashed;
use statuscodes::catalog::bake::{to_rust, variant_name};
use statuscodes::catalog::body::{self, Body};
use statuscodes::catalog::data::{body_of, entries, install_texts, texts_file};
use statuscodes::catalog::shape::{Actor, Fix, Origin, Registration, Text};
use std::borrow::Cow;

#[test]
fn kebab_case_words_become_variant_names() {
    assert_eq!(variant_name("not-as-is"), "NotAsIs");
    assert_eq!(variant_name("log-only"), "LogOnly");
    assert_eq!(variant_name("wire"), "Wire");
}

#[test]
fn structs_lists_and_text_become_literals_of_the_shape() {
    let fixes = vec![Fix {
        who: Actor::Owner,
        text: Cow::Borrowed("Say \"no\"\n\\ done"),
    }];
    assert_eq!(
        to_rust(&fixes).unwrap(),
        r#"Cow::Borrowed(&[Fix { who: Actor::Owner, text: Cow::Borrowed("Say \"no\"\n\\ done"), }, ])"#
    );
}

#[test]
fn enum_variants_with_data_and_options_keep_their_shape() {
    let temporary = Origin::Iana(Registration::Temporary {
        expires: Cow::Borrowed("2026-11-13"),
    });
    assert_eq!(
        to_rust(&temporary).unwrap(),
        r#"Origin::Iana(Registration::Temporary { expires: Cow::Borrowed("2026-11-13"), })"#
    );
    assert_eq!(
        to_rust(&Origin::Vendor(Cow::Borrowed("nginx"))).unwrap(),
        r#"Origin::Vendor(Cow::Borrowed("nginx"))"#
    );
    let some: Option<Text> = Some(Cow::Borrowed("x"));
    assert_eq!(to_rust(&some).unwrap(), r#"Some(Cow::Borrowed("x"))"#);
    assert_eq!(to_rust(&None::<u16>).unwrap(), "None");
}

#[test]
fn keyword_fields_are_written_as_raw_identifiers() {
    #[derive(Serialize)]
    struct Header {
        r#in: u8,
    }
    assert_eq!(to_rust(&Header { r#in: 1 }).unwrap(), "Header { r#in: 1, }");
}

#[test]
fn what_the_shape_cannot_hold_is_refused() {
    let map: std::collections::BTreeMap<&str, u8> = [("a", 1)].into();
    assert!(to_rust(&map).unwrap_err().to_string().contains("a map"));
    #[derive(Serialize)]
    struct Skips {
        #[serde(skip_serializing_if = "Option::is_none")]
        maybe: Option<u8>,
    }
    assert!(to_rust(&Skips { maybe: None })
        .unwrap_err()
        .to_string()
        .contains("skipped field (`maybe`)"));
}

#[test]
fn the_long_text_file_is_named_by_its_content_and_read_back_whole() {
    let json = body::file_json(entries());
    let name = body::file_name(&json);
    // Named like every other asset Trunk hashes, so the worker and the static hosts treat it the same way.
    assert!(is_hashed(&name), "{name}");
    assert_eq!(
        name,
        texts_file(),
        "the app asks for the file this data makes"
    );
    let mut changed = json.clone();
    changed.push(' ');
    assert_ne!(body::file_name(&changed), name, "a new text is a new file");
    // Every entry's text comes back, in the entries' order.
    let back: Vec<Body> = serde_json::from_str(&json).expect("the file reads back");
    assert_eq!(back.len(), entries().len());
    for (e, b) in entries().iter().zip(&back) {
        assert_eq!(&Body::of(e), b, "{} {}", e.code, e.name);
        assert_eq!(body_of(e), Some(b), "natively every entry's text is there");
    }
}

#[test]
fn taking_the_long_text_out_leaves_the_rest_of_the_entry() {
    let mut e = entries()
        .iter()
        .find(|e| e.code == 403)
        .expect("403")
        .clone();
    let before = e.clone();
    let taken = Body::take(&mut e);
    assert_eq!(taken, Body::of(&before));
    assert!(e.overview.is_empty() && e.details.is_empty() && e.causes.is_empty());
    assert!(e.fixes.is_empty() && e.faq.is_empty() && e.examples.is_empty());
    assert!(e.curl.command.is_empty() && e.curl.behaviour.is_empty());
    // What search, the lists and the take-over read stays.
    assert_eq!(
        (
            e.code,
            &e.name,
            &e.summary,
            &e.tags,
            &e.messages,
            &e.protocol
        ),
        (
            before.code,
            &before.name,
            &before.summary,
            &before.tags,
            &before.messages,
            &before.protocol
        )
    );
}

#[test]
fn a_text_file_that_is_not_this_catalogs_is_refused_with_the_reason() {
    let err = install_texts("not json").unwrap_err();
    assert!(err.contains("unreadable"), "{err}");
    let err = install_texts("[]").unwrap_err();
    assert!(
        err.contains(&format!("0 entries where the app has {}", entries().len())),
        "{err}"
    );
}
