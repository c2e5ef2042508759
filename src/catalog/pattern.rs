//! The small pattern language of `data/formats.json` and of the entries' `messages`: how a log line, a status
//! line or an error message is recognised, and which of its numbers is the status. Literal text matches itself
//! (ASCII letters in either case), a space matches one or more spaces or tabs, and slots in braces match parts:
//!
//! | slot | matches |
//! |---|---|
//! | `{status}` | a status code, 100 to 599, standing alone (no digit right before or after) |
//! | `{status?}` | the same, or `-` where no status was recorded (a load balancer's target that never answered) |
//! | `{status:target}` | a status with a role, said back to the reader ("target 502") |
//! | `{request}` | a quoted request line, `"GET /path HTTP/1.1"` |
//! | `{quoted}` | any double-quoted text |
//! | `{n}` | a number: digits, maybe signed, maybe with a decimal part |
//! | `{word}` | one or more characters that are not spaces |
//! | `{any}` | anything, as little as possible |
//! | `{sub}` | an IIS sub-status, 1 to 3 digits |
//! | `{cf}` | a Cloudflare error number, 1000 to 1999 |
//!
//! A pattern is found anywhere in a line. Numbers outside a `{status}` slot are never taken for the status.
//! Pure Rust with no dependencies: `build.rs` compiles this file to check every pattern against its examples.

use std::fmt;

/// One part of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text that matches itself, ASCII case ignored.
    Literal(String),
    /// One or more spaces or tabs.
    Space,
    /// A slot.
    Slot(Slot),
}

/// What a slot matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A status, with its role; `optional` also takes `-`.
    Status {
        role: Option<String>,
        optional: bool,
    },
    /// A quoted request line.
    Request,
    /// Quoted text.
    Quoted,
    /// A number.
    Number,
    /// Non-space characters.
    Word,
    /// Anything, as little as possible.
    Any,
    /// An IIS sub-status.
    Sub,
    /// A Cloudflare error number.
    Cloudflare,
}

/// A pattern, read from its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    pieces: Vec<Piece>,
}

/// Why a pattern's text is not a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError(pub String);

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A status found in a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundStatus {
    /// Its role in the line, when the pattern names one.
    pub role: Option<String>,
    /// The code, or `None` where the line records `-`.
    pub code: Option<u16>,
}

/// What a match found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// The statuses, in the order of the pattern.
    pub statuses: Vec<FoundStatus>,
    /// The request's method and target, when the pattern has `{request}`.
    pub request: Option<(String, String)>,
    /// An IIS sub-status.
    pub sub: Option<u16>,
    /// A Cloudflare error number.
    pub cloudflare: Option<u16>,
}

