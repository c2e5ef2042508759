use super::bookmark_button::BookmarkButton;
use super::kept::Kept;
use super::rich_text::RichText;
use crate::catalog::lookup::Code;
use crate::routes::Paths;
use leptos::prelude::*;

/// A list of codes, one row each, keyed by number so that filtering moves rows instead of rebuilding them.
#[component]
pub fn CodeList(
    /// The codes, in display order.
    #[prop(into)]
    codes: Signal<Vec<Code>>,
    /// The code highlighted for the keyboard, if any.
    #[prop(optional, into)]
    highlight: Option<Signal<Option<u16>>>,
) -> impl IntoView {
    view! {
        <ul class="code-list">
            <For each=move || codes.get() key=|c| c.number let:code>
                <CodeRow
                    code=code
                    highlighted=Signal::derive(move || highlight.is_some_and(|h| h.get() == Some(code.number)))
                />
            </For>
        </ul>
    }
}

/// One code in a list: number and name (a link to its page), each meaning's summary, tags, and a bookmark toggle.
#[component]
pub fn CodeRow(
    /// The code.
    code: Code,
    /// True when the keyboard highlight is on this row.
    #[prop(optional, into)]
    highlighted: Signal<bool>,
    /// True while a filter leaves this row out (the catalog keeps every row and hides the others).
    #[prop(optional, into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    // The number and name, each meaning's summary and the tags.
    let main = move || {
        let several = code.meanings.len() > 1;
        let meanings = code
            .meanings
            .iter()
            .map(|e| {
                view! {
                    <p class="summary">
                        {several.then(|| view! { <span class="meaning-name">{&*e.name}</span> })}
                        {e.origin.badge().map(|b| view! { <span class="badge">{b}</span> })}
                        <RichText text=&e.summary/>
                    </p>
                }
            })
            .collect_view();
        let tags = code
            .tags()
            .into_iter()
            .map(|t| view! { <li><a href=paths.tag(&t.id)>{&*t.label}</a></li> })
            .collect_view();
        view! {
            <div class="row-main">
                // A plain <a>: the router still handles the click, and <A> would re-check `aria-current`
                // against every new URL, once per row per keystroke, for a link never the current page here.
                <a href=paths.code(code.number) class="code-link">
                    <span class="num">{code.number}</span>
                    " "
                    <span class="name">{code.names()}</span>
                </a>
                {meanings}
                <ul class="tags" aria-label="Tags">{tags}</ul>
            </div>
        }
    };
    view! {
        <li
            class=format!("code-row class-{}", code.class().as_str())
            class:highlighted=highlighted
            hidden=hidden
            data-code=code.number
        >
            // The same on every page and for every reader, the Bookmark button too (it has no state of its own,
            // see `bookmark_button`): kept from the prerendered page at the take-over.
            <Kept key=format!("row-{}", code.number)>
                {main()}
                <BookmarkButton code=code.number/>
            </Kept>
        </li>
    }
}
