//! The browser entry point: read what the first render needs, then take over the page.
//!
//! Every screen is prerendered at build time (`src/postbuild/prerender.rs`) from the same components, so the
//! reader sees content before the WebAssembly starts. The app then renders into a detached element and swaps it
//! for the prerendered one in a single task, so the browser never paints in between: a clean take-over, not
//! hydration. Hydration would reuse the prerendered nodes instead of building new ones, but it needs the server
//! HTML to match the first client render exactly, and ours cannot: the query string (`?tag=security`) and the
//! reader's bookmarks are only known in the browser. Building the DOM afresh costs a few milliseconds (the
//! benchmark reports it as `take-over`), far less than the download and compile before it.

use leptos::prelude::*;
use statuscodes::{bookmarks, routes, App, Startup};
use wasm_bindgen::JsCast;

/// The prerendered element the app replaces.
const APP_ID: &str = "app";

fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into())
    }));
    // Marks for the benchmark (and any profiler): the WebAssembly is compiled and running; the app took over.
    mark("app-start");
    let base = routes::normalize_base(&public_path());
    let (list, problem) = bookmarks::storage::load(bookmarks::known);
    let startup = Startup {
        // Leaked once: the base lives as long as the page.
        base: Box::leak(base.into_boxed_str()),
        bookmarks: Some(list),
        problem,
        service_worker: true,
    };
    after_first_paint(move || {
        mark("take-over");
        take_over(startup);
        mark("app-ready");
    });
}

/// The most frames to wait for the prerendered page's first paint before taking over anyway.
const MAX_FRAMES: u32 = 30;

/// Runs `then` once the prerendered page has been painted, so the reader's first view never waits for the app
/// and the page's largest paint stays the prerendered one. A page hidden until the app renders the right one
/// (see `index.html`) has nothing worth showing first: `then` runs at once.
fn after_first_paint(then: impl FnOnce() + 'static) {
    let pending = document()
        .document_element()
        .is_some_and(|d| d.class_list().contains("pending"));
    if pending {
        then();
    } else {
        wait_frames(MAX_FRAMES, Box::new(then));
    }
}

fn wait_frames(left: u32, then: Box<dyn FnOnce()>) {
    let painted = web_sys::window()
        .and_then(|w| w.performance())
        .is_some_and(|p| p.get_entries_by_name("first-contentful-paint").length() > 0);
    if painted || left == 0 {
        // The paint is done; a task after it takes over without delaying the frame.
        set_timeout(then, std::time::Duration::ZERO);
    } else {
        request_animation_frame(move || wait_frames(left - 1, then));
    }
}

/// Renders the app into a fresh element and puts it in place of the prerendered one.
fn take_over(startup: Startup) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(fresh) = document.create_element("div") else {
        return;
    };
    fresh.set_id(APP_ID);
    // The search box may have been typed into before the app was ready: carry the text over.
    let typed = search_box(&document).map(|input| {
        (
            input.value(),
            document.active_element() == Some(input.into()),
        )
    });
    let handle = leptos::mount::mount_to(
        fresh.clone().unchecked_into(),
        move || view! { <App startup=startup/> },
    );
    match document.get_element_by_id(APP_ID) {
        Some(prerendered) => {
            let _ = prerendered.replace_with_with_node_1(&fresh);
        }
        None => {
            if let Some(body) = document.body() {
                let _ = body.append_child(&fresh);
            }
        }
    }
    // The pre-paint script hid a prerendered page that was not the one asked for; the right one is in place now.
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1("pending");
    }
    if let (Some((text, focused)), Some(input)) = (typed, search_box(&document)) {
        if focused {
            let _ = input.focus();
        }
        if !text.is_empty() && text != input.value() {
            input.set_value(&text);
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = input.dispatch_event(&event);
            }
        }
    }
    handle.forget();
}

fn search_box(document: &web_sys::Document) -> Option<web_sys::HtmlInputElement> {
    document
        .get_element_by_id(statuscodes::components::keyboard::SEARCH_INPUT_ID)?
        .dyn_into()
        .ok()
}

/// The path the app is served under, from the `<base href>` that Trunk writes for `--public-url`.
fn public_path() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default()
}

/// A performance mark, for the benchmark and any profiler: the app is running, took over, is ready.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
