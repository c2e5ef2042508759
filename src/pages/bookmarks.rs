use super::set_title;
use crate::bookmarks::use_bookmarks;
use crate::catalog;
use crate::components::RichText;
use crate::routes::{code_heading, Paths, Route};
use leptos::prelude::*;
use leptos_router::components::A;

/// `/bookmarks`: the bookmarked codes, most recent first, each linking to its page and removable.
#[component]
pub fn BookmarksPage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let bookmarks = use_bookmarks();
    Effect::new(move |_| set_title(&Route::Bookmarks.title()));
    let codes = move || {
        bookmarks
            .items()
            .into_iter()
            .filter_map(|b| catalog::code(b.code))
            .collect::<Vec<_>>()
    };
    view! {
        <div class="bookmarks-page">
            <h1 tabindex="-1">"Bookmarks"</h1>
            <Show
                when=move || !bookmarks.is_empty()
                fallback=move || {
                    view! {
                        <div class="empty">
                            <p>"You have no bookmarks yet."</p>
                            <p>
                                "Press the "
                                <strong>"Bookmark"</strong>
                                " button beside any code, in the list or on its page, and it appears here, most recent first. Bookmarks stay in this browser."
                            </p>
                            <p><a class="button" href=paths.home()>"Browse all codes"</a></p>
                        </div>
                    }
                }
            >
                <p class="result-count">
                    {move || match bookmarks.len() {
                        1 => "1 bookmarked code, most recent first.".to_string(),
                        n => format!("{n} bookmarked codes, most recent first."),
                    }}
                </p>
                <ul class="code-list bookmark-list">
                    <For each=codes key=|c| c.number let:code>
                        <li class=format!("code-row class-{}", code.class().as_str())>
                            <div class="row-main">
                                <A href=paths.code(code.number) attr:class="code-link">
                                    {code_heading(&code)}
                                </A>
                                <p class="summary"><RichText text=code.primary().summary/></p>
                            </div>
                            <button
                                type="button"
                                class="remove"
                                aria-label=format!("Remove bookmark {}", code.number)
                                on:click=move |_| bookmarks.remove(code.number)
                            >
                                "Remove"
                            </button>
                        </li>
                    </For>
                </ul>
            </Show>
        </div>
    }
}
