//! What the search understood in pasted text: the codes a log line, an exception or a constant names, each
//! with what told us, or a plain "nothing here names a code" when a paste holds none.

use crate::catalog::filter::Filter;
use crate::catalog::lookup::{code, POPULAR};
use crate::catalog::paste::Reading;
use crate::catalog::search::MAX_QUERY_CHARS;
use crate::routes::Paths;
use leptos::prelude::*;

/// The link to a reading's code, at its sub-status or Cloudflare error when it has one.
fn link(paths: Paths, r: &Reading) -> Option<(String, String)> {
    let n = r.code?;
    let c = code(n)?;
    let href = match r.anchor() {
        Some(anchor) => format!("{}#{anchor}", paths.code(n)),
        None => paths.code(n),
    };
    Some((href, c.heading()))
}

/// The readings of the search text, or the message that a paste names no code.
#[component]
pub fn Understood(
    /// What was understood.
    readings: Memo<Vec<Reading>>,
    /// The current filter.
    filter: Memo<Filter>,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let truncated = move || filter.with(|f| f.q.chars().count() >= MAX_QUERY_CHARS);
    move || {
        let list = readings.get();
        if list.is_empty() {
            return filter.with(Filter::looks_pasted).then(|| {
                let popular = POPULAR
                    .iter()
                    .filter_map(|&n| code(n))
                    .map(|c| view! { <li><a href=paths.code(c.number)>{c.heading()}</a></li> })
                    .collect_view();
                view! {
                    <section class="understood none" aria-labelledby="understood-heading">
                        <h2 id="understood-heading">"Nothing in this text names a status code"</h2>
                        <p>
                            "Paste one line that carries the status: a status line (" <code>"HTTP/1.1 502 Bad Gateway"</code>
                            "), an access-log line, the error your HTTP client raised, the browser's error text, or the constant from your code. Or search for words from the message."
                        </p>
                        <p>"Codes most people come for:"</p>
                        <ul class="inline-list">{popular}</ul>
                        {truncated().then(|| view! { <p class="note">{format!("Only the first {MAX_QUERY_CHARS} characters were read.")}</p> })}

                    </section>
                }
                .into_any()
            });
        }
        let items = list
            .iter()
            .map(|r| {
                let summary = r.summary();
                let target = link(paths, r).map(|(href, heading)| view! { <a href=href>{heading}</a> ": " });
                let also: Vec<u16> = r.codes().into_iter().skip(1).collect();
                let also = (!also.is_empty()).then(|| {
                    view! {
                        " (or "
                        {also
                            .iter()
                            .enumerate()
                            .map(|(i, n)| view! { {(i > 0).then_some(", ")} <a href=paths.code(*n)>{*n}</a> })
                            .collect_view()}
                        ")"
                    }
                });
                view! { <li>{target} <span class="how">{summary}</span> {also}</li> }
            })
            .collect_view();
        Some(
            view! {
                <section class="understood" aria-labelledby="understood-heading">
                    <h2 id="understood-heading">"Understood"</h2>
                    <ul>{items}</ul>
                    {truncated().then(|| view! { <p class="note">{format!("Only the first {MAX_QUERY_CHARS} characters were read.")}</p> })}
                </section>
            }
            .into_any(),
        )
    }
}
