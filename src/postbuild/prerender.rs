//! Every screen rendered to HTML at build time, from the same components the browser runs, so a page is
//! readable the moment its HTML arrives; the app takes it over when the WebAssembly is ready (see `crate::start`).
//!
//! Each page records the route it was rendered for in `<meta name="prerendered-route">`. The pre-paint script
//! (`prepaint.js`) compares it with the address: when they differ (a query string such as `?tag=security`, or
//! a host answering an unknown path with `index.html`), the prerendered content stays hidden until the app has
//! rendered the right one, so a reader never sees the wrong page first.

use super::head;
use super::html::{attribute, rewrite, Expect, HTML, TEXT};
use crate::app::{App, Startup, APP_ID};
use crate::routes::{Paths, Route};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// A page to write: the screen, its file in the bundle and the path it is served at (without the base).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The screen.
    pub route: Route,
    /// Where it goes in the bundle: `index.html`, `codes/403.html`, `bookmarks.html`.
    pub file: String,
    /// The path it renders: `/`, `/codes/403`, `/bookmarks`.
    pub path: String,
}

/// Every page to prerender: one per screen of [`Route::prerendered`].
pub fn pages() -> Vec<Page> {
    let unbased = Paths::new("");
    Route::prerendered()
        .map(|route| {
            let path = unbased.to(route);
            let file = match path.trim_start_matches('/') {
                "" => "index.html".to_string(),
                rest => format!("{rest}.html"),
            };
            Page { route, file, path }
        })
        .collect()
}

/// The app's HTML for one path, as the browser would first render it with no bookmarks known.
pub fn render(path: &str, base: &'static str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&format!("{base}{path}")));
        let startup = Startup {
            base,
            bookmarks: None,
            problem: None,
            service_worker: false,
        };
        view! { <App startup=startup/> }.to_html()
    })
}

/// Fills the shell (the built `index.html`) with a page: its title, description, route marker and what the open
/// web reads (`head.rs`: canonical address, link preview, structured data), and the app's HTML at the start of
/// the body. `page` is the page and the app's HTML for it, or `None` for the empty shell served for routes
/// without a page of their own. `origin` is the site's public origin.
pub fn fill(
    shell: &str,
    paths: Paths,
    page: Option<(&Page, &str)>,
    origin: &str,
) -> Result<String, String> {
    let app = format!(
        r#"<div id="{APP_ID}">{}</div>"#,
        page.map_or("", |(_, html)| html)
    );
    let body = Expect::new("body", "<body>");
    let mut handlers = vec![body.on(move |el| {
        el.prepend(&app, HTML);
        Ok(())
    })?];
    let title = Expect::new("title", "<title>");
    let meta = Expect::new("meta[name=description]", "description <meta>");
    let mut expected = vec![&body];
    if let Some((page, _)) = page {
        let heading = page.route.title();
        let marker = format!(
            r#"<meta name="prerendered-route" content="{}">"#,
            attribute(&format!("{}{}", paths.base(), page.path))
        );
        let marker = format!("{marker}\n    {}", head::tags(page.route, origin, paths));
        handlers.push(title.on(move |el| {
            el.set_inner_content(&heading, TEXT);
            el.after(&format!("\n    {marker}"), HTML);
            Ok(())
        })?);
        expected.push(&title);
        let text = head::description(page.route);
        handlers.push(meta.on(move |el| {
            el.set_attribute("content", &attribute(&text))?;
            Ok(())
        })?);
        expected.push(&meta);
    }
    rewrite("index.html", shell, handlers, &expected)
}
