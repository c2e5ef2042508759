//! What the reader does before the app runs: which keys are kept, and reading the early script's queue, whatever
//! is in it.

use statuscodes::replay::{
    focus_keys, is_name, read_queue, replayed_keys, Control, Early, MAX_QUEUE,
};
use statuscodes::shortcuts::{action_for, Action, Modifiers, Target};

#[test]
fn the_kept_keys_are_the_page_shortcuts_but_search_and_the_arrows() {
    let kept = replayed_keys();
    for key in ["b", "?", "1", "9"] {
        assert!(kept.contains(&key), "{key} is kept");
    }
    for key in ["/", "s", "ArrowDown", "ArrowUp", "Enter", "Escape", "x"] {
        assert!(!kept.contains(&key), "{key} is not kept");
    }
    // Each kept key does something on a page or a guide's question, so replaying it cannot be a no-op by design.
    for key in &kept {
        let page = action_for(key, Modifiers::default(), Target::Page);
        let guide = action_for(key, Modifiers::default(), Target::Guide);
        assert!(page.or(guide).is_some(), "{key}");
    }
    assert_eq!(focus_keys(), ["/", "s"]);
    assert_eq!(
        action_for(focus_keys()[0], Modifiers::default(), Target::Page),
        Some(Action::FocusSearch)
    );
}

#[test]
fn the_queue_is_read_in_order() {
    let queue = read_queue(
        r#"[{"kind":"click","id":"bookmark-403","index":0},{"kind":"key","key":"?"},
            {"kind":"change","id":"theme","index":0,"value":"dark"},{"kind":"submit","id":"search","index":0},
            {"kind":"click","id":"copy","index":2}]"#,
    );
    assert_eq!(
        queue,
        [
            Early::Click {
                id: Control::Bookmark(403).name(),
                index: 0
            },
            Early::Key { key: "?".into() },
            Early::Change {
                id: "theme".into(),
                index: 0,
                value: "dark".into()
            },
            Early::Submit {
                id: "search".into(),
                index: 0
            },
            Early::Click {
                id: "copy".into(),
                index: 2
            },
        ]
    );
}

#[test]
fn what_cannot_be_read_is_left_out_and_the_rest_kept() {
    for junk in ["", "null", "{}", "[", "\"click\"", "[1,2]"] {
        assert_eq!(read_queue(junk), [], "{junk}");
    }
    let queue = read_queue(
        r#"[{"kind":"click","id":"help","index":0},
            {"kind":"click","id":"x\"],*,[y","index":0},
            {"kind":"click","id":"","index":0},
            {"kind":"click","id":"help","index":-1},
            {"kind":"click","id":"help"},
            {"kind":"key","key":"Delete"},
            {"kind":"scroll","id":"help","index":0},
            {"kind":"key","key":"b"}]"#,
    );
    assert_eq!(
        queue,
        [
            Early::Click {
                id: "help".into(),
                index: 0
            },
            Early::Key { key: "b".into() }
        ]
    );
}

#[test]
fn a_flood_of_taps_is_capped() {
    let one = r#"{"kind":"key","key":"b"}"#;
    let json = format!("[{}]", vec![one; 10_000].join(","));
    assert_eq!(read_queue(&json).len(), MAX_QUEUE);
}

#[test]
fn control_names_are_safe_in_a_selector() {
    for c in [
        Control::Bookmark(103),
        Control::Bookmark(1015),
        Control::Copy,
        Control::Help,
        Control::Theme,
        Control::Search,
        Control::Export,
    ] {
        assert!(is_name(&c.name()), "{c:?}");
    }
    for bad in ["", "Help", "a b", "a\"b", "a]b", &"a".repeat(41)] {
        assert!(!is_name(bad), "{bad}");
    }
}
