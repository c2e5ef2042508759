//! Search by number or words over names, former names, vendors, tags and summaries, best match first.
//!
//! A query is split into terms; every term has to match somewhere in a meaning of a code (AND), and the score adds
//! up how well each term matched, with a bonus when the whole query is the name or the start of it. A number
//! matches its code exactly or as a prefix ("40" finds 400 to 408). The text to search is lower-cased once, on
//! first use, so a keystroke only compares strings.

use super::data::{entries, vendor};
use super::lookup::{codes, Code};
use super::shape::{Entry, Origin};
use std::sync::OnceLock;

/// The longest query we look at; anything after it is ignored.
pub const MAX_QUERY_CHARS: usize = 200;

/// A code that matched, with its score (higher is better).
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    /// The code.
    pub code: Code,
    /// How well it matched.
    pub score: u32,
}

/// Splits text into lower-case words: letters and digits, everything else separates.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A query after normalisation: its terms and the phrase they make.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
    phrase: String,
}

impl Query {
    /// Normalises what the reader typed.
    pub fn new(text: &str) -> Query {
        let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
        let terms = words(&text);
        let phrase = terms.join(" ");
        Query { terms, phrase }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// One meaning's text, lower-cased and split, ready to be compared.
struct Haystack {
    code: String,
    class: &'static str,
    name: Field,
    former: Vec<Field>,
    labels: Field,
    summary: Field,
}

struct Field {
    phrase: String,
    words: Vec<String>,
}

impl Field {
    fn new(text: &str) -> Field {
        let words = words(text);
        Field {
            phrase: words.join(" "),
            words,
        }
    }

    /// How well `term` matches: the whole word, the start of a word, or (for longer terms) inside the text.
    fn score(&self, term: &str, [exact, prefix, inside]: [u32; 3]) -> u32 {
        if self.words.iter().any(|w| w == term) {
            exact
        } else if self.words.iter().any(|w| w.starts_with(term)) {
            prefix
        } else if term.chars().count() >= 3 && self.phrase.contains(term) {
            inside
        } else {
            0
        }
    }
}

impl Haystack {
    fn new(e: &Entry) -> Haystack {
        let mut labels = String::new();
        if let Origin::Vendor(id) = &e.origin {
            labels.push_str(vendor(id).map_or("", |v| &v.name));
            labels.push(' ');
            labels.push_str(id);
        }
        for t in e.tagged() {
            labels.push(' ');
            labels.push_str(&t.id);
            labels.push(' ');
            labels.push_str(&t.label);
        }
        Haystack {
            code: e.code.to_string(),
            class: e.class().as_str(),
            name: Field::new(&e.name),
            former: e.former_names.iter().map(|n| Field::new(n)).collect(),
            labels: Field::new(&labels),
            summary: Field::new(&e.summary),
        }
    }

    fn term_score(&self, term: &str) -> u32 {
        let numeric = term.bytes().all(|b| b.is_ascii_digit());
        let code = if numeric && term == self.code {
            1000
        } else if numeric && self.code.starts_with(term) {
            400
        } else {
            0
        };
        let class = if term == self.class { 300 } else { 0 };
        let former = self
            .former
            .iter()
            .map(|f| f.score(term, [100, 75, 30]))
            .max()
            .unwrap_or(0);
        [
            code,
            class,
            self.name.score(term, [120, 90, 40]),
            former,
            self.labels.score(term, [80, 60, 20]),
            self.summary.score(term, [30, 20, 8]),
        ]
        .into_iter()
        .max()
        .unwrap_or(0)
    }

    fn phrase_bonus(&self, phrase: &str) -> u32 {
        let bonus = |f: &Field, [equal, starts, inside]: [u32; 3]| {
            if f.phrase == phrase {
                equal
            } else if f.phrase.starts_with(phrase) {
                starts
            } else if f.phrase.contains(phrase) {
                inside
            } else {
                0
            }
        };
        let former = self
            .former
            .iter()
            .map(|f| bonus(f, [400, 200, 80]))
            .max()
            .unwrap_or(0);
        bonus(&self.name, [500, 250, 100]).max(former)
    }

    fn score(&self, q: &Query) -> Option<u32> {
        let mut total = 0;
        for term in &q.terms {
            match self.term_score(term) {
                0 => return None,
                s => total += s,
            }
        }
        if q.terms.len() > 1 {
            total += self.phrase_bonus(&q.phrase);
        }
        Some(total)
    }
}

fn haystacks() -> &'static [Haystack] {
    static INDEX: OnceLock<Vec<Haystack>> = OnceLock::new();
    INDEX.get_or_init(|| entries().iter().map(Haystack::new).collect())
}

/// The meanings of a code that match the query, each with its score. An empty query matches every meaning with
/// score 0, so filters can share this path.
pub fn matches<'q>(code: &Code, q: &'q Query) -> impl Iterator<Item = (&'static Entry, u32)> + 'q {
    let stacks = &haystacks()[code.first..code.first + code.meanings.len()];
    code.meanings
        .iter()
        .zip(stacks)
        .filter_map(move |(e, h)| h.score(q).map(|s| (e, s)))
}

/// Every code that matches, best first; ties in number order. An empty query matches nothing.
pub fn search(text: &str) -> Vec<Hit> {
    let q = Query::new(text);
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = codes()
        .filter_map(|code| {
            matches(&code, &q)
                .map(|(_, s)| s)
                .max()
                .map(|score| Hit { code, score })
        })
        .collect();
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.code.number.cmp(&b.code.number))
    });
    hits
}
