//! The clause decides the direction: the verb group nearest the date, not a word anywhere in
//! the sentence.

use super::{dates, pairs};
use jiff::civil::date;

#[test]
fn a_day_or_month_follows_its_own_verb_group() {
    let march = date(2025, 3, 10);
    let cases: &[(&str, &str, &str)] = &[
        ("The offer expires on April 3.", "April 3", "2025-04-03"),
        ("The company said sales rose in April.", "April", "2024-04"),
        (
            "Caterpillar wants to close the plant in May.",
            "May",
            "2025-05",
        ),
        ("The vote is set for April 2.", "April 2", "2025-04-02"),
        (
            "Dixon's offer extends to March 17.",
            "March 17",
            "2025-03-17",
        ),
        (
            "Workers are to return on March 24.",
            "March 24",
            "2025-03-24",
        ),
        (
            "The deal would close in June, the bank said.",
            "June",
            "2025-06",
        ),
        (
            "The contract, signed in May, runs for two years.",
            "May",
            "2024-05",
        ),
        (
            "Sales would have risen in April without the strike.",
            "April",
            "2024-04",
        ),
    ];
    for (text, span, value) in cases {
        assert_eq!(dates(text, march), pairs(&[(span, value)]), "{text}");
    }
}

#[test]
fn the_nearest_verb_wins_over_a_future_word_elsewhere() {
    // "will" governs "tomorrow", "started" governs December 14.
    let r = date(2025, 3, 16);
    assert_eq!(
        dates(
            "The lockout, which started December 14, will end tomorrow.",
            r
        ),
        pairs(&[("December 14", "2024-12-14"), ("tomorrow", "2025-03-17")])
    );
    // A future verb after a comma governs a date that opens the sentence.
    assert_eq!(
        dates("Also on March 23, work will resume at the plant.", r),
        pairs(&[("March 23", "2025-03-23")])
    );
    // "said" governs the weekday even though "would" comes later.
    let thursday = date(2025, 6, 26);
    assert_eq!(
        dates("It said on Wednesday that it would cut 300 jobs.", thursday),
        pairs(&[("Wednesday", "2025-06-25")])
    );
}

#[test]
fn prepositions_that_look_ahead() {
    let june = date(2025, 6, 20);
    let cases: &[(&str, &str, &str)] = &[
        (
            "It sent 9,000 workers home until July 12.",
            "July 12",
            "2025-07-12",
        ),
        (
            "The layoff is effective August 11.",
            "August 11",
            "2025-08-11",
        ),
        (
            "Bonds due July 1 were repaid early.",
            "July 1",
            "2025-07-01",
        ),
        (
            "The plan needs approval by September.",
            "September",
            "2025-09",
        ),
    ];
    for (text, span, value) in cases {
        assert_eq!(dates(text, june), pairs(&[(span, value)]), "{text}");
    }
    // "by" after a past verb is a past deadline.
    assert_eq!(
        dates("Output had doubled by May.", june),
        pairs(&[("May", "2025-05")])
    );
    assert_eq!(
        dates("Output had doubled by September.", june),
        pairs(&[("September", "2024-09")])
    );
}

#[test]
fn weekdays_move_forward_only_in_a_future_clause() {
    let thursday = date(2025, 6, 26);
    assert_eq!(
        dates("It will give staff leave from Wednesday.", thursday),
        pairs(&[("Wednesday", "2025-07-02")])
    );
    assert_eq!(
        dates("The strike is effective Tuesday.", thursday),
        pairs(&[("Tuesday", "2025-07-01")])
    );
    // A present tense alone does not: "are higher on Monday" is this week's Monday.
    assert_eq!(
        dates("Shares are higher on Monday.", thursday),
        pairs(&[("Monday", "2025-06-23")])
    );
}
