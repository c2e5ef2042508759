use crate::routes::{Paths, Route};
use crate::shortcuts::{action_for, Action, Modifiers, Target, SHORTCUTS};
use crate::state::bookmarks::handle::use_bookmarks;
use crate::state::finder::use_finder;
use crate::state::screen::use_screen;
use leptos::ev;
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

/// The id of the header's search box; shortcuts treat it apart from other fields.
pub const SEARCH_INPUT_ID: &str = "search-input";

/// Where a key press happened.
fn target_of(ev: &web_sys::KeyboardEvent) -> Target {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return Target::Page;
    };
    if el.id() == SEARCH_INPUT_ID {
        return Target::SearchBox;
    }
    let field = matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || el.is_content_editable();
    if field {
        Target::OtherField
    } else {
        Target::Page
    }
}

fn search_input() -> Option<web_sys::HtmlInputElement> {
    document()
        .get_element_by_id(SEARCH_INPUT_ID)
        .and_then(|e| e.dyn_into().ok())
}

/// The guide's answers on screen, in order.
fn answers() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all(".answers a.answer") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Moves the focus `step` answers on from the focused one (the first or last when none has it).
fn move_between_answers(step: i32) -> bool {
    let all = answers();
    if all.is_empty() {
        return false;
    }
    let active = document().active_element();
    let at = all
        .iter()
        .position(|a| active.as_ref() == Some(a.as_ref()))
        .map(|i| i as i32 + step)
        .unwrap_or(if step > 0 { 0 } else { all.len() as i32 - 1 });
    let at = at.clamp(0, all.len() as i32 - 1) as usize;
    let _ = all[at].focus();
    true
}

/// Scrolls the highlighted row into view, if it is off screen.
fn reveal_highlight() {
    if let Ok(Some(row)) = document().query_selector(".code-row.highlighted") {
        row.scroll_into_view_with_bool(false);
    }
}

/// The keyboard handler for the whole page and the help overlay listing the shortcuts, both from
/// [`SHORTCUTS`]. The handler is removed when the app is torn down.
#[component]
pub fn KeyboardShortcuts(
    /// Set to open the help (the footer's button does).
    open: RwSignal<bool>,
) -> impl IntoView {
    let finder = use_finder();
    let bookmarks = use_bookmarks();
    let paths = expect_context::<Paths>();
    let screen = use_screen();
    let navigate = use_navigate();
    let dialog = NodeRef::<Dialog>::new();

    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        if open.get() && !d.open() {
            let _ = d.show_modal();
        } else if !open.get() && d.open() {
            d.close();
        }
    });

    // Only in the browser: there is no window while pages are prerendered at build time.
    if cfg!(target_arch = "wasm32") {
        let handle = window_event_listener(ev::keydown, move |ev| {
            if ev.default_prevented() || ev.is_composing() {
                return;
            }
            let modifiers = Modifiers {
                ctrl: ev.ctrl_key(),
                alt: ev.alt_key(),
                meta: ev.meta_key(),
            };
            let on_guide = matches!(screen.route_untracked(), Route::Guide(_));
            let target = match target_of(&ev) {
                Target::Page if on_guide => Target::Guide,
                other => other,
            };
            let Some(action) = action_for(&ev.key(), modifiers, target) else {
                return;
            };
            match action {
                Action::FocusSearch => {
                    if let Some(input) = search_input() {
                        ev.prevent_default();
                        let _ = input.focus();
                        input.select();
                    }
                }
                Action::ToggleHelp => {
                    ev.prevent_default();
                    open.update(|o| *o = !*o);
                }
                Action::Escape => {
                    if open.get_untracked() {
                        return; // the dialog closes itself on Escape and reports it through `on:close`
                    }
                    if target_of(&ev) == Target::SearchBox {
                        ev.prevent_default();
                        if finder.on_catalog.get_untracked()
                            && finder.filter.with_untracked(|f| !f.q.is_empty())
                        {
                            let href = paths.catalog(&finder.filter.get_untracked().with_q(""));
                            navigate(
                                &href,
                                NavigateOptions {
                                    resolve: false,
                                    replace: true,
                                    scroll: false,
                                    ..Default::default()
                                },
                            );
                        }
                        if let Some(input) = search_input() {
                            let _ = input.blur();
                        }
                    }
                }
                Action::NextMatch | Action::PreviousMatch => {
                    if finder.searching() {
                        ev.prevent_default();
                        finder.move_highlight(if action == Action::NextMatch { 1 } else { -1 });
                        request_animation_frame(reveal_highlight);
                    }
                }
                Action::OpenMatch => {} // the search form's submit opens the highlighted match
                Action::ChooseAnswer => {
                    let n: usize = ev.key().parse().unwrap_or(0);
                    if let Some(answer) = answers().get(n.wrapping_sub(1)) {
                        ev.prevent_default();
                        answer.click();
                    }
                }
                Action::NextAnswer | Action::PreviousAnswer => {
                    let step = if action == Action::NextAnswer { 1 } else { -1 };
                    if move_between_answers(step) {
                        ev.prevent_default();
                    }
                }
                Action::ToggleBookmark => {
                    if let Route::Code(code) = screen.route_untracked() {
                        ev.prevent_default();
                        bookmarks.toggle(code);
                    }
                }
            }
        });
        on_cleanup(move || handle.remove());
    }

    let rows = SHORTCUTS
        .iter()
        .map(|s| {
            let keys = s
                .label
                .iter()
                .enumerate()
                .map(|(i, k)| view! { {(i > 0).then_some(" or ")} <kbd>{*k}</kbd> })
                .collect_view();
            view! {
                <tr>
                    <td>{keys}</td>
                    <td>{s.description}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <dialog node_ref=dialog class="help" aria-labelledby="help-title" on:close=move |_| open.set(false)>
            <h2 id="help-title">"Keyboard shortcuts"</h2>
            <table>
                <thead>
                    <tr>
                        <th scope="col">"Key"</th>
                        <th scope="col">"What it does"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="help-note">"Shortcuts do nothing while you type in a field, except Esc, or with Ctrl, Alt or Cmd held."</p>
            <form method="dialog">
                <button type="submit" class="button" autofocus>"Close"</button>
            </form>
        </dialog>
    }
}
