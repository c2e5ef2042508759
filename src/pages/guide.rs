use crate::catalog::guide::{comparisons_for, node, node_index, Node};
use crate::catalog::lookup::code;
use crate::catalog::shape::{Outcome, Step};
use crate::components::rich_text::RichText;
use crate::routes::{Paths, Route, GUIDE_NAME};
use leptos::prelude::*;

/// `/guide` and `/guide/{step}`: one question of "Which status code should I return?" with its answers as
/// links, or the code where the answers end.
#[component]
pub fn GuidePage(
    /// The node's index; the route table only shows this page for nodes that exist.
    index: u16,
    /// True on the first question.
    start: bool,
) -> impl IntoView {
    match node(index) {
        Some(Node::Step(step)) => view! { <StepView step=step start=start/> }.into_any(),
        Some(Node::Outcome(outcome)) => view! { <OutcomeView outcome=outcome/> }.into_any(),
        None => ().into_any(),
    }
}

/// The link to where an answer leads.
fn next_link(paths: Paths, next: &str) -> String {
    node_index(next).map_or_else(|| paths.guide(), |n| paths.to(Route::Guide(n)))
}

#[component]
fn StepView(step: &'static Step, start: bool) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let answers = step
        .answers
        .iter()
        .enumerate()
        .map(|(i, a)| {
            view! {
                <li>
                    <a class="answer" href=next_link(paths, &a.next) data-answer=i + 1>
                        <kbd aria-hidden="true">{i + 1}</kbd>
                        <span><RichText text=&a.label/></span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let count = step.answers.len();
    view! {
        <div class="guide">
            <p class="kicker">
                {if start {
                    view! { <span>{GUIDE_NAME}</span> }.into_any()
                } else {
                    view! { <a href=paths.guide()>{GUIDE_NAME}</a> }.into_any()
                }}
            </p>
            <h1 tabindex="-1"><RichText text=&step.question/></h1>
            {start
                .then(|| {
                    view! {
                        <p class="lead">
                            "For people writing an API or a site: one question at a time, in the order the decision diagrams use, until the answers settle on a code, with what its response must carry and the close alternatives."
                        </p>
                    }
                })}
            {step.help.as_deref().map(|h| view! { <p class="help-text"><RichText text=h/></p> })}
            <ol class="answers" aria-label="Answers">{answers}</ol>
            <p class="guide-hint">
                {format!("Press 1 to {count}, or move with ↓ and ↑ and press Enter. ")}
                {(!start).then(|| view! { <a href=paths.guide()>"Start over"</a> })}
            </p>
        </div>
    }
}

#[component]
fn OutcomeView(outcome: &'static Outcome) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let heading = code(outcome.code).map_or_else(|| outcome.code.to_string(), |c| c.heading());
    let headers = if outcome.headers.is_empty() {
        view! { <p>"No header field is specific to this answer."</p> }.into_any()
    } else {
        view! {
            <ul class="outcome-headers">
                {outcome
                    .headers
                    .iter()
                    .map(|h| {
                        view! {
                            <li>
                                <code>{&*h.name}</code>
                                " "
                                <span class=format!("level {}", h.level.as_str())>{h.level.as_str()}</span>
                                ": "
                                <RichText text=&h.note/>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let alternatives = outcome
        .alternatives
        .iter()
        .map(|a| {
            let name = code(a.code).map_or_else(|| a.code.to_string(), |c| c.heading());
            view! {
                <li>
                    <a href=paths.code(a.code)>{name}</a>
                    ": "
                    <RichText text=&a.when/>
                </li>
            }
        })
        .collect_view();
    let comparisons = comparisons_for(outcome);
    let compare = (!comparisons.is_empty()).then(|| {
        view! {
            <section aria-labelledby="outcome-compare">
                <h2 id="outcome-compare">"Side by side"</h2>
                <ul class="compare-links">
                    {comparisons
                        .into_iter()
                        .map(|(i, c)| view! { <li><a href=paths.to(Route::Compare(i))>{c.title()}</a></li> })
                        .collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <div class="guide outcome">
            <p class="kicker"><a href=paths.guide()>{GUIDE_NAME}</a></p>
            <h1 tabindex="-1">"Return " {heading.clone()}</h1>
            <p class="lead"><RichText text=&outcome.why/></p>
            <section aria-labelledby="outcome-headers">
                <h2 id="outcome-headers">"What the response carries"</h2>
                {headers}
            </section>
            <section aria-labelledby="outcome-alternatives">
                <h2 id="outcome-alternatives">"Close alternatives"</h2>
                <ul class="alternatives">{alternatives}</ul>
            </section>
            {compare}
            <p class="outcome-actions">
                <a class="button" href=paths.code(outcome.code)>{format!("Everything about {}", outcome.code)}</a>
                " "
                <a href=paths.guide()>"Start over"</a>
            </p>
        </div>
    }
}
