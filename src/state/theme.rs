//! The colour theme: the system's (`prefers-color-scheme`) unless the reader picked light or dark, which is
//! remembered. A script in the page's head (`src/postbuild/prepaint.js`) applies the remembered choice before
//! the first paint; this module reads and changes it.

use super::storage;
use leptos::prelude::document;
use serde::{Deserialize, Serialize};

/// The namespaced, versioned key of the remembered choice.
pub const KEY: &str = "http-status-reference.theme.v1";

/// The reader's choice, stored as JSON (`"dark"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the system.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in menu order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored word (and the `data-theme` value), `system` for no choice.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The menu label (the menu itself is labelled "Colour theme").
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Auto",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// Reads a stored value; anything unknown means the system's theme.
    pub fn parse(value: Option<&str>) -> Theme {
        match value {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// The choice applied to the page now (as the pre-paint script left it).
pub fn current() -> Theme {
    let root = document().document_element();
    Theme::parse(root.and_then(|r| r.get_attribute("data-theme")).as_deref())
}

/// Applies a choice to the page and remembers it; a storage failure only means it is not remembered.
pub fn apply(theme: Theme) {
    if let Some(root) = document().document_element() {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            other => root.set_attribute("data-theme", other.as_str()),
        };
    }
    match theme {
        Theme::System => storage::remove(KEY),
        other => {
            let _ = storage::set(KEY, &other);
        }
    }
}
