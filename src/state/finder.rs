//! The reader's current search, shared by the header's search box and the catalog page: the filter read from the
//! URL, what it matches, and which match is highlighted for the keyboard.

use super::scope::local;
use super::screen::use_screen;
use crate::catalog::filter::{Filter, Ignored};
use crate::catalog::lookup::Code;
use crate::catalog::paste::Reading;
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The handle to the search state.
#[derive(Clone, Copy)]
pub struct Finder {
    /// True on the catalog screen.
    pub on_catalog: Memo<bool>,
    /// The filter in the URL (empty away from the catalog).
    pub filter: Memo<Filter>,
    /// Query values the filter did not understand.
    pub ignored: Memo<Ignored>,
    /// The codes the filter keeps, in display order.
    pub results: Memo<Vec<Code>>,
    /// What was understood in pasted search text (a log line, an exception, a constant).
    pub readings: Memo<Vec<Reading>>,
    /// The match the reader moved to with the arrow keys; `None` means the best one.
    chosen: RwSignal<Option<u16>>,
    /// `chosen`, as read by views.
    chosen_view: Memo<Option<u16>>,
    /// The last highlight change, for screen readers.
    announcement: RwSignal<String>,
}

impl Finder {
    /// The same state read through memos owned by the current page (see [`super::scope`]); changes still go to
    /// the app-wide state.
    pub fn scoped(self) -> Self {
        Self {
            on_catalog: local(self.on_catalog),
            filter: local(self.filter),
            ignored: local(self.ignored),
            results: local(self.results),
            readings: local(self.readings),
            chosen_view: local(self.chosen_view),
            ..self
        }
    }

    /// True when search text narrows the catalog, so that a match is highlighted.
    pub fn searching(self) -> bool {
        self.on_catalog.get() && self.filter.with(|f| !f.q.trim().is_empty())
    }

    /// The highlighted code: the chosen one while it is still a match, else the best match.
    pub fn highlighted(self) -> Option<u16> {
        if !self.searching() {
            return None;
        }
        let chosen = self.chosen_view.get();
        self.results.with(|r| {
            chosen
                .filter(|n| r.iter().any(|c| c.number == *n))
                .or_else(|| r.first().map(|c| c.number))
        })
    }

    /// Moves the highlight by `step` matches (clamped to the list) and announces the new one.
    pub fn move_highlight(self, step: isize) {
        let Some(current) = self.highlighted() else {
            return;
        };
        self.results.with_untracked(|r| {
            let at = r.iter().position(|c| c.number == current).unwrap_or(0);
            let next = at
                .saturating_add_signed(step)
                .min(r.len().saturating_sub(1));
            if let Some(code) = r.get(next) {
                self.chosen.set(Some(code.number));
                self.announcement
                    .set(format!("{}, {} of {}", code.heading(), next + 1, r.len()));
            }
        });
    }

    /// Forgets the reader's choice, so the best match is highlighted again (after new search text).
    pub fn reset_highlight(self) {
        self.chosen.set(None);
    }

    /// What screen readers should hear after the highlight moved.
    pub fn announcement(self) -> String {
        self.announcement.get()
    }
}

/// Creates the search state from the URL and the screen on show, and puts it in context. Must be called inside
/// the `<Router>`.
pub fn provide_finder() -> Finder {
    let screen = use_screen();
    let query = use_query_map();
    let on_catalog = Memo::new(move |_| screen.route() == Route::Catalog);
    let parsed = Memo::new(move |_| {
        if !on_catalog.get() {
            return (Filter::default(), Ignored::default());
        }
        query.with(|m| {
            Filter::from_query(
                m.get_str("q"),
                &m.get_all("tag").unwrap_or_default(),
                m.get_str("class"),
            )
        })
    });
    let filter = Memo::new(move |_| parsed.with(|(f, _)| f.clone()));
    let found = Memo::new(move |_| filter.with(Filter::find));
    let chosen = RwSignal::new(None);
    let finder = Finder {
        on_catalog,
        filter,
        ignored: Memo::new(move |_| parsed.with(|(_, i)| i.clone())),
        results: Memo::new(move |_| found.with(|f| f.codes.clone())),
        readings: Memo::new(move |_| found.with(|f| f.readings.clone())),
        chosen,
        chosen_view: Memo::new(move |_| chosen.get()),
        announcement: RwSignal::new(String::new()),
    };
    provide_context(finder);
    finder
}

/// The search state from context.
pub fn use_finder() -> Finder {
    expect_context::<Finder>()
}
