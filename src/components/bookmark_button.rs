//! The toggle that bookmarks a code or removes the bookmark. One listener serves every Bookmark button of the
//! page and one effect keeps every button showing the list's state, so a button has nothing reactive of its
//! own: a row kept from the prerendered page at the take-over keeps its button too, and the catalog's hundred
//! rows cost no hundred memos and four hundred bindings to start.

use crate::replay::Control;
use crate::state::bookmarks::handle::{known, use_bookmarks};
use leptos::prelude::*;

/// The attribute that holds the code a Bookmark button toggles.
pub const CODE_ATTRIBUTE: &str = "data-bookmark";

/// What a Bookmark button says, bookmarked or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Look {
    /// `aria-pressed`.
    pub pressed: &'static str,
    /// `aria-label`: what a press does, with the code.
    pub label: String,
    /// `title`: the tooltip.
    pub title: &'static str,
    /// The visible label.
    pub text: &'static str,
}

impl Look {
    /// The button of `code`, bookmarked (`on`) or not.
    pub fn of(code: u16, on: bool) -> Look {
        if on {
            Look {
                pressed: "true",
                label: format!("Remove bookmark {code}"),
                title: "Remove bookmark",
                text: "Bookmarked",
            }
        } else {
            Look {
                pressed: "false",
                label: format!("Bookmark {code}"),
                title: "Bookmark this code",
                text: "Bookmark",
            }
        }
    }
}

/// A toggle that bookmarks a code or removes the bookmark; `aria-pressed` tells its state. It is built showing
/// the list as it stands; [`handle_bookmark_buttons`] carries out its presses and keeps it in step after that.
#[component]
pub fn BookmarkButton(
    /// The code it bookmarks.
    code: u16,
) -> impl IntoView {
    let look = Look::of(code, use_bookmarks().contains_untracked(code));
    view! {
        <button
            type="button"
            class="bookmark"
            data-replay=Control::Bookmark(code).name()
            data-bookmark=code
            aria-pressed=look.pressed
            aria-label=look.label
            title=look.title
        >
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"/>
            </svg>
            <span class="label">{look.text}</span>
        </button>
    }
}

/// Makes every Bookmark button of the page work, for as long as the app runs: a press toggles its code, and
/// whenever the list changes (a press, the keyboard shortcut, an import, another tab) every button on the page
/// is brought in step, those kept from the prerendered page (built with no bookmarks) included.
/// Call it where the app-wide bookmarks handle is in context.
pub fn handle_bookmark_buttons() {
    use wasm_bindgen::JsCast;
    let bookmarks = use_bookmarks();
    let listener = window_event_listener(leptos::ev::click, move |event| {
        let code = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| {
                e.closest(&format!("button[{CODE_ATTRIBUTE}]"))
                    .ok()
                    .flatten()
            })
            .and_then(|b| b.get_attribute(CODE_ATTRIBUTE))
            .and_then(|c| c.parse::<u16>().ok());
        if let Some(code) = code.filter(|c| known(*c)) {
            bookmarks.toggle(code);
        }
    });
    on_cleanup(move || listener.remove());
    Effect::new(move |_| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(buttons) = document.query_selector_all(&format!("button[{CODE_ATTRIBUTE}]")) else {
            return;
        };
        bookmarks.with_list(|list| {
            for i in 0..buttons.length() {
                let Some(button) = buttons
                    .item(i)
                    .and_then(|b| b.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                let Some(code) = button
                    .get_attribute(CODE_ATTRIBUTE)
                    .and_then(|c| c.parse::<u16>().ok())
                else {
                    continue;
                };
                show(&button, &Look::of(code, list.contains(code)));
            }
        });
    });
}

/// Makes `button` say `look`, writing only when it says something else (most buttons do not change).
fn show(button: &web_sys::Element, look: &Look) {
    if button.get_attribute("aria-pressed").as_deref() == Some(look.pressed) {
        return;
    }
    let _ = button.set_attribute("aria-pressed", look.pressed);
    let _ = button.set_attribute("aria-label", &look.label);
    let _ = button.set_attribute("title", look.title);
    if let Ok(Some(text)) = button.query_selector(".label") {
        text.set_text_content(Some(look.text));
    }
}
