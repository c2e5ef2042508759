//! The catalog's files as read from `data/`: their text, the typed values parsed from them, and the errors that
//! name the file, the entry and the field. Compiled by `build.rs` (with `#[path]`) and natively by the library.

use super::shape::{
    CloudflareError, Comparison, Ecosystem, Entry, Format, Guide, IisSub, Origin, Registry,
    RequiredHeaders, Tag, Vendor,
};
use serde::de::DeserializeOwned;
use std::fmt;

/// A data file as read from disk: its path (for messages) and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as messages show it: `data/codes/403.json`.
    pub path: String,
    /// Its text.
    pub text: String,
}

/// A problem found in the data, located by file, entry and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file.
    pub file: String,
    /// The entry (`403/iana`), or `?` when the file could not be read far enough to tell.
    pub entry: String,
    /// The field, as a path: `fixes[0].who`.
    pub field: String,
    /// What is wrong.
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

/// A value and the file it came from.
#[derive(Clone, Debug)]
pub struct Located<T> {
    /// The file's path.
    pub path: String,
    /// The value.
    pub value: T,
}

/// Everything read from `data/`, typed but not yet checked.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    /// The tag vocabulary, in file order.
    pub tags: Vec<Tag>,
    /// The vendors, in file order.
    pub vendors: Vec<Vendor>,
    /// Every entry, with its file.
    pub entries: Vec<Located<Entry>>,
    /// The header fields each code's examples must carry.
    pub required_headers: Vec<RequiredHeaders>,
    /// The guide.
    pub guide: Option<Guide>,
    /// The comparison pages.
    pub comparisons: Vec<Comparison>,
    /// The frameworks' constants.
    pub ecosystems: Vec<Ecosystem>,
    /// IIS sub-statuses.
    pub iis: Vec<IisSub>,
    /// Cloudflare's 1xxx errors.
    pub cloudflare: Vec<CloudflareError>,
    /// The formats of pasted text.
    pub formats: Vec<Format>,
    /// The registry snapshot.
    pub registry: Option<Registry>,
}

impl Entry {
    /// The key that must be unique in the catalog: `403/iana`, `499/nginx`.
    pub fn key(&self) -> String {
        format!("{}/{}", self.code, self.origin.id())
    }

    /// The file name this entry must live in: `403.json` for the registry, `499-nginx.json` for a vendor.
    pub fn expected_file_name(&self) -> String {
        match &self.origin {
            Origin::Iana(_) => format!("{}.json", self.code),
            Origin::Vendor(vendor) => format!("{}-{vendor}.json", self.code),
        }
    }
}

/// Parses `file` as a `T`, or says where it is wrong: the field as a path (`fixes[0].who`) and serde's reason.
/// `entry` names what the file holds, for the message (`?` when unknown).
pub fn parse<T: DeserializeOwned>(
    file: &SourceFile,
    entry: impl Fn(&serde_json::Value) -> String,
) -> Result<T, DataError> {
    let located = |entry: String, field: String, message: String| DataError {
        file: file.path.clone(),
        entry,
        field,
        message,
    };
    let value: serde_json::Value = serde_json::from_str(&file.text)
        .map_err(|e| located("?".into(), "?".into(), format!("not valid JSON: {e}")))?;
    let key = entry(&value);
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let message = e.inner().to_string();
        let path = e.path().to_string();
        // serde names a missing or unknown field inside backticks, at its parent's path: point at the field.
        let named = ["missing field `", "unknown field `"]
            .iter()
            .find_map(|p| message.strip_prefix(p))
            .and_then(|rest| rest.split('`').next());
        let field = match (named, path.as_str()) {
            (Some(name), "." | "") => name.to_string(),
            (Some(name), at) if !at.ends_with(name) => format!("{at}.{name}"),
            (_, at) => at.to_string(),
        };
        located(key, field, message)
    })
}

/// The key of an entry file read only as JSON, for messages about it: `204/iana`, `499/nginx`, or `?`.
pub fn entry_key(value: &serde_json::Value) -> String {
    let code = value.get("code").and_then(serde_json::Value::as_u64);
    let origin = value.get("origin").and_then(|o| {
        if o.get("iana").is_some() {
            Some("iana".to_string())
        } else {
            o.get("vendor")
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
        }
    });
    match (code, origin) {
        (Some(code), Some(origin)) => format!("{code}/{origin}"),
        (Some(code), None) => format!("{code}/?"),
        _ => "?".into(),
    }
}
