use super::keyboard::SEARCH_INPUT_ID;
use super::theme_switch::ThemeSwitch;
use crate::catalog::search::MAX_QUERY_CHARS;
use crate::replay::Control;

use crate::routes::{Paths, SITE_NAME};
use crate::state::bookmarks::handle::use_bookmarks;
use crate::state::connectivity::use_connectivity;
use crate::state::finder::use_finder;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

/// The header on every page: the site name, the search box and the navigation.
///
/// The search box lives here so it is one keystroke away on every page: typing on a code page opens the catalog
/// filtered by the text (one history entry), and later keystrokes replace that entry, as rustdoc does.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let bookmarks = use_bookmarks();
    let finder = use_finder();
    let navigate = use_navigate();
    let on_input = {
        let navigate = navigate.clone();
        move |ev| {
            let text = event_target_value(&ev);
            finder.reset_highlight();
            let href = paths.catalog(&finder.filter.get_untracked().with_q(&text));
            let replace = finder.on_catalog.get_untracked();
            navigate(
                &href,
                NavigateOptions {
                    resolve: false,
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    // The box follows the address (Back, links, Escape), except that a paste longer than the address keeps
    // (`MAX_QUERY_CHARS`) stays in the box as typed: nothing the reader pasted is cut away.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let q = finder.filter.with(|f| f.q.clone());
        if let Some(el) = input.get() {
            let shown = el.value();
            let kept = q.chars().count() >= MAX_QUERY_CHARS && shown.starts_with(&q);
            if shown != q && !kept {
                el.set_value(&q);
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(code) = finder.highlighted() {
            // Leaving the box first lets the new page's heading take the focus, as after any other link.
            let active = document().active_element();
            if let Some(el) = active.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.blur();
            }
            navigate(
                &paths.code(code),
                NavigateOptions {
                    resolve: false,
                    ..Default::default()
                },
            );
        }
    };
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="bar">
                <A href=paths.home() attr:class="brand" exact=true>
                    <span class="brand-mark" aria-hidden="true">"{}"</span>
                    {SITE_NAME}
                </A>
                <form class="search" role="search" data-replay=Control::Search.name() on:submit=on_submit>
                    <label for=SEARCH_INPUT_ID class="visually-hidden">"Search status codes"</label>
                    <input
                        id=SEARCH_INPUT_ID
                        type="search"
                        placeholder="Search by number or words"
                        autocomplete="off"
                        spellcheck="false"
                        enterkeyhint="go"
                        aria-keyshortcuts="/ s"
                        node_ref=input
                        on:input=on_input
                    />
                    <kbd class="search-hint" aria-hidden="true">"/"</kbd>
                </form>
                <nav class="site-nav" aria-label="Main">
                    <A href=paths.home() exact=true>"All codes"</A>
                    <A href=paths.guide()>"Guide"</A>
                    <A href=paths.bookmarks()>
                        "Bookmarks "
                        <span class="count">{move || bookmarks.is_loaded().then(|| bookmarks.len())}</span>
                    </A>
                </nav>
                <ThemeSwitch/>
            </div>
            <p class="visually-hidden" aria-live="polite">{move || finder.announcement()}</p>
        </header>
    }
}

/// The footer: where the facts come from, and the shortcuts.
#[component]
pub fn SiteFooter(
    /// Opens the keyboard shortcuts help.
    help: RwSignal<bool>,
) -> impl IntoView {
    let connectivity = use_connectivity();
    view! {
        <footer class="site-footer">
            <div class="footer-inner">
                <p>
                    "Registered codes follow the "
                    <a href="https://www.iana.org/assignments/http-status-codes/" rel="noopener">"IANA registry"</a>
                    " and "
                    <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15" rel="noopener">"RFC 9110"</a>
                    "; vendor codes link to their own sources. Everything works offline after your first visit."
                </p>
                <p class="version">
                    {version_label()}
                    {move || connectivity.kept().then_some(". The offline copy is kept by this browser.")}
                </p>
                <button type="button" class="link-button" data-replay=Control::Help.name() on:click=move |_| help.set(true)>

                    "Keyboard shortcuts " <kbd>"?"</kbd>
                </button>
            </div>
        </footer>
    }
}

/// "Version 0.1.0", with the build label when the build set one (`STATUSCODES_BUILD`).
pub fn version_label() -> String {
    match option_env!("STATUSCODES_BUILD") {
        Some(build) if !build.is_empty() => {
            format!("Version {} ({build})", env!("CARGO_PKG_VERSION"))
        }
        _ => format!("Version {}", env!("CARGO_PKG_VERSION")),
    }
}
