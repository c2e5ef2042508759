//! A button that copies a block of text: through the Clipboard API when the browser allows it, else by
//! selecting the text so the reader can copy it with the keyboard. Either way it says what happened. One
//! listener serves every Copy button of the page, so a button kept from the prerendered page works too.

use crate::replay::Control;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

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

/// A Copy button for the block of text in the same `<figure>`. It has no handler of its own: one listener for the
/// whole page ([`handle_copy_buttons`]) serves every Copy button, those the app builds and those kept from the
/// prerendered page at the take-over alike, and copies the block's text as the page shows it.
#[component]
pub fn CopyButton(
    /// What is copied, for screen readers: "Copy the request".
    label: String,
) -> impl IntoView {
    view! {
        <button type="button" class="copy" data-replay=Control::Copy.name() aria-label=label>
            <span aria-live="polite">{Copied::Idle.label()}</span>
        </button>
    }
}

/// Makes every Copy button of the page work, for as long as the app runs: a press copies the text of the block
/// beside the button and the button says what happened for four seconds.
pub fn handle_copy_buttons() {
    let listener = window_event_listener(leptos::ev::click, |event| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button.copy").ok().flatten())
        else {
            return;
        };
        let Some(block) = button
            .closest("figure")
            .ok()
            .flatten()
            .and_then(|f| f.query_selector("pre").ok().flatten())
        else {
            return;
        };
        let text = block.text_content().unwrap_or_default();
        leptos::task::spawn_local(async move {
            let outcome = if write_to_clipboard(&text).await {
                Copied::Done
            } else if select(&block) {
                Copied::Selected
            } else {
                Copied::Idle
            };
            say(&button, outcome);
            // Only the last press's timer puts the label back.
            let press = js_sys::Date::now().to_string();
            let _ = button.set_attribute(PRESSED_AT, &press);
            set_timeout(
                move || {
                    if button.get_attribute(PRESSED_AT).as_deref() == Some(press.as_str()) {
                        say(&button, Copied::Idle);
                    }
                },
                Duration::from_secs(4),
            );
        });
    });
    on_cleanup(move || listener.remove());
}

/// The attribute that holds when a Copy button was last pressed.
const PRESSED_AT: &str = "data-pressed-at";

/// Shows `outcome` on the button (its live region tells screen readers).
fn say(button: &web_sys::Element, outcome: Copied) {
    let label = button
        .query_selector("span")
        .ok()
        .flatten()
        .unwrap_or_else(|| button.clone());
    label.set_text_content(Some(outcome.label()));
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
fn select(block: &web_sys::Element) -> bool {
    web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .is_some_and(|selection| selection.select_all_children(block).is_ok())
}
