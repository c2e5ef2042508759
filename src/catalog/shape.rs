//! The catalog's shape: every type written in `data/`, defined once.
//!
//! `build.rs` compiles this file too (with `#[path]`): it reads the JSON into these types, checks them
//! (`check/`), and writes them back out as Rust statics (`bake.rs`), which the app reads with nothing decoded at
//! start. Text and lists are [`Cow`]s for that reason: owned when read from JSON at build time, borrowed from the
//! statics in the app. Enumerated words are enums whose kebab-case names are the words the data uses.
//!
//! Adding a field: add it here (as [`Text`], [`List`], a number, a bool, an `Option` or a type of this file),
//! write its data, add its check in `check/` if it has one, and show it in a view. Nothing else changes: the
//! reader, the code generator and the statics follow the type.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text from the catalog. Backticks mark code (see [`super::text`]); it is never HTML.
pub type Text = Cow<'static, str>;

/// A list from the catalog.
pub type List<T> = Cow<'static, [T]>;

/// One tag of the vocabulary in `data/tags.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tag {
    /// The word used in entries and in the URL (`?tag=security`).
    pub id: Text,
    /// The label shown on chips.
    pub label: Text,
    /// One line saying what the tag selects.
    pub description: Text,
}

/// One vendor of `data/vendors.json`: who invented a code outside the registry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vendor {
    /// The word used in entries (`"origin": {"vendor": "nginx"}`) and in file names.
    pub id: Text,
    /// The vendor's name as readers know it.
    pub name: Text,
}

/// One meaning of a status code, as written in `data/codes/<code>[-<vendor>].json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The number, 100 to 599.
    pub code: u16,
    /// Its current name.
    pub name: Text,
    /// Names it had before, still searched.
    #[serde(default)]
    pub former_names: List<Text>,
    /// Registry or vendor.
    pub origin: Origin,
    /// The defining document.
    pub source: Source,
    /// One line: what it means for the reader.
    pub summary: Text,
    /// One or two paragraphs.
    pub overview: List<Text>,
    /// Key details.
    pub details: List<Text>,
    /// Common causes.
    pub causes: List<Text>,
    /// Steps to fix it, each saying who acts.
    pub fixes: List<Fix>,
    /// Ids of tags from `data/tags.json`.
    pub tags: List<Text>,
    /// Other codes with entries.
    pub related: List<u16>,
    /// Questions people ask, with our answers.
    pub faq: List<Faq>,
    /// Messages that name no status but imply this code (nginx's `upstream timed out`, a browser's "too many
    /// redirects"), for finding the code from whatever the reader pasted.
    #[serde(default)]
    pub messages: List<Message>,
    /// Real exchanges that show the code, the one people meet most first.
    pub examples: List<Example>,
    /// How to see the code with curl, and what curl does with it.
    pub curl: Curl,
    /// What the protocol says about responses with this code.
    pub protocol: Protocol,
}

/// A real exchange that shows a code: the request and the response as they appear on the wire (HTTP/1.1 text,
/// one line per item: start line, header lines, an empty line, the body), or, for a code that never travels as
/// a status, the log line it leaves or what the client reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// One sentence: what is going on.
    pub scenario: Text,
    /// The request, when it matters.
    #[serde(default)]
    pub request: Option<List<Text>>,
    /// The response (interim 1xx responses first, each ending with an empty line).
    #[serde(default)]
    pub response: Option<List<Text>>,
    /// A log line, for codes that only a log shows.
    #[serde(default)]
    pub log: Option<List<Text>>,
    /// What a client library reports, for codes a client makes up.
    #[serde(default)]
    pub client: Option<List<Text>>,
    /// What to notice.
    #[serde(default)]
    pub note: Option<Text>,
}

/// A message that implies a code without naming it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Who prints it: "nginx error log".
    pub source: Text,
    /// How to find it in a line, in the language of [`super::pattern`].
    pub pattern: Text,
    /// Other codes it may mean (a redirect loop is any of the redirects).
    #[serde(default)]
    pub also: List<u16>,
    /// Real lines with the message, as printed; the build checks that the pattern finds each.
    pub examples: List<Text>,
}

/// The status-code constants of one ecosystem (`data/constants.json`), as developers type them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ecosystem {
    /// A word for it: `python-http`.
    pub id: Text,
    /// Its name: "Python".
    pub name: Text,
    /// The API the constants belong to: `http.HTTPStatus`.
    pub api: Text,
    /// How code usually reaches them: `from http import HTTPStatus`.
    pub usage: Text,
    /// The prefixes people type before a constant, longest first: `http.HTTPStatus.`, `HTTPStatus.`.
    pub qualifiers: List<Text>,
    /// The source file the constants were read from.
    pub source: Text,
    /// The constants.
    pub constants: List<Constant>,
}

