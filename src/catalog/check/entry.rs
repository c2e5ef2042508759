//! The rules every entry of `data/codes/` follows beyond its type: where it lives, what it refers to, how much
//! it says.

use super::super::files::{DataError, Located, Parsed};
use super::super::shape::{Entry, Origin, Registration};
use super::context::Ctx;
use std::collections::{BTreeMap, BTreeSet};

/// The shortest lists an entry may have: (field, minimum).
pub const MINIMUMS: [(&str, usize); 7] = [
    ("overview", 1),
    ("details", 3),
    ("causes", 3),
    ("fixes", 3),
    ("tags", 3),
    ("related", 3),
    ("faq", 2),
];

/// The longest summary, in characters: it is one line in lists and link previews.
pub const MAX_SUMMARY_CHARS: usize = 160;

/// Checks every entry, and that no two share a number and an origin.
pub fn check(parsed: &Parsed, errors: &mut Vec<DataError>) {
    if let Some(registry) = &parsed.registry {
        let mut ctx = Ctx::new("data/registry.json", "?", errors);
        if !is_iso_date(&registry.snapshot) {
            ctx.error("snapshot", "must be a date like 2025-09-15");
        }
        if !registry.url.starts_with("https://") {
            ctx.error("url", "must be an https:// link");
        }
    }
    let tags: BTreeSet<&str> = parsed.tags.iter().map(|t| t.id.as_ref()).collect();
    let vendors: BTreeSet<&str> = parsed.vendors.iter().map(|v| v.id.as_ref()).collect();
    let codes: BTreeSet<u16> = parsed.entries.iter().map(|e| e.value.code).collect();
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for Located { path, value: e } in &parsed.entries {
        let mut ctx = Ctx::new(path, e.key(), errors);
        check_entry(e, &tags, &vendors, &codes, &mut ctx);
        if let Some(first) = seen.insert(e.key(), path) {
            ctx.error(
                "code",
                format!("a second entry for {}; the first is in {first}", e.key()),
            );
        }
    }
}

fn check_entry(
    e: &Entry,
    tags: &BTreeSet<&str>,
    vendors: &BTreeSet<&str>,
    codes: &BTreeSet<u16>,
    ctx: &mut Ctx,
) {
    if !(100..=599).contains(&e.code) {
        ctx.error("code", format!("{} is outside 100-599", e.code));
    }
    let file_name = ctx.file().rsplit(['/', '\\']).next().unwrap_or_default();
    if file_name != e.expected_file_name() {
        let expected = e.expected_file_name();
        ctx.error("code", format!("belongs in a file named {expected}"));
    }
    ctx.all_texts(e);
    match &e.origin {
        Origin::Iana(registration) => {
            if let Registration::Temporary { expires } = registration {
                if !is_iso_date(expires) {
                    ctx.error(
                        "origin.iana.temporary.expires",
                        "must be a date like 2026-11-13",
                    );
                }
            }
            if e.source.weak {
                ctx.error(
                    "source.weak",
                    "a registered code is defined by its specification",
                );
            }
        }
        Origin::Vendor(vendor) => {
            if !vendors.contains(vendor.as_ref()) {
                ctx.error(
                    "origin.vendor",
                    format!("`{vendor}` is not in data/vendors.json"),
                );
            }
        }
    }
    if !e.source.url.starts_with("https://") {
        ctx.error("source.url", "must be an https:// link");
    }
    if e.summary.chars().count() > MAX_SUMMARY_CHARS {
        ctx.error(
            "summary",
            format!("is longer than {MAX_SUMMARY_CHARS} characters: keep it to one line"),
        );
    }
    for (field, min) in MINIMUMS {
        let len = match field {
            "overview" => e.overview.len(),
            "details" => e.details.len(),
            "causes" => e.causes.len(),
            "fixes" => e.fixes.len(),
            "tags" => e.tags.len(),
            "related" => e.related.len(),
            _ => e.faq.len(),
        };
        if len < min {
            ctx.error(field, format!("has {len} items; at least {min} are needed"));
        }
    }
    let mut own_tags = BTreeSet::new();
    for (i, t) in e.tags.iter().enumerate() {
        if !tags.contains(t.as_ref()) {
            ctx.error(
                &format!("tags[{i}]"),
                format!("`{t}` is not in data/tags.json"),
            );
        }
        if !own_tags.insert(t) {
            ctx.error(&format!("tags[{i}]"), format!("`{t}` is listed twice"));
        }
    }
    let mut own_related = BTreeSet::new();
    for (i, r) in e.related.iter().enumerate() {
        let field = format!("related[{i}]");
        if !codes.contains(r) {
            ctx.error(&field, format!("{r} has no entry in the catalog"));
        }
        if *r == e.code {
            ctx.error(&field, "an entry is not related to itself");
        }
        if !own_related.insert(r) {
            ctx.error(&field, format!("{r} is listed twice"));
        }
    }
}

/// True for `YYYY-MM-DD` with a month from 01 to 12 and a day from 01 to 31.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let month = (b[5] - b'0') * 10 + (b[6] - b'0');
    let day = (b[8] - b'0') * 10 + (b[9] - b'0');
    (1..=12).contains(&month) && (1..=31).contains(&day)
}
