//! The vocabulary files: `data/tags.json` and `data/vendors.json`.

use super::super::files::{DataError, Parsed};
use super::context::Ctx;
use serde::Serialize;
use std::collections::BTreeSet;

/// Ids are lowercase words joined by hyphens, each defined once; every text is non-empty.
pub fn check(parsed: &Parsed, errors: &mut Vec<DataError>) {
    let tags = parsed.tags.iter().map(|t| (t.id.as_ref(), t));
    check_file("data/tags.json", tags, errors);
    let vendors = parsed.vendors.iter().map(|v| (v.id.as_ref(), v));
    check_file("data/vendors.json", vendors, errors);
}

fn check_file<'a, T: Serialize + 'a>(
    file: &str,
    items: impl Iterator<Item = (&'a str, &'a T)>,
    errors: &mut Vec<DataError>,
) {
    let mut ids = BTreeSet::new();
    for (id, item) in items {
        let mut ctx = Ctx::new(file, id, errors);
        if !is_id(id) {
            ctx.error("id", "must be lowercase letters, digits and hyphens");
        }
        if !ids.insert(id) {
            ctx.error("id", "is defined twice");
        }
        ctx.all_texts(item);
    }
}

/// True for `lowercase-words-and-digits-3`.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
