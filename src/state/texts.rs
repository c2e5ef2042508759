//! The entries' long text in the browser: the app starts without it (see `catalog::body`) and reads its file the
//! first time a page needs it, that is, on the first page the app builds rather than keeps from the prerendered
//! one. The service worker precaches the file, so after one visit it comes from the cache, offline too.

use crate::catalog::body::Body;
use crate::catalog::data::body_of;
use crate::catalog::shape::Entry;
use leptos::prelude::*;

/// Where the long text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Not asked for yet, or on its way.
    Waiting,
    /// Here: [`body_of`] answers.
    Here,
    /// The file could not be read; the reason went to the console.
    Failed,
}

/// The long text's arrival, as the views see it.
#[derive(Clone, Copy)]
pub struct Texts {
    arrival: RwSignal<Arrival>,
    asked: StoredValue<bool>,
    /// Read only by the browser's download.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    url: StoredValue<String>,
}

impl Texts {
    /// The long text of `entry`, or where it is when it is not here yet (tracked). Asking starts the download.
    pub fn body(self, entry: &'static Entry) -> Result<&'static Body, Arrival> {
        if let Some(body) = body_of(entry) {
            return Ok(body);
        }
        self.fetch();
        match self.arrival.get() {
            // Here, but not for this entry: the file and the app disagree, which `install_texts` refuses.
            Arrival::Here => Err(Arrival::Failed),
            other => Err(other),
        }
    }

    /// Asks again after a failure (a reader back online, say).
    pub fn retry(self) {
        self.asked.set_value(false);
        self.arrival.set(Arrival::Waiting);
        self.fetch();
    }

    fn fetch(self) {
        if self.asked.get_value() {
            return;
        }
        self.asked.set_value(true);
        #[cfg(target_arch = "wasm32")]
        {
            let url = self.url.get_value();
            leptos::task::spawn_local(async move {
                let arrival = match browser::read(&url).await {
                    Ok(()) => Arrival::Here,
                    Err(reason) => {
                        web_sys::console::error_1(&format!("{url}: {reason}").into());
                        Arrival::Failed
                    }
                };
                self.arrival.set(arrival);
            });
        }
    }
}

/// Creates the handle for the file at `url` and puts it in context.
pub fn provide_texts(url: String) -> Texts {
    let texts = Texts {
        arrival: RwSignal::new(Arrival::Waiting),
        asked: StoredValue::new(false),
        url: StoredValue::new(url),
    };
    provide_context(texts);
    texts
}

/// The handle from context.
pub fn use_texts() -> Texts {
    expect_context::<Texts>()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::catalog::data::install_texts;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// Downloads the file (from the service worker's cache once it has one) and installs it.
    pub async fn read(url: &str) -> Result<(), String> {
        let window = web_sys::window().ok_or("no window")?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(|_| "the network is unreachable and no copy is cached".to_string())?
            .dyn_into()
            .map_err(|_| "not a response".to_string())?;
        if !response.ok() {
            return Err(format!("the server answered {}", response.status()));
        }
        let text = JsFuture::from(response.text().map_err(|_| "no body")?)
            .await
            .map_err(|_| "the download broke off".to_string())?
            .as_string()
            .ok_or("the body is not text")?;
        install_texts(&text)
    }
}
