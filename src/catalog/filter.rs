//! The catalog filter: search text, tags and class, read from and written to the query string
//! (`?q=words&tag=security&tag=caching&class=4xx`), so a filtered view can be bookmarked, shared and reached with
//! Back. Values the catalog does not know are set aside, not obeyed, and reported so the page can say so.

use super::data::tag;
use super::lookup::{code, codes, Code};
use super::model::Class;
use super::paste::{codes_of, read, Reading};
use super::search::{matches, Query, MAX_QUERY_CHARS};
use super::shape::Tag;
use super::text::shorten;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// How many tags a filter keeps; more would never match anything anyway.
pub const MAX_TAGS: usize = 8;

/// What the catalog page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// The search text as typed (trimmed to [`MAX_QUERY_CHARS`]).
    pub q: String,
    /// Tags that must all be present on a meaning.
    pub tags: Vec<&'static Tag>,
    /// The class to keep, if any.
    pub class: Option<Class>,
}

/// Parts of a query string that were not understood.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ignored {
    /// Tag values that are not in the vocabulary.
    pub tags: Vec<String>,
    /// A class value that is not `1xx` to `5xx`.
    pub class: Option<String>,
}

impl Ignored {
    /// True when everything was understood.
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty() && self.class.is_none()
    }

    /// What the page tells the reader: "Ignored unknown tag “x”, class “9xx”.", or nothing.
    pub fn message(&self) -> Option<String> {
        let mut parts: Vec<String> = self.tags.iter().map(|t| format!("tag “{t}”")).collect();
        parts.extend(self.class.iter().map(|c| format!("class “{c}”")));
        (!parts.is_empty()).then(|| format!("Ignored unknown {}.", parts.join(", ")))
    }
}

/// The longest unknown value we echo back to the reader.
pub const MAX_ECHO_CHARS: usize = 40;

impl Filter {
    /// Reads the filter from decoded query values: `q`, every `tag`, and `class`.
    pub fn from_query(q: Option<&str>, tags: &[String], class: Option<&str>) -> (Filter, Ignored) {
        let mut ignored = Ignored::default();
        let mut filter = Filter {
            q: q.unwrap_or_default()
                .chars()
                .take(MAX_QUERY_CHARS)
                .collect(),
            ..Filter::default()
        };
        for value in tags {
            match tag(value.trim()) {
                Some(t) if filter.tags.contains(&t) => {}
                Some(t) if filter.tags.len() < MAX_TAGS => filter.tags.push(t),
                _ => ignored.tags.push(shorten(value, MAX_ECHO_CHARS)),
            }
        }
        if let Some(c) = class.map(str::trim).filter(|c| !c.is_empty()) {
            match Class::parse(c) {
                Some(class) => filter.class = Some(class),
                None => ignored.class = Some(shorten(c, MAX_ECHO_CHARS)),
            }
        }
        (filter, ignored)
    }

    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.q.trim().is_empty() && self.tags.is_empty() && self.class.is_none()
    }

    /// The query string for this filter, `?` included, or an empty string when nothing is filtered.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.trim().is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        for t in &self.tags {
            parts.push(format!("tag={}", encode(&t.id)));
        }
        if let Some(c) = self.class {
            parts.push(format!("class={}", c.as_str()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// The same filter with a tag added, or removed if it was there.
    pub fn toggle_tag(&self, t: &'static Tag) -> Filter {
        let mut next = self.clone();
        if let Some(i) = next.tags.iter().position(|x| *x == t) {
            next.tags.remove(i);
        } else if next.tags.len() < MAX_TAGS {
            next.tags.push(t);
        }
        next
    }

    /// The same filter with another class (or none).
    pub fn with_class(&self, class: Option<Class>) -> Filter {
        Filter {
            class,
            ..self.clone()
        }
    }

    /// The same filter with other search text.
    pub fn with_q(&self, q: &str) -> Filter {
        Filter {
            q: q.chars().take(MAX_QUERY_CHARS).collect(),
            ..self.clone()
        }
    }

    /// True when this tag is part of the filter.
    pub fn has_tag(&self, t: &Tag) -> bool {
        self.tags.iter().any(|x| x.id == t.id)
    }

    /// The line above the results: "102 codes", or "3 of 102 codes match" when something is filtered.
    pub fn count_message(&self, shown: usize, total: usize) -> String {
        if self.is_empty() {
            format!("{shown} codes")
        } else {
            format!("{shown} of {total} codes match")
        }
    }

    /// The filter in words, for the empty state: “gateway”, tagged Security and Caching, in 4xx.
    pub fn describe(&self) -> String {
        let mut asked = Vec::new();
        if !self.q.trim().is_empty() {
            asked.push(format!("“{}”", self.q.trim()));
        }
        if !self.tags.is_empty() {
            let labels: Vec<&str> = self.tags.iter().map(|t| t.label.as_ref()).collect();
            asked.push(format!("tagged {}", labels.join(" and ")));
        }
        if let Some(c) = self.class {
            asked.push(format!("in {}", c.as_str()));
        }
        asked.join(", ")
    }

    /// The codes to show: with search text, best match first; without, in number order. A code is shown when one
    /// of its meanings carries every tag, is in the class, and matches the text.
    pub fn apply(&self) -> Vec<Code> {
        self.find().codes
    }

    /// What the filter finds: the codes to show and, when the search text is something pasted (a log line, an
    /// exception, a constant), what was understood in it. A paste that names codes shows those codes, in the
    /// order found; otherwise the words are searched.
    pub fn find(&self) -> Finding {
        let keep = |c: &Code| {
            self.class.is_none_or(|class| c.class() == class)
                && c.meanings
                    .iter()
                    .any(|e| self.tags.iter().all(|t| e.has_tag(&t.id)))
        };
        let readings = read(&self.q);
        if !readings.is_empty() {
            let codes = codes_of(&readings)
                .into_iter()
                .filter_map(code)
                .filter(keep)
                .collect();
            return Finding { codes, readings };
        }
        let q = Query::new(&self.q);
        let mut hits: Vec<(Code, u32)> = codes()
            .filter(|c| self.class.is_none_or(|class| c.class() == class))
            .filter_map(|c| {
                matches(&c, &q)
                    .filter(|(e, _)| self.tags.iter().all(|t| e.has_tag(&t.id)))
                    .map(|(_, score)| score)
                    .max()
                    .map(|score| (c, score))
            })
            .collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.number.cmp(&b.0.number)));
        Finding {
            codes: hits.into_iter().map(|(c, _)| c).collect(),
            readings,
        }
    }

    /// The one code the search text names, if it names exactly one: a number, a constant, or a paste whose
    /// readings all point to the same code. For opening the code at once (searches from the address bar).
    pub fn named_code(&self) -> Option<u16> {
        let q = self.q.trim();
        if let Some(c) = q.parse::<u16>().ok().and_then(code) {
            return Some(c.number);
        }
        match codes_of(&read(q)).as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// True when the search text is more than a search: several lines, or long enough to be pasted.
    pub fn looks_pasted(&self) -> bool {
        self.q.trim().contains('\n') || self.q.chars().count() > 60
    }
}

/// What a filter found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Finding {
    /// The codes to show, in display order.
    pub codes: Vec<Code>,
    /// What was understood in pasted text, if anything.
    pub readings: Vec<Reading>,
}

/// What a query-string value keeps as it is: RFC 3986's unreserved characters; everything else is `%XX`.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes a query-string value: unreserved characters stay, everything else becomes `%XX` bytes.
pub fn encode(value: &str) -> String {
    utf8_percent_encode(value, QUERY_VALUE).to_string()
}
