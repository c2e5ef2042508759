//! A code on the wire: the example exchanges of a meaning and the curl command that shows it, each block as
//! text (never HTML) that keeps its line breaks, scrolls sideways on a narrow screen, and can be copied.

use super::copy_button::CopyButton;
use super::rich_text::RichText;
use crate::catalog::shape::{Curl, Example, Text};
use leptos::prelude::*;

/// A block of lines as written on the wire, with a caption and a copy button.
#[component]
pub fn WireText(
    /// What the block is: "Request", "Response".
    label: &'static str,
    /// Its lines.
    lines: &'static [Text],
) -> impl IntoView {
    let text = lines
        .iter()
        .map(|l| l.as_ref())
        .collect::<Vec<_>>()
        .join("\n");
    view! {
        <figure class="wire">
            <figcaption>
                <span>{label}</span>
                <CopyButton label=format!("Copy the {}", label.to_lowercase())/>
            </figcaption>
            // Focusable, so that keyboard users can scroll a long line sideways.
            <pre tabindex="0"><code>{text}</code></pre>
        </figure>
    }
}

/// The examples of one meaning, the most common first.
#[component]
pub fn Examples(
    /// The examples.
    examples: &'static [Example],
) -> impl IntoView {
    examples
        .iter()
        .map(|ex| {
            view! {
                <div class="example">
                    <p class="scenario"><RichText text=&ex.scenario/></p>
                    {ex.request.as_deref().map(|l| view! { <WireText label="Request" lines=l/> })}
                    {ex.response.as_deref().map(|l| view! { <WireText label="Response" lines=l/> })}
                    {ex.log.as_deref().map(|l| view! { <WireText label="Log line" lines=l/> })}
                    {ex.client.as_deref().map(|l| view! { <WireText label="What the client reports" lines=l/> })}
                    {ex.note.as_deref().map(|n| view! { <p class="example-note"><RichText text=n/></p> })}
                </div>
            }
        })
        .collect_view()
}

/// The curl command that shows the code, and what curl does with it.
#[component]
pub fn CurlCommand(
    /// The command and what curl does.
    curl: &'static Curl,
) -> impl IntoView {
    view! {
        <WireText label="Command" lines=std::slice::from_ref(&curl.command)/>
        <p><RichText text=&curl.behaviour/></p>
    }
}
