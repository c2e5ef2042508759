//! Finding the code from whatever is in hand: misspelt words, framework constants, pasted lines of every kind,
//! and the vendors' own numbers. The pasted lines come from a corpus of real output (`fixtures/paste-corpus.tsv`:
//! each line as the software printed it, with where it was seen).

use crate::search::first;
use statuscodes::catalog::data::{cloudflare, ecosystems};
use statuscodes::catalog::filter::Filter;
use statuscodes::catalog::paste::{read, Clue, Reading};
use statuscodes::catalog::search::search;

fn codes(text: &str) -> Vec<u16> {
    statuscodes::catalog::paste::codes_of(&read(text))
}

#[test]
fn misspelt_words_find_their_code_below_exact_matches() {
    for (typed, code) in [
        ("Forbiden", 403),
        ("Unathorized", 401),
        ("Unauthorzied", 401),
        ("gatway timeout", 504),
        ("servce unavailable", 503),
        ("teapott", 418),
        ("Misdirectd", 421),
        ("precondtion failed", 412),
    ] {
        assert_eq!(first(typed), code, "{typed}");
    }
    // Partial words are found too.
    assert_eq!(first("unauth"), 401);
    assert_eq!(first("Payload Too"), 413);
    // A typo never outranks a word spelt right: "gone" is 410, not a word one letter away.
    assert_eq!(first("gone"), 410);
    // Short words are not guessed at.
    assert!(search("xq").is_empty());
}

#[test]
fn constants_are_found_with_or_without_their_qualifier_in_any_case() {
    for (typed, code) in [
        ("HTTPStatus.NOT_FOUND", 404),
        ("http.HTTPStatus.UNPROCESSABLE_CONTENT", 422),
        ("http.StatusTeapot", 418),
        ("StatusCode::TOO_MANY_REQUESTS", 429),
        ("http::StatusCode::BAD_GATEWAY", 502),
        ("Response::HTTP_UNPROCESSABLE_ENTITY", 422),
        ("HttpServletResponse.SC_FORBIDDEN", 403),
        ("status.HTTP_404_NOT_FOUND", 404),
        ("HTTP_201_CREATED", 201),
        ("HttpStatusCode.BadGateway", 502),
        ("StatusCodes.Status503ServiceUnavailable", 503),
        ("HttpStatus.I_AM_A_TEAPOT", 418),
        (":unprocessable_entity", 422),
        ("httpstatus.not_found", 404),
        ("NOT_FOUND", 404),
        ("StatusNotFound", 404),
        ("SC_MOVED_TEMPORARILY", 302),
    ] {
        assert_eq!(codes(typed).first(), Some(&code), "{typed}");
    }
}

#[test]
fn every_constant_in_the_catalog_finds_its_own_code() {
    let mut missed = Vec::new();
    for eco in ecosystems() {
        for c in eco.constants.iter() {
            let found = codes(&c.name);
            let word_search = search(&c.name).iter().any(|h| h.code.number == c.code);
            if !found.contains(&c.code) && !word_search {
                missed.push(format!("{} {} ({})", eco.id, c.name, c.code));
            }
        }
    }
    assert!(missed.is_empty(), "{missed:#?}");
}

#[test]
fn a_renamed_constant_says_what_replaces_it() {
    let r = &read(":unprocessable_entity")[0];
    assert!(matches!(r.clue, Clue::Constant(..)));
    let summary = r.summary();
    assert!(
        summary.contains("obsolete") && summary.contains(":unprocessable_content"),
        "{summary}"
    );
    // Words of a constant find it too: camelCase and snake_case are split.
    assert_eq!(first("unprocessable entity"), 422);
}

#[test]
fn a_pasted_line_says_what_was_understood() {
    let line = r#"203.0.113.9 - - [02/Dec/2026:10:15:32 +0000] "POST /api/upload HTTP/1.1" 413 183 "-" "curl/8.5.0""#;
    let readings = read(line);
    assert_eq!(readings.len(), 1, "{readings:#?}");
    assert_eq!(readings[0].code, Some(413));
    let summary = readings[0].summary();
    assert!(
        summary.starts_with("access log") && summary.ends_with("POST /api/upload → 413"),
        "{summary}"
    );
}

#[test]
fn a_load_balancers_status_and_its_targets_are_told_apart() {
    let line = r#"https 2024-03-12T10:15:42.118230Z app/shop-alb/0a1b2c3d4e5f6789 203.0.113.24:51234 10.0.1.7:8080 0.001 -1 -1 502 - 734 282 "GET https://shop.example.com:443/cart HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2"#;
    let readings = read(line);
    let roles: Vec<(Option<String>, Option<u16>)> =
        readings.iter().map(|r| (r.role.clone(), r.code)).collect();
    assert_eq!(
        roles,
        [
            (Some("load balancer".into()), Some(502)),
            (Some("target".into()), None)
        ]
    );
    assert!(readings[1]
        .summary()
        .contains("target - (nothing was sent)"));
}

