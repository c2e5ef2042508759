use crate::bookmarks::use_bookmarks;
use crate::catalog::filter::Filter;
use crate::catalog::search::search;
use crate::routes::{Paths, Route, SITE_NAME};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// The header on every page: the site name, the search box and the navigation.
///
/// The search box lives here so it is one keystroke away on every page: typing on a code page opens the catalog
/// filtered by the text (one history entry), and later keystrokes replace that entry, as rustdoc does.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let bookmarks = use_bookmarks();
    let location = use_location();
    let query = use_query_map();
    let navigate = use_navigate();
    let on_catalog = Memo::new(move |_| {
        location
            .pathname
            .with(|p| paths.strip(p).map(Route::of) == Some(Route::Catalog))
    });
    let current = Memo::new(move |_| {
        if on_catalog.get() {
            query.with(|m| {
                Filter::from_query(
                    m.get_str("q"),
                    &m.get_all("tag").unwrap_or_default(),
                    m.get_str("class"),
                )
                .0
            })
        } else {
            Filter::default()
        }
    });
    let on_input = {
        let navigate = navigate.clone();
        move |ev| {
            let text = event_target_value(&ev);
            let href = paths.catalog(&current.get_untracked().with_q(&text));
            let options = NavigateOptions {
                resolve: false,
                replace: on_catalog.get_untracked(),
                scroll: false,
                ..Default::default()
            };
            navigate(&href, options);
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(best) = search(&current.get_untracked().q).first() {
            navigate(
                &paths.code(best.code.number),
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
                <form class="search" role="search" on:submit=on_submit>
                    <label for="search-input" class="visually-hidden">"Search status codes"</label>
                    <input
                        id="search-input"
                        type="search"
                        placeholder="Search by number or words"
                        autocomplete="off"
                        spellcheck="false"
                        prop:value=move || current.with(|f| f.q.clone())
                        on:input=on_input
                    />
                </form>
                <nav class="site-nav" aria-label="Main">
                    <A href=paths.home() exact=true>"All codes"</A>
                    <A href=paths.bookmarks()>
                        "Bookmarks"
                        " "
                        <span class="count">{move || bookmarks.len()}</span>
                    </A>
                </nav>
            </div>
        </header>
    }
}

/// The footer: where the facts come from.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Registered codes follow the "
                <a href="https://www.iana.org/assignments/http-status-codes/" rel="noopener">"IANA registry"</a>
                " and "
                <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15" rel="noopener">"RFC 9110"</a>
                "; vendor codes link to their own sources. Everything works offline after your first visit."
            </p>
        </footer>
    }
}
