//! The colour theme's stored choice.

use statuscodes::state::theme::Theme;

#[test]
fn the_theme_choice_reads_back_and_ignores_unknown_values() {
    for t in Theme::ALL {
        assert_eq!(Theme::parse(Some(t.as_str())), t);
    }
    assert_eq!(Theme::parse(Some("<script>")), Theme::System);
    assert_eq!(Theme::parse(None), Theme::System);
}
