//! Keyboard shortcuts: one table drives both the key handler and the help overlay, so they cannot drift apart.
//! Resolving a key press to an action is plain Rust, tested natively.

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Put the focus in the search box.
    FocusSearch,
    /// Open or close the list of shortcuts.
    ToggleHelp,
    /// Clear the search and leave the box (or close the help).
    Escape,
    /// Highlight the next match.
    NextMatch,
    /// Highlight the previous match.
    PreviousMatch,
    /// Open the highlighted match.
    OpenMatch,
    /// Bookmark the code whose page is open, or remove the bookmark.
    ToggleBookmark,
    /// Follow one of the guide's answers, by its number.
    ChooseAnswer,
    /// Move to the next of the guide's answers.
    NextAnswer,
    /// Move to the previous of the guide's answers.
    PreviousAnswer,
}

/// Where a shortcut works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere except while typing in a field.
    Page,
    /// Only in the search box.
    SearchBox,
    /// Only on a question of the guide, and not while typing.
    Guide,
    /// Everywhere, fields included.
    Anywhere,
}

/// One row of the table.
#[derive(Debug)]
pub struct Shortcut {
    /// The `KeyboardEvent.key` values that trigger it.
    pub keys: &'static [&'static str],
    /// How the keys are shown in the help.
    pub label: &'static [&'static str],
    /// What it does.
    pub action: Action,
    /// Where it works.
    pub scope: Scope,
    /// The help text.
    pub description: &'static str,
}

/// Every shortcut, in the order the help lists them.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        keys: &["/", "s"],
        label: &["/", "S"],
        action: Action::FocusSearch,
        scope: Scope::Page,
        description: "Search the codes",
    },
    Shortcut {
        keys: &["ArrowDown"],
        label: &["↓"],
        action: Action::NextMatch,
        scope: Scope::SearchBox,
        description: "Highlight the next match",
    },
    Shortcut {
        keys: &["ArrowUp"],
        label: &["↑"],
        action: Action::PreviousMatch,
        scope: Scope::SearchBox,
        description: "Highlight the previous match",
    },
    Shortcut {
        keys: &["Enter"],
        label: &["Enter"],
        action: Action::OpenMatch,
        scope: Scope::SearchBox,
        description: "Open the highlighted match",
    },
    Shortcut {
        keys: &["Escape"],
        label: &["Esc"],
        action: Action::Escape,
        scope: Scope::Anywhere,
        description: "Clear the search and leave the box, or close this help",
    },
    Shortcut {
        keys: &["b"],
        label: &["B"],
        action: Action::ToggleBookmark,
        scope: Scope::Page,
        description: "Bookmark the code on screen, or remove the bookmark",
    },
    Shortcut {
        keys: &["1", "2", "3", "4", "5", "6", "7", "8", "9"],
        label: &["1–9"],
        action: Action::ChooseAnswer,
        scope: Scope::Guide,
        description: "In the guide: choose the answer with that number",
    },
    Shortcut {
        keys: &["ArrowDown"],
        label: &["↓"],
        action: Action::NextAnswer,
        scope: Scope::Guide,
        description: "In the guide: move to the next answer (Enter follows it)",
    },
    Shortcut {
        keys: &["ArrowUp"],
        label: &["↑"],
        action: Action::PreviousAnswer,
        scope: Scope::Guide,
        description: "In the guide: move to the previous answer",
    },
    Shortcut {
        keys: &["?"],
        label: &["?"],
        action: Action::ToggleHelp,
        scope: Scope::Page,
        description: "Show or hide these shortcuts",
    },
];

/// Where the key press happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Not in a text field.
    Page,
    /// Not in a text field, on a question of the guide.
    Guide,
    /// In the search box.
    SearchBox,
    /// In another field (input, textarea, select, contenteditable).
    OtherField,
}

/// The modifier keys held.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub ctrl: bool,
    pub alt: bool,
    pub meta: bool,
}

impl Modifiers {
    /// True when Ctrl, Alt or Meta is held: those presses belong to the browser and the system.
    pub fn any(self) -> bool {
        self.ctrl || self.alt || self.meta
    }
}

/// The action for a key press, if any. Nothing fires with Ctrl, Alt or Meta held, and while typing in a field
/// only Escape (and, in the search box, its own keys) does.
pub fn action_for(key: &str, modifiers: Modifiers, target: Target) -> Option<Action> {
    if modifiers.any() {
        return None;
    }
    SHORTCUTS
        .iter()
        .find(|s| {
            s.keys.contains(&key)
                && match s.scope {
                    Scope::Anywhere => true,
                    Scope::Page => matches!(target, Target::Page | Target::Guide),
                    Scope::Guide => target == Target::Guide,

                    Scope::SearchBox => target == Target::SearchBox,
                }
        })
        .map(|s| s.action)
}
