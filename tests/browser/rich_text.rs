//! Catalog text in the page: code spans become `<code>`, nothing becomes markup.

use crate::support::*;
use leptos::prelude::*;
use statuscodes::components::rich_text::RichText;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn rich_text_renders_code_spans_and_never_markup() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <p><RichText text="Send `Retry-After` or <img src=x onerror=alert(1)>"/></p> }
    });
    assert_eq!(root.query_selector_all("code").unwrap().length(), 1);
    assert_eq!(
        query(&root, "code").unwrap().text_content().unwrap(),
        "Retry-After"
    );
    assert!(query(&root, "img").is_none());
    assert!(root
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
}
