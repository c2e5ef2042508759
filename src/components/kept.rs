//! Parts of a page that are the same for every reader on every day (an entry's text, its constants, its
//! vendors' numbers), kept from the prerendered page when the app takes over instead of being built again.
//!
//! The take-over (`crate::start`) builds the app's page in a detached element and swaps it in. Building the
//! long, static parts of a code page again is most of that task's work, and the browser has nothing to show
//! for it: the prerendered nodes are already the same. So, while the take-over renders, a [`Kept`] whose key
//! the prerendered page also has renders only its empty wrapper, and [`adopt`] then moves the prerendered
//! children into it, before the swap and in the same task. Everywhere else (prerendering, a later navigation,
//! a prerendered page that was not the one asked for) it renders its children as usual.
//!
//! Only what depends on nothing but the build may be kept: no query, no clock, no controls with handlers of
//! their own. The Bookmark and Copy buttons qualify, since one listener serves each kind on the whole page and
//! the Bookmark buttons are brought in step with the reader's list right after the take-over. The wrapper is
//! `display: contents`, so it changes neither layout nor the accessibility tree.

use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// The attribute naming a kept part.
pub const KEPT_ATTRIBUTE: &str = "data-kept";

#[derive(Default)]
struct Offer {
    /// The prerendered parts not yet claimed, by key.
    waiting: HashMap<String, web_sys::Element>,
    /// The parts claimed by a [`Kept`] during this take-over, to move into its wrapper.
    claimed: Vec<(String, web_sys::Element)>,
}

thread_local! {
    static OFFER: RefCell<Option<Offer>> = const { RefCell::new(None) };
}

/// Offers the kept parts of the prerendered page under `root` to the render that follows.
pub fn offer(root: &web_sys::Element) {
    let waiting = parts(root).collect();
    OFFER.with(|o| {
        *o.borrow_mut() = Some(Offer {
            waiting,
            claimed: Vec::new(),
        })
    });
}

/// Moves the claimed prerendered parts into their wrappers under `fresh`, and ends the offer. Returns how many
/// parts were kept; a claimed part whose wrapper is missing is reported on the console (its content would be
/// missing from the page, which the end-to-end tests check never happens).
pub fn adopt(fresh: &web_sys::Element) -> usize {
    let Some(offer) = OFFER.with(|o| o.borrow_mut().take()) else {
        return 0;
    };
    // By key, in page order. A key can come twice (a code in two lists of one page): only one of its wrappers
    // claimed the prerendered part, and the others were built.
    let mut wrappers: HashMap<String, Vec<web_sys::Element>> = HashMap::new();
    for (key, el) in parts(fresh) {
        wrappers.entry(key).or_default().push(el);
    }
    let mut kept = 0;
    for (key, old) in offer.claimed {
        // The claimed wrapper holds no element, only what the renderer may leave to mark an empty place.
        let wrapper = wrappers
            .get(&key)
            .and_then(|all| all.iter().find(|w| w.child_element_count() == 0));
        match wrapper {
            Some(wrapper) => {
                while let Some(child) = old.first_child() {
                    let _ = wrapper.append_child(&child);
                }
                kept += 1;
            }
            None => web_sys::console::error_1(
                &format!("kept part {key:?} was claimed but has no wrapper to go in").into(),
            ),
        }
    }
    kept
}

/// The kept parts under `root`, with their keys, in page order.
fn parts(root: &web_sys::Element) -> impl Iterator<Item = (String, web_sys::Element)> {
    let found = root.query_selector_all(&format!("[{KEPT_ATTRIBUTE}]")).ok();
    (0..found.as_ref().map_or(0, |f| f.length())).filter_map(move |i| {
        let el = found
            .as_ref()?
            .item(i)?
            .dyn_into::<web_sys::Element>()
            .ok()?;
        Some((el.get_attribute(KEPT_ATTRIBUTE)?, el))
    })
}

/// True while a take-over offers the prerendered part `key` (not yet claimed): a page can then build its parts
/// as they stand, since they will be kept, without waiting for anything they would need to be built.
pub fn offered(key: &str) -> bool {
    OFFER.with(|o| {
        o.borrow()
            .as_ref()
            .is_some_and(|offer| offer.waiting.contains_key(key))
    })
}

/// Claims the prerendered part `key` for the take-over under way, if there is one and it has this key.
fn claim(key: &str) -> bool {
    OFFER.with(|o| {
        let mut o = o.borrow_mut();
        let Some(offer) = o.as_mut() else {
            return false;
        };
        match offer.waiting.remove(key) {
            Some(el) => {
                offer.claimed.push((key.to_string(), el));
                true
            }
            None => false,
        }
    })
}

/// A part of a page that depends only on the build: during the take-over, the prerendered copy with the same
/// key is kept instead of building it again (see the module's documentation). Keys are unique on a page.
#[component]
pub fn Kept(
    /// The part's name on its page: the same in the prerendered page and in the app.
    #[prop(into)]
    key: String,
    /// What it shows.
    children: Children,
) -> impl IntoView {
    if claim(&key) {
        view! { <div class="kept" data-kept=key></div> }.into_any()
    } else {
        view! { <div class="kept" data-kept=key>{children()}</div> }.into_any()
    }
}
