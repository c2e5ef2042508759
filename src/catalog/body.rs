//! The entries' long text (overview, key details, causes, fixes, questions, exchanges, the curl command), which the browser's app keeps out of
//! its WebAssembly.
//!
//! Every page arrives prerendered with this text in it, and the take-over keeps those parts of the page (see
//! `components::kept`), so the app does not need the text to start: only to show a page it did not arrive on.
//! `build.rs` therefore leaves these fields empty in the statics it bakes for the browser, and writes them once as
//! JSON, one [`Body`] per entry in the order of [`super::data::entries`]; the build's finishing step writes the
//! same JSON (from the native catalog, which has everything) as the file [`file_name`] names, content-hashed like
//! every other asset and precached for offline use. Natively nothing is left out.
//!
//! Compiled by `build.rs` (with `#[path]`) and by the library; depends only on serde and the shape.

use super::shape::{Curl, Entry, Example, Faq, Fix, List, Text};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One entry's long text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// One or two paragraphs.
    pub overview: List<Text>,
    /// Key details.
    pub details: List<Text>,
    /// Common causes.
    pub causes: List<Text>,
    /// Steps to fix it, each saying who acts.
    pub fixes: List<Fix>,
    /// Questions people ask, with our answers.
    pub faq: List<Faq>,
    /// Real exchanges that show the code.
    pub examples: List<Example>,
    /// How to see the code with curl.
    pub curl: Curl,
}

impl Body {
    /// The long text of `entry`, borrowed from it where it can be (a clone of a baked entry copies pointers).
    pub fn of(entry: &Entry) -> Body {
        Body::take(&mut entry.clone())
    }

    /// Takes the long text out of `entry`, leaving its fields empty.
    pub fn take(entry: &mut Entry) -> Body {
        Body {
            overview: std::mem::replace(&mut entry.overview, Cow::Borrowed(&[])),
            details: std::mem::replace(&mut entry.details, Cow::Borrowed(&[])),
            causes: std::mem::replace(&mut entry.causes, Cow::Borrowed(&[])),
            fixes: std::mem::replace(&mut entry.fixes, Cow::Borrowed(&[])),
            faq: std::mem::replace(&mut entry.faq, Cow::Borrowed(&[])),
            examples: std::mem::replace(&mut entry.examples, Cow::Borrowed(&[])),
            curl: std::mem::replace(
                &mut entry.curl,
                Curl {
                    command: Cow::Borrowed(""),
                    behaviour: Cow::Borrowed(""),
                },
            ),
        }
    }
}

/// The file's content: every entry's [`Body`], in the entries' order.
pub fn file_json(entries: &[Entry]) -> String {
    let bodies: Vec<Body> = entries.iter().map(Body::of).collect();
    // Cannot fail: the shape has no maps (so no non-string keys) and writing to a String does no I/O. Runs at
    // build time only (build.rs and the post-build step), never in the reader's browser.
    serde_json::to_string(&bodies).expect("the catalog's text serialises")
}

/// The file's name, `texts-` and a 64-bit FNV-1a hash of its content in hex, so that a new text is a new file
/// (and `assets::is_hashed` takes it for a hashed asset).
pub fn file_name(json: &str) -> String {
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("texts-{hash:016x}.json")
}