/// One constant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constant {
    /// Its code.
    pub code: u16,
    /// As typed with its usual qualifier: `HTTPStatus.NOT_FOUND`.
    pub name: Text,
    /// Whether it is the live name.
    #[serde(default)]
    pub state: ConstantState,
    /// What replaces it, when it is not the live name.
    #[serde(default)]
    pub r#use: Option<Text>,
    /// Since when, or why it changed.
    #[serde(default)]
    pub note: Option<Text>,
}

/// Whether a constant is the name to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConstantState {
    /// The live name.
    #[default]
    Current,
    /// A second live name for the same code.
    Alias,
    /// Still there, but marked deprecated.
    Deprecated,
    /// Kept only for old code, or gone from the newest release.
    Obsolete,
}

/// An IIS sub-status (`data/iis.json`): the number after the dot in `403.14`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IisSub {
    /// The status.
    pub code: u16,
    /// The sub-status.
    pub sub: u16,
    /// `ARR` where Application Request Routing gives the number its own meaning.
    #[serde(default)]
    pub context: Option<Text>,
    /// What it means.
    pub meaning: Text,
    /// What to do.
    pub fix: Text,
    /// Who does it.
    pub who: Actor,
}

/// A Cloudflare 1xxx error (`data/cloudflare.json`), shown in the body of Cloudflare's error page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CloudflareError {
    /// The number: 1020.
    pub error: u16,
    /// The title Cloudflare's page shows, when known.
    pub title: Option<Text>,
    /// The HTTP status it comes with, when known.
    pub status: Option<u16>,
    /// How that status is known.
    pub status_basis: StatusBasis,
    /// What it means.
    pub meaning: Text,
    /// What to do.
    pub fix: Text,
    /// Who does it.
    pub who: Actor,
}

/// How the status of a Cloudflare error is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatusBasis {
    /// Cloudflare's page for the error states it.
    Stated,
    /// Cloudflare says such errors usually come with it.
    Usual,
    /// Not known.
    Unknown,
}

/// A format of text people paste (`data/formats.json`): a log, a status line, a client's exception.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Format {
    /// A word for it.
    pub id: Text,
    /// What it is, as told to the reader: "access log (nginx, Apache ...)".
    pub name: Text,
    /// How to find it in a line, in the language of [`super::pattern`]; the first that matches is used.
    pub patterns: List<Text>,
    /// Real lines of the format and the code each carries; the build checks every one.
    pub examples: List<FormatExample>,
}

/// A real line of a format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatExample {
    /// The line, as printed.
    pub text: Text,
    /// The code it carries (for a Cloudflare error number, the status that error comes with).
    pub status: u16,
}

/// Seeing a code from the command line.

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curl {
    /// The command to run.
    pub command: Text,
    /// What curl does with the code: its exit status, `--fail`, redirects, retries.
    pub behaviour: Text,
}

/// A row of `data/required-headers.json`: a response with `code` carries at least one of `any`, as the
/// specification that defines the code asks (or as the code cannot do without).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequiredHeaders {
    /// The status code.
    pub code: u16,
    /// The header fields, one of which must be there.
    pub any: List<Text>,
    /// The document that asks for them: "RFC 9110", "RFC 6585".
    pub defined_in: Text,
}

/// The IANA registry as the catalog follows it (`data/registry.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    /// The day of the snapshot the registered entries were checked against, `YYYY-MM-DD`.
    pub snapshot: Text,
    /// The registry.
    pub url: Text,
}

/// The guide "Which status code should I return?" (`data/guide.json`): questions that lead, one answer at a
/// time, to an outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// The id of the first step.
    pub start: Text,
    /// The questions.
    pub steps: List<Step>,
    /// Where the answers end: a code, and why.
    pub outcomes: List<Outcome>,
}

/// One question of the guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Its URL word: `/guide/<id>`.
    pub id: Text,
    /// The question, in plain words.
    pub question: Text,
    /// What helps to answer it.
    #[serde(default)]
    pub help: Option<Text>,
    /// The answers, each leading on.
    pub answers: List<Answer>,
}

/// One answer to a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The answer, short.
    pub label: Text,
    /// The id of the step or outcome it leads to.
    pub next: Text,
}

/// Where a path through the guide ends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Its URL word: `/guide/<id>`.
    pub id: Text,
    /// The code to return.
    pub code: u16,
    /// Why it fits the answers given.
    pub why: Text,
    /// What the response must or should carry.
    pub headers: List<OutcomeHeader>,
    /// The close alternatives, and when each would be right instead.
    pub alternatives: List<Alternative>,
}

