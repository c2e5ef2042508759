//! Search by number or words over names, former names, vendors, tags, the frameworks' constants and summaries,
//! best match first.
//!
//! A query is split into terms (`camelCase` and `snake_case` into their words); every term has to match somewhere
//! in a meaning of a code (AND), and the score adds up how well each term matched, with a bonus when the whole
//! query is the name or the start of it. A word matches exactly, as the start of a word, inside the text, or,
//! from four letters on, with one letter missing, extra, swapped or wrong, each ranked below the one before. A
//! number matches its code exactly or as a prefix ("40" finds 400 to 408). The text to search is lower-cased
//! once, on first use, so a keystroke only compares strings.

use super::data::{ecosystems, entries, vendor};
use super::lookup::{codes, Code};
use super::shape::{Entry, Origin};
use std::sync::OnceLock;

/// The longest search text kept (in the address and the filter); a longer paste is read from its start.
pub const MAX_QUERY_CHARS: usize = 2000;

/// How many characters and terms of the text the word search compares.
pub const MAX_SEARCH_CHARS: usize = 200;
/// The most terms compared.
pub const MAX_TERMS: usize = 12;

/// A code that matched, with its score (higher is better).
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    /// The code.
    pub code: Code,
    /// How well it matched.
    pub score: u32,
}

/// Splits text into lower-case words: letters and digits, everything else separates, and a word in
/// `camelCase` is also its parts (`StatusNotFound` is `status`, `not`, `found`).
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let parts = camel_parts(word);
        out.extend(parts.into_iter().map(str::to_lowercase));
    }
    out
}

/// `StatusNotFound` → `Status`, `Not`, `Found`; `HTTPStatus` → `HTTP`, `Status`; other words unchanged.
fn camel_parts(word: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut cuts = vec![0];
    for i in 1..chars.len() {
        let (at, c) = chars[i];
        let prev = chars[i - 1].1;
        let next_lower = chars.get(i + 1).is_some_and(|(_, n)| n.is_lowercase());
        let upper_after_lower = c.is_uppercase() && prev.is_lowercase();
        let acronym_end = c.is_uppercase() && prev.is_uppercase() && next_lower;
        let digit_edge = c.is_ascii_digit() != prev.is_ascii_digit()
            && c.is_alphanumeric()
            && prev.is_alphabetic() != c.is_alphabetic();
        if upper_after_lower || acronym_end || digit_edge {
            cuts.push(at);
        }
    }
    cuts.push(word.len());
    cuts.windows(2)
        .map(|w| &word[w[0]..w[1]])
        .filter(|p| !p.is_empty())
        .collect()
}

/// True when `a` becomes `b` by one letter missing, extra, swapped with its neighbour, or wrong.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            let diffs: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            match diffs.as_slice() {
                [_] => true,
                [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
                _ => false,
            }
        }
        1 => {
            let first = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            short[first..] == long[first + 1..]
        }
        _ => false,
    }
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
        let text: String = text.chars().take(MAX_SEARCH_CHARS).collect();
        let mut terms = words(&text);
        terms.truncate(MAX_TERMS);
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
    constants: Field,
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

    /// How well `term` matches: the whole word, the start of a word, (for longer terms) inside the text, or
    /// (from four letters) a word one letter away. A typo scores a third of an inside match.
    fn score(&self, term: &str, [exact, prefix, inside]: [u32; 3]) -> u32 {
        let len = term.chars().count();
        if self.words.iter().any(|w| w == term) {
            exact
        } else if self.words.iter().any(|w| w.starts_with(term)) {
            prefix
        } else if len >= 3 && self.phrase.contains(term) {
            inside
        } else if len >= 4
            && self
                .words
                .iter()
                .any(|w| w.len().abs_diff(term.len()) <= 1 && one_edit_apart(term, w))
        {
            (inside / 3).max(1)
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
        // Every constant of every ecosystem for this number, as words: `HTTPStatus.NOT_FOUND` gives `httpstatus`'s
        // parts, `not` and `found`.
        let constants: Vec<&str> = ecosystems()
            .iter()
            .flat_map(|eco| eco.constants.iter())
            .filter(|c| c.code == e.code)
            .map(|c| c.name.as_ref())
            .collect();
        Haystack {
            code: e.code.to_string(),
            constants: Field::new(&constants.join(" ")),
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
            self.constants.score(term, [70, 50, 15]),
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
