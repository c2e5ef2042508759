//! Which screen is on show, as the router decided it: the screen wrapper (`components::screen`) records it, and
//! the parts outside the page (the search box, the keyboard shortcuts) read it instead of parsing the address.

use crate::routes::Route;
use leptos::prelude::*;

/// The handle to the screen on show.
#[derive(Clone, Copy)]
pub struct CurrentScreen {
    route: RwSignal<Route>,
}

impl CurrentScreen {
    /// The screen on show (tracked).
    pub fn route(self) -> Route {
        self.route.get()
    }

    /// The screen on show, without tracking (for event handlers).
    pub fn route_untracked(self) -> Route {
        self.route.get_untracked()
    }

    /// Records the screen the router has just put on show.
    pub fn show(self, route: Route) {
        if self.route.get_untracked() != route {
            self.route.set(route);
        }
    }
}

/// Creates the handle and puts it in context.
pub fn provide_screen() -> CurrentScreen {
    let screen = CurrentScreen {
        route: RwSignal::new(Route::NotFound),
    };
    provide_context(screen);
    screen
}

/// The handle from context.
pub fn use_screen() -> CurrentScreen {
    expect_context::<CurrentScreen>()
}
