use crate::catalog::lookup::suggest;
use crate::catalog::text::shorten;
use crate::components::code_list::CodeList;
use crate::routes::Paths;
use leptos::prelude::*;

/// The longest part of a mistyped address that the page repeats.
const MAX_ASKED_CHARS: usize = 40;

/// An address the app has no page for: says what was not found and suggests the nearest codes.
#[component]
pub fn NotFoundPage(
    /// The code or path that was asked for.
    asked: String,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let shown = shorten(&asked, MAX_ASKED_CHARS);
    let suggested = suggest(&asked).codes().to_vec();
    view! {
        <div class="not-found">
            <h1 tabindex="-1">"Not found"</h1>
            <p>
                "There is no page for “" {shown}
                "” in this reference. Status codes are three-digit numbers from 100 to 599, and this catalog covers every registered code and the vendor codes people meet."
            </p>
            <h2>"Did you mean"</h2>
            <CodeList codes=Signal::stored(suggested)/>
            <p><a class="button" href=paths.home()>"Browse all codes"</a></p>
        </div>
    }
}
