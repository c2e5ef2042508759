use super::set_title;
use crate::catalog::suggest;
use crate::components::CodeList;
use crate::routes::{Paths, Route};
use crate::scoped::provide_page_scope;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Any path the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    provide_page_scope();
    let location = use_location();
    view! { {move || view! { <NotFoundView asked=location.pathname.get()/> }} }
}

/// The not-found view: says what was not found and suggests the nearest codes.
#[component]
pub fn NotFoundView(
    /// The code or path that was asked for.
    asked: String,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    Effect::new(move |_| set_title(&Route::NotFound.title()));
    let shown: String = asked.chars().take(40).collect();
    let ellipsis = if asked.chars().count() > 40 {
        "…"
    } else {
        ""
    };
    let suggested = suggest(&asked);
    view! {
        <div class="not-found">
            <h1 tabindex="-1">"Not found"</h1>
            <p>
                "There is no page for “" {shown} {ellipsis}
                "” in this reference. Status codes are three-digit numbers from 100 to 599, and this catalog covers every registered code and the vendor codes people meet."
            </p>
            <h2>"Did you mean"</h2>
            <CodeList codes=Signal::stored(suggested)/>
            <p><a class="button" href=paths.home()>"Browse all codes"</a></p>
        </div>
    }
}
