//! HTTP status codes: a reference that works offline. Every code people meet in a browser, a log or an API,
//! explained well enough to fix the problem, searchable, filterable and bookmarkable.
//!
//! The catalog, search, filters and the bookmark list are plain Rust ([`catalog`], [`bookmarks::model`],
//! [`routes`]) checked natively by `cargo test`; the components only wire them to the page.

pub mod assets;
pub mod bookmarks;
pub mod catalog;
pub mod components;
pub mod finder;
pub mod notices;
pub mod offline;
pub mod pages;
#[cfg(feature = "postbuild")]
pub mod postbuild;
pub mod routes;
pub mod scoped;
pub mod shortcuts;
pub mod text;
pub mod theme;

use bookmarks::{provide_bookmarks, storage::StartProblem, BookmarkList};
use components::{KeyboardShortcuts, SiteFooter, SiteHeader};
use finder::FinderProvider;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route as RouteDef, Router};
use leptos_router::path;
use notices::{provide_notices, NoticeArea};
use offline::{provide_connectivity, register_service_worker, ConnectivityStatus};
use pages::{BookmarksPage, CatalogPage, CodePage, NotFoundPage};
use routes::Paths;

/// The id of the element the app renders into: prerendered pages hold one, which the browser entry point
/// replaces with the app's own.
pub const APP_ID: &str = "app";

/// What the app needs before its first render.
pub struct Startup {
    /// The public path the app is served under, normalised: `""` at the root, else `/sub`.
    pub base: &'static str,
    /// The bookmarks read from storage; `None` while prerendering at build time.
    pub bookmarks: Option<BookmarkList>,
    /// Anything wrong with storage, to tell the reader once.
    pub problem: Option<StartProblem>,
    /// Whether to register the service worker (the browser entry point does; component tests do not).
    pub service_worker: bool,
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
    let connectivity = provide_connectivity();
    if startup.service_worker {
        let base = startup.base;
        Effect::new(move |_| register_service_worker(base, connectivity));
    }
    let help = RwSignal::new(false);
    view! {
        <Router base=startup.base>
            <FinderProvider>
                <FocusOnNavigation/>
                <SiteHeader/>
                <main id="main" tabindex="-1">
                    <ConnectivityStatus/>
                    <NoticeArea/>
                    <FlatRoutes fallback=|| view! { <NotFoundPage/> }>
                        <RouteDef path=path!("/") view=CatalogPage/>
                        <RouteDef path=path!("/codes/:code") view=CodePage/>
                        <RouteDef path=path!("/bookmarks") view=BookmarksPage/>
                    </FlatRoutes>
                </main>
                <SiteFooter help=help/>
                <KeyboardShortcuts open=help/>
            </FinderProvider>
        </Router>
    }
}

/// After in-app navigation to another screen, moves the focus to the new page's heading, so keyboard and
/// screen-reader users start reading there, as after a full page load. Typing in the search box moves
/// between screens too; the focus then stays in the box.
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            let typing = document()
                .active_element()
                .is_some_and(|e| e.id() == components::keyboard::SEARCH_INPUT_ID);
            if !typing {
                request_animation_frame(|| {
                    if let Ok(Some(h1)) = document().query_selector("main h1") {
                        if let Ok(h1) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h1) {
                            let _ = h1.focus();
                        }
                    }
                });
            }
        }
        path
    });
}
