//! Saved web pages written for these tests (`tests/pages/`): news-site markup with navigation,
//! cookie banners, ads, share bars, related links and footers; dates in OpenGraph, JSON-LD,
//! microdata-free `<time>` and Dublin Core; pages without a date and with dates that disagree;
//! a legacy encoding; hostile markup. Each page's article text is compared with
//! `tests/pages/NAME.txt` (read and checked by hand; `UPDATE_PAGES=1` rewrites them, then read
//! the diff), and its date, byline, site and canonical URL with the table below.

use dateline::extract::{self, Options};
use dateline::story::{Document, FactKind};
use dateline::web::guard::Limits;
use dateline::web::{self, DateSource, PageError, sniff};
use jiff::civil::{Date, date};
use std::path::PathBuf;

struct Case {
    name: &'static str,
    date: Option<(Date, &'static str)>,
    byline: Option<&'static str>,
    site: Option<&'static str>,
    canonical: Option<&'static str>,
    /// Text that is page furniture and must not be in the article.
    absent: &'static [&'static str],
    /// A warning containing this, or none at all.
    warning: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        name: "ledger-layoffs",
        date: Some((date(2025, 3, 14), "html:article:published_time")),
        byline: Some("Priya Raman"),
        site: Some("The Morning Ledger"),
        canonical: Some("https://ledger.example/business/2025/03/14/harbor-freight-lines-cuts"),
        absent: &[
            "cookies",
            "Accept all",
            "Markets",
            "Share on",
            "Related stories",
            "Port volumes",
            "Sign up",
            "All rights reserved",
            "Tracking",
            "tracking pixel",
            "Hidden comment",
            "min-height",
            "By Priya",
        ],
        warning: None,
    },
    Case {
        name: "jsonld-graph",
        date: Some((date(2024, 6, 3), "html:json-ld:datePublished")),
        byline: Some("Tomás Ortega, Mei Lin"),
        site: Some("Pacific Business Wire"),
        // Relative, and a file has no URL to resolve it against.
        canonical: None,
        absent: &[
            "Log in",
            "Subscribe for",
            "Most read",
            "Rates hold",
            "broken",
        ],
        warning: None,
    },
    Case {
        name: "time-only",
        date: Some((date(2025, 9, 12), "html:time")),
        byline: None,
        site: None,
        canonical: None,
        absent: &["Today: Tuesday", "More local news", "School reopens"],
        warning: None,
    },
    Case {
        name: "no-date",
        date: None,
        byline: None,
        site: Some("Metro Daily"),
        canonical: None,
        absent: &["Weather", "Contact us"],
        warning: None,
    },
    Case {
        name: "conflicting-dates",
        date: Some((date(2024, 11, 5), "html:article:published_time")),
        byline: None,
        site: None,
        canonical: None,
        absent: &[],
        warning: Some(
            "two publication dates, 2024-11-05 (html:article:published_time) and 2024-11-08 (html:json-ld:datePublished)",
        ),
    },
    Case {
        name: "timezones-agree",
        // 03:00 in Tokyo on New Year's Day is 18:00 UTC the day before: the same moment, and
        // the publisher's own day is the one its readers' "today" means.
        date: Some((date(2025, 1, 1), "html:article:published_time")),
        byline: Some("Kenji Sato"),
        site: Some("Asia Markets Today"),
        canonical: None,
        absent: &[],
        warning: None,
    },
    Case {
        name: "latin1-dc-date",
        date: Some((date(2023, 5, 22), "html:dc.date.issued")),
        byline: None,
        site: None,
        canonical: None,
        absent: &["\u{FFFD}"],
        warning: None,
    },
    Case {
        name: "hostile",
        date: None,
        byline: None,
        site: None,
        canonical: None,
        absent: &[
            "STYLE TEXT",
            "SCRIPT TEXT",
            "fake paragraph",
            "SCRIPT IN BODY",
            "NOSCRIPT TEXT",
            "TEMPLATE TEXT",
            "HIDDEN TEXT",
            "COMMENT TEXT",
            "IFRAME TEXT",
            "SVG TEXT",
        ],
        warning: None,
    },
];

fn page_path(name: &str, ext: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages")
        .join(format!("{name}.{ext}"))
}

fn read(name: &str) -> web::Page {
    let bytes = std::fs::read(page_path(name, "html")).expect("test page");
    web::read_bytes(&bytes, None, None).expect("a readable page")
}

