//! Working offline: registers the service worker (written by the build, see `src/postbuild/sw.js`), follows
//! whether the device is online, and notices when a new release has been downloaded. The new release only takes
//! over when the reader says so (`components::connectivity_status`), so a page never mixes old and new files.

use leptos::prelude::*;

/// Network state and release updates, as the views see them.
#[derive(Clone, Copy)]
pub struct Connectivity {
    online: RwSignal<bool>,
    update_ready: RwSignal<bool>,
    kept: RwSignal<bool>,
}

impl Connectivity {
    /// True when the browser has promised to keep the offline copy even when space runs short (tracked).
    pub fn kept(self) -> bool {
        self.kept.get()
    }

    /// False while the browser reports no network (tracked).
    pub fn online(self) -> bool {
        self.online.get()
    }

    /// True when a new release is installed and waiting (tracked).
    pub fn update_ready(self) -> bool {
        self.update_ready.get()
    }
}

/// Creates the handle, follows the browser's online and offline events, and puts it in context.
pub fn provide_connectivity() -> Connectivity {
    let connectivity = Connectivity {
        online: RwSignal::new(true),
        update_ready: RwSignal::new(false),
        kept: RwSignal::new(false),
    };
    provide_context(connectivity);
    #[cfg(target_arch = "wasm32")]
    {
        Effect::new(move |_| {
            if let Some(w) = web_sys::window() {
                connectivity.online.set(w.navigator().on_line());
            }
        });
        let on = window_event_listener(leptos::ev::online, move |_| connectivity.online.set(true));
        let off =
            window_event_listener(leptos::ev::offline, move |_| connectivity.online.set(false));
        on_cleanup(move || {
            on.remove();
            off.remove();
        });
    }
    connectivity
}

/// The handle from context.
pub fn use_connectivity() -> Connectivity {
    expect_context::<Connectivity>()
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use super::Connectivity;
    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

    fn container() -> Option<ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // Absent on plain-HTTP origins other than localhost and in some private modes.
        let present = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
        present.then(|| navigator.service_worker())
    }

    /// Marks the update ready once a new worker has installed while an old one controls the page.
    fn watch(registration: &ServiceWorkerRegistration, connectivity: Connectivity) {
        let has_controller = || container().and_then(|c| c.controller()).is_some();
        if registration.waiting().is_some() && has_controller() {
            connectivity.update_ready.set(true);
        }
        let reg = registration.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    connectivity.update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget(); // lives as long as the worker
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget(); // lives as long as the page
    }

    pub fn register(url: String, scope: String, connectivity: Connectivity) {
        let Some(container) = container() else { return };
        let options = web_sys::RegistrationOptions::new();
        options.set_scope(&scope);
        let promise = container.register_with_options(&url, &options);
        leptos::task::spawn_local(async move {
            if let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await {
                watch(&registration.unchecked_into(), connectivity);
                keep_offline_copy(connectivity).await;
            }
        });
    }

    /// Asks the browser to keep this site's offline data when space runs short (`navigator.storage.persist()`),
    /// as DevDocs does. A refusal, or a browser without the API, changes nothing and is not reported.
    async fn keep_offline_copy(connectivity: Connectivity) {
        let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
            return;
        };
        let has_api =
            js_sys::Reflect::get(&navigator, &"storage".into()).is_ok_and(|s| !s.is_undefined());
        if !has_api {
            return;
        }
        let storage = navigator.storage();
        let Ok(promise) = storage.persist() else {
            return;
        };
        if let Ok(granted) = wasm_bindgen_futures::JsFuture::from(promise).await {
            connectivity.kept.set(granted.as_bool() == Some(true));
        }
    }

    pub fn apply_update() {
        let Some(container) = container() else { return };
        // Reload once the waiting worker has taken over, and only because the reader asked for it.
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        leptos::task::spawn_local(async move {
            let Ok(found) =
                wasm_bindgen_futures::JsFuture::from(container.get_registration()).await
            else {
                return;
            };
            let Ok(registration) = found.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            match registration.waiting() {
                Some(waiting) => {
                    let _ = waiting.post_message(&"skip-waiting".into());
                }
                None => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }
            }
        });
    }
}

/// Registers the service worker at `{base}/sw.js` for the scope `{base}/`.
pub fn register_service_worker(base: &str, connectivity: Connectivity) {
    #[cfg(target_arch = "wasm32")]
    worker::register(format!("{base}/sw.js"), format!("{base}/"), connectivity);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (base, connectivity);
}

/// Lets the waiting release take over and reloads the page, once the reader has asked for it.
pub fn apply_update() {
    #[cfg(target_arch = "wasm32")]
    worker::apply_update();
}
