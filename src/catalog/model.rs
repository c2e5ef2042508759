//! The catalog as the app sees it: `'static` data generated from `data/` by `build.rs`, so nothing is parsed at
//! start-up and every lookup is a slice or a binary search.

/// The five classes of status codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Informational,
    Success,
    Redirection,
    ClientError,
    ServerError,
}

impl Class {
    /// Every class, in order.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of a number from 100 to 599.
    pub fn of(code: u16) -> Option<Class> {
        match code / 100 {
            1 => Some(Class::Informational),
            2 => Some(Class::Success),
            3 => Some(Class::Redirection),
            4 => Some(Class::ClientError),
            5 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The URL word: `4xx`.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Success => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
        }
    }

    /// Reads the URL word back (`4xx`, also `4XX`).
    pub fn parse(s: &str) -> Option<Class> {
        Class::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s))
    }

    /// The name people use: "Client error".
    pub fn label(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Success",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client error",
            Class::ServerError => "Server error",
        }
    }

    /// One line on what the class means.
    pub fn description(self) -> &'static str {
        match self {
            Class::Informational => "Interim answers sent before the final response.",
            Class::Success => "The request was received, understood and carried out.",
            Class::Redirection => "The client has to take another step, usually follow a new URL.",
            Class::ClientError => {
                "Something about the request has to change before it can succeed."
            }
            Class::ServerError => {
                "The server, or something behind it, failed to answer a valid request."
            }
        }
    }
}

/// The status of a value in the IANA registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegistryStatus {
    /// A permanent registration.
    Permanent,
    /// A provisional registration that lapses on `expires` (YYYY-MM-DD) unless renewed.
    Temporary { expires: &'static str },
    /// Registered once, now obsolete.
    Obsoleted,
    /// Reserved and not to be used.
    Unused,
}

impl RegistryStatus {
    /// A short label: "Temporary registration".
    pub fn label(self) -> &'static str {
        match self {
            RegistryStatus::Permanent => "IANA registered",
            RegistryStatus::Temporary { .. } => "IANA temporary",
            RegistryStatus::Obsoleted => "IANA obsoleted",
            RegistryStatus::Unused => "IANA unused",
        }
    }
}

/// Who invented a code outside the registry.
#[derive(Debug, PartialEq, Eq)]
pub struct Vendor {
    /// The id used in data files.
    pub id: &'static str,
    /// The name readers know.
    pub name: &'static str,
}

/// Where a meaning comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Registered with IANA.
    Iana(RegistryStatus),
    /// Defined by a vendor, framework or service.
    Vendor(&'static Vendor),
}

impl Origin {
    /// "IANA registered" or the vendor's name.
    pub fn label(self) -> &'static str {
        match self {
            Origin::Iana(status) => status.label(),
            Origin::Vendor(v) => v.name,
        }
    }

    /// True for a meaning registered with IANA, whatever its status.
    pub fn is_registered(self) -> bool {
        matches!(self, Origin::Iana(_))
    }
}

/// A tag of the vocabulary.
#[derive(Debug, PartialEq, Eq)]
pub struct Tag {
    /// The URL word (`security`).
    pub id: &'static str,
    /// The chip label.
    pub label: &'static str,
    /// What the tag selects.
    pub description: &'static str,
}

/// The document that defines a meaning.
#[derive(Debug)]
pub struct Source {
    /// "RFC 9110", "nginx source".
    pub title: &'static str,
    /// "15.5.4", or empty.
    pub section: &'static str,
    /// Where to read it.
    pub url: &'static str,
    /// True when only secondary lists attest the code.
    pub weak: bool,
}

/// Who takes a fix step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The person browsing.
    Visitor,
    /// The site or API owner.
    Owner,
    /// The developer writing the client.
    Developer,
}

impl Actor {
    /// Every actor, in the order steps are grouped on a page.
    pub const ALL: [Actor; 3] = [Actor::Visitor, Actor::Owner, Actor::Developer];

