//! HTTP status codes: a reference that works offline. Every code people meet in a browser, a log or an API,
//! explained well enough to fix the problem, searchable, filterable and bookmarkable.
//!
//! The catalog, search, filters and the bookmark list are plain Rust ([`catalog`], [`bookmarks::model`],
//! [`routes`]) checked natively by `cargo test`; the components only wire them to the page.

pub mod bookmarks;
pub mod catalog;
pub mod components;
pub mod notices;
pub mod pages;
pub mod routes;
pub mod text;

use bookmarks::{provide_bookmarks, storage::StartProblem, BookmarkList};
use components::{SiteFooter, SiteHeader};
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route as RouteDef, Router};
use leptos_router::path;
use notices::{provide_notices, NoticeArea};
use pages::{BookmarksPage, CatalogPage, CodePage, NotFoundPage};
use routes::Paths;

/// What the app needs before its first render.
pub struct Startup {
    /// The public path the app is served under, normalised: `""` at the root, else `/sub`.
    pub base: &'static str,
    /// The bookmarks read from storage.
    pub bookmarks: BookmarkList,
    /// Anything wrong with storage, to tell the reader once.
    pub problem: Option<StartProblem>,
}

/// The whole app: the providers, then the router and its screens.
#[component]
pub fn App(
    /// What was read before the first render.
    startup: Startup,
) -> impl IntoView {
    let notices = provide_notices();
    provide_bookmarks(startup.bookmarks, startup.problem, notices);
    provide_context(Paths::new(startup.base));
    view! {
        <Router base=startup.base>
            <SiteHeader/>
            <NoticeArea/>
            <main id="main" tabindex="-1">
                <FlatRoutes fallback=|| view! { <NotFoundPage/> }>
                    <RouteDef path=path!("/") view=CatalogPage/>
                    <RouteDef path=path!("/codes/:code") view=CodePage/>
                    <RouteDef path=path!("/bookmarks") view=BookmarksPage/>
                </FlatRoutes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
