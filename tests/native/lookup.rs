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
