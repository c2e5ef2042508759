//! The examples of every entry hold to HTTP: start lines and header lines are well formed, the first example
//! shows the entry's own code, its response carries the header fields the code needs
//! (`data/required-headers.json`), Problem Details bodies are valid and name the status they come with, and
//! nothing a reader might copy is broken.

use super::super::files::{DataError, Located, Parsed};
use super::super::shape::{Entry, Example, Origin, RequiredHeaders, Seen, Text};
use super::context::Ctx;
use std::collections::BTreeMap;

/// One response read from an example's lines: its status, header fields and body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The status code of the status line.
    pub status: u16,
    /// Header fields, as written.
    pub headers: Vec<(String, String)>,
    /// The body lines.
    pub body: Vec<String>,
    /// Where its status line is, in the example's lines.
    pub line: usize,
}

impl Message {
    /// The value of a header field, found case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// `HTTP/1.1 404 Not Found`, `HTTP/2 304`: the version and the status, or `None`.
pub fn status_line(line: &str) -> Option<u16> {
    let rest = line.strip_prefix("HTTP/")?;
    let (version, rest) = rest.split_once(' ')?;
    if !["1.0", "1.1", "2", "3"].contains(&version) {
        return None;
    }
    let code = rest.get(..3)?;
    let after = &rest[3..];
    let valid =
        code.bytes().all(|b| b.is_ascii_digit()) && (after.is_empty() || after.starts_with(' '));
    valid
        .then(|| code.parse().ok())
        .flatten()
        .filter(|c| (100..=599).contains(c))
}

/// True for an HTTP field name: a token of RFC 9110 (letters, digits and ``!#$%&'*+-.^_`|~``).
pub fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Reads the responses of an example: interim 1xx responses end at their empty line and are followed by the
/// next status line; the final response's body is everything after its empty line. Problems are reported
/// against `field[index]`.
fn messages(lines: &[Text], field: &str, ctx: &mut Ctx) -> Vec<Message> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(status) = status_line(&lines[i]) else {
            ctx.error(
                &format!("{field}[{i}]"),
                format!(
                    "`{}` is not a status line such as `HTTP/1.1 404 Not Found`",
                    lines[i]
                ),
            );
            return out;
        };
        let line = i;
        i += 1;
        let mut headers = Vec::new();
        while i < lines.len() && !lines[i].is_empty() {
            match lines[i].split_once(':') {
                Some((name, value))
                    if is_token(name) && (value.is_empty() || value.starts_with(' ')) =>
                {
                    headers.push((name.to_string(), value.trim().to_string()));
                }
                _ => ctx.error(
                    &format!("{field}[{i}]"),
                    format!("`{}` is not a header line `Name: value`", lines[i]),
                ),
            }
            i += 1;
        }
        i += 1; // the empty line
        let interim =
            (100..200).contains(&status) && lines.get(i).is_some_and(|l| status_line(l).is_some());
        let body = if interim {
            Vec::new()
        } else {
            let body = lines
                .get(i..)
                .unwrap_or_default()
                .iter()
                .map(|l| l.to_string())
                .collect();
            i = lines.len();
            body
        };
        out.push(Message {
            status,
            headers,
            body,
            line,
        });
    }
    out
}

fn check_request(lines: &[Text], field: &str, ctx: &mut Ctx) {
    let first = lines.first().map(|l| l.as_ref()).unwrap_or_default();
    let parts: Vec<&str> = first.split(' ').collect();
    let method_ok = parts
        .first()
        .is_some_and(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_uppercase()));
    let version = parts.get(2).copied().unwrap_or_default();
    if parts.len() != 3
        || !method_ok
        || !["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/3"].contains(&version)
    {
        ctx.error(
            &format!("{field}[0]"),
            format!("`{first}` is not a request line such as `GET /path HTTP/1.1`"),
        );
    }
    let mut host = false;
    for (i, line) in lines.iter().enumerate().skip(1) {
        if line.is_empty() {
            break;
        }
        match line.split_once(':') {
            Some((name, value))
                if is_token(name) && (value.is_empty() || value.starts_with(' ')) =>
            {
                host |= name.eq_ignore_ascii_case("host");
            }
            _ => ctx.error(
                &format!("{field}[{i}]"),
                format!("`{line}` is not a header line `Name: value`"),
            ),
        }
    }
    if version == "HTTP/1.1" && !host {
        ctx.error(field, "an HTTP/1.1 request needs a `Host` header");
    }
}

