//! Every screen rendered to HTML at build time, from the same components the browser runs, so a page is
//! readable the moment its HTML arrives; the app takes it over when the WebAssembly is ready (see `src/main.rs`).
//!
//! Each page records the route it was rendered for in `<meta name="prerendered-route">`. The pre-paint script
//! in `index.html` compares it with the address: when they differ (a query string such as `?tag=security`, or
//! a host answering an unknown path with `index.html`), the prerendered content stays hidden until the app has
//! rendered the right one, so a reader never sees the wrong page first.

use crate::catalog::{self, codes};
use crate::routes::{Paths, Route};
use crate::{App, Startup, APP_ID};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// A page to write: its file name in the bundle and the route path it shows (without the base).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Where it goes in the bundle: `index.html`, `codes/403.html`, `bookmarks.html`.
    pub file: String,
    /// The route it renders: `/`, `/codes/403`, `/bookmarks`.
    pub path: String,
}

/// Every page to prerender: the catalog, each code, and the bookmarks page's frame.
pub fn pages() -> Vec<Page> {
    let mut pages = vec![
        Page {
            file: "index.html".into(),
            path: "/".into(),
        },
        Page {
            file: "bookmarks.html".into(),
            path: "/bookmarks".into(),
        },
    ];
    pages.extend(codes().map(|c| Page {
        file: format!("codes/{}.html", c.number),
        path: format!("/codes/{}", c.number),
    }));
    pages
}

/// The app's HTML for one route, as the browser would first render it with no bookmarks known.
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

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// The description for search results and link previews.
fn description(route: Route) -> Option<String> {
    match route {
        Route::Code(n) => catalog::code(n).map(|c| crate::text::plain(c.primary().summary)),
        _ => None,
    }
}

/// Fills the shell (the built `index.html`) with a page: title, description, route marker, and the app's HTML at
/// the start of the body. `page` is the route path and its HTML, or `None` for the empty shell served for routes
/// without a page of their own.
pub fn fill(shell: &str, paths: Paths, page: Option<(&str, &str)>) -> Result<String, String> {
    let replace_between =
        |html: &str, open: &str, close: &str, with: &str| -> Result<String, String> {
            let start = html
                .find(open)
                .ok_or_else(|| format!("the shell has no {open}"))?
                + open.len();
            let end = start
                + html[start..]
                    .find(close)
                    .ok_or_else(|| format!("the shell has no {close}"))?;
            Ok(format!("{}{with}{}", &html[..start], &html[end..]))
        };
    let app = match page {
        None => format!(r#"<div id="{APP_ID}"></div>"#),
        Some((_, html)) => format!(r#"<div id="{APP_ID}">{html}</div>"#),
    };
    if !shell.contains("<body>") {
        return Err("the shell has no <body>".into());
    }
    let html = shell.replacen("<body>", &format!("<body>{app}"), 1);
    let Some((path, _)) = page else {
        return Ok(html);
    };
    let route = Route::of(path);
    let mut html = replace_between(&html, "<title>", "</title>", &escape(&route.title()))?;
    if let Some(d) = description(route) {
        html = replace_between(
            &html,
            r#"<meta name="description" content=""#,
            r#"""#,
            &escape(&d),
        )?;
    }
    let marker = format!(
        r#"<meta name="prerendered-route" content="{}">"#,
        escape(&format!(
            "{}{}",
            paths.base(),
            if path == "/" { "/" } else { path }
        ))
    );
    Ok(html.replacen("</title>", &format!("</title>\n    {marker}"), 1))
}
