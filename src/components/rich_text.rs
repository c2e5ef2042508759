use crate::catalog::text::spans;
use leptos::prelude::*;

/// Catalog text with its `code spans` as `<code>` elements; everything else is a text node, never HTML.
#[component]
pub fn RichText(
    /// The text, as written in `data/`.
    text: &'static str,
) -> impl IntoView {
    spans(text)
        .into_iter()
        .map(|s| {
            if s.code {
                view! { <code>{s.text}</code> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}
