use crate::catalog::data::{comparisons, registry, tags};
use crate::catalog::filter::Filter;
use crate::catalog::lookup::{codes, suggest, Code, Suggestion};
use crate::catalog::model::Class;
use crate::components::code_list::{CodeList, CodeRow};
use crate::components::understood::Understood;
use crate::routes::{Paths, Route};
use crate::state::finder::use_finder;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::collections::{BTreeSet, HashMap, HashSet};
use wasm_bindgen::JsCast;

/// `/`: every code, grouped by class, with search, tag and class filters taken from the query string.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let finder = use_finder();
    let filter = finder.filter;
    let results = finder.results;
    // One memo: every row compares itself with it, so the match is worked out once a keystroke, not once a row.
    let highlight: Signal<Option<u16>> = Memo::new(move |_| finder.highlighted()).into();
    let total = codes().count();

    // Three layouts: nothing matches, search results best first, or every code grouped by class.
    let mode = Memo::new(move |_| {
        if results.with(Vec::is_empty) {
            Mode::Empty
        } else if filter.with(|f| !f.q.trim().is_empty()) {
            Mode::Ranked
        } else {
            Mode::Grouped
        }
    });
    // A search from the browser's address bar (`?q=…&open=1`, see `opensearch.xml`) opens the code at once when
    // the text names one, and otherwise shows the catalog filtered by it.
    let query = use_query_map();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if query.with_untracked(|q| q.get_str("open").is_none()) {
            return;
        }
        let href = filter.with_untracked(|f| match f.named_code() {
            Some(n) => paths.code(n),
            None => paths.catalog(f),
        });
        let options = NavigateOptions {
            resolve: false,
            replace: true,
            ..Default::default()
        };
        navigate(&href, options);
    });
    let count_text = move || filter.with(|f| f.count_message(results.with(Vec::len), total));
    let ignored = move || finder.ignored.with(|i| i.message());

    view! {
        <div class="catalog">
            <h1>"HTTP status codes"</h1>
            <p class="lead">
                "Every registered status code and the vendor codes you meet in browsers, logs and APIs: what each means and how to fix it. Registered codes follow the "
                <a href=&*registry().url rel="noopener">{format!("IANA registry as of {}", registry().snapshot)}</a>
                "."
            </p>
            <Understood readings=finder.readings filter=filter/>
            <p class="guide-callout">
                "Choosing a code for an API or a site? "
                <a href=paths.guide()>"Which status code should I return?"</a>
                " answers one question at a time. Or compare the codes people confuse: "
                {comparisons()
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        view! {
                            {(i > 0).then_some(", ")}
                            <a href=paths.to(Route::Compare(i as u16))>{c.short_title()}</a>
                        }
                    })
                    .collect_view()}
                "."
            </p>
            <ClassFilter filter=filter/>
            <TagFilter filter=filter/>
            {move || ignored().map(|text| view! { <p class="notice info">{text}</p> })}
            <p class="result-count" role="status" aria-live="polite">{count_text}</p>
            <Show when=move || mode.get() == Mode::Empty>
                <EmptyState filter=filter/>
            </Show>
            <CatalogList results=results ranked=Signal::derive(move || mode.get() == Mode::Ranked) highlight=highlight/>
            <p class="back-home" class:hidden=move || filter.with(Filter::is_empty)>
                <a href=paths.home()>"Show all codes"</a>
            </p>
        </div>
    }
}

