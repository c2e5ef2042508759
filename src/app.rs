//! The whole app: the providers, the frame around every page, and the route table, the one place that decides
//! which screen a URL shows. Every page is rendered inside a [`Screen`], which gives it what each page needs.

use crate::catalog::data::texts_file;
use crate::catalog::guide::start;
#[cfg(target_arch = "wasm32")]
use crate::components::bookmark_button::handle_bookmark_buttons;
use crate::components::connectivity_status::ConnectivityStatus;
#[cfg(target_arch = "wasm32")]
use crate::components::copy_button::handle_copy_buttons;
use crate::components::focus::FocusOnNavigation;
use crate::components::keyboard::KeyboardShortcuts;
use crate::components::layout::{SiteFooter, SiteHeader};
use crate::components::notice_area::NoticeArea;
use crate::components::screen::Screen;
use crate::pages::bookmarks::BookmarksPage;
use crate::pages::catalog::CatalogPage;
use crate::pages::code::CodePage;
use crate::pages::compare::ComparePage;
use crate::pages::guide::GuidePage;
use crate::pages::not_found::NotFoundPage;
use crate::routes::{Paths, Route};
use crate::state::bookmarks::handle::provide_bookmarks;
use crate::state::bookmarks::model::BookmarkList;
use crate::state::bookmarks::storage::StartProblem;
use crate::state::connectivity::{provide_connectivity, register_service_worker};
use crate::state::finder::provide_finder;
use crate::state::notices::provide_notices;
use crate::state::screen::provide_screen;
use crate::state::texts::provide_texts;
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
    provide_texts(format!("{}/{}", startup.base, texts_file()));
    // One listener each for every Bookmark and Copy button, so that the buttons kept from the prerendered page
    // work as well as those the app builds.
    #[cfg(target_arch = "wasm32")]
    {
        handle_bookmark_buttons();
        handle_copy_buttons();
    }
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
                <RouteDef
                    path=path!("/codes/:code")
                    view=|| view! { <ParamScreen param="code" route_of=Route::for_code page=code_page/> }
                />
                <RouteDef path=path!("/bookmarks") view=|| view! { <Screen route=Route::Bookmarks><BookmarksPage/></Screen> }/>
                <RouteDef
                    path=path!("/guide")
                    view=|| view! { <Screen route=Route::Guide(start())><GuidePage index=start() start=true/></Screen> }
                />
                <RouteDef
                    path=path!("/guide/:step")
                    view=|| view! { <ParamScreen param="step" route_of=Route::for_guide page=guide_page/> }
                />
                <RouteDef
                    path=path!("/compare/:codes")
                    view=|| view! { <ParamScreen param="codes" route_of=Route::for_comparison page=compare_page/> }
                />
            </FlatRoutes>
        </main>
        <SiteFooter help=help/>
        <KeyboardShortcuts open=help/>
    }
}

/// A screen chosen by one URL parameter (`/codes/{code}`, `/guide/{step}`, `/compare/{codes}`): `page` shows
/// what the parameter names, and an address that names nothing is not found. One screen for every value, so
/// that going from one code (or step) to the next keeps the page's views and only swaps its content.
#[component]
fn ParamScreen(
    /// The parameter's name in the route's path.
    param: &'static str,
    /// The screen a value of the parameter names.
    route_of: fn(&str) -> Route,
    /// The page of a screen, or `None` for not found.
    page: fn(Route) -> Option<AnyView>,
) -> impl IntoView {
    let params = use_params_map();
    let segment = Memo::new(move |_| params.with(|p| p.get(param).unwrap_or_default()));
    let route = Memo::new(move |_| segment.with(|s| route_of(s)));
    view! {
        <Screen route=route>
            {move || {
                page(route.get())
                    .unwrap_or_else(|| view! { <NotFoundPage asked=segment.get()/> }.into_any())
            }}
        </Screen>
    }
}

fn code_page(route: Route) -> Option<AnyView> {
    match route {
        Route::Code(number) => Some(view! { <CodePage number=number/> }.into_any()),
        _ => None,
    }
}

fn guide_page(route: Route) -> Option<AnyView> {
    match route {
        Route::Guide(index) => {
            Some(view! { <GuidePage index=index start=index == start()/> }.into_any())
        }
        _ => None,
    }
}

fn compare_page(route: Route) -> Option<AnyView> {
    match route {
        Route::Compare(index) => Some(view! { <ComparePage index=index/> }.into_any()),
        _ => None,
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
