//! The catalog: the model, the data built into the binary, lookups, search and filters. Pure Rust: no web types,
//! so `cargo test` checks all of it natively.

pub mod filter;
pub mod model;
pub mod schema;
pub mod search;

pub use model::*;

mod data {
    use super::model::*;
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

/// Every entry, sorted by code, the registered meaning of a number first.
pub fn entries() -> &'static [Entry] {
    data::ENTRIES
}

/// The tag vocabulary.
pub fn tags() -> &'static [&'static Tag] {
    data::TAGS
}

/// The vendors.
pub fn vendors() -> &'static [&'static Vendor] {
    data::VENDORS
}

/// The tag with this id.
pub fn tag(id: &str) -> Option<&'static Tag> {
    data::TAGS.iter().copied().find(|t| t.id == id)
}

/// A status-code number with every meaning the catalog knows for it.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    /// The number.
    pub number: u16,
    /// Its meanings, the registered one first; never empty.
    pub meanings: &'static [Entry],
    /// Where `meanings` starts in [`entries()`].
    pub first: usize,
}

impl Code {
    /// The first meaning: the registered one when there is one.
    pub fn primary(&self) -> &'static Entry {
        &self.meanings[0] // never empty: a Code is only built from a non-empty run of entries
    }

    /// The class of the number.
    pub fn class(&self) -> Class {
        self.primary().class
    }
}

impl PartialEq for Code {
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number
    }
}

/// The meanings of one number, or `None` when the catalog has none.
pub fn code(number: u16) -> Option<Code> {
    let all = entries();
    let start = all.partition_point(|e| e.code < number);
    let end = all.partition_point(|e| e.code <= number);
    (start < end).then(|| Code {
        number,
        meanings: &all[start..end],
        first: start,
    })
}

/// Every number in the catalog, in order.
pub fn codes() -> impl Iterator<Item = Code> {
    let all = entries();
    let mut start = 0;
    std::iter::from_fn(move || {
        let first = all.get(start)?;
        let len = all[start..]
            .iter()
            .take_while(|e| e.code == first.code)
            .count();
        let code = Code {
            number: first.code,
            meanings: &all[start..start + len],
            first: start,
        };
        start += len;
        Some(code)
    })
}

/// Reads a code from a URL segment: exactly three digits, 100 to 599.
pub fn parse_code(segment: &str) -> Option<u16> {
    let valid = segment.len() == 3 && segment.bytes().all(|b| b.is_ascii_digit());
    valid
        .then(|| segment.parse().ok())
        .flatten()
        .filter(|n| (100..=599).contains(n))
}

/// Up to `n` known codes nearest to `number`, nearest first (ties go to the lower number).
pub fn nearest(number: u16, n: usize) -> Vec<Code> {
    let mut all: Vec<Code> = codes().collect();
    all.sort_by_key(|c| (c.number.abs_diff(number), c.number));
    all.truncate(n);
    all
}

/// The codes just before and after `number` in its class, for "related" links.
pub fn neighbours(number: u16) -> Vec<Code> {
    let class = Class::of(number);
    let same: Vec<Code> = codes().filter(|c| Some(c.class()) == class).collect();
    let at = same.partition_point(|c| c.number < number);
    let before = at.checked_sub(1).and_then(|i| same.get(i));
    let after_index = if same.get(at).is_some_and(|c| c.number == number) {
        at + 1
    } else {
        at
    };
    before
        .into_iter()
        .chain(same.get(after_index))
        .copied()
        .collect()
}

/// The codes to link from a code page: those its entries name, then its neighbours in the class, without repeats.
pub fn related(number: u16) -> Vec<Code> {
    let named = code(number)
        .into_iter()
        .flat_map(|c| c.meanings.iter())
        .flat_map(|e| e.related.iter().copied());
    let mut out: Vec<Code> = Vec::new();
    for n in named.chain(neighbours(number).into_iter().map(|c| c.number)) {
        if n != number && !out.iter().any(|c| c.number == n) {
            out.extend(code(n));
        }
    }
    out
}

/// Codes most readers come for, suggested when a mistyped address holds no number at all.
pub const POPULAR: [u16; 6] = [200, 301, 403, 404, 500, 503];

/// Codes to suggest for a mistyped code or path: the nearest known codes to the first number in it, else
/// [`POPULAR`] ones.
pub fn suggest(asked: &str) -> Vec<Code> {
    let digits: String = asked
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .take(5)
        .collect();
    match digits.parse::<u32>() {
        Ok(n) => nearest(u16::try_from(n).unwrap_or(u16::MAX), 4),
        Err(_) => POPULAR.iter().filter_map(|&n| code(n)).collect(),
    }
}
