//! The browser entry point: read what the first render needs, then mount the app.

use leptos::prelude::*;
use statuscodes::{bookmarks, routes, App, Startup};

fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into())
    }));
    let base = routes::normalize_base(&public_path());
    let (list, problem) = bookmarks::storage::load(bookmarks::known);
    // Leaked once: the base lives as long as the page.
    let startup = Startup {
        base: Box::leak(base.into_boxed_str()),
        bookmarks: list,
        problem,
        service_worker: true,
    };
    leptos::mount::mount_to_body(move || view! { <App startup=startup/> });
}

/// The path the app is served under, from the `<base href>` that Trunk writes for `--public-url`.
fn public_path() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default()
}
