//! Finding codes: one number with all its meanings, every number in order, the nearest ones to a number, the
//! codes to link from a page, and suggestions for an address that names no known code.

use super::data::{cloudflare, ecosystems, entries, iis};
use super::model::Class;
use super::shape::{CloudflareError, Constant, Ecosystem, Entry, IisSub, Tag};

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
        self.primary().class()
    }

    /// Every name, joined: "Client Closed Request / Token Required".
    pub fn names(&self) -> String {
        let names: Vec<&str> = self.meanings.iter().map(|e| e.name.as_ref()).collect();
        names.join(" / ")
    }

    /// "403 Forbidden"; for a number with several meanings, every name: "499 Client Closed Request / Token
    /// Required".
    pub fn heading(&self) -> String {
        format!("{} {}", self.number, self.names())
    }

    /// Every tag of its meanings, once each, in order of first appearance.
    pub fn tags(&self) -> Vec<&'static Tag> {
        let mut tags: Vec<&'static Tag> = Vec::new();
        for t in self.meanings.iter().flat_map(Entry::tagged) {
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        tags
    }

    /// "499 has 2 meanings, depending on who sent it. The registered meaning comes first.", for numbers with
    /// several meanings.
    pub fn several_note(&self) -> Option<String> {
        (self.meanings.len() > 1).then(|| {
            let order = if self.primary().origin.is_registered() {
                "The registered meaning comes first."
            } else {
                "None of them is registered with IANA."
            };
            format!(
                "{} has {} meanings, depending on who sent it. {order}",
                self.number,
                self.meanings.len()
            )
        })
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

/// Codes most readers come for, suggested when what was asked holds no number at all.
pub const POPULAR: [u16; 6] = [200, 301, 403, 404, 500, 503];

/// What to suggest for something that names no known code.
#[derive(Clone, Debug, PartialEq)]
pub enum Suggestion {
    /// It holds a number: the known codes nearest to it.
    Nearest(Vec<Code>),
    /// It holds no number: the codes most readers come for.
    Popular(Vec<Code>),
}

impl Suggestion {
    /// The codes, whichever kind.
    pub fn codes(&self) -> &[Code] {
        match self {
            Suggestion::Nearest(c) | Suggestion::Popular(c) => c,
        }
    }
}

/// Suggestions for a mistyped code, path or search: the four known codes nearest to the first number in it,
/// else [`POPULAR`] ones.
pub fn suggest(asked: &str) -> Suggestion {
    let digits: String = asked
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .take(5)
        .collect();
    match digits.parse::<u32>() {
        Ok(n) => Suggestion::Nearest(nearest(u16::try_from(n).unwrap_or(u16::MAX), 4)),
        Err(_) => Suggestion::Popular(POPULAR.iter().filter_map(|&n| code(n)).collect()),
    }
}

/// The constants developers type for `number`, by ecosystem, in the order of `data/constants.json`.
pub fn constants_for(number: u16) -> Vec<(&'static Ecosystem, Vec<&'static Constant>)> {
    ecosystems()
        .iter()
        .map(|eco| {
            (
                eco,
                eco.constants
                    .iter()
                    .filter(|c| c.code == number)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// The IIS sub-statuses of `number`.
pub fn iis_for(number: u16) -> impl Iterator<Item = &'static IisSub> {
    iis().iter().filter(move |s| s.code == number)
}

/// The Cloudflare errors that come with `number`.
pub fn cloudflare_for(number: u16) -> impl Iterator<Item = &'static CloudflareError> {
    cloudflare()
        .iter()
        .filter(move |c| c.status == Some(number))
}

/// The Cloudflare errors whose status Cloudflare's documentation does not give.
pub fn cloudflare_without_status() -> impl Iterator<Item = &'static CloudflareError> {
    cloudflare().iter().filter(|c| c.status.is_none())
}

/// The code Cloudflare's errors come with when its documentation names none: it says most come with 403.
pub const CLOUDFLARE_USUAL: u16 = 403;
