use super::*;
use crate::extract::with_ctx;

/// The value and the text of the number at the start of `text`.
fn num(text: &str) -> Option<(f64, String)> {
    with_ctx(text, |ctx| {
        parse(ctx, 0).map(|n| {
            let span = &text[ctx.tokens[n.first].start..ctx.tokens[n.last].end];
            (n.value, span.to_string())
        })
    })
}

#[test]
fn digits_with_separators_decimals_and_magnitudes() {
    assert_eq!(num("16,000 jobs"), Some((16000.0, "16,000".into())));
    assert_eq!(
        num("1.5 billion people"),
        Some((1.5e9, "1.5 billion".into()))
    );
    assert_eq!(num("11bn"), Some((11e9, "11bn".into())));
    assert_eq!(num("10K"), Some((1e4, "10K".into())));
    assert_eq!(num("5 lakh"), Some((5e5, "5 lakh".into())));
    assert_eq!(num("4 crores"), Some((4e7, "4 crores".into())));
    // A spaced single letter is not a magnitude.
    assert_eq!(num("5 m away"), Some((5.0, "5".into())));
}

#[test]
fn spelled_numbers() {
    assert_eq!(num("twenty-five"), Some((25.0, "twenty-five".into())));
    assert_eq!(num("forty five cents"), Some((45.0, "forty five".into())));
    assert_eq!(
        num("two hundred thousand"),
        Some((2e5, "two hundred thousand".into()))
    );
    assert_eq!(
        num("three hundred and fifty people"),
        Some((350.0, "three hundred and fifty".into()))
    );
    assert_eq!(num("a dozen eggs"), Some((12.0, "a dozen".into())));
    assert_eq!(num("a million"), Some((1e6, "a million".into())));
    assert_eq!(num("half a million"), Some((5e5, "half a million".into())));
    assert_eq!(
        num("three quarters billion"),
        Some((7.5e8, "three quarters billion".into()))
    );
    assert_eq!(
        num("one million two hundred thousand"),
        Some((1.2e6, "one million two hundred thousand".into()))
    );
    assert_eq!(num("five lakhs"), Some((5e5, "five lakhs".into())));
}

#[test]
fn spelled_numbers_stop_where_the_number_does() {
    assert_eq!(num("five six"), Some((5.0, "five".into())));
    assert_eq!(num("three quarters of them"), Some((3.0, "three".into())));
    assert_eq!(num("one and one"), Some((1.0, "one".into())));
    assert_eq!(num("a man"), None);
    assert_eq!(num("quarter"), None);
    assert_eq!(num("hundreds of people"), None);
}

#[test]
fn magnitudes_are_kept_apart_for_ranges() {
    with_ctx("two hundred thousand", |ctx| {
        let n = parse(ctx, 0).unwrap();
        assert_eq!((n.raw, n.mag), (200.0, Some(1e3)));
    });
    with_ctx("2025", |ctx| assert!(parse(ctx, 0).unwrap().plain));
    with_ctx("2,025", |ctx| assert!(!parse(ctx, 0).unwrap().plain));
}

#[test]
fn qualifiers_longest_phrase_first() {
    use crate::story::Qualifier;
    with_ctx("no more than 5", |ctx| {
        assert_eq!(qualifier::before(ctx, 3), Some((Qualifier::AtMost, 0)));
    });
    with_ctx("more than 5", |ctx| {
        assert_eq!(qualifier::before(ctx, 2), Some((Qualifier::AtLeast, 0)));
    });
    with_ctx("roughly 5", |ctx| {
        assert_eq!(qualifier::before(ctx, 1), Some((Qualifier::Approx, 0)));
    });
    with_ctx("the 5", |ctx| assert_eq!(qualifier::before(ctx, 1), None));
}

#[test]
fn glue_marks_codes_and_urls() {
    // COVID-19: the 19 is glued to a hyphen after a word.
    with_ctx("COVID-19", |ctx| assert!(glued_left(ctx, 2)));
    with_ctx("(19 people)", |ctx| assert!(!glued_left(ctx, 1)));
    with_ctx("24/7 support", |ctx| assert!(glued_right(ctx, 0)));
    with_ctx("3:30 pm", |ctx| assert!(glued_right(ctx, 0)));
    with_ctx("5G phones", |ctx| assert!(glued_right(ctx, 0)));
    with_ctx("5, 6", |ctx| assert!(!glued_right(ctx, 0)));
}

#[test]
fn mixed_numbers_take_their_fraction() {
    assert_eq!(num("5-1/2 pct"), Some((5.5, "5-1/2".into())));
    assert_eq!(num("7 1/2 percent"), Some((7.5, "7 1/2".into())));
    assert_eq!(num("3½%"), Some((3.5, "3½".into())));
    assert_eq!(num("2 1/4 million"), Some((2.25e6, "2 1/4 million".into())));
    // Codes, dates and odd denominators are not fractions.
    assert_eq!(num("24/7"), Some((24.0, "24".into())));
    assert_eq!(num("5 9/11"), Some((5.0, "5".into())));
    assert_eq!(num("5 3/2"), Some((5.0, "5".into())));
    assert_eq!(num("7 1/2-inch"), Some((7.0, "7".into())));
}
