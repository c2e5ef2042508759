use super::set_title;
use crate::catalog::{self, filter::Filter, Class, Code};
use crate::components::CodeList;
use crate::finder::use_finder;
use crate::routes::{Paths, Route};
use leptos::prelude::*;

/// `/`: every code, grouped by class, with search, tag and class filters taken from the query string.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let finder = use_finder();
    let filter = finder.filter;
    let results = finder.results;
    let highlight = Signal::derive(move || finder.highlighted());
    let total = catalog::codes().count();
    Effect::new(move |_| set_title(&Route::Catalog.title()));

    // The layout changes only between these three; inside one, keyed lists move rows instead of rebuilding them.
    let mode = Memo::new(move |_| {
        if results.with(Vec::is_empty) {
            Mode::Empty
        } else if filter.with(|f| !f.q.trim().is_empty()) {
            Mode::Ranked
        } else {
            Mode::Grouped
        }
    });
    let count_text = move || {
        let n = results.with(Vec::len);
        if filter.with(Filter::is_empty) {
            format!("{n} codes")
        } else {
            format!("{n} of {total} codes match")
        }
    };
    let ignored = move || {
        finder.ignored.with(|ignored| {
            let mut parts: Vec<String> =
                ignored.tags.iter().map(|t| format!("tag “{t}”")).collect();
            parts.extend(ignored.class.iter().map(|c| format!("class “{c}”")));
            (!parts.is_empty()).then(|| format!("Ignored unknown {}.", parts.join(", ")))
        })
    };

    view! {
        <div class="catalog">
            <h1>"HTTP status codes"</h1>
            <p class="lead">
                "Every registered status code and the vendor codes you meet in browsers, logs and APIs: what each means and how to fix it."
            </p>
            <ClassFilter filter=filter/>
            <TagFilter filter=filter/>
            {move || ignored().map(|text| view! { <p class="notice info">{text}</p> })}
            <p class="result-count" role="status" aria-live="polite">{count_text}</p>
            {move || match mode.get() {
                Mode::Empty => view! { <EmptyState filter=filter/> }.into_any(),
                Mode::Ranked => {
                    view! {
                        <section aria-label="Search results">
                            <CodeList codes=results highlight=highlight/>
                        </section>
                    }
                        .into_any()
                }
                Mode::Grouped => {
                    Class::ALL
                        .into_iter()
                        .map(|class| {
                            let codes = Signal::derive(move || {
                                results.with(|r| r.iter().filter(|c| c.class() == class).copied().collect::<Vec<Code>>())
                            });
                            view! {
                                <Show when=move || codes.with(|c| !c.is_empty())>
                                    <section class="class-group" aria-labelledby=format!("class-{}", class.as_str())>
                                        <h2 id=format!("class-{}", class.as_str())>
                                            {class.as_str()} " " {class.label()}
                                        </h2>
                                        <p class="class-description">{class.description()}</p>
                                        <CodeList codes=codes/>
                                    </section>
                                </Show>
                            }
                        })
                        .collect_view()
                        .into_any()
                }
            }}
            <p class="back-home" class:hidden=move || filter.with(Filter::is_empty)>
                <a href=paths.home()>"Show all codes"</a>
            </p>
        </div>
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
    let chips = catalog::tags()
        .iter()
        .map(|&t| {
            let selected = move || filter.with(|f| f.has_tag(t));
            view! {
                <li>
                    <a
                        class="chip"
                        class:selected=selected
                        href=move || filter.with(|f| paths.catalog(&f.toggle_tag(t)))
                        aria-current=move || selected().then_some("true")
                        title=t.description
                    >
                        {t.label}
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
    let suggestions = Signal::derive(move || {
        filter.with(|f| {
            f.q.trim()
                .parse::<u16>()
                .ok()
                .map(|n| catalog::nearest(n, 4))
                .unwrap_or_default()
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
