//! The colour theme: the system's (`prefers-color-scheme`) unless the reader picked light or dark, which is
//! remembered. `index.html` applies the remembered choice before the first paint; this module changes it.

use leptos::prelude::*;

/// The namespaced, versioned key of the remembered choice.
pub const KEY: &str = "http-status-reference.theme.v1";

/// The reader's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The choice applied to the page now (as the pre-paint script left it).
fn current() -> Theme {
    let root = document().document_element();
    Theme::parse(root.and_then(|r| r.get_attribute("data-theme")).as_deref())
}

/// Applies a choice to the page and remembers it; a storage failure only means it is not remembered.
fn apply(theme: Theme) {
    if let Some(root) = document().document_element() {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            other => root.set_attribute("data-theme", other.as_str()),
        };
    }
    if let Some(s) = storage() {
        let _ = match theme {
            Theme::System => s.remove_item(KEY),
            other => s.set_item(KEY, other.as_str()),
        };
    }
}

/// A menu to pick the colour theme.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    // Read on mount in the browser; the prerendered page shows the default until then.
    let (theme, set_theme) = signal(Theme::System);
    Effect::new(move |_| set_theme.set(current()));
    let options = Theme::ALL
        .iter()
        .map(|t| view! { <option value=t.as_str() selected=move || theme.get() == *t>{t.label()}</option> })
        .collect_view();
    view! {
        <label class="theme-switch">
            <span class="visually-hidden">"Colour theme"</span>
            <select on:change=move |ev| {
                let chosen = Theme::parse(Some(&event_target_value(&ev)));
                apply(chosen);
                set_theme.set(chosen);
            }>{options}</select>
        </label>
    }
}
