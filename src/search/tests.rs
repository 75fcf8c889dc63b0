//! Unit tests of the pieces: normalisation and its offset map, number and period parsing,
//! word splitting and what the parser makes of each token.

use super::index::split_words;
use super::normal::{Normal, mask, needle};
use super::query::{Term, parse};
use super::value::Filter;
use super::value::{Hint, number, period};
use jiff::civil::Date;

fn d(y: i16, m: i8, day: i8) -> Date {
    Date::constant(y, m, day)
}

#[test]
fn normalising_drops_invisibles_collapses_spaces_and_maps_back() {
    let src = "  Soft\u{200B}Bank\u{00AD}’s  \t\u{202E}ｆund ";
    let mut n = Normal::default();
    n.push(src, 100);
    assert_eq!(n.text, "SoftBank's fund");
    assert_eq!(n.folded, "softbank's fund");
    for (at, c) in n.text.char_indices() {
        let orig = n.original(at) - 100;
        let back = src[orig..].chars().next().unwrap();
        let expect = if c == ' ' {
            back.is_whitespace()
        } else {
            back == c || c == '\'' || c == 'f'
        };
        assert!(expect, "{c:?} at {at} maps to {back:?}");
    }
    assert_eq!(n.original(4), 100 + src.find("Bank").unwrap());
    assert_eq!(
        n.original(n.text.find("fund").unwrap()),
        100 + src.find('ｆ').unwrap()
    );
    assert_eq!(
        n.original(n.text.find("und").unwrap()),
        100 + src.find("und").unwrap()
    );
}

#[test]
fn needles_normalise_like_the_text() {
    assert_eq!(needle(" corporate \u{200B} jobs\n"), "corporate jobs");
    assert_eq!(needle("“quoted”"), "\"quoted\"");
}

#[test]
fn masks_reject_only_impossible_matches() {
    assert_eq!(mask("ab") & !mask("Banana"), 0);
    assert_ne!(mask("abz") & !mask("Banana"), 0);
    assert_eq!(
        mask("Zürich"),
        u64::MAX,
        "non-ASCII may normalise to anything"
    );
}

#[test]
fn numbers_with_magnitudes_separators_and_signs() {
    let v = |s: &str| number(s).map(|n| n.value);
    assert_eq!(v("14000"), Some(14000.0));
    assert_eq!(v("20,000"), Some(20000.0));
    assert_eq!(v("1,234,567.5"), Some(1234567.5));
    assert_eq!(v("10b"), Some(10e9));
    assert_eq!(v("2.5BN"), Some(2.5e9));
    assert_eq!(v("5M"), Some(5e6));
    assert_eq!(v("3k"), Some(3e3));
    assert_eq!(v("1.2t"), Some(1.2e12));
    assert_eq!(v(".5"), Some(0.5));
    assert_eq!(v("-4%"), Some(-4.0));
    assert_eq!(number("$5m").map(|n| n.hint), Some(Hint::Money("USD")));
    assert_eq!(number("€5m").map(|n| n.hint), Some(Hint::Money("EUR")));
    assert_eq!(number("£5").map(|n| n.hint), Some(Hint::Money("GBP")));
    assert_eq!(number("3%").map(|n| n.hint), Some(Hint::Percent));
    for bad in [
        "", "abc", "10x", "$", "1.2.3", ",5", "5,", "1,,0", "$3%", "b", "1.5e9", "%",
    ] {
        assert_eq!(number(bad), None, "{bad}");
    }
}

#[test]
fn periods_cover_their_days() {
    assert_eq!(period("2025"), Some((d(2025, 1, 1), d(2026, 1, 1))));
    assert_eq!(period("2025-10"), Some((d(2025, 10, 1), d(2025, 11, 1))));
    assert_eq!(period("2025-12"), Some((d(2025, 12, 1), d(2026, 1, 1))));
    assert_eq!(period("2025-q4"), Some((d(2025, 10, 1), d(2026, 1, 1))));
    assert_eq!(period("2026-W04"), Some((d(2026, 1, 19), d(2026, 1, 26))));
    assert_eq!(period("2025-03-14"), Some((d(2025, 3, 14), d(2025, 3, 15))));
    for bad in [
        "2025-13",
        "2025-Q5",
        "2025-Q0",
        "2025-W54",
        "2025-02-30",
        "202",
        "2025-1",
        "x2025",
    ] {
        assert_eq!(period(bad), None, "{bad}");
    }
}

#[test]
fn words_are_trimmed_of_punctuation_but_keep_signs() {
    let words: Vec<(usize, &str)> = split_words("(Amazon’s) $10 cut, 4%. — U.S.").collect();
    assert_eq!(
        words,
        [
            (1, "Amazon’s"),
            (13, "$10"),
            (17, "cut"),
            (22, "4%"),
            (30, "U.S")
        ]
    );
}

#[test]
fn tokens_become_the_right_parts() {
    let q = parse("softbank \"Corporate  jobs\" %money %event >10b 2025-Q4").unwrap();
    assert!(matches!(q.terms[0], Term::Word { .. }));
    match &q.terms[1] {
        Term::Phrase {
            text,
            case_sensitive,
            ..
        } => {
            assert_eq!(text, "Corporate jobs");
            assert!(case_sensitive);
        }
        other => panic!("{other:?}"),
    }
    assert_ne!(q.scopes, 0);
    assert!(matches!(q.filters[0], Filter::Number(r) if r.lo == 10e9 && r.lo_open));
    assert!(matches!(q.filters[1], Filter::Date(r) if r.start == Some(d(2025, 10, 1))));
    let q = parse("~100 1m..5m >2000 <=2025-06").unwrap();
    assert!(matches!(q.filters[0], Filter::Number(r) if r.lo == 90.0 && r.hi == 110.0));
    assert!(matches!(q.filters[1], Filter::Number(r) if r.lo == 1e6 && r.hi == 5e6 && !r.hi_open));
    assert!(
        matches!(q.filters[2], Filter::Either(r, dr) if r.lo == 2000.0 && dr.start == Some(d(2001, 1, 1)))
    );
    assert!(
        matches!(q.filters[3], Filter::Date(r) if r.start.is_none() && r.end == Some(d(2025, 7, 1)))
    );
    assert!(
        parse("\"\"").unwrap().is_empty(),
        "an empty phrase asks for nothing"
    );
    assert!(parse("a").unwrap().is_text_only());
}
