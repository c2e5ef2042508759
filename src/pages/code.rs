use crate::catalog::body::Body as EntryBody;
use crate::catalog::filter::Filter;
use crate::catalog::guide::comparisons_with;
use crate::catalog::lookup::{
    cloudflare_for, cloudflare_without_status, code, constants_for, iis_for, related, Code,
    CLOUDFLARE_USUAL,
};
use crate::catalog::model::Class;
use crate::catalog::paste::{cloudflare_anchor, iis_anchor};
use crate::catalog::shape::{Actor, Entry, Text};
use crate::catalog::shape::{CloudflareError, ConstantState};
use crate::components::bookmark_button::BookmarkButton;
use crate::components::code_list::CodeList;
use crate::components::exchange::{CurlCommand, Examples};
use crate::components::kept::{offered, Kept};
use crate::components::rich_text::RichText;
use crate::routes::{Paths, Route};
use crate::state::clock::today;
use crate::state::texts::{use_texts, Arrival, Texts};
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
            <Kept key=format!("constants-{}", code.number)><InYourCode number=code.number/></Kept>
            <Kept key=format!("iis-{}", code.number)><IisSubstatuses number=code.number/></Kept>
            <Kept key=format!("cloudflare-{}", code.number)><CloudflareErrors number=code.number/></Kept>
            <Kept key=format!("confused-{}", code.number)><ConfusedWith number=code.number/></Kept>
            <section class="related" aria-labelledby="related-heading">
                <h2 id="related-heading">"Related codes"</h2>
                <CodeList codes=Signal::stored(related)/>
            </section>
        </article>
    }
}

