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
fn a_title_that_is_the_headline_and_a_suffix_is_the_headline() {
    let headline = "Acme cuts 300 jobs";
    for title in [
        "Acme cuts 300 jobs | Daily Wire",
        "Acme cuts 300 jobs - Business - Daily Wire",
        "Acme cuts 300 jobs — dailywire.example",
    ] {
        assert_eq!(to_headline(title, headline), headline, "{title}");
    }
    for title in [
        "Acme cuts 300 jobs",
        "Acme cuts 300 jobs in Ohio",
        "Acme cuts 300 jobs | ",
        "Daily Wire | Acme cuts 300 jobs",
    ] {
        assert_eq!(to_headline(title, headline), title, "{title}");
    }
    assert_eq!(to_headline("Acme | Wire", ""), "Acme | Wire");
    // A site's logo as the page's <h1>.
    let logo = "Daily Wire | Acme cuts 300 jobs";
    assert_eq!(to_headline(logo, "Daily Wire"), logo);
    assert_eq!(
        to_headline(
            "The Morning Ledger | Acme cuts 300 jobs",
            "The Morning Ledger"
        ),
        "The Morning Ledger | Acme cuts 300 jobs"
    );
    let page = read_html(
        "<html><head><title>Acme cuts 300 jobs | Daily Wire</title></head><body>\
         <nav><a href=/>Home</a></nav><article><h1>Acme cuts 300 jobs</h1>\
         <p>Acme said on Friday it would cut 300 jobs at its Ohio plant.</p></article></body></html>",
        None,
    )
    .expect("a page");
    assert_eq!(page.meta.title.as_deref(), Some(headline));
    assert!(
        page.text.starts_with("Acme cuts 300 jobs\n\nAcme said"),
        "{}",
        page.text
    );
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
