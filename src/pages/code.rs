use super::{set_title, NotFoundView};
use crate::catalog::{self, parse_code, Actor, Code, Entry, Origin, RegistryStatus, Seen};
use crate::components::{BookmarkButton, CodeList, RichText};
use crate::routes::{code_heading, Paths, Route};
use crate::scoped::provide_page_scope;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/codes/{code}`: everything about one number, each of its meanings in turn (the registered one first), or the
/// not-found view for an unknown or malformed code.
#[component]
pub fn CodePage() -> impl IntoView {
    // For the whole page, not per code: the content below is rebuilt when the code changes, and views being
    // dropped may still read the scope while that happens.
    provide_page_scope();
    let params = use_params_map();
    let segment = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let code = Memo::new(move |_| segment.with(|s| parse_code(s)).and_then(catalog::code));
    Effect::new(move |_| {
        let route = code
            .get()
            .map_or(Route::NotFound, |c| Route::Code(c.number));
        set_title(&route.title());
    });
    move || match code.get() {
        Some(c) => view! { <CodeView code=c/> }.into_any(),
        None => view! { <NotFoundView asked=segment.get()/> }.into_any(),
    }
}

/// The page of a known code.
#[component]
pub fn CodeView(
    /// The code to show.
    code: Code,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let class = code.class();
    let several = code.meanings.len() > 1;
    let meanings = code
        .meanings
        .iter()
        .map(|e| view! { <Meaning entry=e several=several/> })
        .collect_view();
    let related = catalog::related(code.number);
    view! {
        <article class=format!("code-page class-{}", class.as_str())>
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href=paths.home()>"All codes"</a>
                " › "
                <a href=paths.catalog(&catalog::filter::Filter { class: Some(class), ..Default::default() })>
                    {class.as_str()} " " {class.label()}
                </a>
            </nav>
            <header class="code-header">
                <h1 tabindex="-1">{code_heading(&code)}</h1>
                <BookmarkButton code=code.number/>
            </header>
            {several
                .then(|| {
                    view! {
                        <p class="several">
                            {format!("{} has {} meanings, depending on who sent it. ", code.number, code.meanings.len())}
                            {if code.primary().origin.is_registered() {
                                "The registered meaning comes first."
                            } else {
                                "None of them is registered with IANA."
                            }}
                        </p>
                    }
                })}
            {meanings}
            <section class="related" aria-labelledby="related-heading">
                <h2 id="related-heading">"Related codes"</h2>
                <CodeList codes=Signal::stored(related)/>
            </section>
        </article>
    }
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
    let id = |section: &str| format!("{}-{}-{section}", entry.code, origin_id(entry.origin));
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
    let list = |items: &'static [&'static str]| {
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
                    <ol>{steps.map(|f| view! { <li><RichText text=f.text/></li> }).collect_view()}</ol>
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
                    <p class="question"><RichText text=f.q/></p>
                    <p><RichText text=f.a/></p>
                </div>
            }
        })
        .collect_view()
        .into_any();
    let tags = view! {
        <ul class="tags">
            {entry.tags.iter().map(|t| view! { <li><a href=paths.tag(t.id)>{t.label}</a></li> }).collect_view()}
        </ul>
    }
    .into_any();
    let overview = view! {
        {origin_note(entry).map(|text| view! { <p class="origin-note">{text}</p> })}
        <p class="summary lead"><RichText text=entry.summary/></p>
        {entry.overview.iter().map(|p| view! { <p><RichText text=p/></p> }).collect_view()}
    }
    .into_any();
    view! {
        <div class="meaning" id=format!("{}-{}", entry.code, origin_id(entry.origin))>
            {several
                .then(|| {
                    view! {
                        <h2 class="meaning-heading">
                            {entry.name} <span class="badge">{entry.origin.label()}</span>
                        </h2>
                    }
                })}
            {section("Overview", "overview", overview)}
            {section("Key details", "details", list(entry.details))}
            {section("Common causes", "causes", list(entry.causes))}
            {section("How to fix it", "fixes", fixes)}
            {section("Protocol facts", "protocol", view! { <ProtocolFacts entry=entry/> }.into_any())}
            {section("Frequently asked questions", "faq", faq)}
            {section("Tags", "tags", tags)}
        </div>
    }
}

fn origin_id(origin: Origin) -> &'static str {
    match origin {
        Origin::Iana(_) => "iana",
        Origin::Vendor(v) => v.id,
    }
}

/// A sentence on where the meaning comes from, when it is anything but a permanent registration.
pub fn origin_note(entry: &Entry) -> Option<String> {
    let mut text = match entry.origin {
        Origin::Iana(RegistryStatus::Permanent) => return None,
        Origin::Iana(RegistryStatus::Temporary { expires }) => format!(
            "A temporary IANA registration, due to expire on {expires} unless it is renewed or made permanent."
        ),
        Origin::Iana(RegistryStatus::Obsoleted) => "Obsoleted: the registration remains, but the code is no longer in use.".into(),
        Origin::Iana(RegistryStatus::Unused) => "Reserved: the registry marks this number as unused.".into(),
        Origin::Vendor(v) => format!("Not a standard code: {} uses it.", v.name),
    };
    if entry.source.weak {
        text.push_str(" Weakly sourced: only secondary lists attest it.");
    }
    match entry.protocol.seen {
        Seen::Wire => {}
        other => {
            text.push(' ');
            text.push_str(other.label());
            text.push('.');
        }
    }
    Some(text)
}

/// The protocol facts: defining document, cacheability, header fields, retry advice and where the code shows up.
#[component]
fn ProtocolFacts(
    /// The meaning.
    entry: &'static Entry,
) -> impl IntoView {
    let p = &entry.protocol;
    let source = &entry.source;
    let source_text = if source.section.is_empty() {
        source.title.to_string()
    } else {
        format!("{}, section {}", source.title, source.section)
    };
    let headers = if p.headers.is_empty() {
        view! { <p>"No header field is specific to this code."</p> }.into_any()
    } else {
        view! {
            <table class="headers">
                <thead>
                    <tr>
                        <th scope="col">"Header"</th>
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
                                    <td><code>{h.name}</code></td>
                                    <td class=format!("level {}", h.level.as_str())>{h.level.as_str()}</td>
                                    <td><RichText text=h.note/></td>
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
                <a href=source.url rel="noopener" target="_blank">{source_text}</a>
                {source.weak.then(|| view! { <span class="badge weak">"weakly sourced"</span> })}
            </dd>
            <dt>"Status"</dt>
            <dd>{entry.origin.label()}</dd>
            <dt>"Cacheable by default"</dt>
            <dd>
                {if p.cacheable {
                    "Yes: caches may store it without explicit freshness information."
                } else {
                    "No: only with explicit cache headers."
                }}
            </dd>
            <dt>"Retry"</dt>
            <dd>
                <strong>{p.retry.verdict.label()}</strong>
                ". "
                <RichText text=p.retry.advice/>
            </dd>
            <dt>"Where it shows up"</dt>
            <dd>{p.seen.label()}</dd>
            <dt>"Header fields"</dt>
            <dd>{headers}</dd>
        </dl>
    }
}