    /// The heading for this actor's steps.
    pub fn label(self) -> &'static str {
        match self {
            Actor::Visitor => "If you are browsing",
            Actor::Owner => "If you run the site or API",
            Actor::Developer => "If you write the client",
        }
    }

    /// The CSS class word.
    pub fn as_str(self) -> &'static str {
        match self {
            Actor::Visitor => "visitor",
            Actor::Owner => "owner",
            Actor::Developer => "developer",
        }
    }
}

/// One step towards a fix.
#[derive(Debug)]
pub struct Fix {
    /// Who acts.
    pub who: Actor,
    /// What to do.
    pub text: &'static str,
}

/// A question people ask.
#[derive(Debug)]
pub struct Faq {
    /// The question.
    pub q: &'static str,
    /// Our answer.
    pub a: &'static str,
}

/// How strongly the specification asks for a header field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Must,
    Should,
    May,
}

impl Level {
    /// "must", "should", "may".
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Must => "must",
            Level::Should => "should",
            Level::May => "may",
        }
    }
}

/// A header field that goes with the code.
#[derive(Debug)]
pub struct HeaderRule {
    /// The field name (`Retry-After`).
    pub name: &'static str,
    /// Must, should or may.
    pub level: Level,
    /// What it carries.
    pub note: &'static str,
}

/// Whether a client should repeat the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

impl RetryVerdict {
    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            RetryVerdict::NotNeeded => "Nothing to retry",
            RetryVerdict::NotAsIs => "Do not repeat unchanged",
            RetryVerdict::Later => "Retry later, with back-off",
            RetryVerdict::Conditional => "May be retried, under conditions",
        }
    }
}

/// Retry advice.
#[derive(Debug)]
pub struct Retry {
    /// The short verdict.
    pub verdict: RetryVerdict,
    /// The advice in full.
    pub advice: &'static str,
}

/// Where a code shows up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

impl Seen {
    /// A sentence for the protocol facts.
    pub fn label(self) -> &'static str {
        match self {
            Seen::Wire => "Sent as the response's status code",
            Seen::Internal => "Only inside the server: the client receives a different code",
            Seen::LogOnly => "Only in server logs: never sent to the client",
            Seen::Body => "Inside a response body, usually under HTTP 200",
            Seen::Client => "Made up by a client library: no server sent it",
        }
    }
}

/// What the protocol says about responses with this code.
#[derive(Debug)]
pub struct Protocol {
    /// Heuristically cacheable by default.
    pub cacheable: bool,
    /// Header fields that go with it.
    pub headers: &'static [HeaderRule],
    /// Whether and how to retry.
    pub retry: Retry,
    /// Where it shows up.
    pub seen: Seen,
}

/// One meaning of a status code.
#[derive(Debug)]
pub struct Entry {
    /// The number.
    pub code: u16,
    /// Its current name.
    pub name: &'static str,
    /// Names it had before, still searched.
    pub former_names: &'static [&'static str],
    /// Its class.
    pub class: Class,
    /// Registry or vendor.
    pub origin: Origin,
    /// The defining document.
    pub source: Source,
    /// One line.
    pub summary: &'static str,
    /// One or two paragraphs.
    pub overview: &'static [&'static str],
    /// Key details.
    pub details: &'static [&'static str],
    /// Common causes.
    pub causes: &'static [&'static str],
    /// Steps to fix it.
    pub fixes: &'static [Fix],
    /// Tags from the vocabulary.
    pub tags: &'static [&'static Tag],
    /// Related codes.
    pub related: &'static [u16],
    /// Questions and answers.
    pub faq: &'static [Faq],
    /// Protocol facts.
    pub protocol: Protocol,
}

impl Entry {
    /// True when the entry carries the tag with this id.
    pub fn has_tag(&self, id: &str) -> bool {
        self.tags.iter().any(|t| t.id == id)
    }

    /// "403 Forbidden".
    pub fn title(&self) -> String {
        format!("{} {}", self.code, self.name)
    }
}
