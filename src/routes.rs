//! The app's screens: what each is, its document title, the links to it (one function per screen, never pasted
//! strings), and the list of screens prerendered at build time. Which screen a URL shows is decided by the router
//! alone (the route table in `crate::app`); this file never parses a path. Pure Rust, shared by the views and
//! the prerenderer.

use crate::catalog::data::{comparisons, tag};
use crate::catalog::filter::Filter;
use crate::catalog::guide::{comparison_index, node, node_index, nodes, start};
use crate::catalog::lookup::{code, codes, parse_code};

/// The site's name, as in the header.
pub const SITE_NAME: &str = "HTTP status codes";

/// What the site is, in a line: the description of pages that have none of their own.
pub const SITE_DESCRIPTION: &str =
    "Every HTTP status code explained: what it means, why it happens and how to fix it. Works offline.";

/// The guide's name, as in the header.
pub const GUIDE_NAME: &str = "Which status code should I return?";

/// The screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the catalog with its filters.
    Catalog,
    /// `/codes/{code}` for a code the catalog knows.
    Code(u16),
    /// `/bookmarks`.
    Bookmarks,
    /// `/guide` (the first question) and `/guide/{step}`: a question of the guide or where it ends (the node's
    /// index, see `catalog::guide::nodes`).
    Guide(u16),
    /// `/compare/{codes}`: a comparison page (its index in `data/comparisons.json`).
    Compare(u16),
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

    /// The screen for the `{step}` of `/guide/{step}`.
    pub fn for_guide(segment: &str) -> Route {
        node_index(segment).map_or(Route::NotFound, Route::Guide)
    }

    /// The screen for the `{codes}` of `/compare/{codes}`.
    pub fn for_comparison(segment: &str) -> Route {
        comparison_index(segment).map_or(Route::NotFound, Route::Compare)
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
            Route::Guide(i) if i == start() => format!("{GUIDE_NAME} - {SITE_NAME}"),
            Route::Guide(i) => match node(i) {
                Some(n) => format!("{} - {GUIDE_NAME}", n.title()),
                None => Route::NotFound.title(),
            },
            Route::Compare(i) => match comparisons().get(usize::from(i)) {
                Some(c) => format!("{}: the difference - {SITE_NAME}", c.title()),
                None => Route::NotFound.title(),
            },
            Route::NotFound => format!("Not found - {SITE_NAME}"),
        }
    }

    /// Every screen that has a page of its own, prerendered at build time: the catalog, the bookmarks page's
    /// frame, each code, each step of the guide and each comparison.
    pub fn prerendered() -> impl Iterator<Item = Route> {
        let comparisons = (0..comparisons().len()).map(|i| Route::Compare(i as u16));
        [Route::Catalog, Route::Bookmarks]
            .into_iter()
            .chain(codes().map(|c| Route::Code(c.number)))
            .chain(nodes().map(|(i, _)| Route::Guide(i)))
            .chain(comparisons)
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
            Route::Guide(i) if i == start() => self.guide(),
            Route::Guide(i) => match node(i) {
                Some(n) => format!("{}/guide/{}", self.base, n.id()),
                None => self.guide(),
            },
            Route::Compare(i) => match comparisons().get(usize::from(i)) {
                Some(c) => format!("{}/compare/{}", self.base, c.slug()),
                None => self.home(),
            },
        }
    }

    /// The guide's first question.
    pub fn guide(self) -> String {
        format!("{}/guide", self.base)
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