impl Pattern {
    /// Reads a pattern.
    pub fn parse(text: &str) -> Result<Pattern, PatternError> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars().peekable();
        let flush = |literal: &mut String, pieces: &mut Vec<Piece>| {
            if !literal.is_empty() {
                pieces.push(Piece::Literal(std::mem::take(literal).to_ascii_lowercase()));
            }
        };
        while let Some(c) = chars.next() {
            match c {
                ' ' => {
                    flush(&mut literal, &mut pieces);
                    while chars.peek() == Some(&' ') {
                        chars.next();
                    }
                    pieces.push(Piece::Space);
                }
                '{' => {
                    flush(&mut literal, &mut pieces);
                    let mut name = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(c) => name.push(c),
                            None => return Err(PatternError(format!("`{{{name}` is not closed"))),
                        }
                    }
                    pieces.push(Piece::Slot(slot(&name)?));
                }
                '}' => return Err(PatternError("a `}` without its `{`".into())),
                c => literal.push(c),
            }
        }
        flush(&mut literal, &mut pieces);
        if !pieces
            .iter()
            .any(|p| !matches!(p, Piece::Slot(Slot::Any) | Piece::Space))
        {
            return Err(PatternError("matches anything".into()));
        }
        if matches!(pieces.first(), Some(Piece::Slot(Slot::Any) | Piece::Space)) {
            return Err(PatternError(
                "starts with `{any}` or a space: a pattern is found anywhere already".into(),
            ));
        }

        Ok(Pattern { pieces })
    }

    /// True when the pattern says which status the line carries.
    pub fn has_status(&self) -> bool {
        self.pieces.iter().any(|p| {
            matches!(
                p,
                Piece::Slot(Slot::Status { .. } | Slot::Sub | Slot::Cloudflare)
            )
        })
    }

    /// Finds the pattern in `line`, the leftmost match.
    pub fn find(&self, line: &str) -> Option<Found> {
        let lower = line.to_ascii_lowercase();
        let text = Text {
            raw: line.as_bytes(),
            lower: lower.as_bytes(),
        };
        let mut budget = STEPS;
        let first_literal = match self.pieces.first() {
            Some(Piece::Literal(l)) => Some(l.as_bytes()),
            _ => None,
        };
        for start in 0..=line.len() {
            if !line.is_char_boundary(start) {
                continue;
            }
            if let Some(l) = first_literal {
                if !text.lower[start..].starts_with(l) {
                    continue;
                }
            } else if start > 0
                && matches!(
                    self.pieces.first(),
                    Some(Piece::Slot(Slot::Status { .. } | Slot::Number))
                )
                && text.raw[start - 1].is_ascii_digit()
            {
                continue;
            }
            let mut found = Found::default();
            if self.at(0, &text, start, &mut found, &mut budget) {
                return Some(found);
            }
            if budget == 0 {
                return None;
            }
        }
        None
    }

    fn at(&self, i: usize, t: &Text, pos: usize, found: &mut Found, budget: &mut usize) -> bool {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        let Some(piece) = self.pieces.get(i) else {
            return true;
        };
        let next = |end: usize, found: &mut Found, budget: &mut usize| {
            self.at(i + 1, t, end, found, budget)
        };
        match piece {
            Piece::Literal(l) => {
                t.lower[pos..].starts_with(l.as_bytes()) && next(pos + l.len(), found, budget)
            }
            Piece::Space => {
                let n = t.raw[pos..]
                    .iter()
                    .take_while(|b| **b == b' ' || **b == b'\t')
                    .count();
                n > 0 && next(pos + n, found, budget)
            }
            Piece::Slot(slot) => {
                let saved = found.clone();
                for (end, capture) in candidates(slot, t, pos) {
                    capture.apply(slot, found);
                    if next(end, found, budget) {
                        return true;
                    }
                    *found = saved.clone();
                    if *budget == 0 {
                        return false;
                    }
                }
                false
            }
        }
    }
}

/// The most steps one search may take: a hostile line fails to match instead of taking time.
const STEPS: usize = 200_000;

struct Text<'a> {
    raw: &'a [u8],
    lower: &'a [u8],
}

fn slot(name: &str) -> Result<Slot, PatternError> {
    let (kind, role) = match name.split_once(':') {
        Some((k, r)) if !r.is_empty() => (k, Some(r.to_string())),
        _ => (name, None),
    };
    Ok(match kind {
        "status" => Slot::Status {
            role,
            optional: false,
        },
        "status?" => Slot::Status {
            role,
            optional: true,
        },
        "request" => Slot::Request,
        "quoted" => Slot::Quoted,
        "n" => Slot::Number,
        "word" => Slot::Word,
        "any" => Slot::Any,
        "sub" => Slot::Sub,
        "cf" => Slot::Cloudflare,
        other => return Err(PatternError(format!("`{{{other}}}` is not a slot"))),
    })
}

/// What a slot took from the line.
enum Capture {
    Nothing,
    Status(Option<u16>),
    Request(String, String),
    Number(u16),
}

impl Capture {
    fn apply(&self, slot: &Slot, found: &mut Found) {
        match (self, slot) {
            (Capture::Status(code), Slot::Status { role, .. }) => {
                found.statuses.push(FoundStatus {
                    role: role.clone(),
                    code: *code,
                })
            }
            (Capture::Request(m, p), _) => found.request = Some((m.clone(), p.clone())),
            (Capture::Number(n), Slot::Sub) => found.sub = Some(*n),
            (Capture::Number(n), Slot::Cloudflare) => found.cloudflare = Some(*n),
            _ => {}
        }
    }
}

fn digits_at(raw: &[u8], pos: usize) -> usize {
    raw[pos..].iter().take_while(|b| b.is_ascii_digit()).count()
}

