use crate::catalog::lookup::code;
use crate::components::code_list::CodeRow;
use crate::replay::Control;
use crate::routes::Paths;
use crate::state::bookmarks::file;
use crate::state::bookmarks::handle::use_bookmarks;
use crate::state::notices::{use_notices, Tone};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `/bookmarks`: the bookmarked codes, most recent first, each linking to its page and removable; export to a
/// file and import from one.
#[component]
pub fn BookmarksPage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let bookmarks = use_bookmarks();
    let codes = move || {
        bookmarks
            .items()
            .into_iter()
            .filter_map(|b| code(b.code))
            .collect::<Vec<_>>()
    };
    view! {
        <div class="bookmarks-page">
            <h1 tabindex="-1">"Bookmarks"</h1>
            <Show
                when=move || !bookmarks.is_empty() || !bookmarks.is_loaded()
                fallback=move || {
                    view! {
                        <div class="empty">
                            <p>"You have no bookmarks yet."</p>
                            <p>
                                "Press the "
                                <strong>"Bookmark"</strong>
                                " button beside any code, in the list or on its page (or press "
                                <kbd>"B"</kbd>
                                " on a code's page), and it appears here, most recent first. Bookmarks stay in this browser."
                            </p>
                            <p><a class="button" href=paths.home()>"Browse all codes"</a></p>
                        </div>
                    }
                }
            >
                <p class="result-count">
                    // Prerendered at build time there is no list yet: the line stays empty rather than show a
                    // count the reader's own list would replace.
                    {move || match bookmarks.len() {
                        _ if !bookmarks.is_loaded() => String::new(),
                        1 => "1 bookmarked code, most recent first.".to_string(),
                        n => format!("{n} bookmarked codes, most recent first."),
                    }}
                </p>
                <ul class="code-list bookmark-list">
                    <For each=codes key=|c| c.number let:code>
                        <CodeRow code=code/>
                    </For>
                </ul>
            </Show>
            <Transfer/>
        </div>
    }
}

/// Export to a JSON file and import one back (merging, never replacing).
#[component]
fn Transfer() -> impl IntoView {
    let bookmarks = use_bookmarks();
    let notices = use_notices();
    let export = move |_| {
        if !file::download(&bookmarks.to_json()) {
            notices.show("Your browser did not allow the download.", Tone::Problem);
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(chosen) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value(""); // so choosing the same file again fires `change` again
        leptos::task::spawn_local(async move {
            match file::read_text(chosen).await {
                Ok(text) => bookmarks.import(&text),
                Err(e) => notices.show(e.message(), Tone::Problem),
            }
        });
    };
    view! {
        <section class="transfer" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">"Move your bookmarks"</h2>
            <p>
                "Save them to a file, or add the bookmarks from a file saved here before (in this or another browser). Importing adds to your list; it never removes anything."
            </p>
            <div class="transfer-actions">
                // Prerendered, the list is not known yet: the button stays enabled so that a tap on it is kept.
                <button
                    type="button"
                    class="button secondary"
                    data-replay=Control::Export.name()
                    on:click=export
                    disabled=move || bookmarks.is_loaded() && bookmarks.is_empty()
                >
                    "Export to a file"
                </button>
                // A file chooser opened before the app runs would hand its file to no one: a tap on it says so
                // instead (`crate::replay::NEEDS_APP`).
                <label class="button secondary file-button" data-needs-app="Starting up: try again in a moment">


                    "Import from a file"
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=import/>
                </label>
            </div>
        </section>
    }
}
