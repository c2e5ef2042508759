use crate::replay::Control;
use crate::state::bookmarks::handle::use_bookmarks;
use leptos::prelude::*;

/// A toggle that bookmarks a code or removes the bookmark; `aria-pressed` tells its state.
#[component]
pub fn BookmarkButton(
    /// The code it bookmarks.
    code: u16,
) -> impl IntoView {
    let bookmarks = use_bookmarks();
    // One reader of the list per button, however many of its attributes follow it (see `crate::state::scope`).
    let pressed = Memo::new(move |_| bookmarks.contains(code));
    let on = move || pressed.get();
    view! {
        <button
            type="button"
            class="bookmark"
            data-replay=Control::Bookmark(code).name()

            aria-pressed=move || if on() { "true" } else { "false" }
            aria-label=move || if on() { format!("Remove bookmark {code}") } else { format!("Bookmark {code}") }
            title=move || if on() { "Remove bookmark" } else { "Bookmark this code" }
            on:click=move |_| bookmarks.toggle(code)
        >
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"/>
            </svg>
            <span class="label">{move || if on() { "Bookmarked" } else { "Bookmark" }}</span>
        </button>
    }
}
