//! Moving bookmarks in and out of the browser as a JSON file: the download for export and the file read for
//! import. The parsing and merging live in [`super::model`].

use super::model::MAX_IMPORT_BYTES;
use wasm_bindgen::{JsCast, JsValue};

/// The name of the exported file.
pub const EXPORT_FILE_NAME: &str = "http-status-bookmarks.json";

/// Offers `json` as a file download. Returns false when the browser refused.
pub fn download(json: &str) -> bool {
    let run = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(json));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        link.set_href(&url);
        link.set_download(EXPORT_FILE_NAME);
        link.click();
        // The download starts after this task; revoking the URL at once would cancel it.
        leptos::prelude::set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(10),
        );
        Ok(())
    };
    run().is_ok()
}

/// Why a chosen file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Larger than any bookmark file could be; not read at all.
    TooLarge(f64),
    /// The browser could not read it (or it is not text).
    Unreadable,
}

impl FileError {
    /// A sentence for the reader.
    pub fn message(&self) -> String {
        match self {
            FileError::TooLarge(size) => format!(
                "Nothing was imported: the file is {:.0} KB, far larger than any bookmark file. Your bookmarks are unchanged.",
                size / 1024.0
            ),
            FileError::Unreadable => {
                "Nothing was imported: the file could not be read as text. Your bookmarks are unchanged.".into()
            }
        }
    }
}

/// Reads a chosen file as text, refusing huge files before reading them.
pub async fn read_text(file: web_sys::File) -> Result<String, FileError> {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(FileError::TooLarge(file.size()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    text.as_string().ok_or(FileError::Unreadable)
}
