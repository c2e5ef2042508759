//! Finding the code in whatever the reader has in hand: a status line, a line of an access log, a client's
//! exception, a browser's error page, a server's error-log message that implies a code, the constant their
//! framework uses, an IIS sub-status or a Cloudflare error number. Each find says what was understood, so the
//! reader can trust it: "access log: GET /api/upload → 413". The formats and messages are data
//! (`data/formats.json`, each entry's `messages`); this file only applies them, line by line.

use super::data::{cloudflare, ecosystems, entries, formats, iis};
use super::lookup::code;
use super::pattern::{Found, Pattern};
use super::shape::{
    CloudflareError, Constant, ConstantState, Ecosystem, Entry, Format, IisSub, Message,
};
use std::sync::OnceLock;

/// How much of a paste is read: its first characters and lines. The rest is left alone, so a huge paste costs
/// no more than a long one.
pub const MAX_READ_CHARS: usize = 4000;
/// The most lines of a paste that are read.
pub const MAX_LINES: usize = 80;
/// The most readings reported.
pub const MAX_READINGS: usize = 8;

/// What told us the code.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Clue {
    /// A line of a known format.
    Format(&'static Format),
    /// A message that implies a code.
    Message(&'static Entry, &'static Message),
    /// A framework's constant.
    Constant(&'static Ecosystem, &'static Constant),
    /// A number followed by its own reason phrase ("404 Not Found").
    Phrase,
    /// An IIS status with its sub-status, typed alone (`403.14`).
    Iis,
    /// A Cloudflare error number, typed alone (`1020`).
    Cloudflare,
}

/// One code found in the text, and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The code; `None` where the text records that no status was sent (`-`) or a Cloudflare error's status
    /// is not documented.
    pub code: Option<u16>,
    /// What told us.
    pub clue: Clue,
    /// Which of several statuses in a line this one is ("load balancer", "target").
    pub role: Option<String>,
    /// The request the line is about: method and target.
    pub request: Option<(String, String)>,
    /// The IIS sub-status, when the text has one.
    pub sub: Option<u16>,
    /// The Cloudflare error, when the text has one.
    pub cloudflare: Option<&'static CloudflareError>,
}

impl Reading {
    fn new(code: Option<u16>, clue: Clue) -> Reading {
        Reading {
            code,
            clue,
            role: None,
            request: None,
            sub: None,
            cloudflare: None,
        }
    }

    /// Every code this reading points to, the first one first (a redirect loop points to all redirects).
    pub fn codes(&self) -> Vec<u16> {
        let also: &[u16] = match self.clue {
            Clue::Message(_, m) => &m.also,
            _ => &[],
        };
        self.code.into_iter().chain(also.iter().copied()).collect()
    }

    /// The IIS sub-status's entry, when the catalog describes it.
    pub fn iis(&self) -> Option<&'static IisSub> {
        let (code, sub) = (self.code?, self.sub?);
        iis().iter().find(|s| s.code == code && s.sub == sub)
    }

    /// Where on the code's page this reading points: an IIS sub-status or a Cloudflare error.
    pub fn anchor(&self) -> Option<String> {
        if let Some(c) = self.cloudflare {
            return Some(format!("cloudflare-{}", c.error));
        }
        self.iis().map(iis_anchor)
    }

    /// What was understood, for the reader: "access log: GET /api/upload → 413".
    pub fn summary(&self) -> String {
        let what = match self.clue {
            Clue::Format(f) => f.name.to_string(),
            Clue::Message(_, m) => format!("{} message", m.source),
            Clue::Constant(eco, c) => {
                let state = match (c.state, &c.r#use) {
                    (ConstantState::Current, _) => String::new(),
                    (state, Some(replacement)) => {
                        format!(", {}: use `{replacement}`", state_word(state))
                    }
                    (state, None) => format!(", {}", state_word(state)),
                };
                format!("{} constant `{}`{state}", eco.name, c.name)
            }
            Clue::Phrase => "status and reason phrase".to_string(),
            Clue::Iis => "IIS status and sub-status".to_string(),
            Clue::Cloudflare => "Cloudflare error number".to_string(),
        };
        let mut target = String::new();
        if let Some((method, path)) = &self.request {
            target = format!("{method} {} ", super::text::shorten(path, 60));
        }
        let role = self
            .role
            .as_deref()
            .map(|r| format!("{r} "))
            .unwrap_or_default();
        let vendor = match (self.cloudflare, self.sub) {
            (Some(c), _) => format!(
                "Cloudflare error {}{}, ",
                c.error,
                c.title
                    .as_deref()
                    .map(|t| format!(" ({t})"))
                    .unwrap_or_default()
            ),
            (None, Some(sub)) => format!("IIS {}.{sub}, ", self.code.unwrap_or(0)),
            _ => String::new(),
        };
        let result = match self.code {
            Some(n) => format!("{role}{n}"),
            None if self.cloudflare.is_some() => {
                "a status Cloudflare does not document".to_string()
            }
            None => format!("{role}- (nothing was sent)"),
        };
        format!("{what}: {target}→ {vendor}{result}")
    }
}

