//! The app's URLs: which screen a path shows, the links to each screen (one function per route, never pasted
//! strings), and the document title of each. Pure Rust, shared by the views and the build-time prerenderer.

use crate::catalog::{self, filter::Filter, parse_code};

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
    /// The screen a path (without the base) shows.
    pub fn of(path: &str) -> Route {
        let path = path.trim_end_matches('/');
        match path {
            "" => Route::Catalog,
            "/bookmarks" => Route::Bookmarks,
            _ => match path.strip_prefix("/codes/").and_then(parse_code) {
                Some(code) if catalog::code(code).is_some() => Route::Code(code),
                _ => Route::NotFound,
            },
        }
    }

    /// The document title.
    pub fn title(self) -> String {
        match self {
            Route::Catalog => "HTTP status codes: every code explained".into(),
            Route::Code(n) => match catalog::code(n) {
                Some(c) => format!("{} - what it means and how to fix it", code_heading(&c)),
                None => not_found_title(),
            },
            Route::Bookmarks => format!("Bookmarks - {SITE_NAME}"),
            Route::NotFound => not_found_title(),
        }
    }
}

/// The site's name, as in the header.
pub const SITE_NAME: &str = "HTTP status codes";

fn not_found_title() -> String {
    format!("Not found - {SITE_NAME}")
}

/// "403 Forbidden"; for a number with several meanings, every name: "499 Client Closed Request / Token Required".
pub fn code_heading(code: &catalog::Code) -> String {
    let names: Vec<&str> = code.meanings.iter().map(|e| e.name).collect();
    format!("{} {}", code.number, names.join(" / "))
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
        match catalog::tag(id) {
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

    /// The path without the base, for [`Route::of`]; `None` when the path is outside the app.
    pub fn strip(self, path: &str) -> Option<&str> {
        path.strip_prefix(self.base)
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))
    }
}
