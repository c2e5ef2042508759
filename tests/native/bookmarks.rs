//! The bookmark list: order, toggling, merging, and reading stored values of every shape.

use statuscodes::state::bookmarks::model::{BookmarkList, ReadError, FORMAT_VERSION};
use statuscodes::state::bookmarks::storage::{parse_stored, StartProblem};

fn known(code: u16) -> bool {
    statuscodes::state::bookmarks::handle::known(code)
}

fn codes(list: &BookmarkList) -> Vec<u16> {
    list.items().iter().map(|b| b.code).collect()
}

#[test]
fn most_recent_first_and_no_duplicates() {
    let mut list = BookmarkList::new();
    assert!(list.add(404, 1.0));
    assert!(list.add(403, 2.0));
    assert!(!list.add(404, 3.0));
    assert_eq!(codes(&list), [403, 404]);
}

#[test]
fn toggle_adds_then_removes() {
    let mut list = BookmarkList::new();
    assert!(list.toggle(500, 1.0));
    assert!(list.contains(500));
    assert!(!list.toggle(500, 2.0));
    assert!(!list.contains(500));
    assert!(!list.remove(500));
}

#[test]
fn the_stored_form_reads_back_identically() {
    let mut list = BookmarkList::new();
    list.add(404, 1_700_000_000_000.0);
    list.add(503, 1_700_000_000_500.0);
    let json = list.to_json();
    assert!(json.contains(&format!("\"version\":{FORMAT_VERSION}")));
    let read = BookmarkList::from_json(&json, known).unwrap();
    assert_eq!(read.list, list);
    assert_eq!(read.skipped, 0);
}

#[test]
fn garbage_is_an_error_not_an_empty_list() {
    assert_eq!(
        BookmarkList::from_json("{not json", known),
        Err(ReadError::NotJson)
    );
    assert_eq!(
        BookmarkList::from_json("\"hello\"", known),
        Err(ReadError::WrongShape)
    );
    assert_eq!(
        BookmarkList::from_json("{\"version\":1}", known),
        Err(ReadError::WrongShape)
    );
    assert_eq!(
        BookmarkList::from_json("{\"bookmarks\":[]}", known),
        Err(ReadError::WrongShape)
    );
    assert_eq!(
        BookmarkList::from_json("{\"version\":99,\"bookmarks\":[]}", known),
        Err(ReadError::NewerVersion(99))
    );
}

#[test]
fn unknown_codes_and_malformed_items_are_skipped_and_counted() {
    let text = r#"{"version":1,"bookmarks":[
        {"code":404,"added":2},{"code":999,"added":3},{"code":"<img src=x>","added":4},
        {"code":403},{"code":403,"added":1},"junk",null]}"#;
    let read = BookmarkList::from_json(text, known).unwrap();
    assert_eq!(codes(&read.list), [404, 403]);
    assert_eq!(read.skipped, 5);
}

#[test]
fn the_earlier_plain_array_format_is_migrated_in_order() {
    let read = BookmarkList::from_json("[429, 404, 70000, 503]", known).unwrap();
    assert_eq!(codes(&read.list), [429, 404, 503]);
    assert_eq!(read.skipped, 1);
}

#[test]
fn merging_adds_new_codes_and_keeps_existing_ones() {
    let mut mine = BookmarkList::new();
    mine.add(404, 10.0);
    let mut theirs = BookmarkList::new();
    theirs.add(404, 5.0);
    theirs.add(500, 20.0);
    assert_eq!(mine.merge(&theirs), 1);
    assert_eq!(codes(&mine), [500, 404]);
}

#[test]
fn a_stored_value_is_interpreted_with_a_reason_for_the_reader() {
    let (list, problem) = parse_stored("[404, 999]", known);
    assert_eq!(codes(&list), [404]);
    assert_eq!(problem, Some(StartProblem::Skipped(1)));
    let (list, problem) = parse_stored("%%%", known);
    assert!(list.is_empty());
    assert_eq!(problem, Some(StartProblem::Unreadable(ReadError::NotJson)));
    assert!(problem.unwrap().message().contains("kept aside"));
}

use statuscodes::state::bookmarks::model::{Bookmark, Change, ImportError, MAX_IMPORT_BYTES};

#[test]
fn another_tabs_list_is_followed_with_this_tabs_unsaved_changes_on_top() {
    let mut theirs = BookmarkList::new();
    theirs.add(401, 5.0);
    theirs.add(404, 6.0);
    let pending = [
        Change::Added(Bookmark {
            code: 500,
            added: 7.0,
        }),
        Change::Removed(404),
    ];
    let merged = BookmarkList::rebase(theirs.clone(), &pending);
    assert_eq!(codes(&merged), [500, 401]);
    assert_eq!(BookmarkList::rebase(theirs.clone(), &[]), theirs);
}

#[test]
fn importing_merges_and_reports_what_happened() {
    let mut mine = BookmarkList::new();
    mine.add(404, 1.0);
    let file = r#"{"version":1,"bookmarks":[{"code":404,"added":9},{"code":418,"added":8},{"code":999,"added":7}]}"#;
    let report = mine.import(file, known).unwrap();
    assert_eq!((report.added, report.already, report.skipped), (1, 1, 1));
    assert_eq!(codes(&mine), [418, 404]);
    assert_eq!(
        report.message(),
        "Imported 1 new bookmark; 1 already bookmarked; 1 not recognised and skipped."
    );
}

#[test]
fn a_bad_import_file_changes_nothing_and_says_why() {
    let mut mine = BookmarkList::new();
    mine.add(404, 1.0);
    let before = mine.clone();
    let cases = [
        ("not json at all".to_string(), "it is not JSON"),
        (
            "{\"hello\": 1}".to_string(),
            "it is not a list of bookmarks",
        ),
        ("[999, 1000]".to_string(), "none of its 2 items"),
        (
            "{\"version\":7,\"bookmarks\":[]}".to_string(),
            "newer version",
        ),
        (
            format!("[{}]", "404,".repeat(MAX_IMPORT_BYTES / 4)),
            "far larger",
        ),
    ];
    for (text, expected) in cases {
        let err: ImportError = mine.import(&text, known).unwrap_err();
        assert!(err.message().contains(expected), "{}", err.message());
        assert!(err.message().ends_with("Your bookmarks are unchanged."));
        assert_eq!(mine, before);
    }
}

#[test]
fn a_bookmark_button_says_what_a_press_would_do() {
    use statuscodes::components::bookmark_button::Look;
    let off = Look::of(404, false);
    assert_eq!(
        (off.pressed, off.label.as_str(), off.title, off.text),
        ("false", "Bookmark 404", "Bookmark this code", "Bookmark")
    );
    let on = Look::of(404, true);
    assert_eq!(
        (on.pressed, on.label.as_str(), on.title, on.text),
        (
            "true",
            "Remove bookmark 404",
            "Remove bookmark",
            "Bookmarked"
        )
    );
}
