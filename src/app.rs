//! The whole app: the providers, the frame around every page, and the route table, the one place that decides
//! which screen a URL shows. Every page is rendered inside a [`Screen`], which gives it what each page needs.

use crate::components::connectivity_status::ConnectivityStatus;
use crate::components::focus::FocusOnNavigation;
use crate::components::keyboard::KeyboardShortcuts;
use crate::components::layout::{SiteFooter, SiteHeader};
use crate::components::notice_area::NoticeArea;
use crate::components::screen::Screen;
use crate::pages::bookmarks::BookmarksPage;
use crate::pages::catalog::CatalogPage;
use crate::pages::code::CodePage;
use crate::pages::not_found::NotFoundPage;
use crate::routes::{Paths, Route};
use crate::state::bookmarks::handle::provide_bookmarks;
use crate::state::bookmarks::model::BookmarkList;
use crate::state::bookmarks::storage::StartProblem;
use crate::state::connectivity::{provide_connectivity, register_service_worker};
use crate::state::finder::provide_finder;
use crate::state::notices::provide_notices;
use crate::state::screen::provide_screen;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route as RouteDef, Router};
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::path;

/// The id of the element the app renders into: prerendered pages hold one, which the browser's start-up
/// (`crate::start`) replaces with the app's own.
pub const APP_ID: &str = "app";

/// What the app needs before its first render.
pub struct Startup {
    /// The public path the app is served under, normalised: `""` at the root, else `/sub`.
    pub base: &'static str,
    /// The bookmarks read from storage; `None` while prerendering at build time.
    pub bookmarks: Option<BookmarkList>,
    /// Anything wrong with storage, to tell the reader once.
    pub problem: Option<StartProblem>,
    /// Whether to register the service worker (the browser's start-up does; component tests do not).
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
    provide_screen();
    let connectivity = provide_connectivity();
    if startup.service_worker {
        let base = startup.base;
        Effect::new(move |_| register_service_worker(base, connectivity));
    }
    view! {
        <Router base=startup.base>
            <Frame/>
        </Router>
    }
}

/// Everything inside the router: the search state (which reads the URL), the header, the page and the footer.
#[component]
fn Frame() -> impl IntoView {
    provide_finder();
    let help = RwSignal::new(false);
    view! {
        <FocusOnNavigation/>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            <ConnectivityStatus/>
            <NoticeArea/>
            <FlatRoutes fallback=NotFoundScreen>
                <RouteDef path=path!("/") view=|| view! { <Screen route=Route::Catalog><CatalogPage/></Screen> }/>
                <RouteDef path=path!("/codes/:code") view=CodeScreen/>
                <RouteDef path=path!("/bookmarks") view=|| view! { <Screen route=Route::Bookmarks><BookmarksPage/></Screen> }/>
            </FlatRoutes>
        </main>
        <SiteFooter help=help/>
        <KeyboardShortcuts open=help/>
    }
}

/// `/codes/{code}`: the code's page when the catalog knows the code, else not found. One screen for every code,
/// so that going from one code to the next keeps the page's views and only swaps its content.
#[component]
fn CodeScreen() -> impl IntoView {
    let params = use_params_map();
    let segment = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let route = Memo::new(move |_| segment.with(|s| Route::for_code(s)));
    view! {
        <Screen route=route>
            {move || match route.get() {
                Route::Code(number) => view! { <CodePage number=number/> }.into_any(),
                _ => view! { <NotFoundPage asked=segment.get()/> }.into_any(),
            }}
        </Screen>
    }
}

/// Any address the route table does not know.
#[component]
fn NotFoundScreen() -> impl IntoView {
    let location = use_location();
    view! {
        <Screen route=Route::NotFound>
            {move || view! { <NotFoundPage asked=location.pathname.get()/> }}
        </Screen>
    }
}
