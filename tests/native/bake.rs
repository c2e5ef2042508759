//! Writing catalog values as Rust: what `build.rs` generates the app's statics with.

use serde::Serialize;
use statuscodes::catalog::bake::{to_rust, variant_name};
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