fn number_at(raw: &[u8], pos: usize, len: usize) -> Option<u16> {
    std::str::from_utf8(&raw[pos..pos + len]).ok()?.parse().ok()
}

/// The ways a slot can match at `pos`: where it ends and what it took, in the order to try them.
fn candidates(slot: &Slot, t: &Text, pos: usize) -> Vec<(usize, Capture)> {
    let raw = t.raw;
    let standalone = |len: usize| {
        let before = pos.checked_sub(1).map(|p| raw[p]);
        let after = raw.get(pos + len).copied();
        !before.is_some_and(|b| b.is_ascii_digit()) && !after.is_some_and(|b| b.is_ascii_digit())
    };
    match slot {
        Slot::Status { optional, .. } => {
            if *optional && raw.get(pos) == Some(&b'-') {
                return vec![(pos + 1, Capture::Status(None))];
            }
            let len = digits_at(raw, pos);
            match number_at(raw, pos, 3.min(len)) {
                Some(code) if len == 3 && (100..=599).contains(&code) && standalone(3) => {
                    vec![(pos + 3, Capture::Status(Some(code)))]
                }
                _ => Vec::new(),
            }
        }
        Slot::Sub => {
            let len = digits_at(raw, pos);
            match number_at(raw, pos, len.min(4)) {
                Some(n) if (1..=3).contains(&len) => vec![(pos + len, Capture::Number(n))],
                _ => Vec::new(),
            }
        }
        Slot::Cloudflare => {
            let len = digits_at(raw, pos);
            match number_at(raw, pos, len.min(5)) {
                Some(n) if len == 4 && (1000..=1999).contains(&n) && standalone(4) => {
                    vec![(pos + 4, Capture::Number(n))]
                }
                _ => Vec::new(),
            }
        }
        Slot::Number => {
            let mut end = pos;
            if matches!(raw.get(end), Some(b'-' | b'+')) {
                end += 1;
            }
            let whole = digits_at(raw, end);
            if whole == 0 {
                return Vec::new();
            }
            end += whole;
            if raw.get(end) == Some(&b'.') && raw.get(end + 1).is_some_and(u8::is_ascii_digit) {
                end += 1 + digits_at(raw, end + 1);
            }
            vec![(end, Capture::Nothing)]
        }
        Slot::Quoted | Slot::Request => {
            if raw.get(pos) != Some(&b'"') {
                return Vec::new();
            }
            let mut end = pos + 1;
            while end < raw.len() && raw[end] != b'"' {
                end += if raw[end] == b'\\' { 2 } else { 1 };
            }
            if end >= raw.len() {
                return Vec::new();
            }
            let inside = String::from_utf8_lossy(&raw[pos + 1..end]).into_owned();
            if *slot == Slot::Quoted {
                return vec![(end + 1, Capture::Nothing)];
            }
            // `METHOD target HTTP/x`, or `METHOD target`; a target with spaces in it (a hostile request) is kept whole.
            let parts: Vec<&str> = inside.split_whitespace().collect();
            let method_ok = parts
                .first()
                .is_some_and(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_uppercase()));
            let versioned =
                parts.len() >= 3 && parts.last().is_some_and(|v| v.starts_with("HTTP/"));
            let target = match parts.len() {
                2 => parts[1..].join(" "),
                n if versioned => parts[1..n - 1].join(" "),
                _ => return Vec::new(),
            };
            if method_ok {
                vec![(end + 1, Capture::Request(parts[0].to_string(), target))]
            } else {
                Vec::new()
            }
        }
        Slot::Word => {
            let len = raw[pos..]
                .iter()
                .take_while(|b| !b.is_ascii_whitespace())
                .count();
            (1..=len).map(|n| (pos + n, Capture::Nothing)).collect()
        }
        Slot::Any => (pos..=raw.len())
            .filter(|p| t_is_boundary(raw, *p))
            .map(|p| (p, Capture::Nothing))
            .collect(),
    }
}

/// True at a UTF-8 character boundary.
fn t_is_boundary(raw: &[u8], at: usize) -> bool {
    at == raw.len() || (raw[at] & 0xC0) != 0x80
}
