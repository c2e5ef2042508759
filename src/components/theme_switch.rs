use crate::replay::Control;
use crate::state::theme::{apply, current, Theme};
use leptos::prelude::*;

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
            <select data-replay=Control::Theme.name() on:change=move |ev| {

                let chosen = Theme::parse(Some(&event_target_value(&ev)));
                apply(chosen);
                set_theme.set(chosen);
            }>{options}</select>
        </label>
    }
}
