//! The app's screens: what each is, its document title, the links to it (one function per screen, never pasted
//! strings), and the list of screens prerendered at build time. Which screen a URL shows is decided by the router
//! alone (the route table in `crate::app`); this file never parses a path. Pure Rust, shared by the views and
//! the prerenderer.

use crate::catalog::data::tag;
use crate::catalog::filter::Filter;
use crate::catalog::lookup::{code, codes, parse_code};

/// The site's name, as in the header.
pub const SITE_NAME: &str = "HTTP status codes";

/// The screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the catalog with its filters.
    Catalog,
    /// `/codes/{code}` for a code the catalog knows.
    Code(u16),
    /// `/bookmarks`.
    Bookmarks,
    /// Anything else, including unknown or malformed codes.
    NotFound,
}

impl Route {
    /// The screen for the `{code}` of `/codes/{code}`: a code the catalog knows, else not found.
    pub fn for_code(segment: &str) -> Route {
        match parse_code(segment).and_then(code) {
            Some(c) => Route::Code(c.number),
            None => Route::NotFound,
        }
    }

    /// The document title.
    pub fn title(self) -> String {
        match self {
            Route::Catalog => "HTTP status codes: every code explained".into(),
            Route::Code(n) => match code(n) {
                Some(c) => format!("{} - what it means and how to fix it", c.heading()),
                None => Route::NotFound.title(),
            },
            Route::Bookmarks => format!("Bookmarks - {SITE_NAME}"),
            Route::NotFound => format!("Not found - {SITE_NAME}"),
        }
    }

    /// Every screen that has a page of its own, prerendered at build time: the catalog, the bookmarks page's
    /// frame and each code.
    pub fn prerendered() -> impl Iterator<Item = Route> {
        [Route::Catalog, Route::Bookmarks]
            .into_iter()
            .chain(codes().map(|c| Route::Code(c.number)))
    }
}

/// Normalises the public URL the app is served under: `""` at the root, else `/sub` (leading, no trailing slash).
pub fn normalize_base(base: &str) -> String {
    let trimmed = base.trim().trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

/// Builds the links of the app under its base path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paths {
    base: &'static str,
}

impl Paths {
    /// Links under `base` (already normalised with [`normalize_base`]).
    pub fn new(base: &'static str) -> Paths {
        Paths { base }
    }

    /// The base path, `""` at the root.
    pub fn base(self) -> &'static str {
        self.base
    }

    /// The link to a screen; not found has none of its own and links home.
    pub fn to(self, route: Route) -> String {
        match route {
            Route::Catalog | Route::NotFound => self.home(),
            Route::Code(n) => self.code(n),
            Route::Bookmarks => self.bookmarks(),
        }
    }

    /// The catalog, unfiltered.
    pub fn home(self) -> String {
        format!("{}/", self.base)
    }

    /// The catalog with a filter.
    pub fn catalog(self, filter: &Filter) -> String {
        format!("{}/{}", self.base, filter.to_query_string())
    }

    /// The catalog filtered by one tag.
    pub fn tag(self, id: &str) -> String {
        match tag(id) {
            Some(t) => self.catalog(&Filter {
                tags: vec![t],
                ..Filter::default()
            }),
            None => self.home(),
        }
    }

    /// The page of one code.
    pub fn code(self, code: u16) -> String {
        format!("{}/codes/{code}", self.base)
    }

    /// The bookmarks.
    pub fn bookmarks(self) -> String {
        format!("{}/bookmarks", self.base)
    }
}