#[test]
fn each_page_gives_its_article_text() {
    let update = std::env::var_os("UPDATE_PAGES").is_some();
    let mut wrong = Vec::new();
    for case in CASES {
        let page = read(case.name);
        let expected_path = page_path(case.name, "txt");
        if update {
            std::fs::write(&expected_path, &page.text).expect("write expectation");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).expect("expected text");
        if page.text != expected {
            wrong.push(format!(
                "{}: got\n{}\n--- expected\n{expected}",
                case.name, page.text
            ));
        }
        for furniture in case.absent {
            assert!(
                !page.text.contains(furniture),
                "{}: {furniture:?} is page furniture",
                case.name
            );
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n=====\n"));
}

#[test]
fn each_page_gives_its_date_byline_site_and_canonical_url() {
    for case in CASES {
        let page = read(case.name);
        let got = page.meta.published.map(|p| (p.date, p.source.as_str()));
        let want = case.date.map(|(d, s)| (d, s.to_string()));
        assert_eq!(got, want, "{}: date", case.name);
        assert_eq!(page.meta.byline.as_deref(), case.byline, "{}", case.name);
        assert_eq!(page.meta.site_name.as_deref(), case.site, "{}", case.name);
        assert_eq!(
            page.meta.canonical_url.as_deref(),
            case.canonical,
            "{}",
            case.name
        );
        match case.warning {
            Some(w) => assert!(
                page.warnings.iter().any(|x| x.contains(w)),
                "{}: {:?}",
                case.name,
                page.warnings
            ),
            None => assert!(
                page.warnings.is_empty(),
                "{}: {:?}",
                case.name,
                page.warnings
            ),
        }
    }
}

#[test]
fn every_page_is_known_as_html_by_its_content() {
    for case in CASES {
        let bytes = std::fs::read(page_path(case.name, "html")).expect("test page");
        assert!(sniff::looks_like_html(&bytes), "{}", case.name);
        let text = std::fs::read(page_path(case.name, "txt")).expect("expected text");
        assert!(!sniff::looks_like_html(&text), "{}.txt", case.name);
    }
}

#[test]
fn the_title_is_the_first_line_and_the_headline_is_not_repeated() {
    let page = read("ledger-layoffs");
    let title = "Harbor Freight Lines to cut 1,200 jobs in second round";
    assert_eq!(page.meta.title.as_deref(), Some(title));
    assert!(page.text.starts_with(&format!("{title}\n\nBALTIMORE — ")));
    assert_eq!(page.text.matches(title).count(), 1);
}

#[test]
fn breaks_lists_quotes_and_tables_are_laid_out_as_text() {
    let ledger = read("ledger-layoffs").text;
    assert!(ledger.contains("on a call.\nShares rose 4%"), "<br>");
    assert!(
        ledger.contains("\n\n> The company still plans"),
        "blockquote"
    );
    assert!(
        ledger.contains("\n\n• 400 jobs in regional depots;\n\n"),
        "ul"
    );
    assert!(
        ledger.contains("roughly $140 million"),
        "entities and &nbsp;"
    );
    let deal = read("jsonld-graph").text;
    assert!(deal.contains("\n\nPrice per share | $18.50\n\n"), "table");
    assert!(deal.contains("\n\n2. Cascade shareholders vote"), "ol");
    let strike = read("no-date").text;
    assert!(
        strike.contains("\nNorth       1 an hour\n"),
        "pre keeps its spacing"
    );
}

#[test]
fn the_page_text_is_an_article_dateline_reads_like_any_other() {
    let page = read("ledger-layoffs");
    let options = Options {
        reference_date: page.meta.published.map(|p| p.date),
    };
    let story = extract::extract(Document::new(page.text.clone()), &options);
    let has = |kind: FactKind, text: &str| {
        story
            .facts
            .iter()
            .any(|f| f.kind == kind && f.text(&story.document.text).contains(text))
    };
    assert!(has(FactKind::Money, "$140 million"));
    assert!(has(FactKind::Percent, "9%"));
    assert!(has(FactKind::Count, "1,200 jobs"));
    // "last week" resolves against the page's own date.
    let last_week = story
        .facts
        .iter()
        .find(|f| f.kind == FactKind::Date && f.text(&story.document.text).contains("last week"))
        .expect("a date fact for last week");
    let resolved = last_week.resolved().flatten().map(|t| t.to_string());
    assert_eq!(resolved.as_deref(), Some("2025-W10"));
    // The inline "Advertisement" the reader mode kept is still boilerplate.
    let doc = &story.document;
    let ad = doc
        .paragraphs
        .iter()
        .find(|p| &doc.text[p.span.start..p.span.end] == "Advertisement")
        .expect("the inline ad label");
    assert!(ad.boilerplate);
}

#[test]
fn escapes_written_as_entities_are_raw_text_and_sanitised_like_raw_escapes() {
    let page = read("hostile");
    // Decoded exactly as a raw escape in a text file would be…
    assert!(page.text.contains("an escape\u{1b}[2J that would"));
    assert!(page.text.contains("\u{1b}]52;c;ZXZpbA==\u{7}"));
    // …so whatever shows the text removes them whole, as for a text file.
    let shown = dateline::sanitize::line(&page.text);
    assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}'));
    assert!(shown.contains("an escape that would clear the screen"));
    assert!(!shown.contains("pwned") && !shown.contains("ZXZpbA"));
    assert!(!shown.contains('\u{202E}'), "bidi override neutralised");
}

#[test]
fn ten_megabytes_of_nested_divs_are_refused_at_once() {
    let html = format!(
        "<!doctype html><html><body>{}<p>deep</p></body></html>",
        "<div>".repeat(2_000_000)
    );
    let err = web::read_html(&html, None).expect_err("too deep");
    assert!(matches!(err, PageError::TooComplex(_)));
    assert!(
        err.to_string()
            .contains("nested more than 512 elements deep"),
        "{err}"
    );
    // Nesting work is bounded too: 400 levels, then more tags than the parser is given.
    let limits = Limits::default();
    let wide = "<div>".repeat(400) + &"<span>x</span>".repeat(limits.parse_work as usize / 400);
    let err = web::read_html(&wide, None).expect_err("too much nesting work");
    assert_eq!(
        err.to_string(),
        "a page of more deeply nested elements than dateline parses"
    );
}

#[test]
fn a_page_too_large_for_article_detection_shows_all_its_text() {
    // The default bound is 100,000 elements (more than a debug build parses quickly): the
    // same behaviour under a bound of 1,000.
    let limits = Limits {
        article_elements: 1_000,
        ..Limits::default()
    };
    let paragraphs = limits.article_elements + 1;
    let mut html = String::from("<html><body><nav><a href=/>Home</a></nav>");
    for i in 0..paragraphs {
        html.push_str(&format!("<p>Paragraph {i}.</p>"));
    }
    html.push_str("</body></html>");
    let page = web::read_html_within(&html, None, limits).expect("bounded, not refused");
    assert!(page.warnings[0].contains("too many for article detection"));
    assert!(page.text.starts_with("Paragraph 0.\n\nParagraph 1.\n\n"));
    assert!(
        page.text
            .ends_with(&format!("Paragraph {}.\n", paragraphs - 1))
    );
    assert!(!page.text.contains("Home"), "navigation is still left out");
}

#[test]
fn binary_content_is_refused_even_with_an_html_name() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    assert_eq!(web::read_bytes(png, None, None), Err(PageError::Binary));
    let mut gif = b"GIF89a\x01\x00\x01\x00\x80\x01\x00".to_vec();
    gif.extend(std::iter::repeat_n(0x1Au8, 64));
    assert_eq!(web::read_bytes(&gif, None, None), Err(PageError::Binary));
}

#[test]
fn a_utf16_page_with_a_byte_order_mark_is_decoded() {
    let html = "<html><head><title>Zürich</title></head><body><p>Prices rose 2% in Zürich last month, the statistics office said on Monday.</p></body></html>";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(html.encode_utf16().flat_map(u16::to_le_bytes));
    let page = web::read_bytes(&bytes, None, None).expect("UTF-16 page");
    assert!(
        page.text.starts_with("Zürich\n\nPrices rose 2% in Zürich"),
        "{}",
        page.text
    );
}

#[test]
fn a_page_without_an_article_shows_what_text_it_has() {
    let page = web::read_html(
        "<html><head><title>Only a title</title></head><body></body></html>",
        None,
    )
    .expect("a page");
    assert_eq!(page.text, "Only a title\n");
    let page = web::read_html("", None).expect("an empty page");
    assert_eq!(page.text, "");
}

#[test]
fn date_sources_name_where_the_date_was_found() {
    assert_eq!(
        DateSource::ArticlePublishedTime.as_str(),
        "html:article:published_time"
    );
    assert_eq!(DateSource::JsonLd.as_str(), "html:json-ld:datePublished");
    assert_eq!(DateSource::Meta("dc.date").as_str(), "html:dc.date");
}
