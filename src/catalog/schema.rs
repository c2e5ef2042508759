//! The catalog as it is written in `data/`: serde types for the JSON files and the checks that every entry must
//! pass before it is built into the app.
//!
//! This module depends on nothing but `serde` and `serde_json`, because `build.rs` includes it too (with
//! `#[path]`): the same checks run when the app is compiled and in `cargo test`. Every error names the file, the
//! entry and the field, so a bad edit points straight at itself.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One tag of the vocabulary in `data/tags.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagDef {
    /// The word used in entries and in the URL (`?tag=security`).
    pub id: String,
    /// The label shown on chips.
    pub label: String,
    /// One line saying what the tag selects.
    pub description: String,
}

/// One vendor of `data/vendors.json`: who invented a code outside the registry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VendorDef {
    /// The word used in entries (`"origin": {"kind": "vendor", "vendor": "nginx"}`) and in file names.
    pub id: String,
    /// The vendor's name as readers know it.
    pub name: String,
}

/// One meaning of a status code, as written in `data/codes/<code>[-<vendor>].json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub code: u16,
    pub name: String,
    #[serde(default)]
    pub former_names: Vec<String>,
    pub class: String,
    pub origin: RawOrigin,
    pub source: RawSource,
    pub summary: String,
    pub overview: Vec<String>,
    pub details: Vec<String>,
    pub causes: Vec<String>,
    pub fixes: Vec<RawFix>,
    pub tags: Vec<String>,
    pub related: Vec<u16>,
    pub faq: Vec<RawFaq>,
    pub protocol: RawProtocol,
}

/// Where a meaning comes from: the IANA registry (with its registry status) or a vendor.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum RawOrigin {
    Iana {
        status: String,
        #[serde(default)]
        expires: Option<String>,
    },
    Vendor {
        vendor: String,
    },
}

/// The document that defines the meaning.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub title: String,
    #[serde(default)]
    pub section: String,
    pub url: String,
    /// True when only secondary lists attest the code.
    #[serde(default)]
    pub weak: bool,
}

/// A fix step and who takes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFix {
    pub who: String,
    pub text: String,
}

/// A question people ask, with our answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFaq {
    pub q: String,
    pub a: String,
}

/// What the protocol says about responses with this code.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProtocol {
    pub cacheable: bool,
    pub headers: Vec<RawHeader>,
    pub retry: RawRetry,
    pub seen: String,
}

/// A header field that goes with the code.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHeader {
    pub name: String,
    pub level: String,
    pub note: String,
}

/// Whether and how a client should repeat the request.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRetry {
    pub verdict: String,
    pub advice: String,
}

/// Words accepted in the enumerated fields; the app's model has one enum per list, in the same order.
pub const REGISTRY_STATUSES: [&str; 4] = ["permanent", "temporary", "obsoleted", "unused"];
pub const ACTORS: [&str; 3] = ["visitor", "owner", "developer"];
pub const HEADER_LEVELS: [&str; 3] = ["must", "should", "may"];
pub const RETRY_VERDICTS: [&str; 4] = ["not-needed", "not-as-is", "later", "conditional"];
pub const SEEN: [&str; 5] = ["wire", "internal", "log-only", "body", "client"];

/// A problem found in the data, located by file, entry and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub entry: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: entry {}: field `{}`: {}",
            self.file, self.entry, self.field, self.message
        )
    }
}

/// A data file as read from disk: its path (for messages) and its text.
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// The whole catalog, parsed and checked.
#[derive(Debug, Clone)]
pub struct RawCatalog {
    pub tags: Vec<TagDef>,
    pub vendors: Vec<VendorDef>,
    /// Sorted by code, then IANA first, then vendors in the order of `vendors.json`.
    pub entries: Vec<RawEntry>,
}

impl RawEntry {
    /// The key that must be unique in the catalog: `403/iana`, `499/nginx`.
    pub fn key(&self) -> String {
        format!("{}/{}", self.code, self.origin_id())
    }

    /// `iana` or the vendor id.
    pub fn origin_id(&self) -> &str {
        match &self.origin {
            RawOrigin::Iana { .. } => "iana",
            RawOrigin::Vendor { vendor } => vendor,
        }
    }

    /// The file name this entry must live in: `403.json` for the registry, `499-nginx.json` for a vendor.
    pub fn expected_file_name(&self) -> String {
        match &self.origin {
            RawOrigin::Iana { .. } => format!("{}.json", self.code),
            RawOrigin::Vendor { vendor } => format!("{}-{}.json", self.code, vendor),
        }
    }
}

