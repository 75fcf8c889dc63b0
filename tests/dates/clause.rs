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

#[test]
fn verb_groups_that_are_easy_to_misread() {
    let nov = date(2025, 11, 20);
    let cases: &[(&str, &str, &str)] = &[
        // What a company forecast lies ahead, whatever the tense of "forecast".
        (
            "The company forecast fourth-quarter revenue of $5 billion.",
            "fourth-quarter",
            "2025-Q4",
        ),
        // "not … until" dates a past event.
        (
            "The offer was not declared unconditional until October 5.",
            "October 5",
            "2025-10-05",
        ),
        // "as of" is the state at that day.
        (
            "Inventories were running high as of November 3.",
            "November 3",
            "2025-11-03",
        ),
        // An infinitive after a verb of intent: "expected to be completed by".
        (
            "The cuts are expected to be completed by December 31.",
            "December 31",
            "2025-12-31",
        ),
        // "X proposed on" is a past verb; "the proposed" an adjective that schedules.
        (
            "Gabelli proposed on June 25 to buy the company.",
            "June 25",
            "2025-06-25",
        ),
        // A quotation mark does not end the clause.
        (
            "Workers will be laid off \"possibly in December.\"",
            "December",
            "2025-12",
        ),
        // An adverb inside the verb group.
        (
            "Staff will be temporarily laid off through mid-December.",
            "mid-December",
            "2025-12",
        ),
        (
            "When the plant reopens in January, output will double.",
            "January",
            "2026-01",
        ),
    ];
    for (text, span, value) in cases {
        assert_eq!(dates(text, nov), pairs(&[(span, value)]), "{text}");
    }
}

/// (text, reference day as (year, month, day), span, value).
type Case<'a> = (&'a str, (i16, i8, i8), &'a str, &'a str);

#[test]
fn forecasts_market_days_and_ended_states() {
    let cases: &[Case] = &[
        (
            "It expected the talks to end on 19 May.",
            (2025, 3, 5),
            "19 May",
            "2025-05-19",
        ),
        (
            "We expect output to recover by Dec. 9.",
            (2025, 11, 21),
            "Dec. 9",
            "2025-12-09",
        ),
        // A month before the noun "forecast" dates the forecast, which was made.
        (
            "Profit beat its July forecast.",
            (2025, 10, 24),
            "July",
            "2025-07",
        ),
        // A trading day's close is over, even in a clause about the future.
        (
            "The shares will be sold at a discount to Friday's closing price.",
            (2025, 6, 23),
            "Friday",
            "2025-06-20",
        ),
        // After a past verb "until" ends a weekday in the past, a date still ahead.
        (
            "He managed the pub until Monday.",
            (2025, 1, 21),
            "Monday",
            "2025-01-20",
        ),
        (
            "It sent staff home until March 2.",
            (2025, 1, 21),
            "March 2",
            "2025-03-02",
        ),
        // "it cut" is past: the present would be "it cuts".
        (
            "It said it would shed 3,500 jobs, and it cut another 1,300 in October.",
            (2025, 7, 31),
            "October",
            "2024-10",
        ),
    ];
    for (text, (y, m, d), span, value) in cases {
        assert_eq!(
            dates(text, date(*y, *m, *d)),
            pairs(&[(span, value)]),
            "{text}"
        );
    }
}

#[test]
fn in_a_year_is_a_stretch_in_a_past_clause_and_a_day_ahead() {
    let r = date(2024, 6, 12);
    assert_eq!(
        dates(
            "It laid off 120 staff, its second round of cuts in a year.",
            r
        ),
        []
    );
    assert_eq!(
        dates("Will he be back in a week?", r),
        pairs(&[("in a week", "2024-06-19")])
    );
    // A present headline or a superlative: a stretch too.
    assert_eq!(
        dates("Orvell lays off 120 in second round of cuts in a year", r),
        []
    );
    assert_eq!(dates("Shares posted their biggest fall in a month.", r), []);
    // A count other than "a" in a present clause still counts ahead.
    assert_eq!(
        dates("The vote is in three weeks.", r),
        pairs(&[("in three weeks", "2024-07-03")])
    );
}

#[test]
fn what_a_figure_is_compared_with_is_behind_it() {
    let r = date(2024, 4, 22);
    assert_eq!(
        dates(
            "Corvel now expects 2024 earnings of $3.30 a share, up from its July forecast of $3.10.",
            r
        ),
        pairs(&[("2024", "2024"), ("July", "2023-07")])
    );
    assert_eq!(
        dates(
            "The bank expects reserves to reach 40 billion, against the June level of 32 billion.",
            r
        ),
        pairs(&[("June", "2023-06")])
    );
    // A forecast with no comparison still looks ahead.
    assert_eq!(
        dates("The bank expects reserves to reach 40 billion in June.", r),
        pairs(&[("June", "2024-06")])
    );
}

#[test]
fn from_after_a_verb_is_a_start_not_a_comparison() {
    let r = date(2024, 4, 22);
    assert_eq!(
        dates("Production would wind down from July, the company said.", r),
        pairs(&[("July", "2024-07")])
    );
}
