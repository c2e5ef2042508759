//! What the reader does before the app has started is kept and carried out once it has: the way Angular's event
//! replay and Google's jsaction work. A few lines in each page's head (`src/postbuild/early.js`) queue taps on
//! the controls marked with [`MARK`], the submit of the search form, a change of the theme menu and the
//! shortcut keys; `src/start.rs` carries them out after the take-over, in order and once. A control that cannot
//! wait (the file chooser) is marked with [`NEEDS_APP`] instead and says it is not ready yet.
//!
//! Plain Rust, tested natively: the controls' names, the keys kept, and reading the queue.

use crate::shortcuts::{Action, Scope, SHORTCUTS};
use serde::Deserialize;

/// The attribute that marks a control whose taps are kept; its value names the control.
pub const MARK: &str = "data-replay";

/// The class the early script gives a control whose tap is kept, until the app has carried it out.
pub const WAITING: &str = "queued";

/// The attribute that marks a control that cannot be replayed: a tap on it says the app is not ready yet.
pub const NEEDS_APP: &str = "data-needs-app";

/// The controls whose taps are kept, by the name the early script records. Several controls of one name on a
/// page (the copy buttons) are told apart by their position among them, the same in the prerendered page and
/// the app's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// A code's Bookmark toggle.
    Bookmark(u16),
    /// A Copy button of a block.
    Copy,
    /// The footer's "Keyboard shortcuts" button.
    Help,
    /// The colour theme menu.
    Theme,
    /// The header's search form.
    Search,
    /// Export of the bookmarks.
    Export,
}

impl Control {
    /// The value of [`MARK`] on the control.
    pub fn name(self) -> String {
        match self {
            Control::Bookmark(code) => format!("bookmark-{code}"),
            Control::Copy => "copy".into(),
            Control::Help => "help".into(),
            Control::Theme => "theme".into(),
            Control::Search => "search".into(),
            Control::Export => "export".into(),
        }
    }
}

/// The shortcut keys pressed before the app runs that it carries out once it does: those that work on a page,
/// from the one table of shortcuts. Focusing the search the early script does at once (the app keeps the
/// focus and the text typed); the arrow keys keep scrolling the page until the app runs.
pub fn replayed_keys() -> Vec<&'static str> {
    SHORTCUTS
        .iter()
        .filter(|s| matches!(s.scope, Scope::Page | Scope::Guide))
        .filter(|s| {
            !matches!(
                s.action,
                Action::FocusSearch | Action::NextAnswer | Action::PreviousAnswer
            )
        })
        .flat_map(|s| s.keys.iter().copied())
        .collect()
}

/// The keys the early script focuses the search box with, at once.
pub fn focus_keys() -> Vec<&'static str> {
    SHORTCUTS
        .iter()
        .filter(|s| s.action == Action::FocusSearch)
        .flat_map(|s| s.keys.iter().copied())
        .collect()
}

/// One thing the reader did before the app ran, as the early script recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Early {
    /// A tap on the `index`-th control named `id`.
    Click { id: String, index: u32 },
    /// The `index`-th menu named `id` set to `value`.
    Change {
        id: String,
        index: u32,
        value: String,
    },
    /// The `index`-th form named `id` sent.
    Submit { id: String, index: u32 },
    /// A shortcut key.
    Key { key: String },
}

/// True for a name a control could have: lowercase letters, digits and hyphens (so it is safe in a selector).
pub fn is_name(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The longest queue carried out: more taps than a reader makes in the seconds before the app runs, so a
/// script (or a stuck key) cannot make the app replay without end.
pub const MAX_QUEUE: usize = 50;

/// Reads the early script's queue (as JSON), in order; entries it cannot read are left out, the rest kept.
pub fn read_queue(json: &str) -> Vec<Early> {
    let Ok(items) = serde_json::from_str::<Vec<serde_json::Value>>(json) else {
        return Vec::new();
    };
    items
        .into_iter()
        .filter_map(|item| serde_json::from_value::<Early>(item).ok())
        .filter(|e| match e {
            Early::Key { key } => replayed_keys().contains(&key.as_str()),
            Early::Click { id, .. } | Early::Change { id, .. } | Early::Submit { id, .. } => {
                is_name(id)
            }
        })
        .take(MAX_QUEUE)
        .collect()
}