/// Every code's row, built once. A filter hides the rows it leaves out and a search moves the matching rows, in
/// rank order, into the results list; leaving the search moves them back. Rows are never rebuilt while the
/// reader types: the benchmark showed that creating and destroying rows was most of a keystroke's cost.
///
/// The moves are done on the rows' own elements, which Leptos created once in a static list and never
/// re-renders; where a row sits in the page does not matter to its reactive parts.
#[component]
fn CatalogList(
    /// The codes that match, in display order.
    results: Memo<Vec<Code>>,
    /// True while search text ranks the results.
    #[prop(into)]
    ranked: Signal<bool>,
    /// The code highlighted for the keyboard.
    highlight: Signal<Option<u16>>,
) -> impl IntoView {
    let shown =
        Memo::new(move |_| results.with(|r| r.iter().map(|c| c.number).collect::<BTreeSet<u16>>()));
    let container = NodeRef::<leptos::html::Div>::new();
    let ranked_list = NodeRef::<leptos::html::Ul>::new();
    // The rows' elements, found once: a keystroke then touches only the rows whose place changes, since every
    // element moved is styled and laid out again (the benchmark's typing figures showed moving them all).
    let places: StoredValue<Option<Places>> = StoredValue::new(None);
    // Which keystroke's results the page shows; the second half of a keystroke's moves (below) runs only if no
    // newer keystroke came first.
    let generation = StoredValue::new(0u64);
    Effect::new(move |was_ranked: Option<bool>| {
        let is_ranked = ranked.get();
        let order = results.get();
        let (Some(container), Some(ranked_list)) = (container.get(), ranked_list.get()) else {
            return is_ranked;
        };
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        places.update_value(|p| {
            let p = p.get_or_insert_with(|| Places::find(&container));
            if is_ranked {
                // The first screenful now, in the keystroke's own frame; the rest of the results just after
                // that frame is painted, since every row moved is styled and laid out again (the benchmark's
                // typing figures). Until then the rows below keep their last places, or wait in their hidden
                // class lists.
                p.rank_top(&ranked_list, &order, FIRST_SCREENFUL);
                if order.len() > FIRST_SCREENFUL {
                    after_paint(move || {
                        if generation.get_value() != this || !ranked.get_untracked() {
                            return;
                        }
                        let order = results.get_untracked();
                        places.update_value(|p| {
                            if let Some(p) = p {
                                p.rank(&ranked_list, &order);
                            }
                        });
                    });
                } else {
                    p.rank(&ranked_list, &order);
                }
            } else if was_ranked == Some(true) {
                p.send_all_home();
            }
        });
        is_ranked
    });
    let groups = Class::ALL
        .into_iter()
        .map(|class| {
            let rows = codes()
                .filter(|c| c.class() == class)
                .map(|code| {
                    let n = code.number;
                    view! {
                        <CodeRow
                            code=code
                            hidden=Memo::new(move |_| !shown.with(|s| s.contains(&n)))
                            highlighted=Memo::new(move |_| highlight.get() == Some(n))
                        />
                    }
                })
                .collect_view();
            let empty = move || ranked.get() || !shown.with(|s| s.iter().any(|n| Class::of(*n) == Some(class)));
            view! {
                <section class="class-group" aria-labelledby=format!("class-{}", class.as_str()) hidden=empty>
                    <h2 id=format!("class-{}", class.as_str())>{class.as_str()} " " {class.label()}</h2>
                    <p class="class-description">{class.description()}</p>
                    <ul class="code-list" data-class=class.as_str()>{rows}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="catalog-list" node_ref=container>
            <section class="ranked" aria-label="Search results" hidden=move || !ranked.get()>
                <ul class="code-list" node_ref=ranked_list></ul>
            </section>
            {groups}
        </div>
    }
}

/// How many results are put in place in a keystroke's own frame: more than the tallest screen shows.
const FIRST_SCREENFUL: usize = 16;

/// Runs `f` once the next frame has been painted: a task queued from that frame's animation callback runs after
/// its paint.
fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Where each row's element lives, kept in Rust so that a keystroke reads nothing back from the page: every
/// row's element, the class list it goes back to, and which rows the results list holds, in order.
struct Places {
    rows: HashMap<u16, web_sys::Element>,
    homes: HashMap<Class, web_sys::Element>,
    /// The rows in the results list, in order.
    ranked: Vec<u16>,
    /// The rows in their class lists (always in number order there).
    at_home: BTreeSet<u16>,
}

impl Places {
    fn find(container: &web_sys::HtmlDivElement) -> Places {
        let all = |css: &str| {
            let list = container.query_selector_all(css).ok();
            (0..list.as_ref().map_or(0, |l| l.length()))
                .filter_map(|i| list.as_ref()?.item(i)?.dyn_into::<web_sys::Element>().ok())
                .collect::<Vec<_>>()
        };
        let rows: HashMap<u16, web_sys::Element> = all("li[data-code]")
            .into_iter()
            .filter_map(|e| Some((e.get_attribute("data-code")?.parse().ok()?, e)))
            .collect();
        let homes = all("ul[data-class]")
            .into_iter()
            .filter_map(|e| Some((Class::parse(&e.get_attribute("data-class")?)?, e)))
            .collect();
        let at_home = rows.keys().copied().collect();
        Places {
            rows,
            homes,
            ranked: Vec::new(),
            at_home,
        }
    }

    /// Makes the results list hold exactly the rows of `order`, in that order, moving only the rows out of
    /// place.
    fn rank(&mut self, list: &web_sys::Element, order: &[Code]) {
        let wanted: HashSet<u16> = order.iter().map(|c| c.number).collect();
        let leaving: Vec<u16> = self
            .ranked
            .iter()
            .copied()
            .filter(|n| !wanted.contains(n))
            .collect();
        self.ranked.retain(|n| wanted.contains(n));
        leaving.into_iter().for_each(|n| self.send_home(n));
        self.rank_top(list, order, order.len());
    }

    /// Makes the first `count` rows of the results list those of `order`, in that order, moving only the rows
    /// out of place. Rows after them are left where they are (those no longer wanted are hidden by their own
    /// `hidden` attribute).
    fn rank_top(&mut self, list: &web_sys::Element, order: &[Code], count: usize) {
        for (i, code) in order.iter().take(count).enumerate() {
            let n = code.number;
            let Some(row) = self.rows.get(&n) else {
                continue;
            };
            if self.ranked.get(i) == Some(&n) {
                continue;
            }
            let before = self.ranked.get(i).and_then(|m| self.rows.get(m));
            let _ = list.insert_before(row, before.map(|e| e.as_ref()));
            self.ranked.retain(|m| *m != n);
            self.ranked.insert(i.min(self.ranked.len()), n);
            self.at_home.remove(&n);
        }
    }

    /// Puts every row of the results list back in its class list.
    fn send_all_home(&mut self) {
        std::mem::take(&mut self.ranked)
            .into_iter()
            .for_each(|n| self.send_home(n));
    }

    /// Puts one row back in its class list, before the first row there with a higher number.
    fn send_home(&mut self, n: u16) {
        let (Some(row), Some(home)) = (
            self.rows.get(&n),
            Class::of(n).and_then(|c| self.homes.get(&c)),
        ) else {
            return;
        };
        let next = self
            .at_home
            .range(n + 1..)
            .find(|m| Class::of(**m) == Class::of(n))
            .and_then(|m| self.rows.get(m));
        let _ = home.insert_before(row, next.map(|e| e.as_ref()));
        self.at_home.insert(n);
    }
}

/// How the results are laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Nothing matches.
    Empty,
    /// Search text given: one list, best match first.
    Ranked,
    /// No search text: grouped by class, in number order.
    Grouped,
}

/// Links that keep one class (or all).
#[component]
fn ClassFilter(
    /// The current filter.
    filter: Memo<Filter>,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let option = move |class: Option<Class>, label: &'static str| {
        // Plain <a>: the router still handles the click, and <A>'s aria-current compares only the path, which is
        // "/" for every filter link.
        view! {
            <a
                href=move || filter.with(|f| paths.catalog(&f.with_class(class)))
                aria-current=move || filter.with(|f| (f.class == class).then_some("true"))
            >
                {label}
            </a>
        }
    };
    view! {
        <nav class="class-filter" aria-label="Filter by class">
            {option(None, "All")}
            {Class::ALL.into_iter().map(|c| option(Some(c), c.as_str())).collect_view()}
        </nav>
    }
}

