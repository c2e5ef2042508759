//! What the app says about the catalog's values: labels, sentences and the facts derived from them. The values
//! themselves are defined once, in [`super::shape`].

use super::data::{registry, tag, vendor};
use super::dates::{days, expiry, Expiry};
use super::shape::{
    Actor, Entry, Level, Origin, Protocol, Registration, RetryVerdict, Seen, Side, Source, Tag,
};

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

impl Entry {
    /// The class of its number (entries only hold numbers from 100 to 599).
    pub fn class(&self) -> Class {
        Class::of(self.code).unwrap_or(Class::ServerError)
    }

    /// True when the entry carries the tag with this id.
    pub fn has_tag(&self, id: &str) -> bool {
        self.tags.iter().any(|t| t == id)
    }

    /// Its tags, from the vocabulary.
    pub fn tagged(&self) -> impl Iterator<Item = &'static Tag> + '_ {
        self.tags.iter().filter_map(|id| tag(id))
    }

    /// "403 Forbidden".
    pub fn title(&self) -> String {
        format!("{} {}", self.code, self.name)
    }

    /// `403-iana`, `499-nginx`: the anchor of this meaning on its code's page.
    pub fn anchor(&self) -> String {
        format!("{}-{}", self.code, self.origin.id())
    }

    /// A sentence on where the meaning comes from, when it is anything but a permanent registration. A
    /// temporary registration's expiry is said against `today` (days since 1970-01-01, the reader's clock); with
    /// no clock (a page rendered at build time) it is said in words that stay true on any day.
    pub fn origin_note(&self, today: Option<i64>) -> Option<String> {
        let mut text = match &self.origin {
            Origin::Iana(Registration::Permanent) => return None,
            Origin::Iana(Registration::Temporary { expires }) => {
                match today.and_then(|day| expiry(expires, day)) {
                    Some(Expiry::Ahead(n)) => format!(
                        "A temporary IANA registration, due to expire on {expires} (in {}) unless it is renewed or made permanent.",
                        days(n)
                    ),
                    Some(Expiry::Today) => format!(
                        "A temporary IANA registration that expires today, {expires}, unless it is renewed or made permanent."
                    ),
                    Some(Expiry::Passed(n)) => format!(
                        "A temporary IANA registration whose listed expiry, {expires}, passed {} ago: check the IANA registry for a renewal before relying on it.",
                        days(n)
                    ),
                    None => format!(
                        "A temporary IANA registration, listed to expire on {expires} unless it is renewed or made permanent: check the IANA registry for its current state."
                    ),
                }
            }
            Origin::Iana(Registration::Obsoleted) => {
                "Obsoleted: the registration remains, but the code is no longer in use.".into()
            }
            Origin::Iana(Registration::Unused) => {
                "Reserved: the registry marks this number as unused.".into()
            }
            Origin::Vendor(_) => format!("Not a standard code: {} uses it.", self.origin.label()),
        };
        if self.source.weak {
            text.push_str(" Weakly sourced: only secondary lists attest it.");
        }
        if self.protocol.seen != Seen::Wire {
            text.push(' ');
            text.push_str(self.protocol.seen.label());
            text.push('.');
        }
        Some(text)
    }
}

impl Origin {
    /// "IANA registered", "IANA temporary", ... or the vendor's name.
    pub fn label(&self) -> &'static str {
        match self {
            Origin::Iana(registration) => registration.label(),
            Origin::Vendor(id) => vendor(id).map_or("Unofficial", |v| &v.name),
        }
    }

    /// The label worth showing beside a name in a list: a vendor, or a registration that is not permanent.
    pub fn badge(&self) -> Option<&'static str> {
        match self {
            Origin::Iana(Registration::Permanent) => None,
            other => Some(other.label()),
        }
    }

    /// True for a meaning registered with IANA, whatever its status.
    pub fn is_registered(&self) -> bool {
        matches!(self, Origin::Iana(_))
    }
}

impl Origin {
    /// "IANA registered (registry as of 2025-09-15)", or the vendor's name.
    pub fn status_label(&self) -> String {
        match self {
            Origin::Iana(_) => format!("{} (registry as of {})", self.label(), registry().snapshot),
            Origin::Vendor(_) => self.label().to_string(),
        }
    }
}

impl Registration {
    /// A short label: "IANA temporary".
    pub fn label(&self) -> &'static str {
        match self {
            Registration::Permanent => "IANA registered",
            Registration::Temporary { .. } => "IANA temporary",
            Registration::Obsoleted => "IANA obsoleted",
            Registration::Unused => "IANA unused",
        }
    }
}

impl Source {
    /// "RFC 9110, section 15.5.4", or the title alone.
    pub fn citation(&self) -> String {
        if self.section.is_empty() {
            self.title.to_string()
        } else {
            format!("{}, section {}", self.title, self.section)
        }
    }
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

impl Side {
    /// "request", "response".
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Request => "request",
            Side::Response => "response",
        }
    }
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

impl Protocol {
    /// Whether caches may keep the response on their own, in a sentence.
    pub fn cacheable_label(&self) -> &'static str {
        if self.cacheable {
            "Yes: caches may store it without explicit freshness information."
        } else {
            "No: only with explicit cache headers."
        }
    }
}
