//! Reads the catalog from `data/`, checks it and puts it in order: what `build.rs` turns into statics.

use super::check;
use super::files::{entry_key, parse, DataError, Located, Parsed, SourceFile};
use super::shape::{
    CloudflareError, Comparison, Ecosystem, Entry, Format, Guide, IisSub, Origin, Registry,
    RequiredHeaders, Tag, Vendor,
};
use std::path::Path;
use std::{fs, io};

/// The whole catalog, parsed, checked and sorted.
#[derive(Clone, Debug)]
pub struct Catalog {
    /// The tag vocabulary, in the order of `data/tags.json`.
    pub tags: Vec<Tag>,
    /// The vendors, in the order of `data/vendors.json`.
    pub vendors: Vec<Vendor>,
    /// Sorted by code, then the registered meaning, then vendors in the order of `data/vendors.json`.
    pub entries: Vec<Entry>,
    /// The guide.
    pub guide: Guide,
    /// The comparison pages, in file order.
    pub comparisons: Vec<Comparison>,
    /// The frameworks' constants, by ecosystem.
    pub ecosystems: Vec<Ecosystem>,
    /// IIS sub-statuses, by code and sub-status.
    pub iis: Vec<IisSub>,
    /// Cloudflare's 1xxx errors, by number.
    pub cloudflare: Vec<CloudflareError>,
    /// The formats of pasted text, most specific first.
    pub formats: Vec<Format>,
    /// The registry snapshot the catalog follows.
    pub registry: Registry,
}

/// The files of a catalog, read but not parsed.
#[derive(Clone, Debug)]
pub struct Sources {
    /// `data/tags.json`.
    pub tags: SourceFile,
    /// `data/vendors.json`.
    pub vendors: SourceFile,
    /// Every `data/codes/*.json`, in name order.
    pub entries: Vec<SourceFile>,
    /// `data/required-headers.json`.
    pub required_headers: SourceFile,
    /// `data/guide.json`.
    pub guide: SourceFile,
    /// `data/comparisons.json`.
    pub comparisons: SourceFile,
    /// `data/constants.json`.
    pub constants: SourceFile,
    /// `data/iis.json`.
    pub iis: SourceFile,
    /// `data/cloudflare.json`.
    pub cloudflare: SourceFile,
    /// `data/formats.json`.
    pub formats: SourceFile,
    /// `data/registry.json`.
    pub registry: SourceFile,
}

impl Sources {
    /// Reads the files under `root` (`data`), naming them `<root>/...` in messages.
    pub fn read(root: &Path) -> io::Result<Sources> {
        let read = |path: &Path| -> io::Result<SourceFile> {
            Ok(SourceFile {
                path: path.to_string_lossy().replace('\\', "/"),
                text: fs::read_to_string(path)
                    .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
            })
        };
        let mut names: Vec<_> = fs::read_dir(root.join("codes"))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        Ok(Sources {
            tags: read(&root.join("tags.json"))?,
            vendors: read(&root.join("vendors.json"))?,
            entries: names.iter().map(|p| read(p)).collect::<io::Result<_>>()?,
            required_headers: read(&root.join("required-headers.json"))?,
            guide: read(&root.join("guide.json"))?,
            comparisons: read(&root.join("comparisons.json"))?,
            constants: read(&root.join("constants.json"))?,
            iis: read(&root.join("iis.json"))?,
            cloudflare: read(&root.join("cloudflare.json"))?,
            formats: read(&root.join("formats.json"))?,
            registry: read(&root.join("registry.json"))?,
        })
    }
}

/// Parses and checks every file. Returns every problem found, not just the first.
pub fn load(sources: &Sources) -> Result<Catalog, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut parsed = Parsed::default();
    match parse::<Vec<Tag>>(&sources.tags, |_| "?".into()) {
        Ok(tags) => parsed.tags = tags,
        Err(e) => errors.push(e),
    }
    match parse::<Vec<Vendor>>(&sources.vendors, |_| "?".into()) {
        Ok(vendors) => parsed.vendors = vendors,
        Err(e) => errors.push(e),
    }
    match parse::<Vec<RequiredHeaders>>(&sources.required_headers, |_| "?".into()) {
        Ok(rows) => parsed.required_headers = rows,
        Err(e) => errors.push(e),
    }
    match parse::<Guide>(&sources.guide, |_| "?".into()) {
        Ok(guide) => parsed.guide = Some(guide),
        Err(e) => errors.push(e),
    }
    match parse::<Vec<Comparison>>(&sources.comparisons, |_| "?".into()) {
        Ok(pages) => parsed.comparisons = pages,
        Err(e) => errors.push(e),
    }
    parsed.ecosystems = parse_list(&sources.constants, &mut errors);
    parsed.iis = parse_list(&sources.iis, &mut errors);
    parsed.cloudflare = parse_list(&sources.cloudflare, &mut errors);
    parsed.formats = parse_list(&sources.formats, &mut errors);
    match parse::<Registry>(&sources.registry, |_| "?".into()) {
        Ok(r) => parsed.registry = Some(r),
        Err(e) => errors.push(e),
    }

    for file in &sources.entries {
        match parse::<Entry>(file, entry_key) {
            Ok(value) => parsed.entries.push(Located {
                path: file.path.clone(),
                value,
            }),
            Err(e) => errors.push(e),
        }
    }
    errors.extend(check::all(&parsed));
    let (guide, registry) = match (&parsed.guide, &parsed.registry, errors.is_empty()) {
        (Some(guide), Some(registry), true) => (guide.clone(), registry.clone()),
        _ => return Err(errors),
    };
    let vendor_rank = |e: &Entry| match &e.origin {
        Origin::Iana(_) => 0,
        Origin::Vendor(id) => 1 + parsed.vendors.iter().position(|v| v.id == *id).unwrap_or(0),
    };
    let mut entries: Vec<Entry> = parsed.entries.iter().map(|l| l.value.clone()).collect();
    entries.sort_by_key(|e| (e.code, vendor_rank(e)));
    Ok(Catalog {
        tags: parsed.tags,
        vendors: parsed.vendors,
        entries,
        guide,
        comparisons: parsed.comparisons,
        ecosystems: parsed.ecosystems,
        iis: parsed.iis,
        cloudflare: parsed.cloudflare,
        formats: parsed.formats,
        registry,
    })
}

/// Parses a file holding a list, or records why it cannot be read (and returns an empty list).
fn parse_list<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
    errors: &mut Vec<DataError>,
) -> Vec<T> {
    parse::<Vec<T>>(file, |_| "?".into()).unwrap_or_else(|e| {
        errors.push(e);
        Vec::new()
    })
}
