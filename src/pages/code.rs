use crate::catalog::filter::Filter;
use crate::catalog::guide::comparisons_with;
use crate::catalog::lookup::{code, related, Code};
use crate::catalog::model::Class;
use crate::catalog::shape::{Actor, Entry};
use crate::components::bookmark_button::BookmarkButton;
use crate::components::code_list::CodeList;
use crate::components::exchange::{CurlCommand, Examples};
use crate::components::rich_text::RichText;
use crate::routes::{Paths, Route};
use leptos::prelude::*;

/// `/codes/{code}`: everything about one number, each of its meanings in turn (the registered one first).
#[component]
pub fn CodePage(
    /// The number; the route table only shows this page for numbers the catalog knows.
    number: u16,
) -> impl IntoView {
    code(number).map(|c| view! { <CodeView code=c/> })
}

/// The page of a known code.
#[component]
pub fn CodeView(
    /// The code to show.
    code: Code,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let class: Class = code.class();
    let several = code.meanings.len() > 1;
    let meanings = code
        .meanings
        .iter()
        .map(|e| view! { <Meaning entry=e several=several/> })
        .collect_view();
    let related = related(code.number);
    view! {
        <article class=format!("code-page class-{}", class.as_str())>
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href=paths.home()>"All codes"</a>
                " › "
                <a href=paths.catalog(&Filter { class: Some(class), ..Default::default() })>
                    {class.as_str()} " " {class.label()}
                </a>
            </nav>
            <header class="code-header">
                <h1 tabindex="-1">{code.heading()}</h1>
                <BookmarkButton code=code.number/>
            </header>
            {code.several_note().map(|note| view! { <p class="several">{note}</p> })}
            {meanings}
            <ConfusedWith number=code.number/>
            <section class="related" aria-labelledby="related-heading">
                <h2 id="related-heading">"Related codes"</h2>
                <CodeList codes=Signal::stored(related)/>
            </section>
        </article>
    }
}

