use crate::catalog::data::comparisons;
use crate::catalog::lookup::code;
use crate::catalog::shape::Comparison;
use crate::components::rich_text::RichText;
use crate::routes::Paths;
use leptos::prelude::*;

/// `/compare/{codes}`: codes people confuse, side by side: the facts that differ, when to use each, and real
/// situations that make the difference clear.
#[component]
pub fn ComparePage(
    /// The comparison's index; the route table only shows this page for comparisons that exist.
    index: u16,
) -> impl IntoView {
    comparisons()
        .get(usize::from(index))
        .map(|c| view! { <ComparisonView comparison=c/> })
}

fn name(n: u16) -> String {
    code(n).map_or_else(|| n.to_string(), |c| format!("{n} {}", c.primary().name))
}

#[component]
fn ComparisonView(comparison: &'static Comparison) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let head = comparison
        .codes
        .iter()
        .map(|n| view! { <th scope="col"><a href=paths.code(*n)>{name(*n)}</a></th> })
        .collect_view();
    let rows = comparison
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{&*r.aspect}</th>
                    {r.values.iter().map(|v| view! { <td><RichText text=v/></td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let choose = comparison
        .choose
        .iter()
        .map(|c| {
            view! {
                <li>
                    <a href=paths.code(c.code)><strong>{c.code}</strong></a>
                    ": "
                    <RichText text=&c.when/>
                </li>
            }
        })
        .collect_view();
    let examples = comparison
        .examples
        .iter()
        .map(|x| {
            view! {
                <li>
                    <p class="situation"><RichText text=&x.situation/></p>
                    <p>
                        <a href=paths.code(x.code)><strong>{name(x.code)}</strong></a>
                        ". "
                        <RichText text=&x.why/>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="comparison">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href=paths.home()>"All codes"</a>
                " › Compare"
            </nav>
            <h1 tabindex="-1">{comparison.title()}</h1>
            <p class="lead"><RichText text=&comparison.summary/></p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="The differences, side by side">
                <table class="compare-table">
                    <thead>
                        <tr>
                            <td></td>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <section aria-labelledby="compare-choose">
                <h2 id="compare-choose">"Which one to use"</h2>
                <ul class="choose">{choose}</ul>
            </section>
            <section aria-labelledby="compare-examples">
                <h2 id="compare-examples">"Examples"</h2>
                <ul class="situations">{examples}</ul>
            </section>
        </article>
    }
}