/// The constants developers type for this code, per ecosystem, with renamed and deprecated names marked and
/// what replaces them.
#[component]
fn InYourCode(
    /// The code.
    number: u16,
) -> impl IntoView {
    let by_ecosystem = constants_for(number);
    (!by_ecosystem.is_empty()).then(|| {
        let rows = by_ecosystem
            .into_iter()
            .map(|(eco, constants)| {
                let names = constants
                    .into_iter()
                    .map(|c| {
                        let mark = match c.state {
                            ConstantState::Current => None,
                            ConstantState::Alias => Some("alias"),
                            ConstantState::Deprecated => Some("deprecated"),
                            ConstantState::Obsolete => Some("obsolete"),
                        };
                        view! {
                            <li class=format!("constant {}", mark.unwrap_or("current"))>
                                <code>{&*c.name}</code>
                                {mark.map(|m| view! { " " <span class="badge state">{m}</span> })}
                                {c.r#use.as_deref().map(|u| view! { " use " <code>{u}</code> })}
                                {c.note.as_deref().map(|n| view! { <span class="constant-note">" " <RichText text=n/></span> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{&*eco.name} <span class="api">{&*eco.api}</span></th>
                        <td><ul class="constants">{names}</ul></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="in-your-code" aria-labelledby="constants-heading">
                <h2 id="constants-heading">"In your code"</h2>
                <p>"The names frameworks give this code, read from each project's source."</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Constants by framework">
                    <table class="constants-table">
                        <thead>
                            <tr>
                                <th scope="col">"Framework"</th>
                                <th scope="col">"Constant"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        }
    })
}

/// The IIS sub-statuses of this code, each with its own anchor (`#iis-403-14`).
#[component]
fn IisSubstatuses(
    /// The code.
    number: u16,
) -> impl IntoView {
    let subs: Vec<_> = iis_for(number).collect();
    (!subs.is_empty()).then(|| {
        let items = subs
            .into_iter()
            .map(|s| {
                let context = s.context.as_deref().map(|c| format!(" ({c})")).unwrap_or_default();
                view! {
                    <li id=iis_anchor(s)>
                        <strong><code>{format!("{}.{}", s.code, s.sub)}</code> {context}</strong>
                        " "
                        <RichText text=&s.meaning/>
                        <span class=format!("sub-fix who-{}", s.who.as_str())>" " <RichText text=&s.fix/></span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="vendor-numbers" aria-labelledby="iis-heading">
                <h2 id="iis-heading">"IIS sub-status codes"</h2>
                <p>"IIS adds a number after the dot in its logs and detailed error pages; it says which check failed."</p>
                <ul class="subcodes">{items}</ul>
            </section>
        }
    })
}

fn cloudflare_item(c: &'static CloudflareError) -> impl IntoView {
    let title = c
        .title
        .as_deref()
        .map(|t| format!(" {t}"))
        .unwrap_or_default();
    view! {
        <li id=cloudflare_anchor(c)>
            <strong>{format!("Error {}", c.error)} {title}</strong>
            " "
            <RichText text=&c.meaning/>
            <span class=format!("sub-fix who-{}", c.who.as_str())>" " <RichText text=&c.fix/></span>
        </li>
    }
}

/// The Cloudflare 1xxx errors that come with this code; on the page of the code most of them come with, also
/// those whose status Cloudflare's documentation does not give.
#[component]
fn CloudflareErrors(
    /// The code.
    number: u16,
) -> impl IntoView {
    let errors: Vec<_> = cloudflare_for(number).collect();
    let unknown: Vec<_> = if number == CLOUDFLARE_USUAL {
        cloudflare_without_status().collect()
    } else {
        Vec::new()
    };
    (!errors.is_empty() || !unknown.is_empty()).then(|| {
        let items = errors.into_iter().map(cloudflare_item).collect_view();
        let others = (!unknown.is_empty()).then(|| {
            view! {
                <h3>"Status not documented"</h3>
                <p>"Cloudflare's documentation names no HTTP status for these; it says most 1xxx errors come with 403."</p>
                <ul class="subcodes">{unknown.into_iter().map(cloudflare_item).collect_view()}</ul>
            }
        });
        view! {
            <section class="vendor-numbers" aria-labelledby="cloudflare-heading">
                <h2 id="cloudflare-heading">"Cloudflare 1xxx errors"</h2>
                <p>{format!("Cloudflare's error page names a 1xxx error in its body; these come with HTTP {number}.")}</p>
                <ul class="subcodes">{items}</ul>
                {others}
            </section>
        }
    })
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

/// The body of a section, built only when it is shown.
type Body = Box<dyn FnOnce() -> AnyView + Send>;

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
    // A section that depends only on the build, kept from the prerendered page at the take-over (so its body
    // is built only when it is not).
    let kept = move |text: &'static str, key: &'static str, body: Body| {
        view! { <Kept key=id(key)>{section(text, key, body())}</Kept> }
    };
    // The long text comes with the app's first page built rather than kept (see `state::texts`).
    let texts = use_texts();
    let fixes = |body: &'static EntryBody| {
        Actor::ALL
            .into_iter()
            .filter(|a| body.fixes.iter().any(|f| f.who == *a))
            .map(|actor| {
                let steps = body.fixes.iter().filter(move |f| f.who == actor);
                view! {
                    <div class=format!("fix-group who-{}", actor.as_str())>
                        <p class="who">{actor.label()}</p>
                        <ol>{steps.map(|f| view! { <li><RichText text=&f.text/></li> }).collect_view()}</ol>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    // Each question is a heading one level below its section's, so that a screen reader moves from one question
    // to the next as it moves between headings.
    let faq = move |body: &'static EntryBody| {
        body.faq
            .iter()
            .map(|f| {
                let question = view! { <RichText text=&f.q/> };
                view! {
                    <div class="faq-item">
                        {if several {
                            view! { <h4 class="question">{question}</h4> }.into_any()
                        } else {
                            view! { <h3 class="question">{question}</h3> }.into_any()
                        }}
                        <p><RichText text=&f.a/></p>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };

    let tags = move || {
        view! {
            <ul class="tags">
                {entry.tagged().map(|t| view! { <li><a href=paths.tag(&t.id)>{&*t.label}</a></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    // The note on the registration's state reads the reader's clock, so only the text below it is kept.
    let overview = view! {
        {entry.origin_note(today()).map(|text| view! { <p class="origin-note">{text}</p> })}
        <Kept key=id("overview-text")>
            <p class="summary lead"><RichText text=&entry.summary/></p>
            {long_text(texts, entry, |b| b.overview.iter().map(|p| view! { <p><RichText text=p/></p> }).collect_view().into_any())}
        </Kept>
    }
    .into_any();
    // The sections after the overview: kept at the take-over; on a page the app builds, shown together once the
    // long text is here (until then the overview says where it is, once for the page).
    let sections = move || {
        view! {
            {kept("Key details", "details", Box::new(move || long_text(texts, entry, |b| list(&b.details))))}
            {kept("Common causes", "causes", Box::new(move || long_text(texts, entry, |b| list(&b.causes))))}
            {kept("How to fix it", "fixes", Box::new(move || long_text(texts, entry, fixes)))}
            // Their copy buttons work through one handler for the whole page (`components::copy_button`).
            {kept("On the wire", "wire", Box::new(move || long_text(texts, entry, |b| view! { <Examples examples=&b.examples/> }.into_any())))}
            {kept("Try it with curl", "curl", Box::new(move || long_text(texts, entry, |b| view! { <CurlCommand curl=&b.curl/> }.into_any())))}
            {kept("Protocol facts", "protocol", Box::new(move || view! { <ProtocolFacts entry=entry/> }.into_any()))}
            {kept("Frequently asked questions", "faq", Box::new(move || long_text(texts, entry, faq)))}
            {kept("Tags", "tags", Box::new(tags))}
        }
    };
    let rest = if offered(&id("details")) {
        sections().into_any()
    } else {
        (move || texts.body(entry).is_ok().then(sections)).into_any()
    };
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
            {rest}
        </div>
    }
}

/// A list of the entry's text, one item a line.
fn list(items: &'static [Text]) -> AnyView {
    view! { <ul>{items.iter().map(|t| view! { <li><RichText text=t/></li> }).collect_view()}</ul> }
        .into_any()
}

/// What `show` makes of the entry's long text, once it is here; until then a line that says it is on its way, or
/// that it could not be read, with a way to ask again.
fn long_text(
    texts: Texts,
    entry: &'static Entry,
    show: impl Fn(&'static EntryBody) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    (move || match texts.body(entry) {
        Ok(body) => show(body),
        Err(Arrival::Failed) => view! {
            <p class="notice problem text-missing">
                "The rest of this page could not be loaded: check the connection. "
                <button type="button" class="link-button" on:click=move |_| texts.retry()>"Try again"</button>
            </p>
        }
        .into_any(),
        Err(_) => view! { <p class="text-waiting" aria-busy="true">"Loading the rest of this page…"</p> }.into_any(),
    })
    .into_any()
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
            <dd>{entry.origin.status_label()}</dd>
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