/// Chips that add or remove a tag; every tag given must match.
#[component]
fn TagFilter(
    /// The current filter.
    filter: Memo<Filter>,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let chips = tags()
        .iter()
        .map(|t| {
            let selected = move || filter.with(|f| f.has_tag(t));
            view! {
                <li>
                    <a
                        class="chip"
                        class:selected=selected
                        href=move || filter.with(|f| paths.catalog(&f.toggle_tag(t)))
                        aria-current=move || selected().then_some("true")
                        title=&*t.description
                    >
                        {&*t.label}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="tag-filter" aria-labelledby="tag-filter-heading">
            <h2 id="tag-filter-heading" class="filter-heading">"Filter by tag"</h2>
            <ul class="chips">{chips}</ul>
        </section>
    }
}

/// What to show when nothing matches: what was asked, the nearest codes for a number, and a way back.
#[component]
fn EmptyState(
    /// The current filter.
    filter: Memo<Filter>,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let asked = move || filter.with(Filter::describe);
    // Only codes near a number in the search: a query of words has no nearest code.
    let suggestions = Signal::derive(move || {
        filter.with(|f| match suggest(&f.q) {
            Suggestion::Nearest(codes) => codes,
            Suggestion::Popular(_) => Vec::new(),
        })
    });
    view! {
        <div class="empty">
            <h2>"No codes match"</h2>
            <p>"Nothing in the catalog matches " {asked} "."</p>
            <Show when=move || suggestions.with(|s| !s.is_empty())>
                <p>"Nearest codes:"</p>
                <CodeList codes=suggestions/>
            </Show>
            <p>
                <a class="button" href=paths.home()>"Clear all filters"</a>
            </p>
        </div>
    }
}