fn check_body(m: &Message, field: &str, ctx: &mut Ctx) {
    let at = format!("{field}[{}]", m.line);
    let has_body = m.body.iter().any(|l| !l.is_empty());
    if has_body && matches!(m.status, 204 | 304) {
        ctx.error(&at, format!("a {} response never has a body", m.status));
    }
    if has_body && m.header("Content-Length").is_some() {
        ctx.error(
            &at,
            "leave `Content-Length` out of a response with a body: the example cannot keep it exact",
        );
    }
    let content_type = m
        .header("Content-Type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !has_body || !content_type.contains("json") {
        return;
    }
    let body = m.body.join("\n");
    let value: serde_json::Value = match serde_json::from_str(&body) {
        Ok(v) => v,
        Err(e) => return ctx.error(&at, format!("the JSON body is not valid JSON: {e}")),
    };
    if content_type.contains("application/problem+json") {
        for member in ["type", "title", "status", "detail"] {
            if value.get(member).is_none() {
                ctx.error(&at, format!("the Problem Details body has no `{member}`"));
            }
        }
        if let Some(status) = value.get("status") {
            if status.as_u64() != Some(u64::from(m.status)) {
                ctx.error(
                    &at,
                    format!(
                        "the Problem Details `status` is {status}, but the response is {}",
                        m.status
                    ),
                );
            }
        }
    }
}

/// True when `text` holds `code` as a whole number (not inside a longer one).
fn names_code(text: &str, code: u16) -> bool {
    let code = code.to_string();
    text.match_indices(&code).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + code.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

fn check_example(
    e: &Entry,
    i: usize,
    ex: &Example,
    required: Option<&RequiredHeaders>,
    ctx: &mut Ctx,
) {
    let field = |part: &str| format!("examples[{i}].{part}");
    if ex.response.is_none() && ex.log.is_none() && ex.client.is_none() {
        ctx.error(
            &format!("examples[{i}]"),
            "needs a response, a log line or what the client reports",
        );
    }
    for (name, lines) in [
        ("request", &ex.request),
        ("response", &ex.response),
        ("log", &ex.log),
        ("client", &ex.client),
    ] {
        if lines
            .as_ref()
            .is_some_and(|l| l.is_empty() || l[0].trim().is_empty())
        {
            ctx.error(&field(name), "must start with a line of text");
        }
    }
    if let Some(request) = &ex.request {
        check_request(request, &field("request"), ctx);
    }
    let responses = ex
        .response
        .as_ref()
        .map(|lines| messages(lines, &field("response"), ctx))
        .unwrap_or_default();
    for m in &responses {
        check_body(m, &field("response"), ctx);
    }
    if i > 0 {
        return;
    }
    // The first example shows the entry's own code: in a status line, a status inside a body (a WebDAV
    // multi-status, an error object under 200), a log line, or what a client reports. A code that never
    // travels as a status may instead be named where the note says where it shows up.
    let own = responses.iter().find(|m| m.status == e.code);
    let lines = [&ex.response, &ex.log, &ex.client];
    let in_note =
        e.protocol.seen != Seen::Wire && ex.note.as_ref().is_some_and(|n| names_code(n, e.code));
    let named = own.is_some()
        || in_note
        || lines
            .iter()
            .filter_map(|l| l.as_ref())
            .flat_map(|l| l.iter())
            .any(|l| names_code(l, e.code));
    if !named {
        ctx.error("examples[0]", format!("does not show {} anywhere", e.code));
    }
    if e.protocol.seen == Seen::Wire && responses.is_empty() {
        ctx.error("examples[0]", "a code sent on the wire needs its response");
    }
    if let (Some(required), Some(m)) = (required, own) {
        if !required.any.iter().any(|h| m.header(h).is_some()) {
            let names: Vec<&str> = required.any.iter().map(|h| h.as_ref()).collect();
            ctx.error(
                &format!("examples[0].response[{}]", m.line),
                format!(
                    "a {} response needs `{}` ({} asks for it)",
                    e.code,
                    names.join("` or `"),
                    required.defined_in
                ),
            );
        }
    }
}

/// Checks every entry's examples and curl command.
pub fn check(parsed: &Parsed, errors: &mut Vec<DataError>) {
    let required: BTreeMap<u16, &RequiredHeaders> = parsed
        .required_headers
        .iter()
        .map(|r| (r.code, r))
        .collect();
    for Located { path, value: e } in &parsed.entries {
        let mut ctx = Ctx::new(path, e.key(), errors);
        if e.examples.is_empty() {
            ctx.error("examples", "needs at least one example");
        }
        for (i, ex) in e.examples.iter().enumerate() {
            // A vendor's meaning of a registered number need not carry the registered meaning's headers.
            let rule = required
                .get(&e.code)
                .copied()
                .filter(|_| matches!(e.origin, Origin::Iana(_)));
            check_example(e, i, ex, rule, &mut ctx);
        }
        if !e.curl.command.starts_with("curl ") {
            ctx.error("curl.command", "must be a `curl` command");
        }
    }
    let mut ctx = Ctx::new("data/required-headers.json", "?", errors);
    let codes: std::collections::BTreeSet<u16> =
        parsed.entries.iter().map(|e| e.value.code).collect();
    for (i, r) in parsed.required_headers.iter().enumerate() {
        if !codes.contains(&r.code) {
            ctx.error(
                &format!("[{i}].code"),
                format!("{} has no entry in the catalog", r.code),
            );
        }
        if r.any.is_empty() || r.any.iter().any(|h| !is_token(h)) {
            ctx.error(&format!("[{i}].any"), "must list header field names");
        }
    }
}
