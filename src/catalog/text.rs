//! The light formatting catalog text may use: `backticks` mark code. Parsed into spans that the view renders as
//! text nodes and `<code>` elements, so nothing in the data is ever interpreted as HTML.

/// A run of text, either plain or code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span<'a> {
    /// The text, without the backticks.
    pub text: &'a str,
    /// True inside backticks.
    pub code: bool,
}

/// Splits text at backticks. An unmatched backtick is kept as a literal character.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else {
            break;
        };
        if open > 0 {
            out.push(Span {
                text: &rest[..open],
                code: false,
            });
        }
        out.push(Span {
            text: &rest[open + 1..open + 1 + len],
            code: true,
        });
        rest = &rest[open + 2 + len..];
    }
    if !rest.is_empty() {
        out.push(Span {
            text: rest,
            code: false,
        });
    }
    out
}

/// The text with the backticks removed, for places that take plain text (titles, labels).
pub fn plain(text: &str) -> String {
    spans(text).iter().map(|s| s.text).collect()
}

/// At most `max` characters of `text`, with an ellipsis when it was cut: for echoing what a reader typed.
pub fn shorten(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}