/// Minimum counts for the lists of an entry: (field, minimum).
pub const MINIMUMS: [(&str, usize); 7] = [
    ("overview", 1),
    ("details", 3),
    ("causes", 3),
    ("fixes", 3),
    ("tags", 3),
    ("related", 3),
    ("faq", 2),
];

/// Parses and checks the vocabulary files and every entry file. Returns every problem found, not just the first.
pub fn load(
    tags: &SourceFile,
    vendors: &SourceFile,
    entries: &[SourceFile],
) -> Result<RawCatalog, Vec<DataError>> {
    let mut errors = Vec::new();
    let tags: Vec<TagDef> = parse_list(tags, &mut errors);
    let vendors: Vec<VendorDef> = parse_list(vendors, &mut errors);
    check_vocabulary(
        "data/tags.json",
        tags.iter()
            .map(|t| (t.id.as_str(), [t.label.as_str(), t.description.as_str()])),
        &mut errors,
    );
    check_vocabulary(
        "data/vendors.json",
        vendors
            .iter()
            .map(|v| (v.id.as_str(), [v.name.as_str(), v.name.as_str()])),
        &mut errors,
    );

    let mut parsed: Vec<(String, RawEntry)> = Vec::new();
    for file in entries {
        match serde_json::from_str::<RawEntry>(&file.text) {
            Ok(entry) => parsed.push((file.path.clone(), entry)),
            Err(e) => errors.push(DataError {
                file: file.path.clone(),
                entry: "?".into(),
                field: field_of_serde_error(&e.to_string()),
                message: format!("not a valid entry: {e}"),
            }),
        }
    }

    let tag_ids: BTreeSet<&str> = tags.iter().map(|t| t.id.as_str()).collect();
    let vendor_ids: Vec<&str> = vendors.iter().map(|v| v.id.as_str()).collect();
    let codes: BTreeSet<u16> = parsed.iter().map(|(_, e)| e.code).collect();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (path, entry) in &parsed {
        let mut ctx = Ctx {
            file: path,
            entry: entry.key(),
            errors: &mut errors,
        };
        check_entry(entry, &tag_ids, &vendor_ids, &codes, &mut ctx);
        if let Some(first) = seen.insert(entry.key(), path.clone()) {
            ctx.error(
                "code",
                format!(
                    "a second entry for {}; the first is in {first}",
                    entry.key()
                ),
            );
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    let mut entries: Vec<RawEntry> = parsed.into_iter().map(|(_, e)| e).collect();
    let rank = |e: &RawEntry| match &e.origin {
        RawOrigin::Iana { .. } => 0,
        RawOrigin::Vendor { vendor } => {
            1 + vendor_ids
                .iter()
                .position(|v| v == vendor)
                .unwrap_or(usize::MAX - 1)
        }
    };
    entries.sort_by_key(|e| (e.code, rank(e)));
    Ok(RawCatalog {
        tags,
        vendors,
        entries,
    })
}

struct Ctx<'a> {
    file: &'a str,
    entry: String,
    errors: &'a mut Vec<DataError>,
}

impl Ctx<'_> {
    fn error(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(DataError {
            file: self.file.to_string(),
            entry: self.entry.clone(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(field, "must not be empty");
        } else if value.trim() != value {
            self.error(field, "has leading or trailing spaces");
        } else if value.matches('`').count() % 2 == 1 {
            self.error(field, "has an unclosed `code span`");
        }
    }

    fn one_of(&mut self, field: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            self.error(
                field,
                format!("`{value}` is not one of {}", allowed.join(", ")),
            );
        }
    }
}

fn check_entry(
    e: &RawEntry,
    tag_ids: &BTreeSet<&str>,
    vendor_ids: &[&str],
    codes: &BTreeSet<u16>,
    ctx: &mut Ctx,
) {
    if !(100..=599).contains(&e.code) {
        ctx.error("code", format!("{} is outside 100-599", e.code));
    }
    let class = format!("{}xx", e.code / 100);
    if e.class != class {
        ctx.error(
            "class",
            format!(
                "`{}` does not match code {} (expected `{class}`)",
                e.class, e.code
            ),
        );
    }
    let file_name = ctx
        .file
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .to_string();
    if file_name != e.expected_file_name() {
        ctx.error(
            "code",
            format!("belongs in a file named {}", e.expected_file_name()),
        );
    }
    ctx.text("name", &e.name);
    for (i, n) in e.former_names.iter().enumerate() {
        ctx.text(&format!("former_names[{i}]"), n);
    }
    match &e.origin {
        RawOrigin::Iana { status, expires } => {
            ctx.one_of("origin.status", status, &REGISTRY_STATUSES);
            match (status.as_str(), expires) {
                ("temporary", None) => ctx.error(
                    "origin.expires",
                    "a temporary registration needs its expiry date",
                ),
                ("temporary", Some(d)) if !is_iso_date(d) => {
                    ctx.error("origin.expires", "must be a date like 2026-11-13")
                }
                ("temporary", Some(_)) => {}
                (_, Some(_)) => ctx.error("origin.expires", "only temporary registrations expire"),
                _ => {}
            }
            if e.source.weak {
                ctx.error(
                    "source.weak",
                    "a registered code is defined by its specification",
                );
            }
        }
        RawOrigin::Vendor { vendor } => {
            if !vendor_ids.contains(&vendor.as_str()) {
                ctx.error(
                    "origin.vendor",
                    format!("`{vendor}` is not in data/vendors.json"),
                );
            }
        }
    }
    ctx.text("source.title", &e.source.title);
    if !e.source.url.starts_with("https://") {
        ctx.error("source.url", "must be an https:// link");
    }
    ctx.text("summary", &e.summary);
    if e.summary.len() > 160 {
        ctx.error(
            "summary",
            "is longer than 160 characters: keep it to one line",
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
    for (field, list) in [
        ("overview", &e.overview),
        ("details", &e.details),
        ("causes", &e.causes),
    ] {
        for (i, t) in list.iter().enumerate() {
            ctx.text(&format!("{field}[{i}]"), t);
        }
    }
    for (i, f) in e.fixes.iter().enumerate() {
        ctx.one_of(&format!("fixes[{i}].who"), &f.who, &ACTORS);
        ctx.text(&format!("fixes[{i}].text"), &f.text);
    }
    let mut own_tags = BTreeSet::new();
    for (i, t) in e.tags.iter().enumerate() {
        if !tag_ids.contains(t.as_str()) {
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
        if !codes.contains(r) {
            ctx.error(
                &format!("related[{i}]"),
                format!("{r} has no entry in the catalog"),
            );
        }
        if *r == e.code {
            ctx.error(
                &format!("related[{i}]"),
                "an entry is not related to itself",
            );
        }
        if !own_related.insert(r) {
            ctx.error(&format!("related[{i}]"), format!("{r} is listed twice"));
        }
    }
    for (i, f) in e.faq.iter().enumerate() {
        ctx.text(&format!("faq[{i}].q"), &f.q);
        ctx.text(&format!("faq[{i}].a"), &f.a);
    }
    for (i, h) in e.protocol.headers.iter().enumerate() {
        ctx.text(&format!("protocol.headers[{i}].name"), &h.name);
        ctx.one_of(
            &format!("protocol.headers[{i}].level"),
            &h.level,
            &HEADER_LEVELS,
        );
        ctx.text(&format!("protocol.headers[{i}].note"), &h.note);
    }
    ctx.one_of(
        "protocol.retry.verdict",
        &e.protocol.retry.verdict,
        &RETRY_VERDICTS,
    );
    ctx.text("protocol.retry.advice", &e.protocol.retry.advice);
    ctx.one_of("protocol.seen", &e.protocol.seen, &SEEN);
}

fn parse_list<T: for<'de> Deserialize<'de>>(
    file: &SourceFile,
    errors: &mut Vec<DataError>,
) -> Vec<T> {
    serde_json::from_str(&file.text).unwrap_or_else(|e| {
        errors.push(DataError {
            file: file.path.clone(),
            entry: "?".into(),
            field: field_of_serde_error(&e.to_string()),
            message: format!("not valid: {e}"),
        });
        Vec::new()
    })
}

fn check_vocabulary<'a>(
    file: &str,
    items: impl Iterator<Item = (&'a str, [&'a str; 2])>,
    errors: &mut Vec<DataError>,
) {
    let mut ids = BTreeSet::new();
    for (id, texts) in items {
        let mut error = |field: &str, message: String| {
            errors.push(DataError {
                file: file.into(),
                entry: id.into(),
                field: field.into(),
                message,
            })
        };
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            error("id", "must be lowercase letters, digits and hyphens".into());
        }
        if !ids.insert(id) {
            error("id", "is defined twice".into());
        }
        if texts.iter().any(|t| t.trim().is_empty()) {
            error("label", "every text must be non-empty".into());
        }
    }
}

/// serde_json names the unknown or missing field inside backticks; pull it out so the message points at it.
fn field_of_serde_error(message: &str) -> String {
    message.split('`').nth(1).unwrap_or("?").to_string()
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
