//! What the component tests share: a fresh container, the whole app mounted at a path, waiting for a
//! condition, and ways to break storage as browsers do.

use leptos::prelude::*;
use statuscodes::app::{App, Startup};
use statuscodes::state::bookmarks::handle::known;
use statuscodes::state::bookmarks::storage;
use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh container in the page.
pub fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Yields to the browser until `check` holds (the router renders after a tick), or fails after about 2 s.
pub async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        if check() {
            return;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
    panic!("timed out waiting for {what}");
}

/// Mounts the whole app at `path`, reading bookmarks from storage as the browser's start-up does.
pub fn mount_app(path: &str) -> (web_sys::HtmlElement, impl Drop) {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    let (list, problem) = storage::load(known);
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <App startup=Startup { base: "", bookmarks: Some(list), problem, service_worker: false }/> }
    });
    (root, handle)
}

pub fn query(root: &web_sys::HtmlElement, css: &str) -> Option<web_sys::Element> {
    root.query_selector(css).unwrap()
}

/// Runs JavaScript in the test page (no CSP there), for simulating broken storage.
pub fn run_js(source: &str) {
    js_sys::eval(source).unwrap();
}

/// Makes `window.localStorage` throw on access, as in some private modes, and returns a closure undoing it.
pub fn block_storage() -> impl FnOnce() {
    run_js(
        "window.__realStorage = Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage') \
         || Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
           get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    );
    || {
        run_js("delete window.localStorage; if (!('localStorage' in window)) { Object.defineProperty(window, 'localStorage', window.__realStorage); }")
    }
}