/// Links to the comparison pages this code is on: "Often confused with".
#[component]
fn ConfusedWith(
    /// The code.
    number: u16,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let pages: Vec<_> = comparisons_with(number).collect();
    (!pages.is_empty()).then(|| {
        view! {
            <section class="confused" aria-labelledby="confused-heading">
                <h2 id="confused-heading">"Often confused with"</h2>
                <ul>
                    {pages
                        .into_iter()
                        .map(|(i, c)| {
                            view! {
                                <li>
                                    <a href=paths.to(Route::Compare(i))>{c.title()}</a>
                                    ": "
                                    <RichText text=&c.summary/>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// One meaning of a code: every section, headed at level 2, or level 3 under the meaning's own heading when the
/// number has several meanings.
#[component]
fn Meaning(
    /// The meaning.
    entry: &'static Entry,
    /// True when the page shows more than one meaning.
    several: bool,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let id = |section: &str| format!("{}-{section}", entry.anchor());
    let heading = move |text: &'static str, section: &str| {
        let id = id(section);
        if several {
            view! { <h3 id=id>{text}</h3> }.into_any()
        } else {
            view! { <h2 id=id>{text}</h2> }.into_any()
        }
    };
    let section = move |text: &'static str, key: &'static str, body: AnyView| {
        view! {
            <section class=format!("section-{key}") aria-labelledby=id(key)>
                {heading(text, key)}
                {body}
            </section>
        }
    };
    let list = |items: &'static [crate::catalog::shape::Text]| {
        view! { <ul>{items.iter().map(|t| view! { <li><RichText text=t/></li> }).collect_view()}</ul> }.into_any()
    };
    let fixes = Actor::ALL
        .into_iter()
        .filter(|a| entry.fixes.iter().any(|f| f.who == *a))
        .map(|actor| {
            let steps = entry.fixes.iter().filter(|f| f.who == actor);
            view! {
                <div class=format!("fix-group who-{}", actor.as_str())>
                    <p class="who">{actor.label()}</p>
                    <ol>{steps.map(|f| view! { <li><RichText text=&f.text/></li> }).collect_view()}</ol>
                </div>
            }
        })
        .collect_view()
        .into_any();
    let faq = entry
        .faq
        .iter()
        .map(|f| {
            view! {
                <div class="faq-item">
                    <p class="question"><RichText text=&f.q/></p>
                    <p><RichText text=&f.a/></p>
                </div>
            }
        })
        .collect_view()
        .into_any();
    let tags = view! {
        <ul class="tags">
            {entry.tagged().map(|t| view! { <li><a href=paths.tag(&t.id)>{&*t.label}</a></li> }).collect_view()}
        </ul>
    }
    .into_any();
    let overview = view! {
        {entry.origin_note().map(|text| view! { <p class="origin-note">{text}</p> })}
        <p class="summary lead"><RichText text=&entry.summary/></p>
        {entry.overview.iter().map(|p| view! { <p><RichText text=p/></p> }).collect_view()}
    }
    .into_any();
    view! {
        <div class="meaning" id=entry.anchor()>
            {several
                .then(|| {
                    view! {
                        <h2 class="meaning-heading">
                            {&*entry.name} <span class="badge">{entry.origin.label()}</span>
                        </h2>
                    }
                })}
            {section("Overview", "overview", overview)}
            {section("Key details", "details", list(&entry.details))}
            {section("Common causes", "causes", list(&entry.causes))}
            {section("How to fix it", "fixes", fixes)}
            {section("On the wire", "wire", view! { <Examples examples=&entry.examples/> }.into_any())}
            {section("Try it with curl", "curl", view! { <CurlCommand curl=&entry.curl/> }.into_any())}
            {section("Protocol facts", "protocol", view! { <ProtocolFacts entry=entry/> }.into_any())}
            {section("Frequently asked questions", "faq", faq)}
            {section("Tags", "tags", tags)}
        </div>
    }
}

/// The protocol facts: defining document, cacheability, header fields, retry advice and where the code shows up.
#[component]
fn ProtocolFacts(
    /// The meaning.
    entry: &'static Entry,
) -> impl IntoView {
    let p = &entry.protocol;
    let source = &entry.source;
    let headers = if p.headers.is_empty() {
        view! { <p>"No header field is specific to this code."</p> }.into_any()
    } else {
        view! {
            <table class="headers">
                <thead>
                    <tr>
                        <th scope="col">"Header"</th>
                        <th scope="col">"Sent in"</th>
                        <th scope="col">"Required"</th>
                        <th scope="col">"What it carries"</th>
                    </tr>
                </thead>
                <tbody>
                    {p
                        .headers
                        .iter()
                        .map(|h| {
                            view! {
                                <tr>
                                    <td><code>{&*h.name}</code></td>
                                    <td>{h.r#in.as_str()}</td>
                                    <td class=format!("level {}", h.level.as_str())>{h.level.as_str()}</td>
                                    <td><RichText text=&h.note/></td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <dl class="facts">
            <dt>"Defined in"</dt>
            <dd>
                <a href=&*source.url rel="noopener" target="_blank">{source.citation()}</a>
                {source.weak.then(|| view! { <span class="badge weak">"weakly sourced"</span> })}
            </dd>
            <dt>"Status"</dt>
            <dd>{entry.origin.label()}</dd>
            <dt>"Cacheable by default"</dt>
            <dd>{p.cacheable_label()}</dd>
            <dt>"Retry"</dt>
            <dd>
                <strong>{p.retry.verdict.label()}</strong>
                ". "
                <RichText text=&p.retry.advice/>
            </dd>
            <dt>"Where it shows up"</dt>
            <dd>{p.seen.label()}</dd>
            <dt>"Header fields"</dt>
            <dd>{headers}</dd>
        </dl>
    }
}
