//! The keyboard table: what each key does where, and that nothing fires while typing or with modifiers held.

use statuscodes::shortcuts::{action_for, Action, Modifiers, Target, SHORTCUTS};

const NONE: Modifiers = Modifiers {
    ctrl: false,
    alt: false,
    meta: false,
};

#[test]
fn slash_and_s_focus_the_search_and_question_mark_opens_help() {
    assert_eq!(
        action_for("/", NONE, Target::Page),
        Some(Action::FocusSearch)
    );
    assert_eq!(
        action_for("s", NONE, Target::Page),
        Some(Action::FocusSearch)
    );
    assert_eq!(
        action_for("?", NONE, Target::Page),
        Some(Action::ToggleHelp)
    );
    assert_eq!(
        action_for("b", NONE, Target::Page),
        Some(Action::ToggleBookmark)
    );
}

#[test]
fn nothing_but_escape_fires_while_typing_in_a_field() {
    for key in ["/", "s", "?", "b"] {
        assert_eq!(action_for(key, NONE, Target::OtherField), None, "{key}");
        assert_eq!(action_for(key, NONE, Target::SearchBox), None, "{key}");
    }
    assert_eq!(
        action_for("Escape", NONE, Target::OtherField),
        Some(Action::Escape)
    );
    assert_eq!(
        action_for("Escape", NONE, Target::SearchBox),
        Some(Action::Escape)
    );
}

#[test]
fn arrows_and_enter_belong_to_the_search_box() {
    assert_eq!(
        action_for("ArrowDown", NONE, Target::SearchBox),
        Some(Action::NextMatch)
    );
    assert_eq!(
        action_for("ArrowUp", NONE, Target::SearchBox),
        Some(Action::PreviousMatch)
    );
    assert_eq!(
        action_for("Enter", NONE, Target::SearchBox),
        Some(Action::OpenMatch)
    );
    assert_eq!(
        action_for("ArrowDown", NONE, Target::Page),
        None,
        "arrows scroll the page as usual"
    );
}

#[test]
fn on_a_question_of_the_guide_numbers_and_arrows_choose_an_answer() {
    assert_eq!(
        action_for("3", NONE, Target::Guide),
        Some(Action::ChooseAnswer)
    );
    assert_eq!(
        action_for("ArrowDown", NONE, Target::Guide),
        Some(Action::NextAnswer)
    );
    assert_eq!(
        action_for("ArrowUp", NONE, Target::Guide),
        Some(Action::PreviousAnswer)
    );
    assert_eq!(
        action_for("3", NONE, Target::Page),
        None,
        "elsewhere a digit is just a digit"
    );
    assert_eq!(
        action_for("3", NONE, Target::SearchBox),
        None,
        "typed digits search"
    );
    // The shortcuts of every page still work there.
    assert_eq!(
        action_for("/", NONE, Target::Guide),
        Some(Action::FocusSearch)
    );
    assert_eq!(
        action_for("?", NONE, Target::Guide),
        Some(Action::ToggleHelp)
    );
}

#[test]
fn ctrl_alt_or_meta_leave_the_key_to_the_browser() {
    for modifiers in [
        Modifiers { ctrl: true, ..NONE },
        Modifiers { alt: true, ..NONE },
        Modifiers { meta: true, ..NONE },
    ] {
        assert_eq!(action_for("/", modifiers, Target::Page), None);
        assert_eq!(action_for("Escape", modifiers, Target::SearchBox), None);
    }
}

#[test]
fn every_action_is_listed_once_with_a_description() {
    for s in SHORTCUTS {
        // Each key is shown, or one label sums up a run of keys ("1–9").
        let shown = s.keys.len() == s.label.len() || s.label.len() == 1;
        assert!(
            !s.description.is_empty() && !s.keys.is_empty() && shown,
            "{:?}",
            s.action
        );

        assert_eq!(
            SHORTCUTS.iter().filter(|o| o.action == s.action).count(),
            1,
            "{:?}",
            s.action
        );
    }
}
