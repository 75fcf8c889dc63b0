use super::*;

#[test]
fn the_title_is_the_first_line_and_never_repeated() {
    assert_eq!(join_title(Some("T"), "T\n\nBody."), "T\n\nBody.\n");
    assert_eq!(join_title(Some("T"), "Body."), "T\n\nBody.\n");
    assert_eq!(join_title(Some("T"), "Tea time."), "T\n\nTea time.\n");
    assert_eq!(join_title(None, "  Body.  "), "Body.\n");
    assert_eq!(join_title(Some("T"), ""), "T\n");
    assert_eq!(join_title(None, " "), "");
}

#[test]
fn the_site_name_is_taken_off_the_title() {
    assert_eq!(
        strip_site("Acme cuts jobs | The Ledger", "The Ledger"),
        "Acme cuts jobs"
    );
    assert_eq!(
        strip_site("Acme cuts jobs — The Ledger", "The Ledger"),
        "Acme cuts jobs"
    );
    assert_eq!(strip_site("The Ledger", "The Ledger"), "The Ledger");
    assert_eq!(strip_site("Acme | Other", "The Ledger"), "Acme | Other");
}

#[test]
fn bylines_lose_their_by() {
    assert_eq!(clean_byline(" By  Jane Doe\n").as_deref(), Some("Jane Doe"));
    assert_eq!(clean_byline("Bylines Inc").as_deref(), Some("Bylines Inc"));
    assert_eq!(clean_byline("   "), None);
    assert_eq!(clean_byline(&"word ".repeat(100)), None);
}

#[test]
fn binary_is_known_by_its_control_bytes() {
    assert!(is_binary(b"<html>\0"));
    assert!(is_binary(&[
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x01, 0x02
    ]));
    assert!(!is_binary(
        b"<p>text with one \x07 bell in a long enough line of text, more than sixty-four bytes</p>"
    ));
    assert!(!is_binary("<p>caf\u{e9} \u{1b}[2J</p>".as_bytes()));
}
