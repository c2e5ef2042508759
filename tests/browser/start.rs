//! The browser's start-up: the app takes the prerendered page over, keeping what the reader already typed.

use crate::support::*;
use statuscodes::app::{Startup, APP_ID};
use statuscodes::components::keyboard::SEARCH_INPUT_ID;
use statuscodes::start::take_over;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_app_takes_over_the_prerendered_page_and_keeps_the_typed_search() {
    local_storage().clear().unwrap();
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"))
        .unwrap();
    // What a prerendered page looks like before the app starts: the reader has typed into its search box.
    let page = document().create_element("div").unwrap();
    page.set_id(APP_ID);
    page.set_inner_html(&format!(
        r#"<p class="prerendered">static</p><input id="{SEARCH_INPUT_ID}" value="gateway">"#
    ));
    document().body().unwrap().append_child(&page).unwrap();
    document()
        .document_element()
        .unwrap()
        .class_list()
        .add_1("pending")
        .unwrap();

    take_over(Startup {
        base: "",
        bookmarks: Some(Default::default()),
        problem: None,
        service_worker: false,
    });

    let app = || document().get_element_by_id(APP_ID).unwrap();
    assert!(
        app().query_selector(".prerendered").unwrap().is_none(),
        "the prerendered content is replaced"
    );
    assert!(!document()
        .document_element()
        .unwrap()
        .class_list()
        .contains("pending"));
    let inputs = document()
        .query_selector_all(&format!("#{SEARCH_INPUT_ID}"))
        .unwrap()
        .length();
    let value = document()
        .get_element_by_id(SEARCH_INPUT_ID)
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .value();
    assert_eq!((inputs, value.as_str()), (1, "gateway"));
    until("the search to reach the address", || {
        web_sys::window().unwrap().location().search().unwrap() == "?q=gateway"
    })
    .await;
    let input: web_sys::HtmlInputElement = document()
        .get_element_by_id(SEARCH_INPUT_ID)
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "gateway");
    until("the results for the typed text", || {
        app()
            .query_selector(".code-row:not([hidden]) .num")
            .unwrap()
            .is_some_and(|n| n.text_content().as_deref() == Some("502"))
    })
    .await;
}
