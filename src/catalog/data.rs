//! The catalog built into the app: `'static` data generated from `data/` by `build.rs`, so nothing is parsed
//! at start-up and every lookup is a slice, a search over a few dozen items, or a binary search.

use super::body::Body;
use super::shape::{
    CloudflareError, Comparison, Ecosystem, Entry, Format, Guide, IisSub, List, Registry, Tag,
    Vendor,
};

use std::sync::OnceLock;

mod generated {
    use super::super::shape::*;
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

/// Every entry, sorted by code, the registered meaning of a number first.
pub fn entries() -> &'static [Entry] {
    statics(&generated::ENTRIES)
}

/// The tag vocabulary, in the order of `data/tags.json`.
pub fn tags() -> &'static [Tag] {
    statics(&generated::TAGS)
}

/// The vendors, in the order of `data/vendors.json`.
pub fn vendors() -> &'static [Vendor] {
    statics(&generated::VENDORS)
}

/// The IANA registry snapshot the catalog follows.
pub fn registry() -> &'static Registry {
    &generated::REGISTRY
}

/// The guide.
pub fn guide() -> &'static Guide {
    &generated::GUIDE
}

/// The comparison pages.
pub fn comparisons() -> &'static [Comparison] {
    statics(&generated::COMPARISONS)
}

/// The frameworks' constants, by ecosystem.
pub fn ecosystems() -> &'static [Ecosystem] {
    statics(&generated::ECOSYSTEMS)
}

/// IIS sub-statuses, by code and sub-status.
pub fn iis() -> &'static [IisSub] {
    statics(&generated::IIS)
}

/// Cloudflare's 1xxx errors, by number.
pub fn cloudflare() -> &'static [CloudflareError] {
    statics(&generated::CLOUDFLARE)
}

/// The formats of pasted text, most specific first.
pub fn formats() -> &'static [Format] {
    statics(&generated::FORMATS)
}

/// The name of the file of the entries' long text, relative to the app's base (see [`super::body`]).
pub fn texts_file() -> &'static str {
    generated::TEXTS_FILE
}

static TEXTS: OnceLock<Vec<Body>> = OnceLock::new();

/// Every entry's long text, in the entries' order: always there natively; in the browser's build, once
/// [`install_texts`] has been given the file.
pub fn texts() -> Option<&'static [Body]> {
    if generated::TEXTS_LEFT_OUT {
        TEXTS.get()
    } else {
        Some(TEXTS.get_or_init(|| entries().iter().map(Body::of).collect()))
    }
    .map(Vec::as_slice)
}

/// Takes in the content of [`texts_file`]; refused, with the reason, when it is not the text of these entries.
pub fn install_texts(json: &str) -> Result<(), String> {
    let bodies: Vec<Body> =
        serde_json::from_str(json).map_err(|e| format!("the catalog's text is unreadable: {e}"))?;
    if bodies.len() != entries().len() {
        return Err(format!(
            "the catalog's text has {} entries where the app has {}",
            bodies.len(),
            entries().len()
        ));
    }
    let _ = TEXTS.set(bodies);
    Ok(())
}

/// The long text of `entry` (one of [`entries`]), when it is here.
pub fn body_of(entry: &Entry) -> Option<&'static Body> {
    let i = entries().iter().position(|e| std::ptr::eq(e, entry))?;
    texts()?.get(i)
}

/// The tag with this id.
pub fn tag(id: &str) -> Option<&'static Tag> {
    tags().iter().find(|t| t.id == id)
}

/// The vendor with this id.
pub fn vendor(id: &str) -> Option<&'static Vendor> {
    vendors().iter().find(|v| v.id == id)
}

fn statics<T: Clone>(list: &'static List<T>) -> &'static [T] {
    list
}
