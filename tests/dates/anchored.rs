//! Anchored relatives resolve against the time the story is about, kept in reading order,
//! not against the article's date.

use super::{dates, pairs};
use jiff::civil::date;

const NOV: jiff::civil::Date = date(2025, 11, 5);

#[test]
fn a_year_earlier_is_the_period_the_story_is_about_a_year_before() {
    assert_eq!(
        dates(
            "Profit for the fourth quarter of 2024 rose to $5m from $4m a year earlier.",
            NOV
        ),
        pairs(&[
            ("fourth quarter of 2024", "2024-Q4"),
            ("a year earlier", "2023-Q4")
        ])
    );
    // "during 2003 … a year ago" is 2002, not a year before the article.
    assert_eq!(
        dates("During 2003 sales rose 5%, against 3% a year ago.", NOV),
        pairs(&[("2003", "2003"), ("a year ago", "2002")])
    );
    // With nothing to compare, "three years ago" is the year, counted from the article.
    assert_eq!(
        dates("The plant opened three years ago.", NOV),
        pairs(&[("three years ago", "2022")])
    );
    assert_eq!(
        dates("The plant opened ten days ago.", NOV),
        pairs(&[("ten days ago", "2025-10-26")])
    );
}

#[test]
fn the_previous_year_and_the_year_before_follow_the_story() {
    assert_eq!(
        dates(
            "Gross profit for 2019 reached $340m. Gross profit for the previous year had been $382m.",
            NOV
        ),
        pairs(&[("2019", "2019"), ("the previous year", "2018")])
    );
    assert_eq!(
        dates("Debt rose in 2021 from 23 pct the year before.", NOV),
        pairs(&[("2021", "2021"), ("the year before", "2020")])
    );
    // Without a year in the story, the year before the article's.
    assert_eq!(
        dates("Profit doubled from the previous year.", NOV),
        pairs(&[("the previous year", "2024")])
    );
}

#[test]
fn a_compared_period_does_not_move_the_story() {
    let text = "It earned $44m in 2024, compared with $46m in 2023. For the year, sales rose 8%.";
    assert_eq!(
        dates(text, NOV),
        pairs(&[("2024", "2024"), ("2023", "2023"), ("the year", "2024")])
    );
}

#[test]
fn the_same_day_that_week_that_year() {
    let text = "The plant will close on March 23, 2026, the same day that 300 workers return. \
                No layoffs are expected that week.";
    assert_eq!(
        dates(text, NOV),
        pairs(&[
            ("March 23, 2026", "2026-03-23"),
            ("the same day", "2026-03-23"),
            ("that week", "2026-W13"),
        ])
    );
    assert_eq!(
        dates(
            "The merger closed in 2019. Later that year its chief resigned.",
            NOV
        ),
        pairs(&[("2019", "2019"), ("that year", "2019")])
    );
}

#[test]
fn the_same_period_in_another_year_and_the_quarter() {
    let text = "Net income for the third quarter rose 5 pct from the same 2024 period. \
                Revenue in the quarter fell, and the 2024 quarter had a strike.";
    assert_eq!(
        dates(text, NOV),
        pairs(&[
            ("third quarter", "2025-Q3"),
            ("the same 2024 period", "2024-Q3"),
            ("the quarter", "2025-Q3"),
            ("the 2024 quarter", "2024-Q3"),
        ])
    );
    assert_eq!(
        dates(
            "It made $2m in the second quarter, up from $1m in the same quarter a year ago.",
            NOV
        ),
        pairs(&[
            ("second quarter", "2025-Q2"),
            ("the same quarter a year ago", "2024-Q2")
        ])
    );
}

#[test]
fn a_month_of_a_shifted_year() {
    let june = date(2025, 6, 10);
    assert_eq!(
        dates(
            "The plant opened in April of last year and will close in March of next year.",
            june
        ),
        pairs(&[
            ("April of last year", "2024-04"),
            ("March of next year", "2026-03")
        ])
    );
}

#[test]
fn a_condition_or_a_comparison_does_not_move_the_story() {
    // The forecast for the rest of 2025 is a condition: "a year earlier" still compares the
    // first quarter.
    let text = "First-quarter net fell. Net would fall further if no payments are received \
                during the remainder of 2025. Reserves rose from $185m a year earlier.";
    let april = date(2025, 4, 14);
    assert_eq!(
        dates(text, april),
        pairs(&[
            ("First-quarter", "2025-Q1"),
            ("the remainder of 2025", "2025"),
            ("a year earlier", "2024-Q1"),
        ])
    );
    // A far comparison word still marks the compared period.
    let text = "It lost $31.9m in the fourth quarter, compared with a loss of $3.3m, or 21 \
                cts a share, in 2023's fourth quarter. For the year, it earned $43m.";
    assert_eq!(
        dates(text, date(2025, 3, 4)),
        pairs(&[
            ("fourth quarter", "2024-Q4"),
            ("2023's fourth quarter", "2023-Q4"),
            ("the year", "2024"),
        ])
    );
    assert_eq!(
        dates("Irving estimates full year net would be lower.", april),
        pairs(&[("full year", "2025")])
    );
}

#[test]
fn a_named_unit_a_year_back_is_that_unit_of_the_story() {
    let r = date(2024, 3, 19);
    assert_eq!(
        dates(
            "Sales in February rose 4 pct from the same month last year.",
            r
        ),
        pairs(&[
            ("February", "2024-02"),
            ("the same month last year", "2023-02")
        ])
    );
    // The quarter, though the story last named a month.
    assert_eq!(
        dates(
            "Sales in February rose. Profit in the latest quarter fell, compared with the year-earlier quarter.",
            r
        ),
        pairs(&[
            ("February", "2024-02"),
            ("the year-earlier quarter", "2023-Q1")
        ])
    );
    assert_eq!(
        dates(
            "Fourth-quarter profit rose to 5 mln dlrs from 4 mln dlrs in the year-ago quarter.",
            r
        ),
        pairs(&[
            ("Fourth-quarter", "2023-Q4"),
            ("the year-ago quarter", "2022-Q4")
        ])
    );
}
