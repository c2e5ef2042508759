//! Finding codes: suggestions for a mistyped address, neighbours and related codes.

use statuscodes::catalog::lookup::{code, neighbours, related, suggest, Suggestion, POPULAR};

#[test]
fn unknown_codes_get_the_nearest_known_ones() {
    let numbers = |s: &Suggestion| s.codes().iter().map(|c| c.number).collect::<Vec<u16>>();
    let near = suggest("999");
    assert!(matches!(near, Suggestion::Nearest(_)));
    assert_eq!(numbers(&near).len(), 4);
    assert!(
        numbers(&near).iter().all(|n| *n >= 500),
        "{:?}",
        numbers(&near)
    );
    let near = numbers(&suggest("/codes/419x"));
    assert!(
        near.contains(&418) || near.contains(&419) || near.contains(&421),
        "{near:?}"
    );
    let popular = suggest("abc");
    assert!(matches!(popular, Suggestion::Popular(_)));
    assert_eq!(numbers(&popular), POPULAR);
    assert_eq!(numbers(&suggest("/codes/99999999999999")).len(), 4);
}

#[test]
fn neighbours_stay_in_the_class() {
    let n: Vec<u16> = neighbours(200).iter().map(|c| c.number).collect();
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(n[0] > 200 && n[0] < 300);
    let related: Vec<u16> = related(403).iter().map(|c| c.number).collect();
    assert!(related.contains(&401) && related.contains(&404));
    assert!(!related.contains(&403));
}

#[test]
fn a_code_with_several_meanings_names_them_all_registered_first() {
    let c = code(499).expect("499 has entries");
    assert!(c.meanings.len() >= 2);
    assert!(
        c.heading().starts_with("499 Client Closed Request / "),
        "{}",
        c.heading()
    );
    assert!(c
        .several_note()
        .is_some_and(|n| n.contains("None of them is registered")));
    let c = code(451).expect("451 has entries");
    assert!(c
        .several_note()
        .is_some_and(|n| n.contains("The registered meaning comes first")));
    assert_eq!(code(404).and_then(|c| c.several_note()), None);
}

#[test]
fn a_temporary_registrations_expiry_is_said_against_the_readers_day() {
    use statuscodes::catalog::dates::{day_of, day_of_millis, expiry, Expiry};
    assert_eq!(day_of("1970-01-01"), Some(0));
    assert_eq!(day_of("2026-11-13"), Some(20_770));
    assert_eq!(
        day_of("2024-02-29").map(|d| d - day_of("2024-02-28").unwrap()),
        Some(1)
    );
    assert_eq!(day_of("2026-13-01"), None);
    assert_eq!(
        day_of_millis(1_763_000_000_000.0),
        day_of("2025-11-13").unwrap()
    );
    let expires = "2026-11-13";
    let day = |iso: &str| day_of(iso).unwrap();
    assert_eq!(expiry(expires, day("2026-11-01")), Some(Expiry::Ahead(12)));
    assert_eq!(expiry(expires, day("2026-11-13")), Some(Expiry::Today));
    assert_eq!(expiry(expires, day("2026-12-02")), Some(Expiry::Passed(19)));

    // 104's page, with a fixed clock on either side of the date, and with no clock (prerendered).
    let e = code(104).unwrap().primary();
    let before = e.origin_note(Some(day("2026-11-01"))).unwrap();
    assert!(
        before.contains("due to expire on 2026-11-13 (in 12 days)"),
        "{before}"
    );
    let after = e.origin_note(Some(day("2026-12-02"))).unwrap();
    assert!(
        after.contains("passed 19 days ago")
            && after.contains("check the IANA registry for a renewal"),
        "{after}"
    );
    let unknown = e.origin_note(None).unwrap();
    assert!(
        !unknown.contains("passed") && !unknown.contains("due to"),
        "{unknown}"
    );
    // No sentence of the catalog writes an expiry date: the date lives in the origin only.
    for entry in statuscodes::catalog::entries() {
        let text = serde_json::to_string(entry).unwrap();
        let in_origin = serde_json::to_string(&entry.origin).unwrap();
        let rest = text.replace(&in_origin, "");
        assert!(
            !rest.contains("expires on 20") && !rest.contains("expire on 20"),
            "{}",
            entry.code
        );
    }
}

#[test]
fn registered_codes_name_the_registry_snapshot_they_follow() {
    let registered = code(404).unwrap().primary();
    assert_eq!(
        registered.origin.status_label(),
        "IANA registered (registry as of 2025-09-15)"
    );
    let vendor = code(499).unwrap().primary();
    assert!(!vendor.origin.status_label().contains("registry"));
}
