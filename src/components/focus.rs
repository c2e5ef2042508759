use super::keyboard::SEARCH_INPUT_ID;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// After in-app navigation to another screen, moves the focus to the new page's heading, so keyboard and
/// screen-reader users start reading there, as after a full page load. Typing in the search box moves
/// between screens too; the focus then stays in the box.
#[component]
pub fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            let typing = document()
                .active_element()
                .is_some_and(|e| e.id() == SEARCH_INPUT_ID);
            if !typing {
                request_animation_frame(|| {
                    if let Ok(Some(h1)) = document().query_selector("main h1") {
                        if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                            let _ = h1.focus();
                        }
                    }
                });
            }
        }
        path
    });
}