#[test]
fn the_vendors_own_numbers_are_found() {
    let iis = read("403.14");
    assert_eq!((iis[0].code, iis[0].sub), (Some(403), Some(14)));
    assert!(
        iis[0]
            .iis()
            .is_some_and(|s| s.meaning.contains("directory browsing")),
        "{:?}",
        iis[0].iis()
    );
    assert_eq!(iis[0].anchor().as_deref(), Some("iis-403-14"));
    let page = read("HTTP Error 500.19 - Internal Server Error");
    assert_eq!((page[0].code, page[0].sub), (Some(500), Some(19)));
    for typed in [
        "1020",
        "error 1020",
        "Error 1020 Access denied",
        "Cloudflare 1020",
    ] {
        let r = &read(typed)[0];
        assert_eq!(
            (r.code, r.cloudflare.map(|c| c.error)),
            (Some(403), Some(1020)),
            "{typed}"
        );
    }
    assert_eq!(read("Cloudflare 1015")[0].code, Some(429));
    // Every Cloudflare error is findable by its number alone.
    for c in cloudflare() {
        assert_eq!(
            read(&c.error.to_string())[0].cloudflare.map(|x| x.error),
            Some(c.error)
        );
    }
}

#[test]
fn messages_that_imply_a_code_find_it() {
    let timeout = "2024/06/03 10:22:01 [error] 22#22: *311 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.9, server: api.example.com, request: \"GET /v1/orders HTTP/1.1\"";
    assert_eq!(codes(timeout), [504]);
    let loop_ = codes("ERR_TOO_MANY_REDIRECTS");
    assert_eq!(loop_, [301, 302, 303, 307, 308]);
}

#[test]
fn numbers_that_are_not_the_status_are_never_taken_for_it() {
    for text in [
        "Content-Length: 404",
        "connect to 203.0.113.5:443 took 502 ms",
        "copyright 2024 example.com, all 500 pages",
        "2023/04/11 09:12:44 [notice] 404#404: signal process started",
        "File \"app.py\", line 500, in handler",
        "PID 301 exited with status 1",
    ] {
        assert_eq!(read(text), Vec::<Reading>::new(), "{text}");
    }
}

#[test]
fn a_huge_or_hostile_paste_is_read_as_text_from_its_start() {
    let junk: String = (0..20_000)
        .map(|i| char::from(b'!' + (i % 90) as u8))
        .collect();
    let _ = read(&junk);
    let script = "<script>alert(1)</script><img src=x onerror=alert(2)> HTTP/1.1 403 Forbidden";
    assert_eq!(codes(script), [403]);
    let long = format!("{} HTTP/1.1 502 Bad Gateway", "x ".repeat(10_000));
    assert!(
        codes(&long).is_empty(),
        "what lies beyond the characters read is not read"
    );
    let binary: String = (0u8..=255).map(char::from).cycle().take(20_000).collect();
    let _ = read(&binary);
}

#[test]
fn the_filter_shows_the_codes_a_paste_names_in_the_order_found() {
    let (f, _) = Filter::from_query(Some("< HTTP/2 304\nHTTP/1.1 200 OK"), &[], None);
    let found = f.find();
    let shown: Vec<u16> = found.codes.iter().map(|c| c.number).collect();
    assert_eq!(shown, [304, 200]);
    assert_eq!(found.readings.len(), 2);
    let (opened, _) = Filter::from_query(Some("HTTPStatus.NOT_FOUND"), &[], None);
    assert_eq!(opened.named_code(), Some(404));
    let (words, _) = Filter::from_query(Some("not found"), &[], None);
    assert_eq!(words.named_code(), None, "words are searched, not opened");
}

/// The corpus: format, expected codes (`|`-separated), role, text (with `\t` and `\n` written out), source.
fn corpus() -> Vec<(String, Vec<u16>, String, String)> {
    std::fs::read_to_string("tests/native/fixtures/paste-corpus.tsv")
        .expect("the corpus")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let expected = cols[1].split('|').filter_map(|c| c.parse().ok()).collect();
            let text = cols[3].replace("\\n", "\n").replace("\\t", "\t");
            (cols[0].to_string(), expected, cols[2].to_string(), text)
        })
        .collect()
}

/// Lines of the corpus that hold no status at all, only the body of a page whose status line was not pasted:
/// nothing in them can say which code it was.
const WITHOUT_ANY_STATUS: [&str; 2] = ["Module\t   IIS Web Core", "Detailed Error Information:"];

#[test]
fn real_pasted_text_of_every_format_finds_its_code() {
    let mut missed = Vec::new();
    let mut total = 0;
    let rows = corpus().into_iter().filter(|r| r.0 != "negative");
    for (format, expected, _, text) in
        rows.filter(|r| !WITHOUT_ANY_STATUS.iter().any(|w| r.3.starts_with(w)))
    {
        total += 1;
        let found = codes(&text);
        if !expected.iter().any(|e| found.contains(e))
            || found
                .iter()
                .any(|f| !expected.contains(f) && found.len() == 1)
        {
            missed.push(format!(
                "{format}: expected {expected:?}, found {found:?}: {}",
                text.chars().take(120).collect::<String>()
            ));
        }
    }
    assert!(
        missed.is_empty(),
        "{} of {total} missed:\n{}",
        missed.len(),
        missed.join("\n")
    );
}

#[test]
fn real_text_with_numbers_that_are_not_statuses_finds_none() {
    let mut wrong = Vec::new();
    for (_, _, _, text) in corpus().into_iter().filter(|r| r.0 == "negative") {
        let found = codes(&text);
        if !found.is_empty() {
            wrong.push(format!(
                "found {found:?} in: {}",
                text.chars().take(160).collect::<String>()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
