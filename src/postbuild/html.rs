//! Rewriting the built HTML with `lol_html`, the rewriter Trunk itself uses: selectors and element handlers,
//! never string search. Every step says what it relies on, and stops the build when the page lacks it.

use lol_html::html_content::ContentType;
use lol_html::{rewrite_str, ElementContentHandlers, RewriteStrSettings, Selector};
use std::borrow::Cow;
use std::cell::Cell;
use std::rc::Rc;

pub use lol_html::html_content::{Element, TextChunk};

/// A handler's result, as `lol_html` wants it.
pub type HandlerResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// What an element handler must find: the selector and, for the error, what the element is in words.
pub struct Expect {
    selector: &'static str,
    what: &'static str,
    found: Rc<Cell<usize>>,
}

impl Expect {
    /// The page must hold at least one element matching `selector`; `what` says in words what it is.
    pub fn new(selector: &'static str, what: &'static str) -> Expect {
        Expect {
            selector,
            what,
            found: Rc::new(Cell::new(0)),
        }
    }

    /// The handler for every element matching the selector, counting them.
    pub fn on<'h>(
        &self,
        mut handle: impl FnMut(&mut Element) -> HandlerResult + 'h,
    ) -> Result<(Cow<'static, Selector>, ElementContentHandlers<'h>), String> {
        let selector: Selector = self
            .selector
            .parse()
            .map_err(|e| format!("the selector `{}` is not valid: {e}", self.selector))?;
        let found = self.found.clone();
        Ok((
            Cow::Owned(selector),
            ElementContentHandlers::default().element(move |el: &mut Element| {
                found.set(found.get() + 1);
                handle(el)
            }),
        ))
    }

    /// An error when no element matched.
    pub fn check(&self, page: &str) -> Result<(), String> {
        if self.found.get() == 0 {
            Err(format!(
                "{page} has no {} (`{}`): Trunk's output is not what this step relies on",
                self.what, self.selector
            ))
        } else {
            Ok(())
        }
    }
}

/// Runs `handlers` over `html`, then checks that each of `expected` matched.
pub fn rewrite<'h>(
    page: &str,
    html: &str,
    handlers: Vec<(Cow<'static, Selector>, ElementContentHandlers<'h>)>,
    expected: &[&Expect],
) -> Result<String, String> {
    let out = rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: handlers,
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| format!("{page} could not be rewritten: {e}"))?;
    for e in expected {
        e.check(page)?;
    }
    Ok(out)
}

/// HTML for an element's content or markup.
pub const HTML: ContentType = ContentType::Html;

/// Plain text, escaped by the rewriter.
pub const TEXT: ContentType = ContentType::Text;

/// Escapes a value for a double-quoted attribute (`&` and `"`; the rewriter only escapes `"` itself).
pub fn attribute(value: &str) -> String {
    html_escape::encode_double_quoted_attribute(value).into_owned()
}

/// An inline `<script>` running `source` (a file next to this one) with `config` as its argument, written as
/// JSON: `source` is a function expression, `(function (config) { … })`. `<` is escaped in the JSON so that no
/// value can end the script early.
pub fn inline_script(source: &str, config: &impl serde::Serialize) -> Result<String, String> {
    let json = serde_json::to_string(config).map_err(|e| e.to_string())?;
    let body = format!("{}({});", minify(source), json.replace('<', "\\u003c"));
    Ok(format!("<script>{body}</script>"))
}

/// The source without its comment lines, blank lines and indentation: what the page needs of it. Only whole
/// lines starting with `//` are comments here, so strings and expressions are never touched.
pub fn minify(source: &str) -> String {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Appends `html` to the page's `<head>`: where a script that must run before the first paint goes, after the
/// policy and every `<meta>` it reads.
pub fn append_to_head(page: &str, html: &str) -> Result<String, String> {
    let head = Expect::new("head", "<head>");
    let html = html.to_string();
    let handler = head.on(move |el| {
        el.append(&html, HTML);
        Ok(())
    })?;
    rewrite("index.html", page, vec![handler], &[&head])
}
