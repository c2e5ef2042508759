//! What the open web reads in a page's head: its canonical address, the link preview (Open Graph and Twitter
//! card), and structured data (JSON-LD: the page's questions as an `FAQPage`, its trail as a
//! `BreadcrumbList`), all written from the catalog at build time, from the same text the page shows.

use super::html::attribute;
use crate::catalog::data::comparisons;
use crate::catalog::filter::Filter;
use crate::catalog::guide::{node, start, Node};
use crate::catalog::lookup::code;
use crate::catalog::text::{plain, shorten};
use crate::routes::{Paths, Route, GUIDE_NAME, SITE_DESCRIPTION, SITE_NAME};
use serde_json::{json, Value};

/// The longest description written: what search results and previews show of it.
pub const MAX_DESCRIPTION_CHARS: usize = 200;

/// The description of a screen, for search results and link previews.
pub fn description(route: Route) -> String {
    let text = match route {
        Route::Code(n) => code(n).map(|c| plain(&c.primary().summary)),
        Route::Guide(i) if i == start() => Some(format!(
            "{GUIDE_NAME} One question at a time, to the status code that fits, with what its response must carry and the close alternatives."
        )),
        Route::Guide(i) => node(i).map(|n| match n {
            Node::Step(s) => format!("{} {GUIDE_NAME}", plain(&s.question)),
            Node::Outcome(o) => plain(&o.why),
        }),
        Route::Compare(i) => comparisons().get(usize::from(i)).map(|c| plain(&c.summary)),
        Route::Bookmarks => Some("The HTTP status codes you bookmarked, kept in this browser.".into()),
        Route::Catalog | Route::NotFound => None,
    };
    shorten(
        &text.unwrap_or_else(|| SITE_DESCRIPTION.to_string()),
        MAX_DESCRIPTION_CHARS,
    )
}

/// The trail from the catalog to a screen: names and absolute links, the screen itself last.
fn breadcrumbs(route: Route, site: &str, paths: Paths) -> Vec<(String, String)> {
    let at = |href: String| format!("{site}{href}");
    let home = ("All codes".to_string(), at(paths.home()));
    let here = (route.title(), at(paths.to(route)));
    match route {
        Route::Code(n) => match code(n) {
            Some(c) => {
                let class = c.class();
                let filter = Filter {
                    class: Some(class),
                    ..Filter::default()
                };
                let class_name = format!("{} {}", class.as_str(), class.label());
                vec![
                    home,
                    (class_name, at(paths.catalog(&filter))),
                    (c.heading(), at(paths.code(n))),
                ]
            }
            None => Vec::new(),
        },
        Route::Guide(i) if i == start() => vec![home, (GUIDE_NAME.to_string(), at(paths.guide()))],
        Route::Guide(i) => {
            let name = node(i).map(Node::title).unwrap_or_default();
            vec![
                home,
                (GUIDE_NAME.to_string(), at(paths.guide())),
                (name, here.1),
            ]
        }
        Route::Compare(i) => {
            let name = comparisons()
                .get(usize::from(i))
                .map(|c| c.title())
                .unwrap_or_default();
            vec![home, (name, here.1)]
        }
        Route::Catalog | Route::Bookmarks | Route::NotFound => Vec::new(),
    }
}

/// The structured data of a screen: its trail, and on a code's page its questions, exactly as the page shows
/// them (every meaning's, in page order).
pub fn structured_data(route: Route, site: &str, paths: Paths) -> Vec<Value> {
    let mut out = Vec::new();
    let trail = breadcrumbs(route, site, paths);
    if !trail.is_empty() {
        let items: Vec<Value> = trail
            .iter()
            .enumerate()
            .map(|(i, (name, url))| json!({"@type": "ListItem", "position": i + 1, "name": name, "item": url}))
            .collect();
        out.push(json!({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}));
    }
    if let Route::Code(n) = route {
        let questions: Vec<Value> = code(n)
            .into_iter()
            .flat_map(|c| c.meanings.iter())
            .flat_map(|e| e.faq.iter())
            .map(|f| {
                json!({"@type": "Question", "name": plain(&f.q),
                       "acceptedAnswer": {"@type": "Answer", "text": plain(&f.a)}})
            })
            .collect();
        if !questions.is_empty() {
            out.push(json!({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}));
        }
    }
    out
}

/// The tags to add to a screen's head, after its `<title>`. `origin` is the site's public origin.
pub fn tags(route: Route, origin: &str, paths: Paths) -> String {
    let url = format!("{origin}{}", paths.to(route));
    let title = route.title();
    let description = description(route);
    let image = format!("{origin}{}/icons/icon-512.png", paths.base());
    let kind = if matches!(route, Route::Code(_) | Route::Compare(_)) {
        "article"
    } else {
        "website"
    };
    let mut lines = vec![
        format!(r#"<link rel="canonical" href="{}">"#, attribute(&url)),
        format!(
            r#"<meta property="og:site_name" content="{}">"#,
            attribute(SITE_NAME)
        ),
        format!(r#"<meta property="og:type" content="{kind}">"#),
        format!(
            r#"<meta property="og:title" content="{}">"#,
            attribute(&title)
        ),
        format!(
            r#"<meta property="og:description" content="{}">"#,
            attribute(&description)
        ),
        format!(r#"<meta property="og:url" content="{}">"#, attribute(&url)),
        format!(
            r#"<meta property="og:image" content="{}">"#,
            attribute(&image)
        ),
        format!(
            r#"<meta property="og:image:alt" content="{}">"#,
            attribute(&format!("{SITE_NAME} logo"))
        ),
        r#"<meta name="twitter:card" content="summary">"#.to_string(),
        format!(
            r#"<meta name="twitter:title" content="{}">"#,
            attribute(&title)
        ),
        format!(
            r#"<meta name="twitter:description" content="{}">"#,
            attribute(&description)
        ),
    ];
    if route == Route::Bookmarks {
        // A reader's own list: nothing for a search engine to index.
        lines.push(r#"<meta name="robots" content="noindex">"#.to_string());
    }
    for data in structured_data(route, origin, paths) {
        // `<` is escaped so that no text can end the block early.
        let json = data.to_string().replace('<', "\\u003c");
        lines.push(format!(
            r#"<script type="application/ld+json">{json}</script>"#
        ));
    }
    lines.join("\n    ")
}
