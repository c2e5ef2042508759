//! The browser's start-up: read what the first render needs, then take over the prerendered page.
//!
//! Every screen is prerendered at build time (`src/postbuild/prerender.rs`) from the same components, so the
//! reader sees content before the WebAssembly starts. The app then renders into a detached element and swaps it
//! for the prerendered one in a single task, so the browser never paints in between: a clean take-over, not
//! hydration. Hydration would reuse the prerendered nodes instead of building new ones, but it needs the server
//! HTML to match the first client render exactly, and ours cannot: the query string (`?tag=security`) and the
//! reader's bookmarks are only known in the browser. What depends only on the build (an entry's text, its
//! constants) is kept from the prerendered page instead (`crate::components::kept`); the rest is built afresh
//! in a few milliseconds (the benchmark reports it as `take-over`), far less than the download and compile
//! before it.

use crate::app::{App, Startup, APP_ID};
use crate::catalog::lookup::code;
use crate::components::kept;
use crate::components::keyboard::SEARCH_INPUT_ID;
use crate::replay::{read_queue, Early, MARK, WAITING};

use crate::routes::normalize_base;
use crate::state::bookmarks::storage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts the app in the browser: what `main` runs.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into())
    }));
    // Marks for the benchmark (and any profiler): the WebAssembly is compiled and running; the app took over.
    mark("app-start");
    let base = normalize_base(&public_path());
    let (list, problem) = storage::load(|n| code(n).is_some());
    let startup = Startup {
        // Leaked once: the base lives as long as the page.
        base: Box::leak(base.into_boxed_str()),
        bookmarks: Some(list),
        problem,
        service_worker: true,
    };
    // No need to wait for the prerendered page's first paint here: the loader (`src/postbuild/loader.js`) only
    // starts fetching the WebAssembly after it. But the take-over gets a task of its own: this one already
    // finished compiling the WebAssembly and instantiated it, and one long task blocks the page longer than two
    // shorter ones (Lighthouse's blocking time counts what each task takes beyond 50 ms). What the reader does
    // in between is kept by the early script, which is still listening.
    let run = move || {
        mark("take-over");
        take_over(startup);
        replay_early();
        mark("app-ready");
    };
    let scheduled = web_sys::window().and_then(|w| {
        let callback = wasm_bindgen::closure::Closure::once_into_js(run);
        w.set_timeout_with_callback(callback.unchecked_ref()).ok()
    });
    if scheduled.is_none() {
        web_sys::console::error_1(&"could not schedule the take-over".into());
    }
}

/// Carries out what the reader did before the app ran (`crate::replay`): from now on the app handles every
/// event itself, so the early script stops keeping them, and its queue is carried out in order, in this same
/// task, so no new event can come between.
fn replay_early() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(early) = js_sys::Reflect::get(&window, &"__early".into()) else {
        return;
    };
    if !early.is_object() {
        return;
    }
    let _ = js_sys::Reflect::set(&early, &"ready".into(), &true.into());
    let queue = js_sys::Reflect::get(&early, &"queue".into()).unwrap_or_default();
    let _ = js_sys::Reflect::set(&early, &"queue".into(), &js_sys::Array::new());
    let json = js_sys::JSON::stringify(&queue)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    let Some(document) = window.document() else {
        return;
    };
    for item in read_queue(&json) {
        carry_out(&document, &item);
    }
    // The early script marked each kept tap's control as waiting; a control kept from the prerendered page
    // (`crate::components::kept`) would show that mark for good.
    if let Ok(waiting) = document.query_selector_all(&format!(".{WAITING}")) {
        for i in 0..waiting.length() {
            if let Some(el) = waiting
                .item(i)
                .and_then(|e| e.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.class_list().remove_1(WAITING);
            }
        }
    }
}

/// Does one kept action again, on the app's own control: the one of that name at the same position.
fn carry_out(document: &web_sys::Document, item: &Early) {
    let control = |id: &str, index: u32| {
        document
            .query_selector_all(&format!("[{MARK}=\"{id}\"]"))
            .ok()
            .and_then(|all| all.item(index))
    };
    match item {
        Early::Click { id, index } => {
            if let Some(el) =
                control(id, *index).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                el.click();
            }
        }
        Early::Change { id, index, value } => {
            if let Some(select) =
                control(id, *index).and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                select.set_value(value);
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(event) = web_sys::Event::new_with_event_init_dict("change", &init) {
                    let _ = select.dispatch_event(&event);
                }
            }
        }
        Early::Submit { id, index } => {
            if let Some(form) =
                control(id, *index).and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
            {
                let _ = form.request_submit();
            }
        }
        Early::Key { key } => {
            let init = web_sys::KeyboardEventInit::new();
            init.set_key(key);
            init.set_bubbles(true);
            init.set_cancelable(true);
            // On the page, as it was pressed: keys typed into a field were never kept.
            if let (Some(target), Ok(event)) = (
                document.body(),
                web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init),
            ) {
                let _ = target.dispatch_event(&event);
            }
        }
    }
}

/// Renders the app into a fresh element and puts it in place of the prerendered one.
pub fn take_over(startup: Startup) {
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
    let prerendered = document.get_element_by_id(APP_ID);
    if let Some(prerendered) = &prerendered {
        kept::offer(prerendered);
    }
    let handle = leptos::mount::mount_to(
        fresh.clone().unchecked_into(),
        move || view! { <App startup=startup/> },
    );
    // The parts that depend only on the build move over from the prerendered page instead of being built again.
    kept::adopt(&fresh);
    match prerendered {
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
    document.get_element_by_id(SEARCH_INPUT_ID)?.dyn_into().ok()
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
