//! The catalog filter: read from and written to the query string, and what it keeps.

use statuscodes::catalog::data::tag;
use statuscodes::catalog::filter::{encode, Filter};
use statuscodes::catalog::lookup::codes;
use statuscodes::catalog::model::Class;

#[test]
fn the_filter_reads_the_query_string_and_ignores_what_it_does_not_know() {
    let (f, ignored) = Filter::from_query(
        Some("gateway"),
        &["security".into(), "nonsense".into(), "security".into()],
        Some("5XX"),
    );
    assert_eq!(f.q, "gateway");
    assert_eq!(
        f.tags.iter().map(|t| t.id.as_ref()).collect::<Vec<_>>(),
        ["security"]
    );
    assert_eq!(f.class, Some(Class::ServerError));
    assert_eq!(ignored.tags, ["nonsense"]);
    let (_, ignored) = Filter::from_query(None, &[], Some("9xx"));
    assert_eq!(ignored.class.as_deref(), Some("9xx"));
}

#[test]
fn the_filter_writes_a_query_string_that_reads_back_the_same() {
    let (f, _) = Filter::from_query(
        Some("too large & co"),
        &["security".into(), "caching".into()],
        Some("4xx"),
    );
    assert_eq!(
        f.to_query_string(),
        "?q=too%20large%20%26%20co&tag=security&tag=caching&class=4xx"
    );
    assert_eq!(Filter::default().to_query_string(), "");
    assert_eq!(encode("é/?"), "%C3%A9%2F%3F");
}

#[test]
fn a_tag_filter_keeps_exactly_the_codes_with_that_tag() {
    let (f, _) = Filter::from_query(None, &["security".into()], None);
    let shown = f.apply();
    assert!(!shown.is_empty());
    for c in &shown {
        assert!(
            c.meanings.iter().any(|e| e.has_tag("security")),
            "{}",
            c.number
        );
    }
    let expected = codes()
        .filter(|c| c.meanings.iter().any(|e| e.has_tag("security")))
        .count();
    assert_eq!(shown.len(), expected);
}

#[test]
fn every_tag_given_must_match_the_same_meaning() {
    let (both, _) = Filter::from_query(None, &["security".into(), "authentication".into()], None);
    for c in both.apply() {
        assert!(
            c.meanings
                .iter()
                .any(|e| e.has_tag("security") && e.has_tag("authentication")),
            "{}",
            c.number
        );
    }
    let (one, _) = Filter::from_query(None, &["security".into()], None);
    assert!(both.apply().len() <= one.apply().len());
}

#[test]
fn a_class_filter_keeps_one_class_in_number_order() {
    let (f, _) = Filter::from_query(None, &[], Some("3xx"));
    let shown: Vec<u16> = f.apply().iter().map(|c| c.number).collect();
    assert!(shown.iter().all(|n| (300..400).contains(n)));
    let mut sorted = shown.clone();
    sorted.sort();
    assert_eq!(shown, sorted);
    assert!(shown.contains(&301) && shown.contains(&304));
}

#[test]
fn search_text_orders_by_relevance_within_the_filter() {
    let (f, _) = Filter::from_query(Some("timeout"), &[], Some("5xx"));
    let shown: Vec<u16> = f.apply().iter().map(|c| c.number).collect();
    assert_eq!(shown.first(), Some(&504));
    assert!(shown.iter().all(|n| *n >= 500));
}

#[test]
fn toggling_a_tag_adds_then_removes_it() {
    let security = tag("security").unwrap();
    let on = Filter::default().toggle_tag(security);
    assert!(on.has_tag(security));
    assert!(on.toggle_tag(security).tags.is_empty());
}

#[test]
fn the_messages_say_what_was_ignored_and_how_many_match() {
    let (f, ignored) = Filter::from_query(None, &["nope".into()], Some("9xx"));
    assert_eq!(
        ignored.message().as_deref(),
        Some("Ignored unknown tag “nope”, class “9xx”.")
    );
    assert_eq!(f.count_message(102, 102), "102 codes");
    let (f, ignored) = Filter::from_query(None, &["security".into()], None);
    assert_eq!(ignored.message(), None);
    assert_eq!(f.count_message(9, 102), "9 of 102 codes match");
}