/// A header field an outcome's response carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeHeader {
    /// The field name.
    pub name: Text,
    /// Must, should or may.
    pub level: Level,
    /// What it carries here.
    pub note: Text,
}

/// A code that would be right instead, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    /// The code.
    pub code: u16,
    /// When it would be right.
    pub when: Text,
}

/// A side-by-side page for codes people confuse (`data/comparisons.json`), at `/compare/401-403`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The codes, in ascending order.
    pub codes: List<u16>,
    /// The difference in one line.
    pub summary: Text,
    /// The facts that differ, one value per code.
    pub rows: List<Row>,
    /// When to use each.
    pub choose: List<Choice>,
    /// Real situations that make the difference clear.
    pub examples: List<Situation>,
}

/// One fact of a comparison, one value per code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// What is compared: "Cacheable by default".
    pub aspect: Text,
    /// The value for each code, in the order of the comparison's codes.
    pub values: List<Text>,
}

/// When to use one code of a comparison.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The code.
    pub code: u16,
    /// "Use 401 when …".
    pub when: Text,
}

/// A situation and the code that fits it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// What happens.
    pub situation: Text,
    /// The code that fits.
    pub code: u16,
    /// Why.
    pub why: Text,
}

/// Where a meaning comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Registered with IANA: `{"iana": "permanent"}`.
    Iana(Registration),
    /// Defined by a vendor, framework or service: `{"vendor": "nginx"}` (an id from `data/vendors.json`).
    Vendor(Text),
}

impl Origin {
    /// `iana` or the vendor's id: the word that tells meanings of one number apart in keys and anchors.
    pub fn id(&self) -> &str {
        match self {
            Origin::Iana(_) => "iana",
            Origin::Vendor(vendor) => vendor,
        }
    }
}

/// The status of a value in the IANA registry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Registration {
    /// A permanent registration.
    Permanent,
    /// A provisional registration that lapses unless renewed: `{"temporary": {"expires": "2026-11-13"}}`.
    Temporary {
        /// The day the registration lapses, `YYYY-MM-DD`.
        expires: Text,
    },
    /// Registered once, now obsolete.
    Obsoleted,
    /// Reserved and not to be used.
    Unused,
}

/// The document that defines a meaning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// "RFC 9110", "nginx source".
    pub title: Text,
    /// "15.5.4", or empty.
    #[serde(default)]
    pub section: Text,
    /// Where to read it (https).
    pub url: Text,
    /// True when only secondary lists attest the code.
    #[serde(default)]
    pub weak: bool,
}

/// One step towards a fix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fix {
    /// Who acts.
    pub who: Actor,
    /// What to do.
    pub text: Text,
}

/// Who takes a fix step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Actor {
    /// The person browsing.
    Visitor,
    /// The site or API owner.
    Owner,
    /// The developer writing the client.
    Developer,
}

/// A question people ask.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    /// The question.
    pub q: Text,
    /// Our answer.
    pub a: Text,
}

/// What the protocol says about responses with this code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    /// Heuristically cacheable by default (RFC 9110 section 15.1, RFC 7725).
    pub cacheable: bool,
    /// Header fields that go with the code.
    pub headers: List<Header>,
    /// Whether and how to retry.
    pub retry: Retry,
    /// Where the code shows up.
    pub seen: Seen,
}

/// A header field that goes with a code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// The field name (`Retry-After`).
    pub name: Text,
    /// The message that carries it: `"in": "response"`.
    pub r#in: Side,
    /// How strongly the specification asks for it.
    pub level: Level,
    /// What it carries.
    pub note: Text,
}

/// Which message of an exchange carries a header field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// Sent by the client.
    Request,
    /// Sent by the server.
    Response,
}

/// How strongly the specification asks for a header field: its MUST, SHOULD or MAY.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Required.
    Must,
    /// Recommended.
    Should,
    /// Allowed, or usual without being asked for.
    May,
}

/// Whether and how a client should repeat the request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retry {
    /// The short verdict.
    pub verdict: RetryVerdict,
    /// The advice in full.
    pub advice: Text,
}

/// The short answer to "should I retry?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RetryVerdict {
    /// Nothing failed: there is nothing to retry.
    NotNeeded,
    /// Repeating the request unchanged fails again.
    NotAsIs,
    /// Retry after a delay, with back-off.
    Later,
    /// May be retried under stated conditions.
    Conditional,
}

/// Where a code shows up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Seen {
    /// A real status line sent to the client.
    Wire,
    /// Used inside the server (its configuration and error pages); the client receives another code.
    Internal,
    /// Only in the server's access log; nothing with this code is ever sent.
    LogOnly,
    /// Inside a response body, usually under HTTP 200.
    Body,
    /// Made up by a client library; no server sent it.
    Client,
}
