//! The catalog screen rendered by the whole app.

use crate::support::*;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_catalog_lists_every_code_grouped_by_class() {
    local_storage().clear().unwrap();
    let (root, _handle) = mount_app("/");
    until("the catalog", || query(&root, ".code-list").is_some()).await;
    let groups: Vec<String> = (0..root.query_selector_all(".class-group h2").unwrap().length())
        .map(|i| {
            root.query_selector_all(".class-group h2")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(groups.len(), 5, "{groups:?}");
    assert!(groups[3].starts_with("4xx"));
    let rows = root.query_selector_all(".code-row").unwrap().length() as usize;
    assert_eq!(rows, statuscodes::catalog::codes().count());
}