/// The anchor of an IIS sub-status on its code's page.
pub fn iis_anchor(s: &IisSub) -> String {
    match &s.context {
        Some(c) => format!("iis-{}-{}-{}", s.code, s.sub, c.to_ascii_lowercase()),
        None => format!("iis-{}-{}", s.code, s.sub),
    }
}

/// The anchor of a Cloudflare error on its status's page.
pub fn cloudflare_anchor(c: &CloudflareError) -> String {
    format!("cloudflare-{}", c.error)
}

fn state_word(state: ConstantState) -> &'static str {
    match state {
        ConstantState::Current => "current",
        ConstantState::Alias => "an alias",
        ConstantState::Deprecated => "deprecated",
        ConstantState::Obsolete => "obsolete",
    }
}

struct Compiled {
    formats: Vec<(&'static Format, Vec<Pattern>)>,
    messages: Vec<(&'static Entry, &'static Message, Pattern)>,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| Compiled {
        // The build checked every pattern; one that fails to read here is skipped, not a crash.
        formats: formats()
            .iter()
            .map(|f| {
                (
                    f,
                    f.patterns
                        .iter()
                        .filter_map(|p| Pattern::parse(p).ok())
                        .collect(),
                )
            })
            .collect(),
        messages: entries()
            .iter()
            .flat_map(|e| e.messages.iter().map(move |m| (e, m)))
            .filter_map(|(e, m)| Pattern::parse(&m.pattern).ok().map(|p| (e, m, p)))
            .collect(),
    })
}

/// A constant's name as compared: its letters and digits, lower-case (`HTTP_404_NOT_FOUND` is `http404notfound`).
fn key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The name without the longest of the ecosystem's qualifiers it starts with (compared in any case).
fn unqualified<'a>(eco: &Ecosystem, name: &'a str) -> Option<&'a str> {
    let mut qualifiers: Vec<&str> = eco.qualifiers.iter().map(|q| q.as_ref()).collect();
    qualifiers.sort_by_key(|q| std::cmp::Reverse(q.len()));
    qualifiers.into_iter().find_map(|q| {
        name.get(..q.len())
            .filter(|head| head.eq_ignore_ascii_case(q))
            .map(|_| &name[q.len()..])
    })
}

/// Every constant by its key, for finding one typed with or without its qualifier.
fn constants_by_key() -> &'static Vec<(String, &'static Ecosystem, &'static Constant)> {
    static INDEX: OnceLock<Vec<(String, &'static Ecosystem, &'static Constant)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<_> = ecosystems()
            .iter()
            .flat_map(|eco| {
                eco.constants.iter().map(move |c| {
                    let bare = unqualified(eco, &c.name).unwrap_or(&c.name);
                    (key(bare), eco, c)
                })
            })
            .collect();
        index.sort_by(|a, b| a.0.cmp(&b.0));
        index
    })
}

/// The constants a token names: with a qualifier, only that ecosystem's; bare, every ecosystem's.
pub fn constants_named(token: &str) -> Vec<(&'static Ecosystem, &'static Constant)> {
    let token = token.trim().trim_end_matches(['(', ')', ';', ',', '.']);
    if token.is_empty() || token.len() > 80 {
        return Vec::new();
    }
    let qualified: Vec<(&Ecosystem, &str)> = ecosystems()
        .iter()
        .filter(|eco| !eco.qualifiers.is_empty())
        .filter_map(|eco| unqualified(eco, token).map(|bare| (eco, bare)))
        .collect();
    let index = constants_by_key();
    let lookup = |bare: &str| {
        let k = key(bare);
        let start = index.partition_point(|(x, _, _)| *x < k);
        index[start..].iter().take_while(move |(x, _, _)| *x == k)
    };
    if qualified.is_empty() {
        return lookup(token).map(|(_, eco, c)| (*eco, *c)).collect();
    }
    qualified
        .into_iter()
        .flat_map(|(eco, bare)| {
            lookup(bare)
                .filter(move |(_, e, _)| e.id == eco.id)
                .map(|(_, e, c)| (*e, *c))
        })
        .collect()
}

