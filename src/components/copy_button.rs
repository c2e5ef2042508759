//! A button that copies a block of text: through the Clipboard API when the browser allows it, else by
//! selecting the text so the reader can copy it with the keyboard. Either way it says what happened.

use crate::replay::Control;
use leptos::html::Pre;
use leptos::prelude::*;
use std::time::Duration;

/// What the last press did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// Nothing yet (or long enough ago).
    Idle,
    /// The text is on the clipboard.
    Done,
    /// The browser refused the clipboard: the text is selected instead.
    Selected,
}

impl Copied {
    /// The button's label.
    pub fn label(self) -> &'static str {
        match self {
            Copied::Idle => "Copy",
            Copied::Done => "Copied",
            Copied::Selected => "Selected: press Ctrl+C",
        }
    }
}

/// Copies `text`; `target` is the block it comes from, selected when the clipboard is refused.
#[component]
pub fn CopyButton(
    /// The text to copy.
    text: String,
    /// The block that shows it.
    target: NodeRef<Pre>,
    /// What is copied, for screen readers: "Copy the request".
    label: String,
) -> impl IntoView {
    let state = RwSignal::new(Copied::Idle);
    let press = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            let outcome = if write_to_clipboard(&text).await {
                Copied::Done
            } else if select(target) {
                Copied::Selected
            } else {
                Copied::Idle
            };
            state.set(outcome);
            set_timeout(move || state.set(Copied::Idle), Duration::from_secs(4));
        });
    };
    view! {
        <button type="button" class="copy" data-replay=Control::Copy.name() aria-label=label on:click=press>

            <span aria-live="polite">{move || state.get().label()}</span>
        </button>
    }
}

/// Writes to the clipboard; false when the API is missing or the browser refuses (no permission, an insecure
/// page, a document without focus).
async fn write_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_api =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !has_api {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Selects the block's text, so that the reader's own copy command takes it.
fn select(target: NodeRef<Pre>) -> bool {
    let (Some(pre), Some(selection)) = (
        target.get_untracked(),
        web_sys::window().and_then(|w| w.get_selection().ok().flatten()),
    ) else {
        return false;
    };
    selection.select_all_children(&pre).is_ok()
}
