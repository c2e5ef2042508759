//! Bookmarks in a real browser: written through to storage, and kept when storage is blocked, full, unreadable
//! or changed by another tab.

use crate::support::*;
use statuscodes::state::bookmarks::handle::known;
use statuscodes::state::bookmarks::model::BookmarkList;
use statuscodes::state::bookmarks::storage::{self, KEY, UNREADABLE_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_bookmark_toggle_writes_through_to_storage() {
    local_storage().clear().unwrap();
    let (root, _handle) = mount_app("/codes/404");
    until("the code page", || query(&root, "main h1").is_some()).await;
    assert_eq!(
        query(&root, "main h1").unwrap().text_content().unwrap(),
        "404 Not Found"
    );
    let button: web_sys::HtmlElement = query(&root, ".code-header button.bookmark")
        .unwrap()
        .unchecked_into();
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    button.click();
    until("the toggle to show its state", || {
        button.get_attribute("aria-pressed").as_deref() == Some("true")
    })
    .await;
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("Remove bookmark 404")
    );
    let stored = local_storage().get_item(KEY).unwrap().unwrap();
    let read = BookmarkList::from_json(&stored, known).unwrap();
    assert!(read.list.contains(404));
    button.click();
    let stored = local_storage().get_item(KEY).unwrap().unwrap();
    assert!(!BookmarkList::from_json(&stored, known)
        .unwrap()
        .list
        .contains(404));
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_reported_and_kept_aside_on_the_first_save() {
    local_storage().clear().unwrap();
    local_storage().set_item(KEY, "{{{ not json <b>").unwrap();
    let (root, _handle) = mount_app("/codes/500");
    until("the code page", || query(&root, "main h1").is_some()).await;
    let notices = query(&root, ".notices").unwrap().text_content().unwrap();
    assert!(notices.contains("could not be read"), "{notices}");
    let button: web_sys::HtmlElement = query(&root, ".code-header button.bookmark")
        .unwrap()
        .unchecked_into();
    button.click();
    assert_eq!(
        local_storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some("{{{ not json <b>")
    );
    let stored = local_storage().get_item(KEY).unwrap().unwrap();
    assert!(BookmarkList::from_json(&stored, known)
        .unwrap()
        .list
        .contains(500));
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn blocked_storage_leaves_the_app_working_and_says_bookmarks_last_this_visit() {
    local_storage().clear().unwrap();
    let restore = block_storage();
    let (list, problem) = storage::load(known);
    assert!(list.is_empty());
    assert_eq!(problem, Some(storage::StartProblem::Unavailable));
    let (root, _handle) = mount_app("/codes/418");
    until("the code page", || query(&root, "main h1").is_some()).await;
    let button: web_sys::HtmlElement = query(&root, ".code-header button.bookmark")
        .unwrap()
        .unchecked_into();
    button.click();
    until("the bookmark in memory", || {
        button.get_attribute("aria-pressed").as_deref() == Some("true")
    })
    .await;
    let notices = query(&root, ".notices").unwrap().text_content().unwrap();
    assert!(
        notices.contains("only until you close this tab"),
        "{notices}"
    );
    assert!(notices.contains("kept for this visit only"), "{notices}");
    restore();
    assert!(local_storage().get_item(KEY).unwrap().is_none());
}

#[wasm_bindgen_test]
async fn full_storage_keeps_the_bookmark_in_memory_and_says_it_was_not_saved() {
    local_storage().clear().unwrap();
    local_storage()
        .set_item(KEY, r#"{"version":1,"bookmarks":[{"code":404,"added":1}]}"#)
        .unwrap();
    let (root, _handle) = mount_app("/codes/410");
    until("the code page", || query(&root, "main h1").is_some()).await;
    run_js(
        "window.__realSetItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    let button: web_sys::HtmlElement = query(&root, ".code-header button.bookmark")
        .unwrap()
        .unchecked_into();
    button.click();
    until("the bookmark in memory", || {
        button.get_attribute("aria-pressed").as_deref() == Some("true")
    })
    .await;
    run_js("Storage.prototype.setItem = window.__realSetItem;");
    let notices = query(&root, ".notices").unwrap().text_content().unwrap();
    assert!(notices.contains("storage may be full"), "{notices}");
    let stored = local_storage().get_item(KEY).unwrap().unwrap();
    let read = BookmarkList::from_json(&stored, known).unwrap();
    assert!(
        read.list.contains(404) && !read.list.contains(410),
        "what was stored is untouched"
    );
    assert_eq!(
        query(&root, ".site-nav .count")
            .unwrap()
            .text_content()
            .unwrap(),
        "2"
    );
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn hostile_stored_values_are_skipped_and_never_become_markup() {
    local_storage().clear().unwrap();
    local_storage()
        .set_item(
            KEY,
            r#"{"version":1,"bookmarks":[{"code":503,"added":2},{"code":"<img src=x onerror=window.__pwned=1>","added":3},{"code":1e9,"added":1}]}"#,
        )
        .unwrap();
    let (root, _handle) = mount_app("/bookmarks");
    until("the bookmarks page", || {
        query(&root, ".bookmark-list").is_some()
    })
    .await;
    assert_eq!(
        root.query_selector_all(".bookmark-list > li")
            .unwrap()
            .length(),
        1
    );
    assert!(query(&root, "img").is_none());
    let notices = query(&root, ".notices").unwrap().text_content().unwrap();
    assert!(
        notices.contains("2 saved bookmarks were not codes"),
        "{notices}"
    );
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_change_in_another_tab_is_followed_without_losing_unsaved_ones() {
    local_storage().clear().unwrap();
    let (root, _handle) = mount_app("/codes/409");
    until("the code page", || query(&root, "main h1").is_some()).await;
    // This tab bookmarks 409 while storage refuses writes: the bookmark is kept in memory, unsaved.
    run_js(
        "window.__realSetItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    let button: web_sys::HtmlElement = query(&root, ".code-header button.bookmark")
        .unwrap()
        .unchecked_into();
    button.click();
    run_js("Storage.prototype.setItem = window.__realSetItem;");
    // Another tab stores a list with 401 in it: this tab follows, and keeps its own 409.
    let theirs = r#"{"version":1,"bookmarks":[{"code":401,"added":5}]}"#;
    local_storage().set_item(KEY, theirs).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(KEY));
    init.set_new_value(Some(theirs));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    until("the other tab's bookmark", || {
        query(&root, ".site-nav .count")
            .and_then(|c| c.text_content())
            .as_deref()
            == Some("2")
    })
    .await;
    // With storage working again, the merged list was written back.
    let stored = local_storage().get_item(KEY).unwrap().unwrap();
    let read = BookmarkList::from_json(&stored, known).unwrap();
    assert!(
        read.list.contains(401) && read.list.contains(409),
        "{stored}"
    );
    local_storage().clear().unwrap();
}