/// The text read: its first [`MAX_READ_CHARS`] characters.
fn head(text: &str) -> &str {
    match text.char_indices().nth(MAX_READ_CHARS) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// Readings from one match of a format.
fn from_format(format: &'static Format, found: Found) -> Vec<Reading> {
    let clue = Clue::Format(format);
    let mut out = Vec::new();
    if let Some(n) = found.cloudflare {
        let error = cloudflare().iter().find(|c| c.error == n);
        let mut r = Reading::new(error.and_then(|e| e.status), clue);
        r.cloudflare = error;
        out.push(r);
    }
    for status in found.statuses {
        let mut r = Reading::new(status.code.filter(|c| code(*c).is_some()), clue);
        if status.code.is_some() && r.code.is_none() {
            continue; // a number in a status position that no entry explains: say nothing rather than guess
        }
        r.role = status.role;
        r.request = found.request.clone();
        r.sub = found.sub;
        out.push(r);
    }
    out
}

/// "404 Not Found", "Completed 500 Internal Server Error": a number followed by one of its own names.
fn phrases(line: &str) -> Vec<Reading> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    for (at, _) in line.match_indices(|c: char| c.is_ascii_digit()) {
        let standalone = at + 3 <= bytes.len()
            && bytes[at..at + 3].iter().all(u8::is_ascii_digit)
            && !bytes.get(at + 3).is_some_and(u8::is_ascii_digit)
            && !(at > 0 && bytes[at - 1].is_ascii_digit());
        if !standalone {
            continue;
        }
        let Some(c) = line[at..at + 3].parse().ok().and_then(code) else {
            continue;
        };
        let rest = line[at + 3..].trim_start_matches([' ', '(', ':', '-', '`', '\'', '"']);
        let names = c
            .meanings
            .iter()
            .flat_map(|e| std::iter::once(&e.name).chain(e.former_names.iter()));
        let named = names.into_iter().any(|n| {
            rest.get(..n.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(n))
                && !rest[n.len()..].starts_with(|ch: char| ch.is_alphanumeric())
        });
        if named {
            out.push(Reading::new(Some(c.number), Clue::Phrase));
        }
    }
    out
}

/// A line that ends with a reason phrase of two words or more after a colon ("DioError [...]: Moved
/// Permanently"): the phrase alone names its code. One-word names (`Found`, `Gone`) are ordinary words and
/// never count alone.
fn trailing_phrase(line: &str) -> Option<Reading> {
    let line = line.trim_end().trim_end_matches(['.', '!']);
    let (_, after) = line.rsplit_once(": ")?;
    let after = after.trim();
    entries().iter().find_map(|e| {
        let names = std::iter::once(&e.name).chain(e.former_names.iter());
        let named = names
            .into_iter()
            .any(|n| n.contains(' ') && after.eq_ignore_ascii_case(n));
        named.then(|| Reading::new(Some(e.code), Clue::Phrase))
    })
}

/// The tokens of a line that look like qualified constants: `HTTPStatus.NOT_FOUND`, `:not_found`.
fn qualified_tokens(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| {
        c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | '[' | ']' | '{' | '}' | '=')
    })
    .filter(|t| t.len() > 2 && (t.contains('.') || t.contains("::") || t.starts_with(':')))
}

/// Every code the text names or implies, in the order found, at most [`MAX_READINGS`].
pub fn read(text: &str) -> Vec<Reading> {
    let text = head(text).trim();
    if text.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Reading> = Vec::new();
    let push = |out: &mut Vec<Reading>, r: Reading| {
        if out.len() < MAX_READINGS && !out.contains(&r) {
            out.push(r);
        }
    };
    // Alone in the box: an IIS sub-status (403.14), a Cloudflare error number (1020), a constant.
    if let Some((status, sub)) = text.split_once('.') {
        let numeric = |s: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        if numeric(status, 3..=3) && numeric(sub, 1..=3) {
            if let (Some(c), Ok(sub)) = (status.parse().ok().and_then(code), sub.parse()) {
                let mut r = Reading::new(Some(c.number), Clue::Iis);
                r.sub = Some(sub);
                return vec![r];
            }
        }
    }
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        if let Some(error) = text
            .parse::<u16>()
            .ok()
            .and_then(|n| cloudflare().iter().find(|c| c.error == n))
        {
            let mut r = Reading::new(error.status, Clue::Cloudflare);
            r.cloudflare = Some(error);
            return vec![r];
        }
    }
    if !text.contains(char::is_whitespace) {
        for (eco, c) in constants_named(text) {
            push(&mut out, Reading::new(Some(c.code), Clue::Constant(eco, c)));
        }
        if !out.is_empty() {
            return out;
        }
    }
    let compiled = compiled();
    for line in text.lines().take(MAX_LINES) {
        let mut in_line = 0;
        for (format, patterns) in &compiled.formats {
            if let Some(found) = patterns.iter().find_map(|p| p.find(line)) {
                for r in from_format(format, found) {
                    push(&mut out, r);
                    in_line += 1;
                }
                break;
            }
        }
        for (entry, message, pattern) in &compiled.messages {
            if pattern.find(line).is_some() {
                push(
                    &mut out,
                    Reading::new(Some(entry.code), Clue::Message(entry, message)),
                );
                in_line += 1;
            }
        }
        if in_line == 0 {
            for r in phrases(line).into_iter().chain(trailing_phrase(line)) {
                push(&mut out, r);
            }
        }
        for token in qualified_tokens(line) {
            let named = constants_named(token);
            // A qualified name that several ecosystems share is one reading per code.
            if let Some((eco, c)) = named.first() {
                push(&mut out, Reading::new(Some(c.code), Clue::Constant(eco, c)));
            }
        }
    }
    out
}

/// The codes of the readings, each once, in the order found.
pub fn codes_of(readings: &[Reading]) -> Vec<u16> {
    let mut out: Vec<u16> = Vec::new();
    for n in readings.iter().flat_map(Reading::codes) {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}
