//! The catalog built into the app: `'static` data generated from `data/` by `build.rs`, so nothing is parsed
//! at start-up and every lookup is a slice, a search over a few dozen items, or a binary search.

use super::shape::{
    CloudflareError, Comparison, Ecosystem, Entry, Format, Guide, IisSub, List, Registry, Tag,
    Vendor,
};

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
