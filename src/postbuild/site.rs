//! The site's public origin, for the absolute URLs the open web needs (the OpenSearch description, and the
//! sitemap, canonical links and link previews). A build setting beside Trunk's `--public-url`: the environment
//! variable `STATUSCODES_ORIGIN` (`https://status.example.com`), by default `http://127.0.0.1:8080`, the address
//! `.ci/serve` serves. A value with a trailing slash is normalised; one with a path or without a scheme stops
//! the build with a message saying what to write instead.

use super::html::attribute;
use crate::routes::{Paths, Route};

/// The environment variable that sets the origin.
pub const ORIGIN_VARIABLE: &str = "STATUSCODES_ORIGIN";

/// The origin when none is set: where `.ci/serve` serves the site.
pub const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";

/// The origin from the variable's value (`None` when it is not set): `scheme://host[:port]`, lower-case, no
/// trailing slash.
pub fn origin_from(value: Option<&str>) -> Result<String, String> {
    let Some(raw) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(DEFAULT_ORIGIN.to_string());
    };
    let refuse = |why: &str| {
        Err(format!(
            "{ORIGIN_VARIABLE}=`{raw}` {why}: write the scheme and host only, such as https://status.example.com (the path goes in trunk's --public-url)"
        ))
    };
    let lower = raw.to_ascii_lowercase();
    let Some((scheme, rest)) = lower.split_once("://") else {
        return refuse("has no scheme");
    };
    if scheme != "https" && scheme != "http" {
        return refuse("is not an http or https address");
    }
    let host = rest.trim_end_matches('/');
    if host.is_empty() {
        return refuse("has no host");
    }
    if host.contains(['/', '?', '#']) {
        return refuse("has a path, a query or a fragment");
    }
    if host.contains(|c: char| c.is_whitespace() || c == '@') {
        return refuse("is not a plain host name");
    }
    Ok(format!("{scheme}://{host}"))
}

/// The origin this build uses, from the environment.
pub fn origin() -> Result<String, String> {
    origin_from(std::env::var(ORIGIN_VARIABLE).ok().as_deref())
}

/// The OpenSearch description: the site as a search engine of the browser's address bar, landing on the catalog
/// with `?q=` (and `open=1`, which opens the code at once when the text names one).
pub fn opensearch(origin: &str, base: &str) -> String {
    let site = attribute(&format!("{origin}{base}"));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>HTTP status codes</ShortName>
  <Description>Find an HTTP status code by number, name, framework constant, or a pasted log line or error.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">{site}/icons/icon.svg</Image>
  <Url type="text/html" method="get" template="{site}/?q={{searchTerms}}&amp;open=1"/>
  <moz:SearchForm>{site}/</moz:SearchForm>
</OpenSearchDescription>
"#
    )
}

/// The sitemap: the absolute address of every screen that has a page of its own, but the reader's own
/// bookmarks.
pub fn sitemap(origin: &str, paths: Paths) -> String {
    let urls: String = Route::prerendered()
        .filter(|r| *r != Route::Bookmarks)
        .map(|r| {
            format!(
                "  <url><loc>{}</loc></url>\n",
                attribute(&format!("{origin}{}", paths.to(r)))
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    )
}

/// `robots.txt`: everything may be crawled, and the sitemap says where everything is.
pub fn robots(origin: &str, base: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {origin}{base}/sitemap.xml\n")
}
