//! The one way a page is put on screen. The route table (`crate::app`) renders every page inside a [`Screen`],
//! so no page can forget what each needs: its own views of the app-wide state, the record of which screen is on
//! show, and the document title.

use crate::routes::Route;
use crate::state::bookmarks::handle::use_bookmarks;
use crate::state::finder::use_finder;
use crate::state::screen::use_screen;
use leptos::prelude::*;

/// Shows one screen: gives the page below it page-owned views of the search state and the bookmarks (dropped
/// with the page, see `crate::state::scope`), records `route` as the screen on show, and keeps the document
/// title in step with it. When `route` changes without a new page (one code page to the next), the views stay
/// and the title follows.
#[component]
pub fn Screen(
    /// The screen this page shows.
    #[prop(into)]
    route: Signal<Route>,
    /// The page.
    children: Children,
) -> impl IntoView {
    provide_context(use_finder().scoped());
    provide_context(use_bookmarks().scoped());
    let screen = use_screen();
    // At once, so that what the page reads while it is first built (and while prerendering, where effects do
    // not run) already knows the screen.
    screen.show(route.get_untracked());
    Effect::new(move |_| {
        let route = route.get();
        screen.show(route);
        set_title(&route.title());
    });
    children()
}

/// Sets the document title (in the browser only; the prerenderer writes `<title>` itself).
fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.title() != title {
            doc.set_title(title);
        }
    }
}
