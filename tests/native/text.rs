//! The light formatting of catalog text: backticks mark code, nothing else is special.

use statuscodes::catalog::text::{plain, shorten, spans, Span};

#[test]
fn backticks_become_code_spans_and_nothing_else_is_special() {
    assert_eq!(
        spans("Send `Retry-After` now"),
        [
            Span {
                text: "Send ",
                code: false
            },
            Span {
                text: "Retry-After",
                code: true
            },
            Span {
                text: " now",
                code: false
            }
        ]
    );
    assert_eq!(
        spans("<b>x</b>"),
        [Span {
            text: "<b>x</b>",
            code: false
        }]
    );
    assert_eq!(
        spans("a ` b"),
        [Span {
            text: "a ` b",
            code: false
        }]
    );
    assert_eq!(plain("`a` and `b`"), "a and b");
}

#[test]
fn shortening_counts_characters_and_marks_the_cut() {
    assert_eq!(shorten("abc", 3), "abc");
    assert_eq!(shorten("abcd", 3), "abc…");
    assert_eq!(shorten("ééééé", 2), "éé…");
    assert_eq!(shorten("", 2), "");
}
